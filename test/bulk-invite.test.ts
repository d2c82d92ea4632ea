import { describe, expect, it } from "vitest";
import type { BulkInviteContext, BulkInviteRead, BulkInviteReadOptions } from "../src/core/bulk-invite";
import {
  bulkInviteTemplate,
  bulkInviteTextIssue,
  isBulkInviteTable,
  mapBulkInviteHeader,
  readBulkInviteList,
  readBulkInviteRecords,
  rosterByEmail,
} from "../src/core/bulk-invite";
import type { BulkInviteEvent, BulkInviteState } from "../src/core/bulk-invite.machine";
import { BULK_INVITE_EMPTY, bulkInviteSummary, bulkInviteTransition } from "../src/core/bulk-invite.machine";
import { RosterError, resolveConfig } from "../src/core";
import type { InviteeResult, Member } from "../src/core";
import { readBulkInviteText } from "../src/react/invite-bulk-read";
import { createFormat } from "../src/react/format";
import { defaultBulkInviteMessages } from "../src/react/messages/bulk-invite";
import { parseCsv } from "../src/testing/csv-records";
import { runEvents } from "./support/machine";
import { WS, admin, makeMember } from "./support/member-fixture";

const config = resolveConfig({ limits: { inviteesPerRequest: 2 }, bulkInviteMaxRows: 6 });
const groups = [{ id: "g-design", workspaceId: WS, name: "Design" }];
const options: BulkInviteReadOptions = { roles: config.roles, groups, defaultRole: "end-user", maxRows: config.bulkInviteMaxRows };

function contextWith(members: readonly Member[] = []): BulkInviteContext {
  return { config, workspaceId: WS, policy: { config, actor: admin }, roster: rosterByEmail(members, WS), knownGroupIds: new Set(["g-design"]) };
}

const context = contextWith();
const load = (read: BulkInviteRead, with_ = context): BulkInviteEvent => ({ type: "BULK_INVITE.LOAD", read, context: with_ });
const send = (keys: readonly string[] = ["key-1", "key-2", "key-3"], with_ = context): BulkInviteEvent => ({ type: "BULK_INVITE.SEND", decision: { ok: true }, context: with_, idempotencyKeys: keys });

function through(events: readonly BulkInviteEvent[], state: BulkInviteState = BULK_INVITE_EMPTY) {
  return runEvents(bulkInviteTransition, state, events);
}

const people = readBulkInviteList("Ada <ada@example.com>\nbob@example.com\nCy <cy@example.com>", options);

function invited(email: string): InviteeResult {
  return { ok: true, member: makeMember({ id: `u-${email}`, email, status: "invited" }), invitationUrl: null };
}

describe("bulk invite: reading a file or a paste", () => {
  it("R5: a header row is mapped by aliases, without case, spaces or punctuation", () => {
    expect(mapBulkInviteHeader(["Full name", "E-mail", "ROLE", "Custom groups", "Metadata JSON", "Notes"])).toEqual({
      ok: true,
      fields: ["name", "email", "role", "groups", "metadata", null],
    });
  });

  it("R5: records become drafts: roles and groups by id or label in any case, groups split on ; or |, the ignored columns named", () => {
    const read = readBulkInviteRecords(
      [
        ["Name", "Email address", "Role", "Groups", "Metadata", "Notes"],
        [" Ada ", "ada@example.com", "Builder", "design | g-x", '{"team":"core"}', "vip"],
        ["", "", "", "", "", ""],
        ["Bob", "bob@example.com", "", "", "", ""],
      ],
      false,
      options,
    );
    expect(read).toEqual({
      ok: true,
      ignoredColumns: ["Notes"],
      rows: [
        { row: 1, draft: { name: "Ada", email: "ada@example.com", role: "builder", groups: ["g-design", "g-x"], metadata: '{"team":"core"}' } },
        { row: 2, draft: { name: "Bob", email: "bob@example.com", role: "end-user", groups: [], metadata: "" } },
      ],
    });
  });

  it("R5: a file without an email column, with a column twice, or with nobody in it is refused with its reason", () => {
    expect(readBulkInviteRecords([["Name", "Phone"], ["Ada", "1"]], false, options)).toEqual({ ok: false, issue: { code: "no_email_column", params: { columns: ["Name", "Phone"] } } });
    expect(readBulkInviteRecords([["Email", "E-mail"]], false, options)).toEqual({ ok: false, issue: { code: "repeated_column", params: { field: "email", columns: ["Email", "E-mail"] } } });
    expect(readBulkInviteRecords([["Email"]], false, options)).toEqual({ ok: false, issue: { code: "empty", params: {} } });
    expect(readBulkInviteList(" ,\n; ", options)).toEqual({ ok: false, issue: { code: "empty", params: {} } });
  });

  it("R29: a file over the row limit is refused with a message naming the limit, also when the reader stopped early", () => {
    const rows = Array.from({ length: 7 }, (_, index) => ["P", `p${String(index)}@example.com`]);
    const over = readBulkInviteRecords([["name", "email"], ...rows], false, options);
    expect(over).toEqual({ ok: false, issue: { code: "too_many_rows", params: { limit: 6, count: 7 } } });
    expect(defaultBulkInviteMessages.load.too_many_rows({ limit: 1000, count: 1001 }, createFormat())).toBe("At most 1,000 people can be invited at once; this has 1,001. Split it into smaller files.");
    expect(readBulkInviteRecords([["name", "email"], ["A", "a@example.com"]], true, options)).toEqual({ ok: false, issue: { code: "too_many_rows", params: { limit: 6, count: null } } });
  });

  it("R5: a pasted list takes emails and Name <email>, separated by lines, commas or semicolons", () => {
    const read = readBulkInviteList('"Lovelace, Ada" <ada@example.com>; bob@example.com,\n\nCy <cy@example.com>', options);
    expect(read.ok && read.rows.map((row) => [row.draft.name, row.draft.email, row.draft.role])).toEqual([
      ["Lovelace, Ada", "ada@example.com", "end-user"],
      ["bob", "bob@example.com", "end-user"],
      ["Cy", "cy@example.com", "end-user"],
    ]);
  });

  it("R5: a header in the person's language is read by the names the host gives, which win over the English aliases", () => {
    const german = { name: "Name", email: "E-Mail", role: "Rolle", groups: "Gruppen", metadata: "Metadaten (JSON)" };
    expect(mapBulkInviteHeader(["Name", "E-Mail", "Rolle", "Gruppen", "Metadaten (JSON)"], german)).toEqual({ ok: true, fields: ["name", "email", "role", "groups", "metadata"] });
    expect(mapBulkInviteHeader(["名前", "メールアドレス", "Notes"], { name: "名前", email: ["メール", "メールアドレス"] })).toEqual({ ok: true, fields: ["name", "email", null] });
    // Without the names, the German role column is ignored and named as such.
    const read = readBulkInviteRecords([["Name", "E-Mail", "Rolle"], ["Ada", "ada@example.com", "builder"]], false, options);
    expect(read).toMatchObject({ ok: true, ignoredColumns: ["Rolle"] });
    const named = readBulkInviteRecords([["Name", "E-Mail", "Rolle"], ["Ada", "ada@example.com", "builder"]], false, { ...options, headerNames: german });
    expect(named).toMatchObject({ ok: true, ignoredColumns: [], rows: [{ row: 1, draft: { name: "Ada", email: "ada@example.com", role: "builder" } }] });
    // A host's name that is another field's English alias stands for the host's field.
    expect(mapBulkInviteHeader(["mail", "person"], { name: "mail", email: "person" })).toEqual({ ok: true, fields: ["name", "email"] });
    expect(isBulkInviteTable("名前\tメール\nAda\tada@example.com", { email: "メール" })).toBe(true);
    expect(isBulkInviteTable("名前\tメール\nAda\tada@example.com")).toBe(false);
  });

  it("R5: a paste is a table when its first line names an email column", () => {
    expect(isBulkInviteTable("Name\tE-mail\nAda\tada@example.com")).toBe(true);
    expect(isBulkInviteTable("ada@example.com, bob@example.com")).toBe(false);
    expect(bulkInviteTextIssue("PK\u0003\u0004\u0000")).toEqual({ code: "not_text", params: {} });
    expect(bulkInviteTextIssue("name,email")).toBeNull();
  });

  it("R5: the template is a CSV whose header maps to every field and whose example row, with the workspace's groups, is valid", () => {
    const template = bulkInviteTemplate(config, groups);
    expect(template.startsWith("\uFEFF")).toBe(true);
    const records = parseCsv(template.slice(1));
    const read = readBulkInviteRecords(records, false, options);
    expect(read.ok && read.rows).toHaveLength(1);
    const state = through([load(read)]).state;
    expect(state.rows[0]?.fieldErrors).toEqual({});
  });
});

describe("bulk invite: reading text with papaparse, loaded on demand", () => {
  it("R29: a file far over the limit is refused from its first rows past it, without counting the rest", async () => {
    const lines = ["email", ...Array.from({ length: 50 }, (_, index) => `p${String(index)}@example.com`)];
    expect(await readBulkInviteText(lines.join("\n"), options, "table")).toEqual({ ok: false, issue: { code: "too_many_rows", params: { limit: 6, count: null } } });
    expect(defaultBulkInviteMessages.load.too_many_rows({ limit: 6, count: null }, createFormat())).toBe("At most 6 people can be invited at once; this has more. Split it into smaller files.");
  });

  it("R5: a quoted field that never closes is refused with its row; a table pasted from a spreadsheet (tabs) is read as one", async () => {
    expect(await readBulkInviteText('name,email\r\nAda,ada@example.com\r\n"Bob,bob@example.com\r\n', options)).toEqual({ ok: false, issue: { code: "unclosed_quote", params: { row: 2 } } });
    const pasted = await readBulkInviteText("Name\tE-mail\tRole\nAda\tada@example.com\tAdmin\n", options);
    expect(pasted.ok && pasted.rows.map((row) => row.draft)).toEqual([{ name: "Ada", email: "ada@example.com", role: "admin", groups: [], metadata: "" }]);
  });
});

describe("bulk invite machine", () => {
  it("R5, R6: each row is validated on its own by the invite form's rules, with errors keyed by field", () => {
    const read = readBulkInviteRecords([["name", "email", "role", "metadata"], ["Ada", "ada@", "admin", ""], ["", "bob@example.com", "boss", "[1]"]], false, options);
    const { state } = through([load(read)]);
    expect(state.status).toBe("preview");
    expect(Object.keys(state.rows[0]?.fieldErrors ?? {})).toEqual(["email"]);
    expect(state.rows[0]?.issues.email?.code).toBe("email_domain_missing");
    expect(Object.keys(state.rows[1]?.fieldErrors ?? {}).sort()).toEqual(["metadata", "name", "role"]);
    expect(bulkInviteSummary(state)).toMatchObject({ invalid: 2, sendable: 0 });
  });

  it("R7: the same email twice in a file is flagged on the later row, compared normalised; fixing one clears both", () => {
    const read = readBulkInviteList("ada@example.com\n ADA@Example.com \nbob@example.com", options);
    const { state } = through([load(read)]);
    expect(state.rows.map((row) => row.duplicateOf?.row ?? null)).toEqual([null, 1, null]);
    const fixed = through([{ type: "BULK_INVITE.UPDATE", rowId: "row-2", patch: { email: "cy@example.com" }, context }], state).state;
    expect(fixed.rows.map((row) => row.duplicateOf)).toEqual([null, null, null]);
    expect(fixed.rows[0]).toBe(state.rows[0]);
  });

  it("R7: an email of a member the store knows is refused as a duplicate, or with the offer to unarchive or reactivate", () => {
    const members = [
      makeMember({ id: "u-ada", email: "ada@example.com", status: "active" }),
      makeMember({ id: "u-bob", email: "bob@example.com", status: "archived" }),
    ];
    const { state } = through([load(people, contextWith(members))]);
    expect(state.rows[0]?.rosterConflict).toMatchObject({ code: "duplicate", reasonKey: "R7.alreadyMember" });
    expect(state.rows[1]?.rosterConflict).toMatchObject({ code: "duplicate", reasonKey: "R7.restoreInstead", existing: { userId: "u-bob", offer: "unarchive" } });
    expect(state.rows[2]?.rosterConflict).toBeNull();
  });

  it("R8: an email archived at instance level is refused: a super admin must unarchive them first", () => {
    const members = [makeMember({ id: "u-ada", email: "ada@example.com", status: "archived", instanceStatus: "archived" })];
    const { state } = through([load(people, contextWith(members))]);
    expect(state.rows[0]?.rosterConflict).toMatchObject({ code: "archived_in_instance", reasonKey: "R8.archivedInInstance" });
  });

  it("R29: rows are sent in batches of the invitees-per-request limit, one idempotency key per batch, one batch at a time", () => {
    const { state, effects } = through([load(people), send()]);
    expect(state.status).toBe("sending");
    expect(effects).toEqual([
      {
        type: "bulkInvite.send",
        request: {
          workspaceId: WS,
          draftIds: ["row-1", "row-2"],
          idempotencyKey: "key-1",
          invitees: [
            { name: "Ada", email: "ada@example.com", role: "end-user", groups: [], metadata: {} },
            { name: "bob", email: "bob@example.com", role: "end-user", groups: [], metadata: {} },
          ],
        },
      },
    ]);
    expect(state.rows.map((row) => row.outcome)).toEqual(["sending", "sending", "queued"]);
    expect(state.progress).toEqual({ total: 3, done: 0 });
    const next = bulkInviteTransition(state, { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "key-1", results: [invited("ada@example.com"), invited("bob@example.com")] });
    expect(next.effects.filter((effect) => effect.type === "bulkInvite.send")).toEqual([
      { type: "bulkInvite.send", request: expect.objectContaining({ draftIds: ["row-3"], idempotencyKey: "key-2" }) },
    ]);
    expect(next.state.progress).toEqual({ total: 3, done: 2 });
    expect(next.effects.filter((effect) => effect.type === "audit")).toHaveLength(2);
  });

  it("R5, R7: per-row results: refused rows stay with their reason, invited rows are reported, the list is read again", () => {
    const refusal: InviteeResult = { ok: false, error: { code: "duplicate", message: "dup", fieldErrors: {}, existing: { userId: "u-9", status: "archived", offer: "unarchive" } } };
    const { state, effects } = through([
      load(people),
      send(),
      { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "key-1", results: [invited("ada@example.com"), refusal] },
      { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "key-2", results: [invited("cy@example.com")] },
    ]);
    expect(state.status).toBe("results");
    expect(state.rows.map((row) => row.outcome)).toEqual(["invited", "refused", "invited"]);
    expect(state.rows[1]?.fieldErrors).toEqual({ email: "dup" });
    expect(effects).toContainEqual({ type: "list.reload" });
    expect(bulkInviteSummary(state)).toMatchObject({ invited: 2, refused: 1, invalid: 0, sendable: 0 });
  });

  it("R5, R6: a backend's coded refusal of a row's field lands on the field with the kit's issue, worded like the form's", () => {
    const refusal: InviteeResult = { ok: false, error: { code: "validation", message: "bad", fieldErrors: {}, issues: [{ field: "email", code: "email_domain_no_dot", params: { domain: "example" } }] } };
    const { state } = through([load(people), send(), { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "key-1", results: [refusal, invited("bob@example.com")] }]);
    expect(state.rows[0]?.outcome).toBe("refused");
    expect(state.rows[0]?.fieldErrors).toEqual({ email: "bad" });
    expect(state.rows[0]?.issues.email).toMatchObject({ code: "email_domain_no_dot", params: { domain: "example" } });
  });

  it("R26: a batch that failed as a whole is sent again with its own key; the other rows stay as they were", () => {
    const failed = through([
      load(people),
      send(),
      { type: "BULK_INVITE.BATCH_FAILED", idempotencyKey: "key-1", error: new RosterError("network", "offline") },
      { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "key-2", results: [invited("cy@example.com")] },
    ]).state;
    expect(failed.rows.map((row) => row.outcome)).toEqual(["failed", "failed", "invited"]);
    expect(failed.rows[0]?.draft.email).toBe("ada@example.com");
    expect(bulkInviteSummary(failed)).toMatchObject({ failed: 2, sendable: 2 });
    const retry = bulkInviteTransition(failed, send(["key-9"]));
    expect(retry.effects).toEqual([{ type: "bulkInvite.send", request: expect.objectContaining({ draftIds: ["row-1", "row-2"], idempotencyKey: "key-1" }) }]);
    const edited = through([{ type: "BULK_INVITE.UPDATE", rowId: "row-2", patch: { name: "Bob" }, context }, send(["key-9"])], failed);
    expect(edited.effects).toEqual([{ type: "bulkInvite.send", request: expect.objectContaining({ draftIds: ["row-1", "row-2"], idempotencyKey: "key-9" }) }]);
  });

  it("R5: cancel stops after the batch in flight; the rows not sent go back to the preview, as they were", () => {
    const { state } = through([load(people), send(), { type: "BULK_INVITE.CANCEL" }]);
    expect(state.status).toBe("cancelling");
    const stopped = bulkInviteTransition(state, { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "key-1", results: [invited("ada@example.com"), invited("bob@example.com")] });
    expect(stopped.effects.some((effect) => effect.type === "bulkInvite.send")).toBe(false);
    expect(stopped.state.status).toBe("results");
    expect(stopped.state.rows.map((row) => row.outcome)).toEqual(["invited", "invited", "ready"]);
    expect(stopped.state.rows[2]?.draft).toEqual(people.ok && people.rows[2]?.draft);
  });

  it("R5: edits, drops and new loads wait while sending; a late or foreign answer is dropped", () => {
    const { state } = through([load(people), send()]);
    expect(bulkInviteTransition(state, { type: "BULK_INVITE.REMOVE", rowId: "row-3" }).state).toBe(state);
    expect(bulkInviteTransition(state, { type: "BULK_INVITE.UPDATE", rowId: "row-3", patch: { name: "X" }, context }).state).toBe(state);
    expect(bulkInviteTransition(state, { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey: "other", results: [] }).state).toBe(state);
  });

  it("R29: a load that would take the rows past the limit is refused, and the rows already loaded are kept", () => {
    const first = through([load(people)]).state;
    const more = readBulkInviteList("d@example.com, e@example.com, f@example.com, g@example.com", options);
    const { state } = through([load(more)], first);
    expect(state.loadIssue).toEqual({ code: "too_many_rows", params: { limit: 6, count: 7 } });
    expect(state.rows).toBe(first.rows);
    const refused = through([load({ ok: false, issue: { code: "not_text", params: {} } })], first).state;
    expect(refused.rows).toBe(first.rows);
    expect(refused.loadIssue?.code).toBe("not_text");
  });

  it("R5: rows with problems can be dropped one by one or all at once; an emptied list is empty again", () => {
    const read = readBulkInviteList("ada@example.com, nope, ada@example.com", options);
    const dropped = through([load(read), { type: "BULK_INVITE.REMOVE_INVALID" }]).state;
    expect(dropped.rows.map((row) => row.draft.email)).toEqual(["ada@example.com"]);
    expect(through([{ type: "BULK_INVITE.REMOVE", rowId: "row-1" }], dropped).state.status).toBe("empty");
  });

  it("R1: a send the policy refuses sends nothing and says why", () => {
    const refusal = { ok: false, code: "forbidden", rule: "R1", reasonKey: "R1.notAdmin", params: { verb: "invite" }, reason: "no" } as const;
    const { state, effects } = through([load(people), { type: "BULK_INVITE.SEND", decision: refusal, context, idempotencyKeys: ["k"] }]);
    expect(effects).toEqual([]);
    expect(state.refusal).toBe(refusal);
    expect(state.rows.every((row) => row.outcome === "ready")).toBe(true);
  });
});
