import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/core";
import type { BulkInviteReadOptions } from "../src/core/bulk-invite";
import { BULK_INVITE_COLUMNS, rosterByEmail } from "../src/core/bulk-invite";
import { BULK_INVITE_EMPTY, bulkInviteTransition } from "../src/core/bulk-invite.machine";
import { csvRecord } from "../src/core/csv";
import { normalizeEmail } from "../src/core/validation";
import type { InviteeDraft } from "../src/core/validation";
import { readBulkInviteText } from "../src/react/invite-bulk-read";
import { WS, admin } from "./support/member-fixture";

/**
 * Properties of the bulk invite: a CSV written from any people reads back as the same people through
 * the parser the UI loads (papaparse) and the core's mapping, and a repeated email is always flagged on
 * every repeat and never on its first row. Seeded, so a failure replays.
 */

const SEED = 20261206;
const config = resolveConfig();
const groups = [
  { id: "g-1", workspaceId: WS, name: "Design" },
  { id: "g-2", workspaceId: WS, name: "Research, Lab" },
];
const options: BulkInviteReadOptions = { roles: config.roles, groups, defaultRole: "end-user", maxRows: config.bulkInviteMaxRows };

/**
 * Text as a cell holds it after the mapping trims it: no edge spaces. Formula-like text is written
 * neutralised by `csvField` and read back as typed; only text that itself starts with the neutralising
 * quote before a formula character cannot be told apart from it, and is left out.
 */
const cellText = fc
  .string({ unit: fc.constantFrom("a", "B", "=", "+", "é", "字", " ", ",", '"', "\n", "'", "<", ">", ";", "1", "@", "-", "\u{1F600}"), maxLength: 12 })
  .map((text) => text.trim())
  .filter((text) => !/^'[=+\-@\t\r]/.test(text));

const draft: fc.Arbitrary<InviteeDraft> = fc.record({
  name: cellText,
  email: fc.emailAddress().filter((email) => !/^'[=+\-@]/.test(email)),
  role: fc.constantFrom(...config.roles.map((role) => role.id)),
  groups: fc.subarray(groups.map((group) => group.id)),
  metadata: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean())), { nil: undefined }).map((value) => (value === undefined ? "" : JSON.stringify(value))),
});

function csvOf(drafts: readonly InviteeDraft[], lineEnd: string): string {
  const cells = (entry: InviteeDraft): string[] => [entry.name, entry.email, entry.role, entry.groups.map((id) => groups.find((group) => group.id === id)?.name ?? id).join(";"), entry.metadata];
  return [BULK_INVITE_COLUMNS, ...drafts.map(cells)].map((fields) => csvRecord(fields).replace(/\r\n$/, lineEnd)).join("");
}

describe("bulk invite properties", () => {
  it("R5: any people written as CSV (CRLF or LF, with a byte order mark or not) read back as the same people", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(draft, { minLength: 1, maxLength: 20 }), fc.constantFrom("\r\n", "\n"), fc.boolean(), async (drafts, lineEnd, bom) => {
        const read = await readBulkInviteText(`${bom ? "\uFEFF" : ""}${csvOf(drafts, lineEnd)}`, options, "table");
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        // A row whose every cell is empty is no row at all; fast-check's emails never are.
        expect(read.rows.map((row) => row.draft)).toEqual(drafts);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("R7: a repeated email is flagged on every repeat, pointing at its first row, and never on a first row", () => {
    const spelling = fc.tuple(fc.constantFrom("ada@example.com", "bob@example.com", "cy@example.org", "dee@example.net"), fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(fc.array(spelling, { minLength: 1, maxLength: 30 }), (spellings) => {
        const emails = spellings.map(([email, upper, padded]) => `${padded ? "  " : ""}${upper ? email.toUpperCase() : email}`);
        const rows = emails.map((email, index) => ({ row: index + 1, draft: { name: "P", email, role: "end-user", groups: [], metadata: "" } }));
        const context = { config, workspaceId: WS, policy: { config, actor: admin }, roster: rosterByEmail([], WS) };
        const { state } = bulkInviteTransition(BULK_INVITE_EMPTY, { type: "BULK_INVITE.LOAD", read: { ok: true, rows, ignoredColumns: [] }, context });
        const firstRow = new Map<string, number>();
        state.rows.forEach((row, index) => {
          const key = normalizeEmail(emails[index] ?? "");
          const first = firstRow.get(key);
          if (first === undefined) firstRow.set(key, row.row);
          expect(row.duplicateOf?.row ?? null).toBe(first ?? null);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
