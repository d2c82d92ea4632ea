import type * as PapaModule from "papaparse";
import type { BulkInviteRead, BulkInviteReadOptions } from "../core/bulk-invite";
import { bulkInviteTextIssue, isBulkInviteTable, readBulkInviteList, readBulkInviteRecords } from "../core/bulk-invite";

/**
 * Reads the text of a CSV file or of a paste into the people of a bulk invite. A table (a file, or a
 * paste whose first line names an email column) is parsed by papaparse, loaded on first use only, so
 * hosts that never bulk invite never download it; a plain list of emails needs no parser. The core maps
 * the records and decides what is refused.
 * @module
 */

type Papa = typeof PapaModule;

let papa: Promise<Papa> | null = null;

/** papaparse, imported once when first needed (a CommonJS module: its API is its default export under a bundler or Node). */
function loadPapa(): Promise<Papa> {
  papa ??= import("papaparse").then((module) => (module as Papa & { readonly default?: Papa }).default ?? module);
  return papa;
}

/**
 * Reads CSV text (a byte order mark, CRLF or LF, and commas, semicolons or tabs all accepted) into
 * records, stopping one row past `maxRows` so a file over the limit is refused without being parsed in
 * full (R29).
 */
async function readTable(text: string, options: BulkInviteReadOptions): Promise<BulkInviteRead> {
  const Papa = await loadPapa();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy", preview: options.maxRows + 2 });
  const unclosed = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed) return { ok: false, issue: { code: "unclosed_quote", params: { row: Math.max(1, unclosed.row ?? 1) } } };
  // Stopped at the preview's last row with text left: more rows than the limit, not all of them read.
  return readBulkInviteRecords(parsed.data, parsed.meta.truncated, options);
}

/**
 * The people in a file's text or a paste: a table read as CSV, anything else as a list of emails.
 * Text that is not text (a binary file) is refused before it is parsed.
 * @example
 * const read = await readBulkInviteText(await file.text(), { roles, groups, defaultRole: "end-user", maxRows: 1000 }, "table");
 */
export async function readBulkInviteText(text: string, options: BulkInviteReadOptions, kind: "table" | "auto" = "auto"): Promise<BulkInviteRead> {
  const issue = bulkInviteTextIssue(text);
  if (issue) return { ok: false, issue };
  return kind === "table" || isBulkInviteTable(text, options.headerNames) ? readTable(text, options) : readBulkInviteList(text, options);
}
