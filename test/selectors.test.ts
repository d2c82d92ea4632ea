import { describe, expect, it } from "vitest";
import type { Actor, Member, MemberAction, MemberStatus, PolicyContext, RosterConfigInput, WorkspaceSummary } from "../src/core";
import { memberActions, resolveConfig, statusConsequences } from "../src/core";
import { denial } from "../src/core/policy";
import { WS, admin, makeMember, superAdmin } from "./support/member-fixture";

function member(status: MemberStatus, overrides: Partial<Member> = {}): Member {
  return makeMember({
    id: "u-grace",
    name: "Grace",
    email: "grace@example.com",
    status,
    memberships: [
      { workspaceId: WS, status, role: "builder" },
      { workspaceId: "ws-2", status: "invited", role: "end-user" },
    ],
    ...overrides,
  });
}

const instance = (status: MemberStatus) => member(status, { scope: { kind: "instance" }, role: null, instanceStatus: status === "archived" ? "archived" : "active" });

function ctx(actor: Actor, config: RosterConfigInput = {}): PolicyContext {
  return { actor, config: resolveConfig(config), activeAdmins: () => 2 };
}

const archiveSelf: RosterConfigInput = { lifecycle: "archive", deployment: "self-hosted" };
const archiveCloud: RosterConfigInput = { lifecycle: "archive", deployment: "cloud" };
const deactivate: RosterConfigInput = { lifecycle: "deactivate" };

describe("memberActions", () => {
  type Row = [title: string, context: PolicyContext, member: Member, actions: readonly MemberAction[]];
  const rows: Row[] = [
    ["R24: an invited member offers copy link (self-hosted), resend and archive", ctx(admin, archiveSelf), member("invited"), ["copyInvitationLink", "resendInvitation", "archive"]],
    ["R24: a requested member offers copy link (self-hosted), resend and archive", ctx(admin, archiveSelf), member("requested"), ["copyInvitationLink", "resendInvitation", "archive"]],
    ["R24: in cloud there is no invitation link to copy", ctx(admin, archiveCloud), member("invited"), ["resendInvitation", "archive"]],
    ["R24: an active member offers edit and archive", ctx(admin, archiveSelf), member("active"), ["edit", "archive"]],
    ["R24: an archived member offers unarchive", ctx(admin, archiveSelf), member("archived"), ["unarchive"]],
    ["R24: deactivate lifecycle: an active member offers edit and deactivate", ctx(admin, deactivate), member("active"), ["edit", "deactivate"]],
    ["R24: deactivate lifecycle: an inactive member offers reactivate", ctx(admin, deactivate), member("inactive"), ["reactivate"]],
    ["R24: deactivate lifecycle: a pending invite can be resent or its link copied", ctx(admin, deactivate), member("invited"), ["copyInvitationLink", "resendInvitation"]],
    ["R2: at instance level an active user offers archive", ctx(superAdmin, archiveSelf), instance("active"), ["archive"]],
    ["R2: at instance level an archived user offers unarchive", ctx(superAdmin, archiveSelf), instance("archived"), ["unarchive"]],
    ["R2: the deactivate lifecycle has no instance-level actions", ctx(superAdmin, deactivate), instance("active"), []],
  ];
  it.each(rows)("%s", (_title, context, target, actions) => {
    const offers = memberActions(context, target);
    expect(offers.map((offer) => offer.action)).toEqual(actions);
    expect(offers.every((offer) => offer.enabled)).toBe(true);
  });

  it("R19: no status of either lifecycle ever offers a delete", () => {
    const statuses: MemberStatus[] = ["requested", "invited", "active", "inactive", "archived"];
    for (const config of [archiveSelf, archiveCloud, deactivate]) {
      for (const status of statuses) {
        const actions = memberActions(ctx(superAdmin, config), member(status)).map((offer) => offer.action as string);
        expect(actions.filter((action) => /delete|remove/i.test(action))).toEqual([]);
      }
    }
  });

  it("R3: an action the actor may not take is shown disabled with the policy's refusal, its code and key kept", () => {
    const builder: Actor = { userId: "u-builder", superAdmin: false, roles: { [WS]: "builder" } };
    expect(memberActions(ctx(builder, archiveSelf), member("active"))).toEqual([
      { action: "edit", enabled: false, denied: denial("R1.notAdmin", { verb: "edit" }) },
      { action: "archive", enabled: false, denied: denial("R1.notAdmin", { verb: "archive" }) },
    ]);
    const self = memberActions(ctx(admin, archiveSelf), member("active", { id: "u-admin" }));
    expect(self.find((offer) => offer.action === "archive")).toMatchObject({ enabled: false, denied: { code: "forbidden", rule: "R4", reasonKey: "R4.self" } });
    expect(memberActions(ctx(admin, archiveSelf), instance("active"))).toEqual([
      { action: "archive", enabled: false, denied: denial("R2.notSuperAdmin", { verb: "archiveInstance" }) },
    ]);
  });
});

describe("status change consequences", () => {
  const summaries: WorkspaceSummary[] = [
    { id: WS, name: "Design", activeAdmins: 2, billableSeats: 10, totalMembers: 14 },
    { id: "ws-2", name: "Sales", activeAdmins: 1, billableSeats: 4, totalMembers: 4 },
  ];

  it("R16: archiving an active member frees a billable seat; unarchiving takes one back", () => {
    const config = resolveConfig(archiveSelf);
    expect(statusConsequences(member("active"), "archive", config, summaries).seats).toEqual([{ workspaceId: WS, delta: -1, before: 10, after: 9 }]);
    expect(statusConsequences(member("archived"), "unarchive", config, summaries).seats).toEqual([{ workspaceId: WS, delta: 1, before: 10, after: 11 }]);
    expect(statusConsequences(member("active"), "deactivate", resolveConfig(deactivate)).seats).toEqual([{ workspaceId: WS, delta: -1, before: null, after: null }]);
  });

  it("R12, R16: an instance archive frees a seat in every workspace that billed the user", () => {
    expect(statusConsequences(instance("active"), "archive", resolveConfig(archiveSelf), summaries).seats).toEqual([
      { workspaceId: WS, delta: -1, before: 10, after: 9 },
      { workspaceId: "ws-2", delta: -1, before: 4, after: 3 },
    ]);
  });

  it("R14: a workspace unarchive sends a new invitation and restores access on acceptance", () => {
    const consequences = statusConsequences(member("archived", { instanceStatus: "archived" }), "unarchive", resolveConfig(archiveSelf), summaries);
    expect(consequences).toMatchObject({
      level: "workspace",
      toStatus: "invited",
      access: "on-acceptance",
      workspaces: [WS],
      invitationEmailSent: true,
      instanceUnarchived: true,
      seats: [{ workspaceId: WS, delta: 1 }],
    });
  });

  it("R14: in cloud, unarchiving a user with no account makes them requested", () => {
    expect(statusConsequences(member("archived", { hasAccount: false }), "unarchive", resolveConfig(archiveCloud)).toStatus).toBe("requested");
    expect(statusConsequences(member("archived", { hasAccount: false }), "unarchive", resolveConfig(archiveSelf)).toStatus).toBe("invited");
  });

  it("R12: an instance archive blocks sign-in in every workspace and revokes pending invitations", () => {
    expect(statusConsequences(instance("active"), "archive", resolveConfig(archiveSelf))).toMatchObject({
      level: "instance",
      access: "lost",
      signInBlocked: true,
      workspaces: [WS, "ws-2"],
      invitationRevoked: true,
      invitationEmailSent: false,
    });
  });

  it("R13: an instance unarchive sends no email and leaves memberships archived", () => {
    expect(statusConsequences(instance("archived"), "unarchive", resolveConfig(archiveSelf))).toMatchObject({
      toStatus: "invited",
      invitationEmailSent: false,
      membershipsStayArchived: true,
    });
  });

  it("R17, R18: deactivate blocks sign-in; reactivate restores access at once with role and groups", () => {
    const config = resolveConfig(deactivate);
    expect(statusConsequences(member("active"), "deactivate", config)).toMatchObject({ access: "lost", signInBlocked: true, toStatus: "inactive" });
    expect(statusConsequences(member("inactive"), "reactivate", config)).toMatchObject({ access: "restored", roleAndGroupsKept: true, toStatus: "active" });
  });

  it("R10, R11: archiving an invited member revokes the invitation", () => {
    expect(statusConsequences(member("invited"), "archive", resolveConfig(archiveSelf))).toMatchObject({ invitationRevoked: true, access: "lost" });
  });
});
