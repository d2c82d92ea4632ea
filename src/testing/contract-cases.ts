import { expect } from "vitest";
import type { MemberSort, MemberSortField, RosterAdapter, StatusAction } from "../core/adapter.types";
import type { Deployment, Lifecycle, Member, MemberStatus, Metadata, RosterDataset } from "../core/domain.types";
import { isAbortError, isRosterError } from "../core/errors";
import { isBillable } from "../core/policy";
import { normalizeEmail } from "../core/validation";
import { isStopAction } from "../core/vocabulary";
import type { ContractContext, MemberChanges } from "./contract-context";
import { expectFieldIssue, expectInvited, expectInviteeFailure, expectLimitExceeded, expectRosterError, invitee, liveSignal, scopeOf } from "./contract-context";
import { OPTIONAL_METHOD_CASES } from "./contract-activity-cases";
import { METADATA_CASES } from "./contract-metadata-cases";
import { BACKEND_PROMISE_CASES } from "./contract-backend-cases";
import { CONTRACT_GROUPS as G, CONTRACT_ROLES as R, CONTRACT_USERS as U, CONTRACT_WORKSPACES as W, contractEmail } from "./contract-fixture";

/**
 * The cases of the adapter conformance suite, as data: a title naming its rule (docs/rules.md), the configurations
 * the case applies to, and a body that talks to the backend only through the adapter interface.
 * @module
 */

/** One case of the conformance suite. */
export interface ContractCase {
  /** Starts with the rule it proves (`R15: ...`), or `contract:` for the adapter contract's own rules. */
  readonly title: string;
  /** Lifecycles the case applies to. @default both */
  readonly lifecycles?: readonly Lifecycle[];
  /** Deployments the case applies to. @default both */
  readonly deployments?: readonly Deployment[];
  /** The case body; it fails by throwing (through `expect`). */
  run(ctx: ContractContext): Promise<void>;
}

const ARCHIVE: readonly Lifecycle[] = ["archive"];
const DEACTIVATE: readonly Lifecycle[] = ["deactivate"];
const SELF_HOSTED: readonly Deployment[] = ["self-hosted"];
const CLOUD: readonly Deployment[] = ["cloud"];

/** Rows of a workspace as the fixture holds them: what the lists and counts must agree with. */
interface FixtureRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly status: MemberStatus;
  readonly role: string;
}

function fixtureRows(fixture: RosterDataset, workspaceId: string): FixtureRow[] {
  return fixture.memberships
    .filter((membership) => membership.workspaceId === workspaceId)
    .map((membership) => {
      const user = fixture.users.find((candidate) => candidate.id === membership.userId);
      if (!user) throw new Error(`contract fixture: no user ${membership.userId}`);
      return { id: user.id, name: user.name, email: user.email, status: membership.status, role: membership.role };
    });
}

function fixtureStatus(fixture: RosterDataset, workspaceId: string, userId: string): MemberStatus {
  const membership = fixture.memberships.find((candidate) => candidate.workspaceId === workspaceId && candidate.userId === userId);
  if (!membership) throw new Error(`contract fixture: ${userId} is not a member of ${workspaceId}`);
  return membership.status;
}

function sortedIds(members: readonly { readonly id: string }[]): string[] {
  return members.map((member) => member.id).sort();
}

function sortedGroups(groups: readonly string[]): string[] {
  return [...groups].sort();
}

function emailOf(ctx: ContractContext, userId: string): string {
  const user = ctx.fixture.users.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`contract fixture: no user ${userId}`);
  return user.email;
}

async function workspaceSummary(ctx: ContractContext, workspaceId: string) {
  const summaries = await ctx.as(U.superAdmin).listWorkspaces({ signal: liveSignal() });
  const summary = summaries.find((candidate) => candidate.id === workspaceId);
  if (!summary) return expect.fail(`listWorkspaces (as the super admin) does not list ${workspaceId}`);
  return summary;
}

async function listTotal(ctx: ContractContext, workspaceId: string | null): Promise<number> {
  const { members, pages } = await ctx.listAll(U.superAdmin, { scope: scopeOf(workspaceId) });
  const reported = pages[0]?.total;
  if (typeof reported === "number") expect(reported, "total reported by listMembers").toBe(members.length);
  return members.length;
}

/** A case per row of a table that shares one shape. */
function table<Row>(rows: readonly Row[], make: (row: Row) => ContractCase): ContractCase[] {
  return rows.map(make);
}

// ---------------------------------------------------------------------------------------------------
// Who may do what: R1–R4
// ---------------------------------------------------------------------------------------------------

type Attempt = (ctx: ContractContext) => Promise<unknown>;

const forbiddenCases: ContractCase[] = table<readonly [string, Attempt, (readonly Lifecycle[] | undefined)?, (readonly Deployment[])?]>(
  [
    ["R1: a builder cannot invite members", (ctx) => ctx.invite(U.builder, W.main, [invitee()])],
    ["R1: a builder cannot archive or deactivate a member", (ctx) => ctx.changeStatus(U.builder, W.main, U.endUser, ctx.stop)],
    ["R1: a builder cannot unarchive or reactivate a member", (ctx) => ctx.changeStatus(U.builder, W.main, U.stopped, ctx.resume)],
    ["R1: a builder cannot change a member's role", (ctx) => ctx.update(U.builder, W.main, U.endUser, { role: R.builder })],
    ["R1: a builder cannot change a member's groups", (ctx) => ctx.update(U.builder, W.main, U.endUser, { groups: [] })],
    [
      "R1: a builder cannot resend an invitation",
      (ctx) => ctx.as(U.builder).resendInvitation({ workspaceId: W.main, memberId: U.invited, idempotencyKey: ctx.key(), signal: liveSignal() }),
    ],
    [
      "R1: a builder cannot copy an invitation link",
      (ctx) => ctx.as(U.builder).getInvitationLink({ workspaceId: W.main, memberId: U.invited, signal: liveSignal() }),
      undefined,
      SELF_HOSTED,
    ],
    ["R1: an admin cannot invite into a workspace where they are an end user", (ctx) => ctx.invite(U.admin, W.solo, [invitee()])],
    ["R1: an admin cannot stop members of a workspace they do not belong to", (ctx) => ctx.changeStatus(U.admin, W.twin, U.invited, ctx.stop)],
    ["R1: an admin cannot edit members of a workspace they do not belong to", (ctx) => ctx.update(U.admin, W.twin, U.invited, { role: R.builder })],
    ["R2: the instance-wide list of all users requires a super admin", (ctx) => ctx.listAll(U.admin, { scope: { kind: "instance" } })],
    ["R2: instance archive requires a super admin", (ctx) => ctx.changeStatus(U.admin, null, U.endUser, "archive"), ARCHIVE],
    ["R2: instance unarchive requires a super admin", (ctx) => ctx.changeStatus(U.admin, null, U.instanceArchived, "unarchive"), ARCHIVE],
    ["R4: an admin cannot archive or deactivate themselves", (ctx) => ctx.changeStatus(U.admin, W.main, U.admin, ctx.stop)],
    ["R4: a super admin cannot archive or deactivate themselves", (ctx) => ctx.changeStatus(U.superAdmin, W.main, U.superAdmin, ctx.stop)],
    ["R4: a super admin cannot archive themselves at instance level", (ctx) => ctx.changeStatus(U.superAdmin, null, U.superAdmin, "archive"), ARCHIVE],
    ["R4: an admin cannot change the status of a super admin", (ctx) => ctx.changeStatus(U.admin, W.main, U.superAdmin, ctx.stop)],
  ],
  ([title, attempt, lifecycles, deployments]) => ({
    title: `${title}: forbidden`,
    ...(lifecycles ? { lifecycles } : {}),
    ...(deployments ? { deployments } : {}),
    async run(ctx) {
      const before = await listTotal(ctx, W.main);
      const endUser = await ctx.member(U.superAdmin, W.main, U.endUser);
      await expectRosterError(attempt(ctx), "forbidden", { rule: title.slice(0, title.indexOf(":")) });
      // Nothing was applied.
      expect(await listTotal(ctx, W.main)).toBe(before);
      expect(await ctx.member(U.superAdmin, W.main, U.endUser)).toEqual(endUser);
    },
  }),
);

/** R4 on role and groups: only a super admin may change a super admin's; the row stays as it was. */
const superAdminEditCases: ContractCase[] = table<readonly [string, MemberChanges]>(
  [
    ["role", { role: R.endUser }],
    ["groups", { groups: [G.design] }],
  ],
  ([what, changes]) => ({
    title: `R4: an admin cannot change the ${what} of a super admin: forbidden, and nothing changes`,
    async run(ctx) {
      const before = await ctx.member(U.superAdmin, W.main, U.superAdmin);
      await expectRosterError(ctx.update(U.admin, W.main, U.superAdmin, changes), "forbidden", { rule: "R4" });
      expect(await ctx.member(U.superAdmin, W.main, U.superAdmin)).toEqual(before);
    },
  }),
);

const accessCases: ContractCase[] = [
  ...forbiddenCases,
  ...superAdminEditCases,
  {
    title: "R3: a refusal is a RosterError with a stable code, a sentence, and no retry",
    async run(ctx) {
      const error = await expectRosterError(ctx.invite(U.builder, W.main, [invitee()]), "forbidden");
      expect(error).toBeInstanceOf(Error);
      expect(isRosterError(error)).toBe(true);
      expect(error.name).toBe("RosterError");
      expect(error.retryable).toBe(false);
    },
  },
  {
    title: "R2: a super admin lists every user of the instance, with their memberships",
    async run(ctx) {
      const { members } = await ctx.listAll(U.superAdmin, { scope: { kind: "instance" } });
      expect(sortedIds(members)).toEqual(sortedIds(ctx.fixture.users));
      for (const member of members) {
        const user = ctx.fixture.users.find((candidate) => candidate.id === member.id);
        expect(member.scope).toEqual({ kind: "instance" });
        expect(member.status).toBe(user?.instanceStatus);
        expect(member.role).toBeNull();
        const expected = ctx.fixture.memberships.filter((membership) => membership.userId === member.id);
        expect(member.memberships.map((summary) => summary.workspaceId).sort()).toEqual(expected.map((membership) => membership.workspaceId).sort());
      }
    },
  },
  {
    title: "R1: a builder sees the workspace's members read-only, or not at all (host's choice)",
    async run(ctx) {
      let listed: readonly Member[] | null = null;
      try {
        listed = (await ctx.listAll(U.builder, { scope: scopeOf(W.main) })).members;
      } catch (error) {
        if (!isRosterError(error) || error.code !== "forbidden") throw error;
      }
      if (listed !== null) expect(sortedIds(listed)).toEqual(sortedIds(fixtureRows(ctx.fixture, W.main)));
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Invite: R5–R10
// ---------------------------------------------------------------------------------------------------

const oversize = (ctx: ContractContext): unknown => ({ blob: "x".repeat(ctx.config.metadataMaxBytes) });

const metadataCases: ContractCase[] = table<readonly [string, (ctx: ContractContext) => unknown]>(
  [
    ["an array", () => [1, 2]],
    ["a string", () => '{"team":"design"}'],
    ["a number", () => 5],
    ["a nested object", () => ({ team: { name: "design" } })],
    ["the key __proto__", () => JSON.parse('{"__proto__":"x"}') as unknown],
    ["the key constructor", () => ({ constructor: "x" })],
    ["the key prototype", () => ({ prototype: "x" })],
    ["an object over the size limit", oversize],
  ],
  ([what, metadata]) => ({
    title: `R6: metadata that is ${what} is refused with a field error on metadata`,
    async run(ctx) {
      const bad = invitee({ email: "mia@rosterkit.test", name: "Mia Meta", metadata: metadata(ctx) as Metadata });
      const good = invitee({ email: "gil@rosterkit.test", name: "Gil Good", metadata: { team: "ops" } });
      const { results } = await ctx.invite(U.admin, W.main, [bad, good]);
      expect(results).toHaveLength(2);
      const failure = expectInviteeFailure(results[0], "validation");
      expect(Object.keys(failure.fieldErrors)).toContain("metadata");
      expectFieldIssue(failure, "metadata");
      expectInvited(results[1]);
    },
  }),
);

const duplicateCases: ContractCase[] = table<readonly [string, string, (ctx: ContractContext) => string, (ctx: ContractContext) => "unarchive" | "reactivate" | null]>(
  [
    ["an active member", U.endUser, (ctx) => emailOf(ctx, U.endUser), () => null],
    ["an invited member", U.invited, (ctx) => emailOf(ctx, U.invited), () => null],
    ["a requested or pending member", U.requested, (ctx) => emailOf(ctx, U.requested), () => null],
    ["an active member, typed with other case and spaces", U.endUser, () => "  EVE@RosterKit.TEST ", () => null],
    ["an archived or inactive member, offering to bring them back", U.stopped, (ctx) => emailOf(ctx, U.stopped), (ctx) => (ctx.stop === "archive" ? "unarchive" : "reactivate")],
  ],
  ([what, userId, email, offer]) => ({
    title: `R7: inviting the email of ${what} is refused as a duplicate`,
    async run(ctx) {
      const before = await listTotal(ctx, W.main);
      const result = await ctx.inviteOne(U.admin, W.main, invitee({ email: email(ctx) }));
      const failure = expectInviteeFailure(result, "duplicate");
      expect(failure.existing?.userId).toBe(userId);
      expect(failure.existing?.status).toBe(fixtureStatus(ctx.fixture, W.main, userId));
      expect(failure.existing?.offer ?? null).toBe(offer(ctx));
      expect(await listTotal(ctx, W.main)).toBe(before);
    },
  }),
);

const inviteCases: ContractCase[] = [
  {
    title: "R5: each invitee is validated on its own; one bad invitee does not block the others",
    async run(ctx) {
      const { results } = await ctx.invite(U.admin, W.main, [
        invitee({ name: "Nia First", email: "nia@rosterkit.test" }),
        invitee({ name: "Bad Email", email: "not-an-email" }),
        invitee({ name: "  ", email: "noname@rosterkit.test" }),
        invitee({ name: "Rolf Role", email: "rolf@rosterkit.test", role: "no-such-role" }),
        invitee({ name: "Zed Last", email: "zed@rosterkit.test" }),
      ]);
      expect(results).toHaveLength(5);
      const first = expectInvited(results[0]);
      expect(Object.keys(expectInviteeFailure(results[1], "validation").fieldErrors)).toContain("email");
      expect(Object.keys(expectInviteeFailure(results[2], "validation").fieldErrors)).toContain("name");
      expect(Object.keys(expectInviteeFailure(results[3], "validation").fieldErrors)).toContain("role");
      // Each refused field by its code and values, for a UI to word in its host's language.
      expectFieldIssue(expectInviteeFailure(results[1], "validation"), "email", "email_missing_at");
      expectFieldIssue(expectInviteeFailure(results[2], "validation"), "name", "name_required");
      expect(expectFieldIssue(expectInviteeFailure(results[3], "validation"), "role", "role_unknown").params).toMatchObject({ role: "no-such-role" });
      const last = expectInvited(results[4]);
      expect(first.member.email).toBe("nia@rosterkit.test");
      expect(last.member.email).toBe("zed@rosterkit.test");
      for (const { member } of [first, last]) {
        expect((await ctx.member(U.admin, W.main, member.id)).id).toBe(member.id);
      }
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length + 2);
    },
  },
  {
    title: "R5: an invited member carries the name, normalised email, role, groups and metadata given",
    async run(ctx) {
      const result = await ctx.inviteOne(
        U.admin,
        W.main,
        invitee({ name: "Nora New", email: "  Nora@RosterKit.Test ", role: R.builder, groups: [G.design], metadata: { team: "design", seats: 3, remote: true, manager: null } }),
      );
      const { member } = expectInvited(result);
      const stored = await ctx.member(U.admin, W.main, member.id);
      for (const seen of [member, stored]) {
        expect(seen.scope).toEqual(scopeOf(W.main));
        expect(seen.name).toBe("Nora New");
        expect(seen.email).toBe("nora@rosterkit.test");
        expect(seen.role).toBe(R.builder);
        expect(sortedGroups(seen.groups)).toEqual([G.design]);
        expect(seen.metadata).toEqual({ team: "design", seats: 3, remote: true, manager: null });
      }
    },
  },
  ...metadataCases,
  {
    title: "R6: metadata exactly at the size limit is accepted",
    async run(ctx) {
      // {"blob":""} is 11 bytes: fill the rest of the limit.
      const metadata = { blob: "x".repeat(ctx.config.metadataMaxBytes - 11) };
      expect(new TextEncoder().encode(JSON.stringify(metadata)).length).toBe(ctx.config.metadataMaxBytes);
      expectInvited(await ctx.inviteOne(U.admin, W.main, invitee({ metadata })));
    },
  },
  ...duplicateCases,
  {
    title: "R7: an email already on the instance is the same user in a new workspace (never a second identity)",
    async run(ctx) {
      const result = await ctx.inviteOne(U.sole, W.twin, invitee({ name: "Someone Else", email: emailOf(ctx, U.builder).toUpperCase() }));
      expect(expectInvited(result).member.id).toBe(U.builder);
      const instance = await ctx.member(U.superAdmin, null, U.builder);
      expect(instance.memberships.map((summary) => summary.workspaceId).sort()).toEqual([W.main, W.twin].sort());
      expect((await ctx.listAll(U.superAdmin, { scope: { kind: "instance" } })).members).toHaveLength(ctx.fixture.users.length);
    },
  },
  {
    title: "R8: a user archived at instance level cannot be invited; the error says a super admin must unarchive them",
    async run(ctx) {
      const result = await ctx.inviteOne(U.sole, W.solo, invitee({ email: emailOf(ctx, U.instanceArchived) }));
      const failure = expectInviteeFailure(result, "archived_in_instance");
      expect(failure.message).toMatch(/super ?admin/i);
    },
  },
  {
    title: "R9: self-hosted: an invite of a new email is invited",
    deployments: SELF_HOSTED,
    async run(ctx) {
      expect(expectInvited(await ctx.inviteOne(U.admin, W.main, invitee())).member.status).toBe("invited");
    },
  },
  {
    title: "R9: an invite of an email that has an account is invited",
    async run(ctx) {
      expect(expectInvited(await ctx.inviteOne(U.sole, W.twin, invitee({ email: emailOf(ctx, U.builder) }))).member.status).toBe("invited");
    },
  },
  {
    title: "R9: cloud: an invite of an email with no account is requested",
    lifecycles: ARCHIVE,
    deployments: CLOUD,
    async run(ctx) {
      expect(expectInvited(await ctx.inviteOne(U.admin, W.main, invitee())).member.status).toBe("requested");
    },
  },
  {
    title: "R10: an invite sends one invitation email with a working link",
    async run(ctx) {
      const before = (await ctx.outbox()).length;
      const result = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee({ email: " Nora@RosterKit.test" })));
      const sent = (await ctx.outbox()).slice(before);
      expect(sent).toHaveLength(1);
      const [email] = sent;
      if (!email) return;
      expect(normalizeEmail(email.to)).toBe("nora@rosterkit.test");
      expect(email.workspaceId).toBe(W.main);
      expect(email.url).not.toBe("");
      expect(await ctx.linkValid(email.url)).toBe(true);
      expect(result.invitationUrl).toBe(ctx.config.deployment === "self-hosted" ? email.url : null);
    },
  },
  {
    title: "R10: self-hosted: an admin can copy a pending invitation's link",
    deployments: SELF_HOSTED,
    async run(ctx) {
      const result = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
      const link = await ctx.as(U.admin).getInvitationLink({ workspaceId: W.main, memberId: result.member.id, signal: liveSignal() });
      expect(link.url).toBe(result.invitationUrl);
      expect(await ctx.linkValid(link.url)).toBe(true);
    },
  },
  {
    title: "R10: self-hosted: a pending member loaded with the dataset has a unique copyable link",
    deployments: SELF_HOSTED,
    async run(ctx) {
      const links = await Promise.all(
        [U.invited, U.requested].map((memberId) => ctx.as(U.admin).getInvitationLink({ workspaceId: W.main, memberId, signal: liveSignal() })),
      );
      expect(new Set(links.map((link) => link.url)).size).toBe(2);
      for (const link of links) expect(await ctx.linkValid(link.url)).toBe(true);
    },
  },
  {
    title: "R10: cloud: invitation links cannot be copied",
    deployments: CLOUD,
    async run(ctx) {
      await expectRosterError(ctx.as(U.admin).getInvitationLink({ workspaceId: W.main, memberId: U.invited, signal: liveSignal() }), "forbidden", { rule: "R10" });
    },
  },
  {
    title: "R10: resending issues a new link, sends it, and the old link stops working",
    async run(ctx) {
      const result = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
      const old = (await ctx.outbox()).at(-1)?.url ?? expect.fail("no invitation email was sent");
      const before = (await ctx.outbox()).length;
      const link = await ctx.as(U.admin).resendInvitation({ workspaceId: W.main, memberId: result.member.id, idempotencyKey: ctx.key(), signal: liveSignal() });
      expect(link.url).not.toBe(old);
      const sent = (await ctx.outbox()).slice(before);
      expect(sent.map((email) => email.url)).toEqual([link.url]);
      expect(await ctx.linkValid(old)).toBe(false);
      expect(await ctx.linkValid(link.url)).toBe(true);
      if (ctx.config.deployment === "self-hosted") {
        const copied = await ctx.as(U.admin).getInvitationLink({ workspaceId: W.main, memberId: result.member.id, signal: liveSignal() });
        expect(copied.url).toBe(link.url);
      }
    },
  },
  {
    title: "R10: only a pending invitation can be resent",
    async run(ctx) {
      await expectRosterError(
        ctx.as(U.admin).resendInvitation({ workspaceId: W.main, memberId: U.endUser, idempotencyKey: ctx.key(), signal: liveSignal() }),
        "invalid_transition",
      );
    },
  },
  {
    title: "R10, R11: archiving an invited member revokes their invitation link",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const result = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
      const url = (await ctx.outbox()).at(-1)?.url ?? expect.fail("no invitation email was sent");
      expect(await ctx.linkValid(url)).toBe(true);
      const archived = await ctx.changeStatus(U.admin, W.main, result.member.id, "archive");
      expect(archived.status).toBe("archived");
      expect(await ctx.linkValid(url)).toBe(false);
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Archive lifecycle: R11–R16
// ---------------------------------------------------------------------------------------------------

const archiveCases: ContractCase[] = [
  {
    title: "R11: workspace archive archives that membership only; other workspaces are untouched",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const archived = await ctx.changeStatus(U.sole, W.solo, U.admin, "archive");
      expect(archived.status).toBe("archived");
      expect(archived.instanceStatus).toBe("active");
      expect((await ctx.member(U.superAdmin, W.solo, U.admin)).status).toBe("archived");
      const elsewhere = await ctx.member(U.superAdmin, W.main, U.admin);
      expect(elsewhere.status).toBe("active");
      expect(elsewhere.role).toBe(R.admin);
      expect((await ctx.member(U.superAdmin, null, U.admin)).status).toBe("active");
    },
  },
  {
    title: "R11: archiving an archived member is refused",
    lifecycles: ARCHIVE,
    async run(ctx) {
      await expectRosterError(ctx.changeStatus(U.admin, W.main, U.stopped, "archive"), "invalid_transition");
    },
  },
  {
    title: "R12: instance archive archives the user and every membership",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const archived = await ctx.changeStatus(U.superAdmin, null, U.admin, "archive");
      expect(archived.scope).toEqual({ kind: "instance" });
      expect(archived.status).toBe("archived");
      expect(archived.instanceStatus).toBe("archived");
      expect(archived.memberships.length).toBe(2);
      for (const summary of archived.memberships) expect(summary.status).toBe("archived");
      for (const workspaceId of [W.main, W.solo]) {
        const member = await ctx.member(U.superAdmin, workspaceId, U.admin);
        expect(member.status).toBe("archived");
        expect(member.instanceStatus).toBe("archived");
      }
    },
  },
  {
    title: "R12, R8: a user archived at instance level cannot then be invited anywhere",
    lifecycles: ARCHIVE,
    async run(ctx) {
      await ctx.changeStatus(U.superAdmin, null, U.admin, "archive");
      expectInviteeFailure(await ctx.inviteOne(U.sole, W.twin, invitee({ email: emailOf(ctx, U.admin) })), "archived_in_instance");
    },
  },
  {
    title: "R12: a user archived at instance level loses every right",
    lifecycles: ARCHIVE,
    async run(ctx) {
      await ctx.changeStatus(U.superAdmin, null, U.admin, "archive");
      await expectRosterError(ctx.invite(U.admin, W.main, [invitee()]), "forbidden");
    },
  },
  {
    title: "R13: instance unarchive makes the user invited and leaves every membership archived",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const member = await ctx.changeStatus(U.superAdmin, null, U.instanceArchived, "unarchive");
      expect(member.status).toBe("invited");
      expect(member.instanceStatus).toBe("invited");
      for (const workspaceId of [W.main, W.twin]) {
        expect((await ctx.member(U.superAdmin, workspaceId, U.instanceArchived)).status).toBe("archived");
      }
    },
  },
  {
    title: "R13: only a user archived at instance level can be unarchived there",
    lifecycles: ARCHIVE,
    async run(ctx) {
      await expectRosterError(ctx.changeStatus(U.superAdmin, null, U.endUser, "unarchive"), "invalid_transition");
    },
  },
  {
    title: "R14: workspace unarchive makes the member invited and sends a new invitation email",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const before = (await ctx.outbox()).length;
      const member = await ctx.changeStatus(U.admin, W.main, U.stopped, "unarchive");
      expect(member.status).toBe("invited");
      const sent = (await ctx.outbox()).slice(before);
      expect(sent).toHaveLength(1);
      expect(normalizeEmail(sent[0]?.to ?? "")).toBe(emailOf(ctx, U.stopped));
      expect(sent[0]?.workspaceId).toBe(W.main);
      expect(await ctx.linkValid(sent[0]?.url ?? "")).toBe(true);
    },
  },
  {
    title: "R14: unarchiving a membership of a user archived at instance level unarchives them there too",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const member = await ctx.changeStatus(U.superAdmin, W.main, U.instanceArchived, "unarchive");
      expect(member.status).toBe("invited");
      expect(member.instanceStatus).not.toBe("archived");
      expect((await ctx.member(U.superAdmin, null, U.instanceArchived)).status).not.toBe("archived");
      expect((await ctx.member(U.superAdmin, W.twin, U.instanceArchived)).status).toBe("archived");
    },
  },
  {
    title: "R14, R9: unarchiving a member without an account makes them requested in cloud, invited when self-hosted",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const { member } = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
      await ctx.changeStatus(U.admin, W.main, member.id, "archive");
      const resumed = await ctx.changeStatus(U.admin, W.main, member.id, "unarchive");
      expect(resumed.status).toBe(ctx.config.deployment === "cloud" ? "requested" : "invited");
    },
  },
  {
    title: "R14: only an archived member can be unarchived",
    lifecycles: ARCHIVE,
    async run(ctx) {
      await expectRosterError(ctx.changeStatus(U.admin, W.main, U.endUser, "unarchive"), "invalid_transition");
    },
  },
];

const lastAdminCases: ContractCase[] = [
  ...table<readonly [string, Attempt, readonly string[], (readonly Lifecycle[])?]>(
    [
      ["R15: refuses to archive or deactivate the last active admin", (ctx) => ctx.changeStatus(U.superAdmin, W.solo, U.sole, ctx.stop), [W.solo]],
      ["R15: refuses to demote the last active admin", (ctx) => ctx.update(U.superAdmin, W.solo, U.sole, { role: R.builder }), [W.solo]],
      [
        "R15: refuses an instance archive of the last admin of two workspaces, naming every workspace",
        (ctx) => ctx.changeStatus(U.superAdmin, null, U.sole, "archive"),
        [W.solo, W.twin],
        ARCHIVE,
      ],
    ],
    ([title, attempt, workspaces, lifecycles]) => ({
      title,
      ...(lifecycles ? { lifecycles } : {}),
      async run(ctx) {
        const error = await expectRosterError(attempt(ctx), "last_admin", { rule: "R15" });
        expect([...error.workspaces].sort()).toEqual([...workspaces].sort());
        for (const workspaceId of [W.solo, W.twin]) {
          const sole = await ctx.member(U.superAdmin, workspaceId, U.sole);
          expect(sole.status).toBe("active");
          expect(sole.role).toBe(R.admin);
        }
        expect((await ctx.member(U.superAdmin, null, U.sole)).status).toBe("active");
      },
    }),
  ),
  {
    title: "R15: invited and archived or inactive admins do not count as active admins",
    async run(ctx) {
      const rows = fixtureRows(ctx.fixture, W.solo).filter((row) => row.role === R.admin);
      expect(rows.map((row) => row.status).sort()).toEqual(["active", "invited", ctx.stopped].sort());
      expect((await workspaceSummary(ctx, W.solo)).activeAdmins).toBe(1);
      await expectRosterError(ctx.changeStatus(U.superAdmin, W.solo, U.sole, ctx.stop), "last_admin", { rule: "R15" });
    },
  },
  {
    title: "R15: with two active admins one may be stopped, then the last one may not",
    async run(ctx) {
      expect((await ctx.changeStatus(U.admin, W.main, U.secondAdmin, ctx.stop)).status).toBe(ctx.stopped);
      const error = await expectRosterError(ctx.changeStatus(U.superAdmin, W.main, U.admin, ctx.stop), "last_admin", { rule: "R15" });
      expect(error.workspaces).toEqual([W.main]);
      expect((await ctx.member(U.superAdmin, W.main, U.admin)).status).toBe("active");
    },
  },
  {
    title: "R15: demoting an admin is allowed while another active admin remains",
    async run(ctx) {
      expect((await ctx.update(U.admin, W.main, U.secondAdmin, { role: R.builder })).role).toBe(R.builder);
      await expectRosterError(ctx.update(U.superAdmin, W.main, U.admin, { role: R.endUser }), "last_admin", { rule: "R15" });
    },
  },
  {
    title: "R15: promoting another member first lets the former last admin be stopped",
    async run(ctx) {
      expect((await ctx.update(U.superAdmin, W.solo, U.admin, { role: R.admin })).role).toBe(R.admin);
      expect((await workspaceSummary(ctx, W.solo)).activeAdmins).toBe(2);
      expect((await ctx.changeStatus(U.admin, W.solo, U.sole, ctx.stop)).status).toBe(ctx.stopped);
    },
  },
];

const seatCases: ContractCase[] = [
  {
    title: "R16: listWorkspaces reports billable seats (active + invited + requested), active admins and total members",
    async run(ctx) {
      const summaries = await ctx.as(U.superAdmin).listWorkspaces({ signal: liveSignal() });
      expect(summaries.map((summary) => summary.id).sort()).toEqual(ctx.fixture.workspaces.map((workspace) => workspace.id).sort());
      for (const workspace of ctx.fixture.workspaces) {
        const rows = fixtureRows(ctx.fixture, workspace.id);
        const summary = summaries.find((candidate) => candidate.id === workspace.id);
        expect(summary?.name).toBe(workspace.name);
        expect(summary?.billableSeats).toBe(rows.filter((row) => isBillable(row.status)).length);
        expect(summary?.activeAdmins).toBe(rows.filter((row) => row.status === "active" && row.role === R.admin).length);
        expect(summary?.totalMembers).toBe(rows.length);
      }
    },
  },
  {
    title: "R16, R19: stopping a member frees a seat; the member total does not shrink",
    async run(ctx) {
      const before = await workspaceSummary(ctx, W.main);
      await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop);
      const after = await workspaceSummary(ctx, W.main);
      expect(after.billableSeats).toBe(before.billableSeats - 1);
      expect(after.totalMembers).toBe(before.totalMembers);
    },
  },
  {
    title: "R16: an invite takes a seat",
    async run(ctx) {
      const before = await workspaceSummary(ctx, W.main);
      expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
      const after = await workspaceSummary(ctx, W.main);
      expect(after.billableSeats).toBe(before.billableSeats + 1);
      expect(after.totalMembers).toBe(before.totalMembers + 1);
    },
  },
  {
    title: "R16: resuming a member takes a seat again",
    async run(ctx) {
      const before = await workspaceSummary(ctx, W.main);
      await ctx.changeStatus(U.admin, W.main, U.stopped, ctx.resume);
      expect((await workspaceSummary(ctx, W.main)).billableSeats).toBe(before.billableSeats + 1);
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Deactivate lifecycle: R17–R19
// ---------------------------------------------------------------------------------------------------

const deactivateCases: ContractCase[] = [
  {
    title: "R17: deactivate makes the membership inactive at once",
    lifecycles: DEACTIVATE,
    async run(ctx) {
      const member = await ctx.changeStatus(U.admin, W.main, U.endUser, "deactivate");
      expect(member.status).toBe("inactive");
      expect((await ctx.member(U.superAdmin, W.main, U.endUser)).status).toBe("inactive");
    },
  },
  {
    title: "R11, R17: a stopped admin loses their admin rights in that workspace",
    async run(ctx) {
      await ctx.changeStatus(U.admin, W.main, U.secondAdmin, ctx.stop);
      await expectRosterError(ctx.invite(U.secondAdmin, W.main, [invitee()]), "forbidden");
    },
  },
  {
    title: "R17: only an active member can be deactivated",
    lifecycles: DEACTIVATE,
    async run(ctx) {
      await expectRosterError(ctx.changeStatus(U.admin, W.main, U.stopped, "deactivate"), "invalid_transition");
    },
  },
  ...table<readonly [string, StatusAction, Lifecycle]>(
    [
      ["R24: archive is refused in the deactivate lifecycle", "archive", "deactivate"],
      ["R24: unarchive is refused in the deactivate lifecycle", "unarchive", "deactivate"],
      ["R24: deactivate is refused in the archive lifecycle", "deactivate", "archive"],
      ["R24: reactivate is refused in the archive lifecycle", "reactivate", "archive"],
    ],
    ([title, action, lifecycle]) => ({
      title,
      lifecycles: [lifecycle],
      async run(ctx) {
        const target = isStopAction(action) ? U.endUser : U.stopped;
        const before = await ctx.member(U.superAdmin, W.main, target);
        await expectRosterError(ctx.changeStatus(U.admin, W.main, target, action), "invalid_transition");
        expect(await ctx.member(U.superAdmin, W.main, target)).toEqual(before);
      },
    }),
  ),
  {
    title: "R18: reactivation restores the role and groups the member had",
    lifecycles: DEACTIVATE,
    async run(ctx) {
      const before = await ctx.member(U.superAdmin, W.main, U.endUser);
      await ctx.changeStatus(U.admin, W.main, U.endUser, "deactivate");
      const member = await ctx.changeStatus(U.admin, W.main, U.endUser, "reactivate");
      expect(member.status).toBe("active");
      expect(member.role).toBe(before.role);
      expect(sortedGroups(member.groups)).toEqual(sortedGroups(before.groups));
      expect(member.metadata).toEqual(before.metadata);
    },
  },
  {
    title: "R18: reactivating an inactive member makes them active at once with their role and groups",
    lifecycles: DEACTIVATE,
    async run(ctx) {
      const member = await ctx.changeStatus(U.admin, W.main, U.stopped, "reactivate");
      expect(member.status).toBe("active");
      expect(member.role).toBe(R.builder);
      expect(sortedGroups(member.groups)).toEqual([G.ops]);
    },
  },
  {
    title: "R18: only an inactive member can be reactivated",
    lifecycles: DEACTIVATE,
    async run(ctx) {
      await expectRosterError(ctx.changeStatus(U.admin, W.main, U.endUser, "reactivate"), "invalid_transition");
    },
  },
  {
    title: "R19: nothing is deleted: a stopped member is still listed and the total never shrinks",
    async run(ctx) {
      const before = await listTotal(ctx, W.main);
      await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop);
      const { members } = await ctx.listAll(U.admin, { scope: scopeOf(W.main) });
      expect(members).toHaveLength(before);
      expect(members.find((member) => member.id === U.endUser)?.status).toBe(ctx.stopped);
      for (const row of fixtureRows(ctx.fixture, W.main).filter((candidate) => candidate.status === ctx.stopped)) {
        expect(members.find((member) => member.id === row.id)?.status).toBe(ctx.stopped);
      }
    },
  },
  {
    title: "R19: instance archive keeps the user in the instance list",
    lifecycles: ARCHIVE,
    async run(ctx) {
      const before = await listTotal(ctx, null);
      await ctx.changeStatus(U.superAdmin, null, U.endUser, "archive");
      expect(await listTotal(ctx, null)).toBe(before);
      expect((await ctx.member(U.superAdmin, null, U.endUser)).status).toBe("archived");
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Versions: R22
// ---------------------------------------------------------------------------------------------------

const versionCases: ContractCase[] = [
  {
    title: "R22: every change bumps the member's version",
    async run(ctx) {
      const before = await ctx.member(U.superAdmin, W.main, U.endUser);
      const updated = await ctx.update(U.admin, W.main, U.endUser, { groups: [G.design] });
      expect(updated.version).not.toBe(before.version);
      const stopped = await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop);
      expect(new Set([before.version, updated.version, stopped.version]).size).toBe(3);
    },
  },
  {
    title: "R22: a status change with a stale version is a conflict with the current member, and nothing is applied",
    async run(ctx) {
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      const updated = await ctx.update(U.admin, W.main, U.endUser, { groups: [G.ops] });
      const error = await expectRosterError(ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop, { expectedVersion: seen.version }), "conflict");
      expect(error.current?.id).toBe(U.endUser);
      expect(error.current?.version).toBe(updated.version);
      expect(sortedGroups(error.current?.groups ?? [])).toEqual([G.ops]);
      const now = await ctx.member(U.superAdmin, W.main, U.endUser);
      expect(now.status).toBe("active");
      expect(now.version).toBe(updated.version);
    },
  },
  {
    title: "R22: a role change with a stale version is a conflict, and nothing is applied",
    async run(ctx) {
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      await ctx.update(U.admin, W.main, U.endUser, { groups: [] });
      const error = await expectRosterError(ctx.update(U.admin, W.main, U.endUser, { role: R.builder }, seen.version), "conflict");
      expect(error.current?.role).toBe(R.endUser);
      expect((await ctx.member(U.superAdmin, W.main, U.endUser)).role).toBe(R.endUser);
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Lists: R25
// ---------------------------------------------------------------------------------------------------

function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Checks the order of a full list; comparisons that hosts may define differently are checked structurally. */
function expectSorted(members: readonly Member[], sort: MemberSort & { readonly field: MemberSortField }): void {
  const sign = sort.direction === "asc" ? 1 : -1;
  const label = `sorted by ${sort.field} ${sort.direction}`;
  const pairs = members.slice(1).map((member, index) => [members[index] as Member, member] as const);
  switch (sort.field) {
    case "name":
    case "email":
      for (const [a, b] of pairs) expect(sign * compareText(a[sort.field], b[sort.field]), `${label}: ${a[sort.field]} then ${b[sort.field]}`).toBeLessThanOrEqual(0);
      return;
    case "invitedAt":
      for (const [a, b] of pairs) expect(sign * (Date.parse(a.invitedAt) - Date.parse(b.invitedAt)), `${label}: ${a.invitedAt} then ${b.invitedAt}`).toBeLessThanOrEqual(0);
      return;
    case "lastActiveAt": {
      const values = members.map((member) => member.lastActiveAt);
      expectContiguous(values.map((value) => (value === null ? "null" : "set")), label);
      const set = values.filter((value): value is string => value !== null);
      for (let index = 1; index < set.length; index += 1) {
        expect(sign * (Date.parse(set[index - 1] ?? "") - Date.parse(set[index] ?? "")), label).toBeLessThanOrEqual(0);
      }
      return;
    }
    case "status":
    case "role":
      // Whether statuses sort alphabetically or in display order is the host's choice: equal values must
      // be together, and the opposite direction must give the reverse order (checked by the caller).
      expectContiguous(members.map((member) => String(member[sort.field])), label);
      return;
  }
}

function expectContiguous(values: readonly string[], label: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (index > 0 && values[index - 1] !== value) {
      expect(seen.has(value), `${label}: "${value}" appears in two separate runs`).toBe(false);
    }
    seen.add(value);
  });
}

function distinctRuns(values: readonly string[]): string[] {
  return values.filter((value, index) => index === 0 || values[index - 1] !== value);
}

/** Skips a list case for what the adapter does not declare: the core then does not send it (R25). */
function requireCapability(ctx: ContractContext, adapter: RosterAdapter, capability: "search" | "filterByStatus" | "filterByRole"): void {
  if (!adapter.capabilities[capability]) ctx.skip(`the adapter does not declare ${capability}`);
}

function filterCase(title: string, capability: "search" | "filterByStatus" | "filterByRole", query: (ctx: ContractContext) => { search?: string; statuses?: MemberStatus[]; roles?: string[] }, keep: (row: FixtureRow, ctx: ContractContext) => boolean): ContractCase {
  return {
    title,
    async run(ctx) {
      requireCapability(ctx, ctx.as(U.admin), capability);
      const { members, pages } = await ctx.listAll(U.admin, { scope: scopeOf(W.main), ...query(ctx) }, 2);
      const expected = fixtureRows(ctx.fixture, W.main).filter((row) => keep(row, ctx));
      expect(expected.length, "the fixture has matches for this query").toBeGreaterThan(0);
      expect(sortedIds(members)).toEqual(sortedIds(expected));
      for (const page of pages) if (page.total !== null) expect(page.total).toBe(expected.length);
    },
  };
}

const matches = (row: FixtureRow, search: string): boolean =>
  row.name.toLowerCase().includes(search.toLowerCase()) || row.email.toLowerCase().includes(search.toLowerCase());

const listCases: ContractCase[] = [
  filterCase("R25: searches by name, case-insensitively", "search", () => ({ search: "ADMIN" }), (row) => matches(row, "admin")),
  filterCase("R25: searches by email, case-insensitively", "search", () => ({ search: "IVY@RosterKit" }), (row) => matches(row, "ivy@rosterkit")),
  filterCase("R25: filters by one status", "filterByStatus", () => ({ statuses: ["active"] }), (row) => row.status === "active"),
  filterCase("R25: filters by several statuses", "filterByStatus", (ctx) => ({ statuses: ["invited", ctx.stopped] }), (row, ctx) => row.status === "invited" || row.status === ctx.stopped),
  filterCase("R25: filters by one role", "filterByRole", () => ({ roles: [R.admin] }), (row) => row.role === R.admin),
  filterCase("R25: filters by several roles", "filterByRole", () => ({ roles: [R.builder, R.endUser] }), (row) => row.role === R.builder || row.role === R.endUser),
  {
    title: "R25: search, status and role filters combine",
    async run(ctx) {
      const adapter = ctx.as(U.admin);
      for (const capability of ["search", "filterByStatus", "filterByRole"] as const) requireCapability(ctx, adapter, capability);
      const { members } = await ctx.listAll(U.admin, { scope: scopeOf(W.main), search: "U", statuses: ["active"], roles: [R.builder, R.endUser] }, 2);
      const expected = fixtureRows(ctx.fixture, W.main).filter((row) => matches(row, "u") && row.status === "active" && row.role !== R.admin);
      expect(expected.length).toBeGreaterThan(1);
      expect(sortedIds(members)).toEqual(sortedIds(expected));
    },
  },
  {
    title: "R25: search with no match is an empty list with a total of 0",
    async run(ctx) {
      requireCapability(ctx, ctx.as(U.admin), "search");
      const { members, pages } = await ctx.listAll(U.admin, { scope: scopeOf(W.main), search: "no such person" });
      expect(members).toEqual([]);
      expect(pages[0]?.total ?? 0).toBe(0);
    },
  },
  {
    title: "R25: sorts by every declared sort field, in both directions",
    async run(ctx) {
      const adapter = ctx.as(U.admin);
      const fields: readonly MemberSortField[] = adapter.capabilities.sortFields;
      if (fields.length === 0) ctx.skip("the adapter declares no sort fields");
      const all = sortedIds(fixtureRows(ctx.fixture, W.main));
      for (const field of fields) {
        const runs: Partial<Record<"asc" | "desc", string[]>> = {};
        for (const direction of ["asc", "desc"] as const) {
          const { members } = await ctx.listAll(U.admin, { scope: scopeOf(W.main), sort: { field, direction } });
          expect(sortedIds(members), `every member when sorted by ${field} ${direction}`).toEqual(all);
          expectSorted(members, { field, direction });
          runs[direction] = distinctRuns(members.map((member) => (field === "status" || field === "role" ? String(member[field]) : member.id)));
        }
        if (field === "status" || field === "role") expect(runs.desc, `${field} desc is the reverse of asc`).toEqual([...(runs.asc ?? [])].reverse());
      }
    },
  },
  ...table<readonly [string, MemberSort & { readonly field: MemberSortField }]>(
    [
      ["a unique field", { field: "name", direction: "asc" }],
      ["a field with ties", { field: "status", direction: "desc" }],
    ],
    ([what, sort]) => ({
      title: `R25: pages by offset or cursor with no overlap and no gaps, sorted by ${what}, and counts the total`,
      async run(ctx) {
        const adapter = ctx.as(U.admin);
        const { pagination, sortFields } = adapter.capabilities;
        if (pagination === "none") ctx.skip("the adapter does not page");
        if (!sortFields.includes(sort.field)) ctx.skip(`the adapter does not sort by ${sort.field}`);
        const expected = fixtureRows(ctx.fixture, W.main);
        const whole = await ctx.listAll(U.admin, { scope: scopeOf(W.main), sort });
        const paged = await ctx.listAll(U.admin, { scope: scopeOf(W.main), sort }, 3);
        const ids = paged.members.map((member) => member.id);
        expect(new Set(ids).size, "no member appears on two pages").toBe(ids.length);
        expect(sortedIds(paged.members), "every member appears on some page").toEqual(sortedIds(expected));
        expect(ids, "pages follow the same order as one long page").toEqual(whole.members.map((member) => member.id));
        paged.pages.forEach((page, index) => {
          if (page.total !== null) expect(page.total).toBe(expected.length);
          expect(page.members.length).toBeLessThanOrEqual(3);
          if (index < paged.pages.length - 1) expect(page.members.length).toBe(3);
        });
        if (pagination === "cursor") expect(paged.pages.at(-1)?.nextCursor).toBeNull();
      },
    }),
  ),
  {
    title: "R25: an offset past the end is an empty page",
    async run(ctx) {
      const adapter = ctx.as(U.admin);
      if (adapter.capabilities.pagination !== "offset") ctx.skip("the adapter does not page by offset");
      const page = await adapter.listMembers({
        scope: scopeOf(W.main),
        search: "",
        statuses: [],
        roles: [],
        sort: { field: "name", direction: "asc" },
        page: { kind: "offset", offset: 1000, limit: 3 },
        signal: liveSignal(),
      });
      expect(page.members).toEqual([]);
      if (page.total !== null) expect(page.total).toBe(fixtureRows(ctx.fixture, W.main).length);
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// The adapter contract's own rules: idempotency, abort, errors
// ---------------------------------------------------------------------------------------------------

type AbortAttempt = (adapter: RosterAdapter, signal: AbortSignal, ctx: ContractContext) => Promise<unknown>;

const abortCases: ContractCase[] = table<readonly [string, AbortAttempt]>(
  [
    ["listMembers", (adapter, signal) => adapter.listMembers({ scope: scopeOf(W.main), search: "", statuses: [], roles: [], sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset: 0, limit: 10 }, signal })],
    ["getMember", (adapter, signal) => adapter.getMember({ scope: scopeOf(W.main), memberId: U.endUser, signal })],
    ["inviteMembers", (adapter, signal, ctx) => adapter.inviteMembers({ workspaceId: W.main, invitees: [invitee()], idempotencyKey: ctx.key(), signal })],
    ["changeStatus", async (adapter, signal, ctx) => adapter.changeStatus({ scope: scopeOf(W.main), memberId: U.endUser, action: ctx.stop, expectedVersion: (await ctx.member(U.superAdmin, W.main, U.endUser)).version, idempotencyKey: ctx.key(), signal })],
    ["updateMember", async (adapter, signal, ctx) => adapter.updateMember({ workspaceId: W.main, memberId: U.endUser, role: R.builder, expectedVersion: (await ctx.member(U.superAdmin, W.main, U.endUser)).version, idempotencyKey: ctx.key(), signal })],
    ["resendInvitation", (adapter, signal, ctx) => adapter.resendInvitation({ workspaceId: W.main, memberId: U.invited, idempotencyKey: ctx.key(), signal })],
    ["getInvitationLink", (adapter, signal) => adapter.getInvitationLink({ workspaceId: W.main, memberId: U.invited, signal })],
    ["listWorkspaces", (adapter, signal) => adapter.listWorkspaces({ signal })],
    ["listRoles", (adapter, signal) => adapter.listRoles({ signal })],
    ["listGroups", (adapter, signal) => adapter.listGroups({ workspaceId: W.main, signal })],
  ],
  ([method, attempt]) => ({
    title: `contract: ${method} rejects with an AbortError when its signal is already aborted, and does nothing`,
    async run(ctx) {
      const before = await ctx.member(U.superAdmin, W.main, U.endUser);
      const seats = await workspaceSummary(ctx, W.main);
      const sent = (await ctx.harness.sentInvitations?.())?.length;
      let outcome: unknown;
      try {
        outcome = await attempt(ctx.as(U.admin), AbortSignal.abort(), ctx);
      } catch (error) {
        outcome = error;
      }
      const name = typeof outcome === "object" && outcome !== null && "name" in outcome ? String(outcome.name) : typeof outcome;
      expect(name, `${method} with an aborted signal`).toBe("AbortError");
      expect(isAbortError(outcome) || name === "AbortError").toBe(true);
      expect(await ctx.member(U.superAdmin, W.main, U.endUser)).toEqual(before);
      expect(await workspaceSummary(ctx, W.main)).toEqual(seats);
      expect((await ctx.harness.sentInvitations?.())?.length).toBe(sent);
    },
  }),
);

// ---------------------------------------------------------------------------------------------------
// Idempotency keys bound to their request (R26) and the limits of a request (R29)
// ---------------------------------------------------------------------------------------------------

const HOUR_MS = 60 * 60 * 1000;

/** People with fresh emails of the contract domain, `count` of them. */
function newcomers(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => invitee({ name: `New ${prefix} ${String(i)}`, email: contractEmail(`${prefix}-${String(i)}`) }));
}

/** A metadata object nested `levels` deep: `{ "level": { "level": … "bottom" } }`. */
function nestedMetadata(levels: number): Metadata {
  let value: unknown = "bottom";
  for (let level = 0; level < levels; level += 1) value = { level: value };
  return value as Metadata; // deliberately not flat: the backend must refuse it by its depth
}

const idempotencyCases: ContractCase[] = [
  {
    title: "R26: stopping one member with the key of another member's stop is idempotency_mismatch; the second member stays as they were",
    async run(ctx) {
      const key = ctx.key();
      const stopped = await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop, { idempotencyKey: key });
      expect(stopped.status).toBe(ctx.stopped);
      const builder = await ctx.member(U.superAdmin, W.main, U.builder);
      const error = await expectRosterError(ctx.changeStatus(U.admin, W.main, U.builder, ctx.stop, { idempotencyKey: key }), "idempotency_mismatch", { rule: "R26" });
      expect(error.message).not.toContain(key);
      expect(await ctx.member(U.superAdmin, W.main, U.builder)).toEqual(builder);
      expect((await ctx.member(U.superAdmin, W.main, U.endUser)).status).toBe(ctx.stopped);
    },
  },
  {
    title: "R26: new people invited under a used key are refused as idempotency_mismatch; none is created and nothing is emailed",
    async run(ctx) {
      const key = ctx.key();
      expectInvited((await ctx.invite(U.admin, W.main, [invitee()], key)).results[0]);
      const sent = (await ctx.harness.sentInvitations?.())?.length;
      await expectRosterError(ctx.invite(U.admin, W.main, newcomers("later", 2), key), "idempotency_mismatch", { rule: "R26" });
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length + 1);
      expect((await ctx.harness.sentInvitations?.())?.length).toBe(sent);
    },
  },
  {
    title: "R26: a key used for one kind of write is idempotency_mismatch for another",
    async run(ctx) {
      const key = ctx.key();
      await ctx.invite(U.admin, W.main, [invitee()], key);
      const sent = (await ctx.harness.sentInvitations?.())?.length;
      await expectRosterError(
        ctx.as(U.admin).resendInvitation({ workspaceId: W.main, memberId: U.invited, idempotencyKey: key, signal: liveSignal() }),
        "idempotency_mismatch",
        { rule: "R26" },
      );
      expect((await ctx.harness.sentInvitations?.())?.length).toBe(sent);
    },
  },
  {
    title: "R26: the same request twice at once under one key acts once and both get the first answer",
    async run(ctx) {
      const key = ctx.key();
      const sent = (await ctx.harness.sentInvitations?.())?.length;
      const [first, second] = await Promise.all([ctx.invite(U.admin, W.main, [invitee()], key), ctx.invite(U.admin, W.main, [invitee()], key)]);
      expectInvited(first.results[0]);
      expect(second).toEqual(first);
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length + 1);
      if (sent !== undefined) expect((await ctx.harness.sentInvitations?.())?.length).toBe(sent + 1);
    },
  },
  {
    title: "R26: a key is remembered for 24 hours (kit default), then forgotten: the key then starts a new request",
    async run(ctx) {
      const key = ctx.key();
      await ctx.invite(U.admin, W.main, [invitee()], key);
      const later = newcomers("next-day", 1);
      ctx.advanceClock(24 * HOUR_MS - 60_000);
      await expectRosterError(ctx.invite(U.admin, W.main, later, key), "idempotency_mismatch", { rule: "R26" });
      ctx.advanceClock(2 * 60_000);
      const { results } = await ctx.invite(U.admin, W.main, later, key);
      expect(expectInvited(results[0]).member.email).toBe(later[0]?.email);
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length + 2);
    },
  },
];

const limitCases: ContractCase[] = [
  {
    title: "R29: more invitees than the limit (kit default 100) in one request are refused as a whole, naming the limit",
    async run(ctx) {
      const { inviteesPerRequest } = ctx.config.limits;
      const sent = (await ctx.harness.sentInvitations?.())?.length;
      const error = await expectLimitExceeded(ctx.invite(U.admin, W.main, newcomers("crowd", inviteesPerRequest + 1)), "inviteesPerRequest", inviteesPerRequest);
      expect(error.message).toContain(String(inviteesPerRequest));
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length);
      expect((await ctx.harness.sentInvitations?.())?.length).toBe(sent);
    },
  },
  {
    title: "R29: a request larger than the body limit (kit default 1 MiB) is refused naming the limit, and nothing is invited",
    async run(ctx) {
      const { requestBodyBytes } = ctx.config.limits;
      const bulky = invitee({ name: "Bob Bulky", email: contractEmail("bulky"), metadata: { note: "x".repeat(requestBodyBytes) } });
      await expectLimitExceeded(ctx.invite(U.admin, W.main, [bulky]), "requestBodyBytes", requestBodyBytes);
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length);
    },
  },
  {
    title: "R29: data nested deeper than the limit (kit default 32 levels) is refused naming the limit, even 1,000 levels deep",
    async run(ctx) {
      const { jsonDepth } = ctx.config.limits;
      for (const levels of [jsonDepth + 1, 1000]) {
        const deep = invitee({ name: "Dee Deep", email: contractEmail("deep"), metadata: nestedMetadata(levels) });
        await expectLimitExceeded(ctx.invite(U.admin, W.main, [deep]), "jsonDepth", jsonDepth);
      }
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length);
    },
  },
];

const contractCases: ContractCase[] = [
  {
    title: "contract: the same idempotency key twice is one invite, one email and the same result",
    async run(ctx) {
      const key = ctx.key();
      const sent = (await ctx.harness.sentInvitations?.())?.length;
      const first = await ctx.invite(U.admin, W.main, [invitee()], key);
      const second = await ctx.invite(U.admin, W.main, [invitee()], key);
      expectInvited(first.results[0]);
      expect(second).toEqual(first);
      expect(await listTotal(ctx, W.main)).toBe(fixtureRows(ctx.fixture, W.main).length + 1);
      if (sent !== undefined) expect((await ctx.harness.sentInvitations?.())?.length).toBe(sent + 1);
    },
  },
  {
    title: "contract: the same idempotency key twice is one status change with the same result",
    async run(ctx) {
      const key = ctx.key();
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      const first = await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop, { expectedVersion: seen.version, idempotencyKey: key });
      const second = await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop, { expectedVersion: seen.version, idempotencyKey: key });
      expect(second).toEqual(first);
      expect((await ctx.member(U.superAdmin, W.main, U.endUser)).version).toBe(first.version);
    },
  },
  {
    title: "contract: the same idempotency key twice is one resend, one email and the same link",
    async run(ctx) {
      const key = ctx.key();
      const before = (await ctx.outbox()).length;
      const resend = () => ctx.as(U.admin).resendInvitation({ workspaceId: W.main, memberId: U.invited, idempotencyKey: key, signal: liveSignal() });
      const first = await resend();
      const second = await resend();
      expect(second).toEqual(first);
      expect((await ctx.outbox()).length).toBe(before + 1);
      expect(await ctx.linkValid(first.url)).toBe(true);
    },
  },
  {
    title: "contract: the same idempotency key twice is one role change with the same result",
    async run(ctx) {
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      const key = ctx.key();
      const update = () =>
        ctx.as(U.admin).updateMember({ workspaceId: W.main, memberId: U.endUser, role: R.builder, expectedVersion: seen.version, idempotencyKey: key, signal: liveSignal() });
      const first = await update();
      expect(await update()).toEqual(first);
      expect((await ctx.member(U.superAdmin, W.main, U.endUser)).version).toBe(first.version);
    },
  },
  ...abortCases,
  {
    title: "contract: an unknown member is not_found",
    async run(ctx) {
      await expectRosterError(ctx.member(U.admin, W.main, "u-nobody"), "not_found");
    },
  },
  {
    title: "contract: getMember returns the membership as the fixture holds it",
    async run(ctx) {
      const member = await ctx.member(U.admin, W.main, U.endUser);
      expect(member).toMatchObject({ id: U.endUser, scope: scopeOf(W.main), name: "Eve End", email: contractEmail("eve"), status: "active", instanceStatus: "active", superAdmin: false, role: R.endUser });
      expect(sortedGroups(member.groups)).toEqual([G.design, G.ops].sort());
      expect(member.metadata).toEqual({ team: "design", level: 2 });
      expect(typeof member.version).toBe("number");
    },
  },
  {
    title: "contract: listRoles answers the configured roles and listGroups the workspace's groups",
    async run(ctx) {
      const adapter = ctx.as(U.admin);
      expect((await adapter.listRoles({ signal: liveSignal() })).map((role) => role.id)).toEqual(ctx.config.roles.map((role) => role.id));
      const groups = await adapter.listGroups({ workspaceId: W.main, signal: liveSignal() });
      expect(groups.map((group) => group.id).sort()).toEqual([G.design, G.ops].sort());
    },
  },
];

/**
 * Every case of the conformance suite, in the order the suite runs them. Exported so that hosts can see
 * what is proven; run them with `describeAdapterContract`.
 */
export const CONTRACT_CASES: readonly ContractCase[] = [
  ...accessCases,
  ...inviteCases,
  ...archiveCases,
  ...lastAdminCases,
  ...seatCases,
  ...deactivateCases,
  ...versionCases,
  ...listCases,
  ...idempotencyCases,
  ...limitCases,
  ...BACKEND_PROMISE_CASES,
  ...OPTIONAL_METHOD_CASES,
  ...METADATA_CASES,
  ...contractCases,
];
