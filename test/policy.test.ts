import { describe, expect, it } from "vitest";
import type { Actor, DenialKey, Member, PolicyContext, PolicyRequest, RosterConfigInput } from "../src/core";
import { DENIAL_KEYS, RosterError, assertAllowed, can, deniedError, isAssignable, resolveConfig, sameDecision } from "../src/core";
import { denial, isBillable } from "../src/core/policy";
import { denialCode, denialReasonOf, denialRule, denialSentence } from "../src/core/denials";
import { WS, admin, makeMember, superAdmin } from "./support/member-fixture";

const builder: Actor = { userId: "u-builder", superAdmin: false, roles: { [WS]: "builder" } };

function member(overrides: Partial<Member> = {}): Member {
  return makeMember({
    id: "u-target",
    name: "Grace Hopper",
    email: "grace@example.com",
    memberships: [{ workspaceId: WS, status: "active", role: "builder" }],
    ...overrides,
  });
}

function instanceMember(overrides: Partial<Member> = {}): Member {
  return member({ scope: { kind: "instance" }, role: null, ...overrides });
}

function context(actor: Actor, config: RosterConfigInput = {}, admins: Record<string, number> = {}): PolicyContext {
  return {
    actor,
    config: resolveConfig(config),
    activeAdmins: (workspaceId) => admins[workspaceId],
    workspaceName: (workspaceId) => ({ "ws-1": "Design", "ws-2": "Sales" })[workspaceId],
  };
}

const archiveLc: RosterConfigInput = { lifecycle: "archive" };
const deactivateLc: RosterConfigInput = { lifecycle: "deactivate" };

type Row = [title: string, ctx: PolicyContext, request: PolicyRequest, expected: { ok: true } | { code: string; rule: string }];

const rows: Row[] = [
  // R1: admins of the workspace, or super admins, manage members.
  ["R1: an admin may archive a member", context(admin, archiveLc), { action: "archive", member: member() }, { ok: true }],
  ["R1: a super admin with no role there may archive", context(superAdmin, archiveLc), { action: "archive", member: member() }, { ok: true }],
  ["R1: a builder may not archive", context(builder, archiveLc), { action: "archive", member: member() }, { code: "forbidden", rule: "R1" }],
  ["R1: a builder may not invite", context(builder), { action: "invite", workspaceId: WS }, { code: "forbidden", rule: "R1" }],
  ["R1: a builder may not change roles", context(builder), { action: "changeRole", member: member(), role: "admin" }, { code: "forbidden", rule: "R1" }],
  ["R1: a builder may not resend invitations", context(builder), { action: "resendInvitation", member: member({ status: "invited" }) }, { code: "forbidden", rule: "R1" }],
  ["R1: an admin of another workspace may not archive here", context({ ...admin, roles: { "ws-2": "admin" } }, archiveLc), { action: "archive", member: member() }, { code: "forbidden", rule: "R1" }],
  ["R1: members of a workspace may view its members", context(builder), { action: "viewMembers", workspaceId: WS }, { ok: true }],
  ["R1: outsiders may not view a workspace's members", context(builder), { action: "viewMembers", workspaceId: "ws-2" }, { code: "forbidden", rule: "R1" }],
  // R2: instance level needs super admin.
  ["R2: a workspace admin may not see All users", context(admin), { action: "viewInstanceUsers" }, { code: "forbidden", rule: "R2" }],
  ["R2: a super admin may see All users", context(superAdmin), { action: "viewInstanceUsers" }, { ok: true }],
  ["R1: a workspace's admins may read its activity (R28)", context(admin), { action: "viewActivity", workspaceId: WS }, { ok: true }],
  ["R1: a super admin may read any workspace's activity (R28)", context(superAdmin), { action: "viewActivity", workspaceId: "ws-2" }, { ok: true }],
  ["R1: a builder may not read the workspace's activity (R28)", context(builder), { action: "viewActivity", workspaceId: WS }, { code: "forbidden", rule: "R1" }],
  ["R2: a workspace admin may not read the instance's activity (R28)", context(admin), { action: "viewInstanceActivity" }, { code: "forbidden", rule: "R2" }],
  ["R2: a super admin may read the instance's activity (R28)", context(superAdmin), { action: "viewInstanceActivity" }, { ok: true }],
  ["R2: a workspace admin may not archive at instance level", context(admin, archiveLc), { action: "archive", member: instanceMember() }, { code: "forbidden", rule: "R2" }],
  ["R2: a workspace admin may not unarchive at instance level", context(admin, archiveLc), { action: "unarchive", member: instanceMember({ status: "archived", instanceStatus: "archived" }) }, { code: "forbidden", rule: "R2" }],
  ["R2: instance scope offers only archive and unarchive", context(superAdmin, deactivateLc), { action: "deactivate", member: instanceMember() }, { code: "invalid_transition", rule: "R2" }],
  // R4: kit-default guards.
  ["R4: an admin cannot archive themselves", context(admin, archiveLc, { [WS]: 2 }), { action: "archive", member: member({ id: admin.userId }) }, { code: "forbidden", rule: "R4" }],
  ["R4: an admin cannot deactivate themselves", context(admin, deactivateLc, { [WS]: 2 }), { action: "deactivate", member: member({ id: admin.userId }) }, { code: "forbidden", rule: "R4" }],
  ["R4: a super admin cannot archive themselves at instance level", context(superAdmin, archiveLc), { action: "archive", member: instanceMember({ id: superAdmin.userId }) }, { code: "forbidden", rule: "R4" }],
  ["R4: an admin cannot archive a super admin", context(admin, archiveLc), { action: "archive", member: member({ superAdmin: true }) }, { code: "forbidden", rule: "R4" }],
  ["R4: an admin cannot unarchive a super admin", context(admin, archiveLc), { action: "unarchive", member: member({ superAdmin: true, status: "archived" }) }, { code: "forbidden", rule: "R4" }],
  ["R4: a super admin can archive another super admin", context(superAdmin, archiveLc), { action: "archive", member: member({ superAdmin: true }) }, { ok: true }],
  ["R4: the self guard can be turned off by the host", context(admin, { ...archiveLc, guards: { selfStatusChange: false } }, { [WS]: 2 }), { action: "archive", member: member({ id: admin.userId, role: "admin" }) }, { ok: true }],
  ["R4: an admin cannot change the role of a super admin", context(admin, {}, { [WS]: 2 }), { action: "changeRole", member: member({ superAdmin: true }), role: "end-user" }, { code: "forbidden", rule: "R4" }],
  ["R4: an admin cannot open a super admin's role for editing", context(admin), { action: "changeRole", member: member({ superAdmin: true }) }, { code: "forbidden", rule: "R4" }],
  ["R4: an admin cannot change the groups of a super admin", context(admin), { action: "changeGroups", member: member({ superAdmin: true }) }, { code: "forbidden", rule: "R4" }],
  ["R4: an admin cannot change an inactive super admin's role: forbidden before the status", context(admin), { action: "changeRole", member: member({ superAdmin: true, status: "inactive" }) }, { code: "forbidden", rule: "R4" }],
  ["R4: a super admin can change another super admin's role", context(superAdmin, {}, { [WS]: 2 }), { action: "changeRole", member: member({ superAdmin: true }), role: "end-user" }, { ok: true }],
  ["R4: a super admin can change another super admin's groups", context(superAdmin), { action: "changeGroups", member: member({ superAdmin: true }) }, { ok: true }],
  ["R4: the super-admin guard can be turned off by the host (status)", context(admin, { ...archiveLc, guards: { superAdminChange: false } }), { action: "archive", member: member({ superAdmin: true }) }, { ok: true }],
  ["R4: the super-admin guard can be turned off by the host (role)", context(admin, { guards: { superAdminChange: false } }, { [WS]: 2 }), { action: "changeRole", member: member({ superAdmin: true }), role: "end-user" }, { ok: true }],
  ["R4: the super-admin guard can be turned off by the host (groups)", context(admin, { guards: { superAdminChange: false } }), { action: "changeGroups", member: member({ superAdmin: true }) }, { ok: true }],
  // R7, R8: invites of known emails.
  ["R7: inviting an active member is a duplicate", context(admin), { action: "invite", workspaceId: WS, existing: existing("active") }, { code: "duplicate", rule: "R7" }],
  ["R7: inviting an invited member is a duplicate", context(admin), { action: "invite", workspaceId: WS, existing: existing("invited") }, { code: "duplicate", rule: "R7" }],
  ["R7: inviting a requested member is a duplicate", context(admin), { action: "invite", workspaceId: WS, existing: existing("requested") }, { code: "duplicate", rule: "R7" }],
  ["R7: inviting an archived member is refused with an offer", context(admin), { action: "invite", workspaceId: WS, existing: existing("archived") }, { code: "duplicate", rule: "R7" }],
  ["R7: a known user with no membership here may be invited", context(admin), { action: "invite", workspaceId: WS, existing: { user: existing("active").user, membership: null } }, { ok: true }],
  ["R8: a user archived at instance level cannot be invited", context(admin), { action: "invite", workspaceId: WS, existing: { user: { ...existing("archived").user, instanceStatus: "archived" }, membership: null } }, { code: "archived_in_instance", rule: "R8" }],
  // R10: invitation links and resends.
  ["R10: an invited member's link can be copied in self-hosted mode", context(admin, { deployment: "self-hosted" }), { action: "copyInvitationLink", member: member({ status: "invited" }) }, { ok: true }],
  ["R10: links cannot be copied in cloud mode", context(admin, { deployment: "cloud" }), { action: "copyInvitationLink", member: member({ status: "invited" }) }, { code: "forbidden", rule: "R10" }],
  ["R10: an active member has no link to copy", context(admin), { action: "copyInvitationLink", member: member() }, { code: "invalid_transition", rule: "R10" }],
  ["R10: a requested member's invitation can be resent", context(admin), { action: "resendInvitation", member: member({ status: "requested" }) }, { ok: true }],
  ["R10: an active member has no invitation to resend", context(admin), { action: "resendInvitation", member: member() }, { code: "invalid_transition", rule: "R10" }],
  ["R10: archiving an invited member (revoking the invite) is allowed", context(admin, archiveLc), { action: "archive", member: member({ status: "invited" }) }, { ok: true }],
  // R11–R14: archive lifecycle transitions.
  ["R11: an archived member cannot be archived again", context(admin, archiveLc), { action: "archive", member: member({ status: "archived" }) }, { code: "invalid_transition", rule: "R11" }],
  ["R12: an instance-archived user cannot be archived again", context(superAdmin, archiveLc), { action: "archive", member: instanceMember({ status: "archived", instanceStatus: "archived" }) }, { code: "invalid_transition", rule: "R12" }],
  ["R12: a super admin may archive an active user at instance level", context(superAdmin, archiveLc, { [WS]: 3 }), { action: "archive", member: instanceMember() }, { ok: true }],
  ["R13: a super admin may unarchive an instance-archived user", context(superAdmin, archiveLc), { action: "unarchive", member: instanceMember({ status: "archived", instanceStatus: "archived" }) }, { ok: true }],
  ["R13: only instance-archived users can be unarchived at instance level", context(superAdmin, archiveLc), { action: "unarchive", member: instanceMember() }, { code: "invalid_transition", rule: "R13" }],
  ["R14: an archived member can be unarchived", context(admin, archiveLc), { action: "unarchive", member: member({ status: "archived" }) }, { ok: true }],
  ["R14: a super admin's workspace unarchive of an instance-archived user is allowed", context(superAdmin, archiveLc), { action: "unarchive", member: member({ status: "archived", instanceStatus: "archived" }) }, { ok: true }],
  ["R2: a workspace admin cannot lift an instance archive by unarchiving in a workspace", context(admin, archiveLc), { action: "unarchive", member: member({ status: "archived", instanceStatus: "archived" }) }, { code: "forbidden", rule: "R2" }],
  ["R14: only archived members can be unarchived", context(admin, archiveLc), { action: "unarchive", member: member({ status: "invited" }) }, { code: "invalid_transition", rule: "R14" }],
  ["R24: archive is not offered by the deactivate lifecycle", context(admin, deactivateLc), { action: "archive", member: member() }, { code: "invalid_transition", rule: "R24" }],
  ["R24: deactivate is not offered by the archive lifecycle", context(admin, archiveLc), { action: "deactivate", member: member() }, { code: "invalid_transition", rule: "R24" }],
  ["R24: an invited member's role cannot be edited", context(admin), { action: "changeRole", member: member({ status: "invited" }) }, { code: "invalid_transition", rule: "R24" }],
  ["R24: an archived member's groups cannot be edited", context(admin), { action: "changeGroups", member: member({ status: "archived" }) }, { code: "invalid_transition", rule: "R24" }],
  ["R24: an active member's groups can be edited", context(admin), { action: "changeGroups", member: member() }, { ok: true }],
  // R15: at least one active admin.
  ["R15: refuses to archive the last active admin", context(superAdmin, archiveLc, { [WS]: 1 }), { action: "archive", member: member({ role: "admin" }) }, { code: "last_admin", rule: "R15" }],
  ["R15: refuses to deactivate the last active admin", context(superAdmin, deactivateLc, { [WS]: 1 }), { action: "deactivate", member: member({ role: "admin" }) }, { code: "last_admin", rule: "R15" }],
  ["R15: refuses to demote the last active admin", context(superAdmin, {}, { [WS]: 1 }), { action: "changeRole", member: member({ role: "admin" }), role: "builder" }, { code: "last_admin", rule: "R15" }],
  ["R15: allows archiving one of two active admins", context(superAdmin, archiveLc, { [WS]: 2 }), { action: "archive", member: member({ role: "admin" }) }, { ok: true }],
  ["R15: an invited admin does not count, so archiving them is allowed", context(superAdmin, archiveLc, { [WS]: 1 }), { action: "archive", member: member({ role: "admin", status: "invited" }) }, { ok: true }],
  ["R15: keeping the admin role is no demotion", context(superAdmin, {}, { [WS]: 1 }), { action: "changeRole", member: member({ role: "admin" }), role: "admin" }, { ok: true }],
  ["R15: unknown counts leave the decision to the backend", context(superAdmin, archiveLc), { action: "archive", member: member({ role: "admin" }) }, { ok: true }],
  ["R15: refuses an instance archive of the last active admin of a workspace", context(superAdmin, archiveLc, { [WS]: 1, "ws-2": 4 }), { action: "archive", member: instanceMember({ memberships: [{ workspaceId: WS, status: "active", role: "admin" }, { workspaceId: "ws-2", status: "active", role: "admin" }] }) }, { code: "last_admin", rule: "R15" }],
  ["R5: a role that does not exist is refused", context(admin), { action: "changeRole", member: member(), role: "owner" }, { code: "validation", rule: "R5" }],
  // R17, R18: deactivate lifecycle.
  ["R17: an active member can be deactivated", context(admin, deactivateLc, { [WS]: 2 }), { action: "deactivate", member: member() }, { ok: true }],
  ["R17: an inactive member cannot be deactivated again", context(admin, deactivateLc), { action: "deactivate", member: member({ status: "inactive" }) }, { code: "invalid_transition", rule: "R17" }],
  ["R18: an inactive member can be reactivated", context(admin, deactivateLc), { action: "reactivate", member: member({ status: "inactive" }) }, { ok: true }],
  ["R18: only inactive members can be reactivated", context(admin, deactivateLc), { action: "reactivate", member: member() }, { code: "invalid_transition", rule: "R18" }],
  ["R18: a builder cannot reactivate", context(builder, deactivateLc), { action: "reactivate", member: member({ status: "inactive" }) }, { code: "forbidden", rule: "R1" }],
];

function existing(status: Member["status"]): NonNullable<Extract<PolicyRequest, { action: "invite" }>["existing"]> {
  return {
    user: { id: "u-target", email: "grace@example.com", name: "Grace Hopper", instanceStatus: "active", superAdmin: false, hasAccount: true },
    membership: { userId: "u-target", workspaceId: WS, status, role: "builder", groups: [], metadata: {}, invitedAt: "2026-01-01T00:00:00.000Z", lastActiveAt: null },
  };
}

describe("policy: can(ctx, request)", () => {
  it.each(rows)("%s", (_title, ctx, request, expected) => {
    const decision = can(ctx, request);
    if ("ok" in expected) {
      expect(decision).toEqual({ ok: true });
    } else {
      expect(decision).toMatchObject({ ok: false, ...expected });
      if (decision.ok) return;
      // R3: the refusal names its sentence and the values it is made of; the kit says it in English, as
      // the message of the error it becomes.
      expect(decision.reasonKey.startsWith(`${expected.rule}.`)).toBe(true);
      expect(denialReasonOf(decision.reasonKey, decision.params)).toEqual({ reasonKey: decision.reasonKey, params: decision.params });
      expect(denialSentence(decision)).toMatch(/\w.*\./);
      expect(deniedError(decision).message).toBe(denialSentence(decision));
    }
  });

  it("R3: every refusal key the policy answers is reached by a row above; the rest belong to the commands and the store", () => {
    const answered = new Set(rows.flatMap(([, ctx, request]) => {
      const decision = can(ctx, request);
      return decision.ok ? [] : [decision.reasonKey];
    }));
    const elsewhere: DenialKey[] = ["R5.noWorkspace", "R5.nothingToChange", "R5.unknownGroups", "R12.accountArchived", "R27.notPending"];
    expect([...answered].sort()).toEqual(DENIAL_KEYS.filter((key) => !elsewhere.includes(key)).sort());
  });

  it("R3: each key names its rule and its code, and says its sentence in English", () => {
    for (const key of DENIAL_KEYS) expect(key).toMatch(new RegExp(`^${denialRule(key)}\\.[a-z][A-Za-z]+$`));
    expect(denialCode("R15.lastAdmin")).toBe("last_admin");
    expect(denial("R1.notAdmin", { verb: "archive" })).toEqual({
      ok: false,
      code: "forbidden",
      rule: "R1",
      reasonKey: "R1.notAdmin",
      params: { verb: "archive" },
    });
    expect(denialSentence(denial("R1.notAdmin", { verb: "archive" }))).toBe("Only admins of this workspace can archive members.");
  });

  it("R3: a refusal's key and values from outside are checked against the key before a UI words them", () => {
    const params = { name: "Lin", verb: "archive", workspaces: ["ws-1"], workspaceNames: ["Design"], count: 1 };
    expect(denialReasonOf("R15.lastAdmin", { ...params, extra: "dropped" })).toEqual({ reasonKey: "R15.lastAdmin", params });
    expect(denialReasonOf("R15.nope", params)).toBeUndefined();
    expect(denialReasonOf("toString", {})).toBeUndefined();
    expect(denialReasonOf("R15.lastAdmin", { ...params, count: -1 })).toBeUndefined();
    expect(denialReasonOf("R15.lastAdmin", { ...params, verb: "delete" })).toBeUndefined();
    expect(denialReasonOf("R15.lastAdmin", { ...params, workspaceNames: "Design" })).toBeUndefined();
    expect(denialReasonOf("R15.lastAdmin", { name: "Lin" })).toBeUndefined();
    expect(denialReasonOf("R1.notMember", null)).toBeUndefined();
    expect(denialReasonOf("R1.notMember", [])).toBeUndefined();
    expect(denialReasonOf("R11.alreadyArchived", { name: "Lin", status: "gone" })).toBeUndefined();
  });

  it("R15: an instance archive refusal names every workspace it would orphan", () => {
    const decision = can(context(superAdmin, archiveLc, { [WS]: 1, "ws-2": 1 }), {
      action: "archive",
      member: instanceMember({
        memberships: [
          { workspaceId: WS, status: "active", role: "admin" },
          { workspaceId: "ws-2", status: "active", role: "admin" },
        ],
      }),
    });
    expect(decision).toEqual({
      ok: false,
      code: "last_admin",
      rule: "R15",
      reasonKey: "R15.lastAdmin",
      params: { name: "Grace Hopper", verb: "archiveInstance", workspaces: [WS, "ws-2"], workspaceNames: ["Design", "Sales"], count: 2 },
      workspaces: [WS, "ws-2"],
    });
    expect(!decision.ok && denialSentence(decision)).toBe(
      "Grace Hopper is the last active admin of Design, Sales; archiving them at instance level would leave them without one. Make someone else an admin first.",
    );
  });

  it("R7: an archived or inactive duplicate offers unarchive or reactivate instead", () => {
    const archived = can(context(admin), { action: "invite", workspaceId: WS, existing: existing("archived") });
    expect(archived).toMatchObject({
      existing: { userId: "u-target", status: "archived", offer: "unarchive" },
      reasonKey: "R7.restoreInstead",
      params: { email: "grace@example.com", status: "archived", offer: "unarchive" },
    });
    expect(!archived.ok && denialSentence(archived)).toBe("grace@example.com is archived in this workspace: unarchive them instead of inviting them again.");
    expect(can(context(admin), { action: "invite", workspaceId: WS, existing: existing("inactive") })).toMatchObject({
      existing: { offer: "reactivate" },
    });
    expect(can(context(admin), { action: "invite", workspaceId: WS, existing: existing("active") })).toMatchObject({
      existing: { offer: null },
      reasonKey: "R7.alreadyMember",
      params: { email: "grace@example.com", status: "active" },
    });
  });

  it("R19: no action of the policy deletes a member", () => {
    const actions = new Set(rows.map(([, , request]) => request.action));
    expect([...actions].filter((action) => /delete|remove/i.test(action))).toEqual([]);
  });

  it("R3: a refusal becomes a typed error with the same code, rule, key, values and reason, and a link to the rule for developers", () => {
    const decision = can(context(builder, archiveLc), { action: "archive", member: member() });
    expect(() => assertAllowed(decision)).toThrow(RosterError);
    try {
      assertAllowed(decision);
    } catch (error) {
      expect(error).toMatchObject({
        code: "forbidden",
        rule: "R1",
        reasonKey: "R1.notAdmin",
        params: { verb: "archive" },
        retryable: false,
        message: "Only admins of this workspace can archive members.",
        docs: "docs/rules.md#r1",
        detail: "Refused by R1.notAdmin: Only admins of this workspace can archive members. See docs/rules.md#r1.",
      });
    }
    expect(() => assertAllowed({ ok: true })).not.toThrow();
  });

  it("R3: two answers of can() are the same when both allow, or refuse with the same key and values", () => {
    const ctx = context(superAdmin, archiveLc, { [WS]: 1 });
    const request: PolicyRequest = { action: "archive", member: member({ role: "admin" }) };
    expect(sameDecision(can(ctx, request), can(ctx, request))).toBe(true);
    expect(sameDecision({ ok: true }, { ok: true })).toBe(true);
    expect(sameDecision(can(ctx, request), { ok: true })).toBe(false);
    expect(sameDecision(can(ctx, request), can(ctx, { action: "archive", member: member({ role: "admin", name: "Ada" }) }))).toBe(false);
    expect(sameDecision(denial("R1.notAdmin", { verb: "archive" }), denial("R1.notAdmin", { verb: "invite" }))).toBe(false);
    expect(sameDecision(denial("R1.notAdmin", { verb: "archive" }), denial("R4.self", { name: "Ada" }))).toBe(false);
  });

  it("R15: the error of a last-admin refusal keeps its workspaces, and field errors given with it", () => {
    const decision = denial("R15.lastAdmin", { name: "Lin", verb: "changeRole", workspaces: [WS], workspaceNames: ["Design"], count: 1 }, { workspaces: [WS] });
    const error = deniedError(decision, { fieldErrors: { role: denialSentence(decision) } });
    expect(error).toMatchObject({ code: "last_admin", workspaces: [WS], fieldErrors: { role: denialSentence(decision) }, docs: "docs/rules.md#r15" });
    expect(new RosterError("network", "Offline.").docs).toBeUndefined();
  });
});

describe("seats and assignability", () => {
  it.each([
    ["active", true],
    ["invited", true],
    ["requested", true],
    ["archived", false],
    ["inactive", false],
  ] as const)("R16: a %s membership billable: %s", (status, billable) => {
    expect(isBillable(status)).toBe(billable);
  });

  it.each([
    ["active", "active", true],
    ["inactive", "active", false],
    ["invited", "invited", false],
    ["active", "archived", false],
  ] as const)("R17: a %s member (instance %s) assignable: %s", (status, instanceStatus, assignable) => {
    expect(isAssignable({ status, instanceStatus })).toBe(assignable);
  });
});

describe("configuration", () => {
  it("R4: guards are on by default", () => {
    expect(resolveConfig().guards).toEqual({ selfStatusChange: true, superAdminChange: true });
  });

  it("R4: the reasons for a super admin's role and groups say who may change them", () => {
    const ctx = context(admin);
    const target = member({ superAdmin: true });
    const role = can(ctx, { action: "changeRole", member: target });
    const groups = can(ctx, { action: "changeGroups", member: target });
    expect(!role.ok && denialSentence(role)).toBe("Only super admins can change the role of a super admin.");
    expect(!groups.ok && denialSentence(groups)).toBe("Only super admins can change the groups of a super admin.");
  });

  it("R29: the kit-default limits are 100 invitees per request, 1 MiB bodies and 32 levels of JSON; a host may change each", () => {
    expect(resolveConfig().limits).toEqual({ inviteesPerRequest: 100, requestBodyBytes: 1_048_576, jsonDepth: 32 });
    expect(resolveConfig({ limits: { inviteesPerRequest: 20 } }).limits).toEqual({ inviteesPerRequest: 20, requestBodyBytes: 1_048_576, jsonDepth: 32 });
  });

  it.each([
    [{ adminRole: "owner" }, 'Rosterkit config: `adminRole` is "owner", which is not one of `roles` (admin, builder, end-user).'],
    [{ roles: [] }, "Rosterkit config: `roles` must list at least one role."],
    [{ roles: [{ id: "a", label: "A" }, { id: "a", label: "B" }], adminRole: "a" }, 'Rosterkit config: role "a" is listed twice in `roles`.'],
    [{ metadataMaxBytes: 0 }, "Rosterkit config: `metadataMaxBytes` must be a positive integer, got 0."],
    [{ limits: { inviteesPerRequest: 0 } }, "Rosterkit config: `limits.inviteesPerRequest` must be a positive integer, got 0."],
    [{ limits: { requestBodyBytes: 1.5 } }, "Rosterkit config: `limits.requestBodyBytes` must be a positive integer, got 1.5."],
  ])("refuses an incoherent configuration %j with a specific error", (input, message) => {
    expect(() => resolveConfig(input)).toThrow(message);
  });
});
