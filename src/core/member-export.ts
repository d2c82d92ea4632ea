import type { ListMembersResult, MemberExportColumn } from "./adapter.types";
import { CSV_LINE_END, csvRecord } from "./csv";
import type { Member, Scope } from "./domain.types";
import { RosterError } from "./errors";
import { metadataText } from "./member-match";
import { isMetadataField, metadataKeyOf } from "./member-order";

/**
 * The CSV export of a member list (R25): the current view (search, filters, sort) over every page, in
 * the columns chosen. The columns are an allow-list; the file starts with a byte order mark (so a
 * spreadsheet reads it as UTF-8) and a header row of the column names, and streams page by page, so a
 * backend never holds the whole list to export it.
 * @module
 */

/** Every column, in the order of a full export (the default). */
export const MEMBER_EXPORT_COLUMNS: readonly MemberExportColumn[] = Object.freeze(["name", "email", "status", "role", "groups", "invitedAt", "lastActiveAt", "metadata"]);

/** The media type of an export. */
export const MEMBER_EXPORT_MEDIA_TYPE = "text/csv";

const BYTE_ORDER_MARK = "\uFEFF";

function invalidColumns(message: string): RosterError {
  return new RosterError("validation", message, { fieldErrors: { columns: message } });
}

/**
 * The columns asked for, checked against {@link MEMBER_EXPORT_COLUMNS} or naming one metadata key
 * (`metadata.<key>`); every column of {@link MEMBER_EXPORT_COLUMNS} when none are given.
 * @throws RosterError `validation` naming each unknown or repeated column.
 * @example
 * exportColumns(["name", "email"]) // ["name", "email"]
 * exportColumns(["name", "password"]) // throws: Unknown export column "password"; …
 */
export function exportColumns(columns: readonly string[] | undefined): readonly MemberExportColumn[] {
  if (columns === undefined || columns.length === 0) return MEMBER_EXPORT_COLUMNS;
  if (!Array.isArray(columns) || !columns.every((column): column is string => typeof column === "string")) throw invalidColumns("`columns` must be a list of column names.");
  const unknown = columns.filter((column) => !(MEMBER_EXPORT_COLUMNS as readonly string[]).includes(column) && !isMetadataField(column));
  if (unknown.length > 0) {
    throw invalidColumns(`Unknown export column${unknown.length > 1 ? "s" : ""} ${unknown.map((column) => `"${column}"`).join(", ")}; use ${MEMBER_EXPORT_COLUMNS.join(", ")} or metadata.<key>.`);
  }
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (repeated.length > 0) throw invalidColumns(`Export column ${repeated.map((column) => `"${column}"`).join(", ")} is asked for more than once.`);
  return columns as readonly MemberExportColumn[]; // every one checked against MEMBER_EXPORT_COLUMNS above
}

/**
 * The cells of one member, as text, in the order of `columns`: groups by name (the id when the name is
 * unknown) joined by `; `, times in ISO 8601, metadata as JSON, one metadata key as its text (a number or
 * boolean as JSON writes it), and an empty cell for nothing (no role at instance level, never active, no
 * metadata, no such key).
 */
export function memberExportCells(member: Member, columns: readonly MemberExportColumn[], groupName: (groupId: string) => string | undefined): string[] {
  return columns.map((column) => {
    if (isMetadataField(column)) return metadataText(member.metadata[metadataKeyOf(column)]) ?? "";
    switch (column) {
      case "name":
      case "email":
      case "status":
      case "invitedAt":
        return member[column];
      case "role":
      case "lastActiveAt":
        return member[column] ?? "";
      case "groups":
        return member.groups.map((id) => groupName(id) ?? id).join("; ");
      case "metadata":
        return Object.keys(member.metadata).length === 0 ? "" : JSON.stringify(member.metadata);
    }
  });
}

/**
 * The file name an export of this scope is offered under.
 * @example
 * memberExportFilename({ kind: "workspace", workspaceId: "ws-1" }) // "members-ws-1.csv"
 */
export function memberExportFilename(scope: Scope): string {
  const name = scope.kind === "instance" ? "all-users" : `members-${scope.workspaceId}`;
  return `${name.replace(/[^\w.-]+/g, "_")}.csv`;
}

/** Where an export's rows come from: the first page, already read, and a reader of the pages after it. */
export interface MemberExportSource {
  readonly columns: readonly MemberExportColumn[];
  readonly groupName: (groupId: string) => string | undefined;
  /** The first page (cursor paging): read before the stream is made, so that a refusal comes before any byte. */
  readonly first: ListMembersResult;
  /** Reads the page after `cursor`. */
  readonly next: (cursor: string) => Promise<ListMembersResult>;
}

/**
 * The export as a stream of UTF-8 bytes, one chunk per page. A page is read only when the reader asks for
 * more (`highWaterMark` 0): a slow download holds one page, never the list. A page that fails to load
 * errors the stream, so a cut export never passes for a whole one.
 */
export function memberExportStream(source: MemberExportSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let read = (): Promise<ListMembersResult> => Promise.resolve(source.first);
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`${BYTE_ORDER_MARK}${source.columns.join(",")}${CSV_LINE_END}`));
      },
      async pull(controller) {
        const page = await read();
        const text = page.members.map((member) => csvRecord(memberExportCells(member, source.columns, source.groupName))).join("");
        if (text !== "") controller.enqueue(encoder.encode(text));
        const cursor = page.nextCursor;
        if (cursor === null) controller.close();
        else read = () => source.next(cursor);
      },
    },
    { highWaterMark: 0 },
  );
}
