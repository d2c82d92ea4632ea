import type { RosterConfig } from "./config";
import { csvRecord } from "./csv";
import type { CustomGroup, Member, Role } from "./domain.types";
import type { InviteDraftEntry, InviteRequest } from "./invite.machine";
import { EMPTY_DRAFT } from "./invite.machine";
import type { Denied, ExistingIdentity, PolicyContext } from "./policy";
import { can } from "./policy";
import type { InviteeDraft } from "./validation";
import { normalizeEmail, validateInviteeDraft } from "./validation";

/**
 * Bulk invite (R5–R8, R29): a CSV file or a pasted list turned into invitee drafts, each checked on its
 * own before anything is sent. A row is checked by the invite form's own validation (R5, R6), against the
 * other rows (the same email twice) and against the members the store knows, through the policy's invite
 * decision (R7: a duplicate, or the offer to unarchive or reactivate; R8: archived at instance level).
 * Sending goes in batches of the server's invitees-per-request limit (R29), one idempotency key per batch
 * (R26). Pure: the CSV text itself is read by the UI (papaparse, loaded on demand) into records.
 * @module
 */

/** A field of an invitee, as a column of a bulk invite file. */
export type BulkInviteField = keyof InviteeDraft;

/** The columns of the bulk invite template, in order. */
export const BULK_INVITE_COLUMNS: readonly BulkInviteField[] = ["name", "email", "role", "groups", "metadata"];

/**
 * Header names each column is recognised by, compared without case, spaces or punctuation ("E-mail",
 * "Full name" and "email_address" all match).
 */
export const BULK_INVITE_HEADER_ALIASES: { readonly [F in BulkInviteField]: readonly string[] } = {
  name: ["name", "full name", "display name", "person"],
  email: ["email", "e-mail", "email address", "mail"],
  role: ["role", "roles"],
  groups: ["groups", "group", "custom groups", "teams"],
  metadata: ["metadata", "metadata json", "meta", "json"],
};

/** How a header cell is compared with the aliases. */
function headerKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** More names a column is recognised by, besides {@link BULK_INVITE_HEADER_ALIASES}: e.g. its label in the person's language. */
export type BulkInviteHeaderNames = { readonly [F in BulkInviteField]?: string | readonly string[] };

/** A header name compared as a key, with its field: what {@link fieldsByHeader} is made of. */
function headerEntries(names: BulkInviteHeaderNames): (readonly [string, BulkInviteField])[] {
  return BULK_INVITE_COLUMNS.flatMap((field) => [names[field] ?? []].flat().map((name) => [headerKey(name), field] as const)).filter(([key]) => key !== "");
}

const FIELD_BY_HEADER: ReadonlyMap<string, BulkInviteField> = new Map(headerEntries(BULK_INVITE_HEADER_ALIASES));

/** The field each header name stands for: the English aliases, then the host's names (which win where one is both). */
function fieldsByHeader(names: BulkInviteHeaderNames | undefined): ReadonlyMap<string, BulkInviteField> {
  return names === undefined ? FIELD_BY_HEADER : new Map([...FIELD_BY_HEADER, ...headerEntries(names)]);
}

/** Why a file or a paste was refused as a whole; nothing of it was loaded and nothing already loaded is lost. */
export type BulkInviteLoadCode = "empty" | "no_email_column" | "repeated_column" | "too_many_rows" | "unclosed_quote" | "not_text";

/** The values of each load refusal, by code. */
export interface BulkInviteLoadParamsByCode {
  readonly empty: Readonly<Record<never, never>>;
  /** `columns`: the header cells found (at most 10). */
  readonly no_email_column: { readonly columns: readonly string[] };
  /** `columns`: the header cells that name the same `field`. */
  readonly repeated_column: { readonly field: BulkInviteField; readonly columns: readonly string[] };
  /** `count`: the rows found, or `null` when reading stopped past the limit. */
  readonly too_many_rows: { readonly limit: number; readonly count: number | null };
  /** `row`: the data row (from 1, after the header) where a quoted field opens and never closes. */
  readonly unclosed_quote: { readonly row: number };
  readonly not_text: Readonly<Record<never, never>>;
}

/** A refused load: its code and values. */
export type BulkInviteLoadIssue = { readonly [C in BulkInviteLoadCode]: { readonly code: C; readonly params: BulkInviteLoadParamsByCode[C] } }[BulkInviteLoadCode];

/** One person read from a file or a paste, before any check. */
export interface BulkInviteSourceRow {
  /** Where it stands in its source, from 1 (the header is not counted). */
  readonly row: number;
  readonly draft: InviteeDraft;
}

/** What a file or a paste gave: its people and the header cells no field matched; or why it was refused. */
export type BulkInviteRead =
  | { readonly ok: true; readonly rows: readonly BulkInviteSourceRow[]; readonly ignoredColumns: readonly string[] }
  | { readonly ok: false; readonly issue: BulkInviteLoadIssue };

/** What reading needs: the roles and groups a cell may name, the role of rows without one and the row limit. */
export interface BulkInviteReadOptions {
  readonly roles: readonly Role[];
  readonly groups: readonly CustomGroup[];
  /** The role of a row whose role cell is empty (or of a pasted email). */
  readonly defaultRole: string;
  /** The most rows accepted; past it the whole source is refused (`too_many_rows`). */
  readonly maxRows: number;
  /**
   * More header names each column is recognised by, besides the English aliases: the kit's console passes
   * the invite form's labels in the person's language, so a file headed "E-Mail, Rolle" or "名前, メール" reads.
   */
  readonly headerNames?: BulkInviteHeaderNames;
}

function refuse<C extends BulkInviteLoadCode>(code: C, params: BulkInviteLoadParamsByCode[C]): BulkInviteRead {
  return { ok: false, issue: { code, params } as BulkInviteLoadIssue };
}

/** A role cell: a role's id or label in any case becomes its id; anything else stays as typed, for validation to name. */
function roleOf(cell: string, options: BulkInviteReadOptions): string {
  const key = cell.trim().toLowerCase();
  if (key === "") return options.defaultRole;
  return options.roles.find((role) => role.id.toLowerCase() === key || role.label.toLowerCase() === key)?.id ?? cell.trim();
}

/** A groups cell, separated by `;` or `|`: each group's id or name in any case becomes its id. */
function groupsOf(cell: string, groups: readonly CustomGroup[]): readonly string[] {
  return cell
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => groups.find((group) => group.id === part || group.name.toLowerCase() === part.toLowerCase())?.id ?? part);
}

/**
 * The fields of a header row: each cell's field, or `null` for a column that is ignored. A cell is
 * recognised by the English aliases and by `names` (the host's, e.g. the column labels in its language).
 * @example
 * mapBulkInviteHeader(["Full name", "E-mail", "Notes"]) // { ok: true, fields: ["name", "email", null] }
 * mapBulkInviteHeader(["Name", "E-Mail", "Rolle"], { role: "Rolle" }) // { ok: true, fields: ["name", "email", "role"] }
 */
export function mapBulkInviteHeader(
  header: readonly string[],
  names?: BulkInviteHeaderNames,
): { readonly ok: true; readonly fields: readonly (BulkInviteField | null)[] } | { readonly ok: false; readonly issue: BulkInviteLoadIssue } {
  const byHeader = fieldsByHeader(names);
  const fields = header.map((cell) => byHeader.get(headerKey(cell)) ?? null);
  if (!fields.includes("email")) return { ok: false, issue: { code: "no_email_column", params: { columns: header.slice(0, 10).map((cell) => cell.trim()) } } };
  for (const field of BULK_INVITE_COLUMNS) {
    const columns = header.filter((_, index) => fields[index] === field);
    if (columns.length > 1) return { ok: false, issue: { code: "repeated_column", params: { field, columns } } };
  }
  return { ok: true, fields };
}

/**
 * A cell as it was before a CSV export neutralised it (see `neutraliseFormula`): the single quote put
 * before a leading `=`, `+`, `-`, `@`, tab or CR is taken off, so a member list exported by the kit
 * reads back as it was (an email like `+ada@example.com` stays itself).
 */
function unneutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Reads CSV records (the header row first) into people. A cell the kit's export neutralised is read as
 * it was before. Empty records are skipped; a row past
 * `maxRows` refuses the whole file. `truncated` says the reader stopped early (it was asked for one row
 * more than the limit), so the file is known to be over it without being read in full (R29).
 * @example
 * readBulkInviteRecords([["Name", "E-mail"], ["Ada", "ada@example.com"]], false, options)
 * // { ok: true, rows: [{ row: 1, draft: { name: "Ada", email: "ada@example.com", role: options.defaultRole, groups: [], metadata: "" } }], ignoredColumns: [] }
 */
export function readBulkInviteRecords(records: readonly (readonly string[])[], truncated: boolean, options: BulkInviteReadOptions): BulkInviteRead {
  const filled = records.filter((record) => record.some((cell) => cell.trim() !== ""));
  const [header, ...data] = filled;
  if (header === undefined) return refuse("empty", {});
  const mapped = mapBulkInviteHeader(header, options.headerNames);
  if (!mapped.ok) return { ok: false, issue: mapped.issue };
  if (data.length > options.maxRows || truncated) return refuse("too_many_rows", { limit: options.maxRows, count: truncated ? null : data.length });
  if (data.length === 0) return refuse("empty", {});
  const column = (field: BulkInviteField): number => mapped.fields.indexOf(field);
  const cell = (record: readonly string[], field: BulkInviteField): string => unneutralised(record[column(field)] ?? "");
  const rows = data.map((record, index): BulkInviteSourceRow => ({
    row: index + 1,
    draft: {
      name: cell(record, "name").trim(),
      email: cell(record, "email").trim(),
      role: roleOf(cell(record, "role"), options),
      groups: groupsOf(cell(record, "groups"), options.groups),
      metadata: cell(record, "metadata").trim(),
    },
  }));
  const ignoredColumns = header.filter((text, index) => mapped.fields[index] === null && text.trim() !== "");
  return { ok: true, rows, ignoredColumns };
}

/** Splits a pasted list on line breaks, commas and semicolons outside quotes and angle brackets. */
function listEntries(text: string): string[] {
  const entries: string[] = [];
  let current = "";
  let quoted = false;
  let bracketed = false;
  for (const char of text) {
    if (char === '"' && !bracketed) quoted = !quoted;
    else if (char === "<" && !quoted) bracketed = true;
    else if (char === ">" && !quoted) bracketed = false;
    if (!quoted && !bracketed && /[\n\r,;]/.test(char)) {
      entries.push(current);
      current = "";
    } else current += char;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== "");
}

/**
 * Reads a pasted list of emails: one per line or separated by commas or semicolons, each `email` or
 * `Name <email>` (the name may be quoted). A bare email's name is the part before its "@", shown in the
 * preview to be edited. Every person gets `defaultRole`.
 * @example
 * readBulkInviteList('Ada Lovelace <ada@example.com>, bob@example.com', options)
 * // rows: [{ row: 1, draft: { name: "Ada Lovelace", email: "ada@example.com", … } }, { row: 2, draft: { name: "bob", email: "bob@example.com", … } }]
 */
export function readBulkInviteList(text: string, options: BulkInviteReadOptions): BulkInviteRead {
  const entries = listEntries(text);
  if (entries.length === 0) return refuse("empty", {});
  if (entries.length > options.maxRows) return refuse("too_many_rows", { limit: options.maxRows, count: entries.length });
  const rows = entries.map((entry, index): BulkInviteSourceRow => {
    const named = /^(.*?)\s*<([^<>]*)>$/s.exec(entry);
    const email = (named ? (named[2] ?? "") : entry).trim();
    const typedName = (named?.[1] ?? "").trim().replace(/^"(.*)"$/s, "$1").trim();
    const name = typedName !== "" ? typedName : email.slice(0, Math.max(0, email.lastIndexOf("@")));
    return { row: index + 1, draft: { ...EMPTY_DRAFT, name, email, role: options.defaultRole } };
  });
  return { ok: true, rows, ignoredColumns: [] };
}

/**
 * Whether pasted text is a CSV table (its first line names an email column, with commas, semicolons or
 * tabs between cells, as a spreadsheet copies it) rather than a plain list of emails. The email column is
 * recognised as {@link mapBulkInviteHeader} recognises it, `names` included.
 */
export function isBulkInviteTable(text: string, names?: BulkInviteHeaderNames): boolean {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const byHeader = fieldsByHeader(names);
  return firstLine.split(/[,;\t]/).some((cell) => byHeader.get(headerKey(cell.replace(/"/g, ""))) === "email");
}

/**
 * Refuses text that is not a CSV before it is parsed: a NUL character means the file is binary (a
 * spreadsheet saved in its own format, an image).
 */
export function bulkInviteTextIssue(text: string): BulkInviteLoadIssue | null {
  return text.includes("\u0000") ? { code: "not_text", params: {} } : null;
}

/**
 * The template a person fills in: the header row and one example row, as CSV (RFC 4180, CRLF) with a
 * byte order mark so spreadsheets open it as UTF-8. The example names the least powerful role that is not
 * the admin role, and the workspace's first groups (by name), so it is valid as it is.
 * @example
 * bulkInviteTemplate(config, groups) // "\uFEFFname,email,role,groups,metadata\r\nAda Lovelace,ada@example.com,end-user,Design,…"
 */
export function bulkInviteTemplate(config: Pick<RosterConfig, "roles" | "adminRole">, groups: readonly CustomGroup[] = []): string {
  const role = [...config.roles].reverse().find((candidate) => candidate.id !== config.adminRole) ?? config.roles[0];
  const example = ["Ada Lovelace", "ada@example.com", role?.id ?? "", groups.slice(0, 2).map((group) => group.name).join(";"), '{"team":"core"}'];
  return `\uFEFF${csvRecord(BULK_INVITE_COLUMNS)}${csvRecord(example)}`;
}

/** Where one row of a bulk invite stands. */
export type BulkInviteOutcome =
  /** Not sent yet (or sent back to the preview by a cancel). */
  | "ready"
  /** In a later batch of the current sending. */
  | "queued"
  /** In the batch in flight. */
  | "sending"
  | "invited"
  /** The backend refused this row (R7, R8, a field): fix it, or drop it. */
  | "refused"
  /** Its batch failed as a whole (network, timeout): sent again, with the same key, by a retry. */
  | "failed";

/** One row of a bulk invite: an invite form draft (the same errors, worded the same way) with its checks and outcome. */
export interface BulkInviteRow extends InviteDraftEntry {
  /** Where it stood in its file or paste, from 1. */
  readonly row: number;
  /** The email as compared (normalised), `""` when empty. */
  readonly emailKey: string;
  /** The first row with the same email, when this one repeats it. */
  readonly duplicateOf: { readonly rowId: string; readonly row: number } | null;
  /** R7 or R8: the policy refuses to invite this email, from what the store knows of its member. */
  readonly rosterConflict: Denied | null;
  readonly outcome: BulkInviteOutcome;
  /** The invited member, with its invitation URL (self-hosted, R10). */
  readonly invited: { readonly memberId: string; readonly invitationUrl: string | null } | null;
}

/** What checking a row reads: the configuration, the workspace's groups, the policy and the members known. */
export interface BulkInviteContext {
  readonly config: RosterConfig;
  readonly knownGroupIds?: ReadonlySet<string>;
  readonly workspaceId: string;
  readonly policy: PolicyContext;
  /** The members the store knows, by normalised email (see {@link rosterByEmail}). */
  readonly roster: ReadonlyMap<string, ExistingIdentity>;
}

/**
 * The identities of the workspace's members the store holds, by normalised email, as the policy's
 * invite decision reads them (R7, R8).
 */
export function rosterByEmail(members: Iterable<Member>, workspaceId: string): ReadonlyMap<string, ExistingIdentity> {
  const roster = new Map<string, ExistingIdentity>();
  for (const member of members) {
    if (member.scope.kind !== "workspace" || member.scope.workspaceId !== workspaceId || member.role === null) continue;
    const { id, email, name, instanceStatus, superAdmin, hasAccount } = member;
    const membership = { userId: id, workspaceId, status: member.status, role: member.role, groups: member.groups, metadata: member.metadata, invitedAt: member.invitedAt, lastActiveAt: member.lastActiveAt };
    roster.set(normalizeEmail(email), { user: { id, email, name, instanceStatus, superAdmin, hasAccount }, membership });
  }
  return roster;
}

/** The policy's R7/R8 refusal of inviting this email, when the store knows its member; R1 is decided once, on send. */
function rosterConflictOf(emailKey: string, context: BulkInviteContext): Denied | null {
  const existing = emailKey === "" ? undefined : context.roster.get(emailKey);
  if (!existing) return null;
  const decision = can(context.policy, { action: "invite", workspaceId: context.workspaceId, existing });
  return !decision.ok && (decision.code === "duplicate" || decision.code === "archived_in_instance") ? decision : null;
}

/** A row with its own checks run again (validation, R7, R8); its duplicate mark is left to {@link markDuplicates}. */
export function checkBulkInviteRow(row: BulkInviteRow, context: BulkInviteContext): BulkInviteRow {
  const validation = validateInviteeDraft(row.draft, context.config, context.knownGroupIds);
  const emailKey = row.draft.email.trim() === "" ? "" : normalizeEmail(row.draft.email);
  const rosterConflict = rosterConflictOf(emailKey, context);
  const checked = validation.ok ? { fieldErrors: {}, issues: {} } : { fieldErrors: validation.fieldErrors, issues: validation.issues };
  return { ...row, ...checked, emailKey, rosterConflict };
}

/** A new row from a source row, checked. */
export function createBulkInviteRow(id: string, source: BulkInviteSourceRow, context: BulkInviteContext): BulkInviteRow {
  const row: BulkInviteRow = { id, row: source.row, draft: source.draft, fieldErrors: {}, issues: {}, failure: null, emailKey: "", duplicateOf: null, rosterConflict: null, outcome: "ready", invited: null };
  return checkBulkInviteRow(row, context);
}

/**
 * Marks every row that repeats an earlier row's email (compared normalised): the first one stays, the
 * others point to it. Rows whose mark does not change keep their reference.
 */
export function markDuplicates(rows: readonly BulkInviteRow[]): readonly BulkInviteRow[] {
  const first = new Map<string, BulkInviteRow>();
  let changed = false;
  const marked = rows.map((row) => {
    const earlier = row.emailKey === "" ? undefined : first.get(row.emailKey);
    if (row.emailKey !== "" && !earlier) first.set(row.emailKey, row);
    const duplicateOf = earlier ? { rowId: earlier.id, row: earlier.row } : null;
    if (duplicateOf?.rowId === row.duplicateOf?.rowId) return row;
    changed = true;
    return { ...row, duplicateOf };
  });
  return changed ? marked : rows;
}

/** Whether a row has a problem found before sending: a field, a repeated email, or R7/R8. */
export function hasBulkInviteProblem(row: BulkInviteRow): boolean {
  return Object.keys(row.fieldErrors).length > 0 || row.duplicateOf !== null || row.rosterConflict !== null;
}

/** What a row's badge shows: its outcome, or `invalid` for a row not sent yet with a problem found before sending. */
export type BulkInviteRowStatus = BulkInviteOutcome | "invalid";

/**
 * The status of a row as the preview shows it: an unsent row with a problem of its own (a field, a
 * repeated email, R7, R8) is `invalid`; a row the backend refused stays `refused` until it is edited.
 */
export function bulkInviteRowStatus(row: BulkInviteRow): BulkInviteRowStatus {
  return row.outcome === "ready" && hasBulkInviteProblem(row) ? "invalid" : row.outcome;
}

/** Whether a row goes out with the next send: not sent or answered yet, or refused or failed, and with no problem. */
export function isSendable(row: BulkInviteRow): boolean {
  return (row.outcome === "ready" || row.outcome === "refused" || row.outcome === "failed") && !hasBulkInviteProblem(row);
}

/**
 * The batches of a send (R26, R29): first the batches held from a request that failed as a whole, each
 * with its own key (resent as they were, so a request the server did act on is not acted on twice),
 * then the other sendable rows in order, `batchSize` at a time, each batch with the next fresh key.
 * Rows that fail validation are not in any batch.
 * @param freshKeys at least one key per batch to make (`Math.ceil(rows / batchSize)` is always enough).
 */
export function planBulkInviteBatches(
  rows: readonly BulkInviteRow[],
  held: readonly InviteRequest[],
  context: BulkInviteContext,
  batchSize: number,
  freshKeys: readonly string[],
): readonly InviteRequest[] {
  const heldIds = new Set(held.flatMap((batch) => batch.draftIds));
  const pending: { id: string; input: InviteRequest["invitees"][number] }[] = [];
  for (const row of rows) {
    if (heldIds.has(row.id) || !isSendable(row)) continue;
    const validation = validateInviteeDraft(row.draft, context.config, context.knownGroupIds);
    if (validation.ok) pending.push({ id: row.id, input: validation.value });
  }
  const batches: InviteRequest[] = [...held];
  for (let start = 0, index = 0; start < pending.length; start += batchSize, index += 1) {
    const chunk = pending.slice(start, start + batchSize);
    const idempotencyKey = freshKeys[index];
    if (idempotencyKey === undefined) break;
    batches.push({ workspaceId: context.workspaceId, draftIds: chunk.map((entry) => entry.id), invitees: chunk.map((entry) => entry.input), idempotencyKey });
  }
  return batches;
}
