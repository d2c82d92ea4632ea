import { describe, expect, it } from "vitest";
import type { RosterAdapter } from "../src/core";
import { RosterError } from "../src/core";
import { checkAdapterResult, withAdapterChecks } from "../src/core/adapter-checks";
import { live } from "./support/async";
import { makeMember } from "./support/member-fixture";

const member = makeMember({ id: "u-1", name: "Ada", email: "ada@example.com", role: "admin", memberships: [{ workspaceId: "ws-1", status: "active", role: "admin" }] });

const notImplemented = () => Promise.reject(new Error("not implemented"));

function adapter(overrides: Partial<RosterAdapter>): RosterAdapter {
  return {
    capabilities: { pagination: "none", search: false, filterByStatus: false, filterByRole: false, sortFields: [], maxPageSize: 1000 },
    listMembers: notImplemented,
    getMember: notImplemented,
    inviteMembers: notImplemented,
    changeStatus: notImplemented,
    updateMember: notImplemented,
    resendInvitation: notImplemented,
    getInvitationLink: notImplemented,
    listWorkspaces: notImplemented,
    listRoles: notImplemented,
    listGroups: notImplemented,
    ...overrides,
  };
}

const signal = live();

function problem(method: Parameters<typeof checkAdapterResult>[0], value: unknown): string | null {
  try {
    checkAdapterResult(method, value);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(RosterError);
    expect((error as RosterError).code).toBe("unknown");
    return (error as Error).message;
  }
}

describe("adapter checks", () => {
  it("says what listMembers must resolve to and what came", () => {
    expect(problem("listMembers", { items: [] })).toBe(
      "listMembers must resolve to { members: Member[], total: number | null, nextCursor: string | null }; got members: undefined",
    );
  });

  type Row = [method: Parameters<typeof checkAdapterResult>[0], value: unknown, got: string];
  const rows: Row[] = [
    ["listMembers", { members: [member, { ...member, version: "2" }], total: 2, nextCursor: null }, 'got members[1].version: "2"'],
    ["listMembers", { members: [{ ...member, status: "deleted" }], total: null, nextCursor: null }, 'got members[0].status: "deleted"'],
    ["listMembers", { members: [member], total: undefined, nextCursor: null }, "got total: undefined"],
    ["getMember", null, "got the value: null"],
    ["changeStatus", member, "got member: undefined"],
    ["inviteMembers", { results: [{ ok: false, error: { code: "duplicate", message: "x" } }] }, "got results[0].error.fieldErrors: undefined"],
    ["inviteMembers", { results: [{ ok: false, error: { code: "validation", message: "x", fieldErrors: {}, issues: {} } }] }, "got results[0].error.issues: an object"],
    ["inviteMembers", { results: [{ ok: false, error: { code: "validation", message: "x", fieldErrors: {}, issues: [{ field: "name", params: {} }] } }] }, "got results[0].error.issues[0].code: undefined"],
    ["inviteMembers", { results: [{ ok: false, error: { code: "validation", message: "x", fieldErrors: {}, issues: [{ field: "name", code: "name_too_long", params: { limit: {} } }] } }] }, "got results[0].error.issues[0].params.limit: an object"],
    ["listWorkspaces", [{ id: "ws-1", name: "A", activeAdmins: 1, billableSeats: 2 }], "got [0].totalMembers: undefined"],
    ["getInvitationLink", "https://x", 'got the value: "https://x"'],
  ];
  it.each(rows)("%s: reports the first wrong field", (method, value, got) => {
    expect(problem(method, value)).toContain(got);
  });

  it("accepts answers of the right shape", () => {
    expect(problem("listMembers", { members: [member], total: 1, nextCursor: null })).toBeNull();
    expect(problem("inviteMembers", { results: [{ ok: true, member, invitationUrl: null }, { ok: false, error: { code: "duplicate", message: "x", fieldErrors: {} } }] })).toBeNull();
    // R5: coded field issues, a code of a newer backend included (the UI words that one generically).
    const issues = [
      { field: "email", code: "email_domain_no_dot", params: { domain: "example" } },
      { field: "role", code: "role_unknown", params: { role: "chief", roles: ["Admin", "Builder"] } },
      { field: "name", code: "name_blocked_word", params: {} },
    ];
    expect(problem("inviteMembers", { results: [{ ok: false, error: { code: "validation", message: "x", fieldErrors: {}, issues } }] })).toBeNull();
  });

  it("wraps an adapter: wrong answers reject with the message, thrown errors pass through untouched", async () => {
    const thrown = new RosterError("forbidden", "No.");
    const checked = withAdapterChecks(
      adapter({
        listMembers: () => Promise.resolve({ members: undefined } as never),
        getMember: () => Promise.reject(thrown),
        listRoles: () => Promise.resolve([{ id: "admin", label: "Admin" }]),
      }),
    );
    await expect(checked.listMembers({ scope: { kind: "instance" }, search: "", statuses: [], roles: [], sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset: 0, limit: 10 }, signal })).rejects.toThrow(
      /^listMembers must resolve to .*; got members: undefined$/,
    );
    await expect(checked.getMember({ scope: { kind: "instance" }, memberId: "u-1", signal })).rejects.toBe(thrown);
    await expect(checked.listRoles({ signal })).resolves.toEqual([{ id: "admin", label: "Admin" }]);
  });

  it("checks the capabilities when wrapping", () => {
    expect(() => withAdapterChecks(adapter({ capabilities: { pagination: "pages" } as never }))).toThrow(/^capabilities must be .*; got pagination: "pages"$/);
  });
});
