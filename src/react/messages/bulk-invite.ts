import type { BulkInviteMessages } from "./types";

/**
 * The bulk invite (R5–R8, R29), in English: the default of `messages.bulkInvite`. A module of its own, so
 * that only the components that render this section bundle it; a host's overrides of `messages.bulkInvite`
 * are merged over it (`useMessageSection("bulkInvite", defaultBulkInviteMessages)`).
 */
export const defaultBulkInviteMessages: BulkInviteMessages = {
  modeLabel: "How to invite",
  modeSingle: "One by one",
  modeBulk: "From a list or CSV",
  fileLabel: "CSV file",
  fileHint: ({ limit }, f) =>
    `A header row, then one person per row: name, email, role, groups (separated by ; or |) and metadata (JSON). Up to ${f.count(limit)} people.`,
  template: "Download the CSV template",
  pasteLabel: "Or paste emails",
  pasteHint: "One per line or separated by commas, like ada@example.com or Ada Lovelace <ada@example.com>. A table copied from a spreadsheet works too.",
  addPasted: "Add to the list",
  defaultRoleLabel: "Role for rows without one",
  reading: "Reading…",
  loading: "Loading…",
  load: {
    empty: () => "There is nobody to invite in it: add one person per row, under a header row.",
    no_email_column: ({ columns }, f) =>
      `No column holds emails. The first row must name the columns (name, email, role, groups, metadata); it has: ${columns.length === 0 ? "nothing" : f.list(columns)}.`,
    repeated_column: ({ field, columns }, f) => `The columns ${f.list(columns)} all hold the ${field}; keep one.`,
    too_many_rows: ({ limit, count }, f) =>
      `At most ${f.count(limit)} people can be invited at once; ${count === null ? "this has more" : `this has ${f.count(count)}`}. Split it into smaller files.`,
    unclosed_quote: ({ row }, f) => `Row ${f.count(row)} opens a quoted field that never closes, so the rest cannot be read. Close the quote.`,
    not_text: () => "This is not a text file. Save the spreadsheet as CSV (UTF-8) and choose that file.",
  },
  loadRefused: ({ reason }) => `Nothing was added: ${reason} The rows already in the list are kept.`,
  ignoredColumns: ({ columns }, f) => `Ignored columns: ${f.list(columns)}.`,
  previewTitle: "People to invite",
  previewSummary: ({ total, invited, ready, invalid }, f) =>
    `${f.plural(total, { one: "# person", other: "# people" })}: ${invited > 0 ? `${f.count(invited)} invited, ` : ""}${f.count(ready)} ready, ${f.count(invalid)} to fix.`,
  rowColumn: "Row",
  statusColumn: "Status",
  fieldLabel: ({ field, row }, f) => `${field}, row ${f.count(row)}`,
  removeRow: ({ row }, f) => `Remove row ${f.count(row)}`,
  removeInvalid: ({ count }, f) => f.plural(count, { one: "Remove the row with a problem", other: "Remove the # rows with problems" }),
  onlyToFix: "Show only the rows to fix",
  duplicateInFile: ({ row }, f) => `The same email as row ${f.count(row)}.`,
  outcome: { ready: "Ready", invalid: "To fix", queued: "Waiting", sending: "Sending", invited: "Invited", refused: "Not invited", failed: "Not sent" },
  notSent: ({ reason }) => `Not sent: ${reason} Retry to send it again.`,
  send: ({ count }, f) => f.plural(count, { one: "Send # invitation", other: "Send # invitations" }),
  nothingToSend: "Fix or remove the rows with problems to send.",
  progressLabel: "Sending invitations",
  progress: ({ done, total }, f) => `${f.count(done)} of ${f.count(total)} sent`,
  cancel: "Stop after this batch",
  cancelling: "Stopping after this batch…",
  resultSummary: ({ invited, notInvited }, f) =>
    notInvited === 0
      ? f.plural(invited, { one: "# invitation sent.", other: "# invitations sent." })
      : `${f.plural(invited, { one: "# invitation sent", other: "# invitations sent" })}; ${f.plural(notInvited, { one: "# person was not invited: fix the row and retry", other: "# people were not invited: fix their rows and retry" })}.`,
  retryFailed: ({ count }, f) => f.plural(count, { one: "Retry # row", other: "Retry # rows" }),
  startOver: "Start over",
};
