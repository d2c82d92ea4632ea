import { describe, expect, it } from "vitest";
import type { PolicyContext, RosterConfigInput } from "../src/core";
import { denialSentence, resolveConfig } from "../src/core";
import type { MembershipFacts, RosterSubject } from "../src/core/commands/roster-facts";
import { memberView, subjectOfMember } from "../src/core/commands/roster-facts";
import { applyStatus, decideStatus } from "../src/core/commands/status.command";
import { applyMemberUpdate, decideMemberUpdate } from "../src/core/commands/member-update.command";
import { applyAccept, applyInvite, applyResend, applyRevoke, decideAccept, decideInvite, decideRevoke } from "../src/core/commands/invitation.command";

const NOW = "2026-12-06T10:00:00.000Z";
const A = "ws-a";
const B = "ws-b";
const inA = { kind: "workspace", workspaceId: A } as const;

function membership(workspaceId: string, status: MembershipFacts["status"], role = "builder", version = 3): MembershipFacts {
  return { userId: "u", workspaceId, status, role, groups: ["g1"], metadata: { team: "x" }, invitedAt: "2026-01-01T00:00:00.000Z", lastActiveAt: null, version };
}

function subject(memberships: MembershipFacts[], user: Partial<RosterSubject["user"]> = {}): RosterSubject {
  return {
    user: { id: "u", email: "u@rosterkit.test", name: "Uma", instanceStatus: "active", superAdmin: false, hasAccount: true, version: 7, createdAt: "2026-01-01T00:00:00.000Z", ...user },
    memberships,
  };
}

function context(input: RosterConfigInput = {}, admins: Record<string, number> = { [A]: 2, [B]: 2 }): PolicyContext {
  return { config: resolveConfig(input), actor: { userId: "boss", superAdmin: true, roles: {} }, activeAdmins: (id) => admins[id] };
}

describe("status commands", () => {
  it("R11: a workspace archive archives that membership only, revokes its link, frees a seat and bumps every row's version", () => {
    const before = subject([membership(A, "invited"), membership(B, "active")]);
    const change = applyStatus(resolveConfig(), "boss", before, inA, "archive", NOW);
    expect(change.after.memberships.map((m) => m.status)).toEqual(["archived", "active"]);
    expect(change.effects).toEqual([{ type: "invitation.revoke", workspaceId: A, userId: "u" }]);
    expect(change.counts).toEqual([{ workspaceId: A, seats: -1, activeAdmins: 0 }]);
    expect(change.after.memberships.map((m) => m.version)).toEqual([4, 4]);
    expect(change.after.user.version).toBe(8);
    expect(change.activity).toMatchObject({ action: "archive", actor: "boss", target: "u", before: { status: "invited" }, after: { status: "archived" } });
  });

  it("R12: an instance archive archives the user and every membership and revokes every link", () => {
    const before = subject([membership(A, "active", "admin"), membership(B, "invited")]);
    const change = applyStatus(resolveConfig(), "boss", before, { kind: "instance" }, "archive", NOW);
    expect(change.after.user.instanceStatus).toBe("archived");
    expect(change.after.memberships.every((m) => m.status === "archived")).toBe(true);
    expect(change.effects.filter((e) => e.type === "invitation.revoke")).toHaveLength(2);
    expect(change.counts).toEqual([
      { workspaceId: A, seats: -1, activeAdmins: -1 },
      { workspaceId: B, seats: -1, activeAdmins: 0 },
    ]);
  });

  it("R13: an instance unarchive leaves the user invited and every membership archived", () => {
    const before = subject([membership(A, "archived")], { instanceStatus: "archived" });
    const change = applyStatus(resolveConfig(), "boss", before, { kind: "instance" }, "unarchive", NOW);
    expect(change.after.user.instanceStatus).toBe("invited");
    expect(change.after.memberships[0]?.status).toBe("archived");
    expect(change.counts).toEqual([]);
  });

  it("R14: a workspace unarchive makes the membership pending, sends a new invitation and unarchives at instance level", () => {
    const before = subject([membership(A, "archived")], { instanceStatus: "archived" });
    const change = applyStatus(resolveConfig(), "boss", before, inA, "unarchive", NOW);
    expect(change.after.memberships[0]).toMatchObject({ status: "invited", invitedAt: NOW });
    expect(change.after.user.instanceStatus).toBe("invited");
    expect(change.effects).toEqual([{ type: "invitation.issue", workspaceId: A, userId: "u", email: true }]);
  });

  it("R9/R14: a cloud unarchive of someone with no account makes the membership requested", () => {
    const before = subject([membership(A, "archived")], { hasAccount: false });
    const change = applyStatus(resolveConfig({ deployment: "cloud" }), "boss", before, inA, "unarchive", NOW);
    expect(change.after.memberships[0]?.status).toBe("requested");
  });

  it("R17/R18: deactivate then reactivate keeps role and groups", () => {
    const config = resolveConfig({ lifecycle: "deactivate" });
    const off = applyStatus(config, "boss", subject([membership(A, "active", "admin")]), inA, "deactivate", NOW);
    expect(off.after.memberships[0]?.status).toBe("inactive");
    expect(off.counts).toEqual([{ workspaceId: A, seats: -1, activeAdmins: -1 }]);
    const on = applyStatus(config, "boss", off.after, inA, "reactivate", NOW);
    expect(on.after.memberships[0]).toMatchObject({ status: "active", role: "admin", groups: ["g1"] });
  });

  it("R15: the decision refuses to archive the last active admin and names the workspace", () => {
    const decision = decideStatus(context({}, { [A]: 1 }), subject([membership(A, "active", "admin")]), inA, "archive");
    expect(decision).toMatchObject({ ok: false, code: "last_admin", rule: "R15", workspaces: [A] });
  });
});

describe("member update commands", () => {
  it("R15: refuses to demote the last active admin", () => {
    const decision = decideMemberUpdate(context({}, { [A]: 1 }), subject([membership(A, "active", "admin")]), A, { role: "builder" }, () => true);
    expect(decision).toMatchObject({ ok: false, code: "last_admin" });
  });

  it("R5: refuses unknown groups and names them", () => {
    const decision = decideMemberUpdate(context(), subject([membership(A, "active")]), A, { groups: ["g1", "nope"] }, (id) => id === "g1");
    expect(decision).toMatchObject({ ok: false, code: "validation", reasonKey: "R5.unknownGroups", params: { groups: ["nope"], count: 1 } });
    expect(!decision.ok && denialSentence(decision)).toContain('"nope"');
  });

  it("R22: a group change bumps only that membership's row; a role change bumps every row", () => {
    const before = subject([membership(A, "active"), membership(B, "active")]);
    const groups = applyMemberUpdate(resolveConfig(), "boss", before, A, { groups: ["g2", "g2"] });
    expect(groups.after.memberships.map((m) => m.version)).toEqual([4, 3]);
    expect(groups.after.memberships[0]?.groups).toEqual(["g2"]);
    expect(groups.after.user.version).toBe(7);
    const role = applyMemberUpdate(resolveConfig(), "boss", before, A, { role: "admin" });
    expect(role.after.memberships.map((m) => m.version)).toEqual([4, 4]);
    expect(role.counts).toEqual([{ workspaceId: A, seats: 0, activeAdmins: 1 }]);
  });

  it("R22: a change to the same role and groups changes nothing and records no activity", () => {
    const before = subject([membership(A, "active")]);
    const change = applyMemberUpdate(resolveConfig(), "boss", before, A, { role: "builder", groups: ["g1"] });
    expect(change.after).toEqual(before);
    expect(change.activity).toBeNull();
  });
});

describe("invitation commands", () => {
  const invitee = { name: "Nia New", email: "nia@rosterkit.test", role: "builder", groups: ["g1"], metadata: {} };

  it("R9: a new email gets a new user with no account and an invited membership, a link and an email", () => {
    const change = applyInvite(resolveConfig(), "boss", A, invitee, null, { id: "u-9", now: NOW });
    expect(change.before).toBeNull();
    expect(change.after.user).toMatchObject({ id: "u-9", instanceStatus: "invited", hasAccount: false });
    expect(change.after.memberships).toEqual([expect.objectContaining({ workspaceId: A, status: "invited", invitedAt: NOW, version: 1 })]);
    expect(change.effects).toEqual([{ type: "invitation.issue", workspaceId: A, userId: "u-9", email: true }]);
    expect(change.counts).toEqual([{ workspaceId: A, seats: 1, activeAdmins: 0 }]);
    expect(change.activity).toMatchObject({ action: "invite", before: null, after: { status: "invited" } });
  });

  it("R9: in cloud, an email with no account is requested", () => {
    const change = applyInvite(resolveConfig({ deployment: "cloud" }), "boss", A, invitee, null, { id: "u-9", now: NOW });
    expect(change.after.memberships[0]?.status).toBe("requested");
  });

  it("R7: the decision refuses a duplicate and offers to unarchive an archived member", () => {
    const decision = decideInvite(context(), A, subject([membership(A, "archived")]));
    expect(decision).toMatchObject({ ok: false, code: "duplicate", existing: { offer: "unarchive" } });
  });

  it("R8: the decision refuses a user archived at instance level", () => {
    const decision = decideInvite(context(), A, subject([], { instanceStatus: "archived" }));
    expect(decision).toMatchObject({ ok: false, code: "archived_in_instance", rule: "R8" });
  });

  it("R10: a resend issues a new link and email and bumps the membership and instance rows", () => {
    const change = applyResend(resolveConfig(), "boss", subject([membership(A, "invited"), membership(B, "active")]), A, NOW);
    expect(change.effects).toEqual([{ type: "invitation.issue", workspaceId: A, userId: "u", email: true }]);
    expect(change.after.memberships.map((m) => m.version)).toEqual([4, 3]);
    expect(change.after.user.version).toBe(8);
  });

  it("R10: a revoke ends the pending invite and kills its link; only pending invites can be revoked", () => {
    const change = applyRevoke(resolveConfig(), "boss", subject([membership(A, "invited")]), A);
    expect(change.after.memberships[0]?.status).toBe("archived");
    expect(change.effects).toEqual([{ type: "invitation.revoke", workspaceId: A, userId: "u" }]);
    const refused = decideRevoke(context(), subject([membership(A, "active")]), A);
    expect(refused).toMatchObject({ ok: false, code: "invalid_transition", reasonKey: "R10.noPendingInvitation", params: { status: "active", verb: "revokeInvitation" } });
    expect(!refused.ok && denialSentence(refused)).toMatch(/has no pending invitation to revoke\.$/);
  });

  it("R27: accepting makes the membership active, gives the user an account and uses the link up", () => {
    const before = subject([membership(A, "invited")], { instanceStatus: "invited", hasAccount: false });
    expect(decideAccept(before, A)).toEqual({ ok: true });
    const change = applyAccept(resolveConfig(), before, A, NOW);
    expect(change.after.user).toMatchObject({ instanceStatus: "active", hasAccount: true });
    expect(change.after.memberships[0]).toMatchObject({ status: "active", lastActiveAt: NOW });
    expect(change.effects).toEqual([{ type: "invitation.consume", workspaceId: A, userId: "u" }]);
    expect(decideAccept(change.after, A)).toMatchObject({ ok: false, code: "invalid_transition" });
  });
});

describe("the subject seen from a row", () => {
  it("R20: a row rebuilt as a subject gives back the same row", () => {
    const before = subject([membership(A, "active", "admin"), membership(B, "invited")]);
    for (const scope of [inA, { kind: "instance" } as const]) {
      const row = memberView(before, scope);
      expect(memberView(subjectOfMember(row), scope)).toMatchObject({ id: row.id, status: row.status, role: row.role, memberships: row.memberships, version: row.version });
    }
  });
});
