import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryBackend, generateSeed } from "../src/adapters";
import type { MemoryBackend } from "../src/adapters";
import type { Deployment, Lifecycle, Membership, MemberStatus, RosterDataset, Scope, StatusAction } from "../src/core";
import { isRosterError, resolveConfig } from "../src/core";
import { isBillable } from "../src/core/policy";

/**
 * Model-based property test of the in-memory backend: random sequences of invites, status changes at
 * workspace and instance level, role and group changes and invitation acceptances, by random actors
 * (super admin, admins, builders, anyone, the target themselves). After every step the invariants of
 * docs/rules.md are checked against the backend's own snapshot and its adapter answers.
 */

const SEED = 20261123;
const NUM_RUNS = 200;
const MAX_COMMANDS = 30;
const ROLES = ["admin", "builder", "end-user"] as const;

/** What a rule refusal may be: anything else (conflict with a fresh version, not_found, unknown) is a bug. */
const RULE_REFUSALS: ReadonlySet<string> = new Set(["forbidden", "last_admin", "invalid_transition", "validation", "duplicate", "archived_in_instance"]);

/** Role and groups of a membership as they were when it was deactivated (R18). */
interface Remembered {
  readonly role: string;
  readonly groups: readonly string[];
}

/** The model: what the backend looked like after the previous step, and what R18 must restore. */
interface Model {
  readonly lifecycle: Lifecycle;
  previous: RosterDataset;
  readonly beforeDeactivate: Map<string, Remembered>;
  newEmails: number;
  steps: number;
  /** Memberships changed lately (`workspaceId/userId`), newest last: a target choice can reuse them. */
  readonly recent: string[];
}

/** A target member: any member of the chosen workspace, or one changed lately (for resume-after-stop). */
interface TargetChoice {
  readonly recent: boolean;
  readonly index: number;
}

function remember(model: Model, key: string): void {
  model.recent.push(key);
  if (model.recent.length > 6) model.recent.shift();
}

interface Real {
  readonly backend: MemoryBackend;
}

type ActorChoice =
  | { readonly kind: "super" }
  | { readonly kind: "admin"; readonly index: number }
  | { readonly kind: "builder"; readonly index: number }
  | { readonly kind: "anyone"; readonly index: number }
  | { readonly kind: "self" };

const membershipKey = (membership: Pick<Membership, "userId" | "workspaceId">): string => `${membership.workspaceId}/${membership.userId}`;

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function superAdminOf(dataset: RosterDataset): string {
  const id = dataset.users.find((user) => user.superAdmin && user.instanceStatus !== "archived")?.id;
  if (id === undefined) throw new Error("the seed has no super admin");
  return id;
}

function resolveActor(dataset: RosterDataset, choice: ActorChoice, workspaceId: string | null, targetId: string): string {
  const inWorkspace = (role: string): string[] =>
    dataset.memberships
      .filter((membership) => (workspaceId === null || membership.workspaceId === workspaceId) && membership.status === "active" && membership.role === role)
      .map((membership) => membership.userId)
      .sort();
  switch (choice.kind) {
    case "super":
      return superAdminOf(dataset);
    case "admin":
      return pick(inWorkspace("admin"), choice.index) ?? superAdminOf(dataset);
    case "builder":
      return pick(inWorkspace("builder"), choice.index) ?? superAdminOf(dataset);
    case "anyone":
      return pick(dataset.users.map((user) => user.id).sort(), choice.index) ?? superAdminOf(dataset);
    case "self":
      return targetId;
  }
}

function membersOf(dataset: RosterDataset, workspaceId: string): Membership[] {
  return dataset.memberships.filter((membership) => membership.workspaceId === workspaceId).sort((a, b) => (a.userId < b.userId ? -1 : 1));
}

/** The workspace's groups whose bit is set in the mask (bit i: the i-th group of the workspace). */
function groupsByMask(dataset: RosterDataset, workspaceId: string, mask: number): string[] {
  return dataset.groups
    .filter((group) => group.workspaceId === workspaceId)
    .filter((_, index) => Math.floor(mask / 2 ** index) % 2 === 1)
    .map((group) => group.id);
}

/**
 * The generated seed with the super admin stepped down to end user outside the first workspace, and a
 * regular member promoted where that leaves no active admin: regular users are then the last admins of
 * workspaces, which is where R15 bites (the super admin is protected by R4 from most stop actions).
 */
function prepareDataset(dataset: RosterDataset): RosterDataset {
  const superAdmin = superAdminOf(dataset);
  const first = dataset.workspaces[0]?.id;
  let memberships = dataset.memberships.map((membership) =>
    membership.userId === superAdmin && membership.workspaceId !== first && membership.role === "admin" ? { ...membership, role: "end-user" } : membership,
  );
  for (const workspace of dataset.workspaces) {
    const hasAdmin = memberships.some((m) => m.workspaceId === workspace.id && m.status === "active" && m.role === "admin");
    const candidate = memberships.find((m) => m.workspaceId === workspace.id && m.status === "active" && m.userId !== superAdmin);
    if (!hasAdmin && candidate) memberships = memberships.map((m) => (m === candidate ? { ...m, role: "admin" } : m));
  }
  return { ...dataset, memberships };
}

function activeAdmins(dataset: RosterDataset, workspaceId: string): number {
  return dataset.memberships.filter((membership) => membership.workspaceId === workspaceId && membership.status === "active" && membership.role === "admin").length;
}

/**
 * What the runs did, by action and outcome (`archive:ok`, `archive:last_admin`, ...), so that the test
 * can prove it exercised every rule rather than passing on refusals alone.
 */
const tally = new Map<string, number>();
function count(label: string): void {
  tally.set(label, (tally.get(label) ?? 0) + 1);
}

/** Runs an action; a refusal must be a typed rule refusal, never a crash. Returns `null` when refused. */
async function attempt<T>(label: string, action: () => Promise<T>): Promise<T | null> {
  const kind = label.slice(0, label.indexOf("("));
  try {
    const result = await action();
    count(`${kind}:ok`);
    return result;
  } catch (error) {
    if (isRosterError(error)) count(`${kind}:${error.code}`);
    if (!isRosterError(error)) throw new Error(`${label} crashed instead of refusing: ${String(error)}`, { cause: error });
    expect(RULE_REFUSALS.has(error.code), `${label} refused with "${error.code}": ${error.message}`).toBe(true);
    expect(error.retryable, `${label}: a rule refusal is not retryable`).toBe(false);
    expect(error.rule ?? "", `${label}: "${error.code}" names its rule`).toMatch(/^R\d+$/);
    return null;
  }
}

const signal = (): AbortSignal => new AbortController().signal;
let keys = 0;
const key = (): string => `prop-${(keys += 1)}`;

/** Every invariant, checked after every step against the snapshot and the adapter. */
async function checkInvariants(model: Model, real: Real, step: string): Promise<void> {
  const now = real.backend.snapshot();
  const before = model.previous;

  // R19: nothing is ever deleted.
  const userIds = new Set(now.users.map((user) => user.id));
  for (const user of before.users) expect(userIds.has(user.id), `${step}: user ${user.id} was deleted`).toBe(true);
  const keysNow = new Set(now.memberships.map(membershipKey));
  for (const membership of before.memberships) expect(keysNow.has(membershipKey(membership)), `${step}: membership ${membershipKey(membership)} was deleted`).toBe(true);

  // R15: a workspace that had an active admin still has one.
  for (const workspace of now.workspaces) {
    if (activeAdmins(before, workspace.id) > 0) {
      expect(activeAdmins(now, workspace.id), `${step}: ${workspace.id} lost its last active admin`).toBeGreaterThan(0);
    }
  }

  // R12, R8: an instance-archived user has every membership archived and cannot be invited.
  const stoppedStatus: MemberStatus = model.lifecycle === "archive" ? "archived" : "inactive";
  const archivedUser = now.users.find((user) => user.instanceStatus === "archived");
  for (const user of now.users.filter((candidate) => candidate.instanceStatus === "archived")) {
    for (const membership of now.memberships.filter((candidate) => candidate.userId === user.id)) {
      expect([stoppedStatus, "archived"], `${step}: ${user.id} is archived at instance level but ${membershipKey(membership)} is ${membership.status}`).toContain(membership.status);
    }
  }
  if (archivedUser) {
    const workspace = now.workspaces[model.steps % now.workspaces.length];
    if (workspace) {
      const superAdmin = superAdminOf(now);
      const { results } = await real.backend.as(superAdmin).inviteMembers({
        workspaceId: workspace.id,
        invitees: [{ name: "Archived Again", email: archivedUser.email.toUpperCase(), role: "end-user", groups: [], metadata: {} }],
        idempotencyKey: key(),
        signal: signal(),
      });
      const [result] = results;
      count("r8:invite-tried");
      expect(result?.ok, `${step}: an instance-archived user was invited`).toBe(false);
      if (result && !result.ok) expect(result.error.code).toBe("archived_in_instance");
    }
  }

  // R16: billable seats are the non-archived, non-inactive memberships.
  const summaries = await real.backend.as(superAdminOf(now)).listWorkspaces({ signal: signal() });
  for (const workspace of now.workspaces) {
    const memberships = membersOf(now, workspace.id);
    const summary = summaries.find((candidate) => candidate.id === workspace.id);
    expect(summary?.billableSeats, `${step}: billable seats of ${workspace.id}`).toBe(memberships.filter((membership) => isBillable(membership.status)).length);
    expect(summary?.totalMembers, `${step}: total members of ${workspace.id}`).toBe(memberships.length);
    expect(summary?.activeAdmins, `${step}: active admins of ${workspace.id}`).toBe(activeAdmins(now, workspace.id));
  }

  model.previous = real.backend.snapshot();
  model.steps += 1;
  count("step");
}

class InviteCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly actor: ActorChoice,
    readonly workspace: number,
    readonly email: { readonly kind: "new" } | { readonly kind: "existing"; readonly index: number; readonly shout: boolean },
    readonly role: number,
    readonly groupMask: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    const dataset = model.previous;
    const workspace = pick(dataset.workspaces, this.workspace);
    if (!workspace) return;
    let email: string;
    if (this.email.kind === "new") {
      model.newEmails += 1;
      email = `new${model.newEmails}@prop.test`;
    } else {
      const user = pick(dataset.users, this.email.index);
      if (!user) return;
      email = this.email.shout ? `  ${user.email.toUpperCase()} ` : user.email;
    }
    const groups = groupsByMask(dataset, workspace.id, this.groupMask);
    const actor = resolveActor(dataset, this.actor, workspace.id, superAdminOf(dataset));
    const outcome = await attempt(this.toString(), () =>
      real.backend.as(actor).inviteMembers({
        workspaceId: workspace.id,
        invitees: [{ name: "Prop Person", email, role: ROLES[this.role % ROLES.length] ?? "end-user", groups, metadata: { source: "property" } }],
        idempotencyKey: key(),
        signal: signal(),
      }),
    );
    for (const result of outcome?.results ?? []) {
      count(result.ok ? `invitee:${result.member.status}` : `invitee:${result.error.code}`);
      if (!result.ok) expect(RULE_REFUSALS.has(result.error.code), `${this.toString()}: invitee refused with ${result.error.code}`).toBe(true);
    }
    await checkInvariants(model, real, this.toString());
  }
  toString(): string {
    return `invite(${JSON.stringify(this.actor)}, ws#${this.workspace}, ${JSON.stringify(this.email)}, role#${this.role})`;
  }
}

/** The membership a target choice designates in the current snapshot. */
function targetMembership(model: Model, workspaceIndex: number, target: TargetChoice): Membership | undefined {
  const dataset = model.previous;
  const recentKey = target.recent ? pick([...model.recent].reverse(), target.index) : undefined;
  if (recentKey !== undefined) {
    const found = dataset.memberships.find((membership) => membershipKey(membership) === recentKey);
    if (found) return found;
  }
  const workspace = pick(dataset.workspaces, workspaceIndex);
  return workspace ? pick(membersOf(dataset, workspace.id), target.index) : undefined;
}

class StatusCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly actor: ActorChoice,
    readonly workspace: number | null,
    readonly target: TargetChoice,
    readonly action: StatusAction,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    const dataset = model.previous;
    let scope: Scope;
    let targetId: string;
    let membership: Membership | undefined;
    if (this.workspace === null) {
      scope = { kind: "instance" };
      const user = pick([...dataset.users].sort((a, b) => (a.id < b.id ? -1 : 1)), this.target.index);
      if (!user) return;
      targetId = user.id;
    } else {
      membership = targetMembership(model, this.workspace, this.target);
      if (!membership) return;
      scope = { kind: "workspace", workspaceId: membership.workspaceId };
      targetId = membership.userId;
    }
    const actor = resolveActor(dataset, this.actor, scope.kind === "workspace" ? scope.workspaceId : null, targetId);
    const current = await real.backend.as(superAdminOf(dataset)).getMember({ scope, memberId: targetId, signal: signal() });
    const result = await attempt(this.toString(), () =>
      real.backend.as(actor).changeStatus({ scope, memberId: targetId, action: this.action, expectedVersion: current.version, idempotencyKey: key(), signal: signal() }),
    );
    if (result && membership) {
      const memberKey = membershipKey(membership);
      remember(model, memberKey);
      if (this.action === "deactivate") {
        model.beforeDeactivate.set(memberKey, { role: membership.role, groups: [...membership.groups].sort() });
      }
      if (this.action === "reactivate") {
        const remembered = model.beforeDeactivate.get(memberKey);
        expect(result.member.status, `${this.toString()}: reactivated status`).toBe("active");
        // R18: what the inactive membership held is what comes back.
        expect(result.member.role, `${this.toString()}: R18 role kept`).toBe(membership.role);
        expect([...result.member.groups].sort(), `${this.toString()}: R18 groups kept`).toEqual([...membership.groups].sort());
        if (remembered) {
          count("r18:restore-checked");
          expect(result.member.role, `${this.toString()}: R18 role restored`).toBe(remembered.role);
          expect([...result.member.groups].sort(), `${this.toString()}: R18 groups restored`).toEqual(remembered.groups);
        }
        model.beforeDeactivate.delete(memberKey);
      }
    }
    await checkInvariants(model, real, this.toString());
  }
  toString(): string {
    return `${this.workspace === null ? "instance-" : ""}${this.action}(${JSON.stringify(this.actor)}, ${this.workspace === null ? "instance" : `ws#${this.workspace}`}, ${JSON.stringify(this.target)})`;
  }
}

class UpdateCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly actor: ActorChoice,
    readonly workspace: number,
    readonly target: TargetChoice,
    readonly role: number | null,
    readonly groupMask: number | null,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    const dataset = model.previous;
    const membership = targetMembership(model, this.workspace, this.target);
    if (!membership) return;
    const workspace = { id: membership.workspaceId };
    const actor = resolveActor(dataset, this.actor, workspace.id, membership.userId);
    const groups = this.groupMask === null ? null : groupsByMask(dataset, workspace.id, this.groupMask);
    const role = this.role === null ? null : (ROLES[this.role % ROLES.length] ?? "end-user");
    if (role === null && groups === null) return;
    const current = await real.backend.as(superAdminOf(dataset)).getMember({ scope: { kind: "workspace", workspaceId: workspace.id }, memberId: membership.userId, signal: signal() });
    const result = await attempt(this.toString(), () =>
      real.backend.as(actor).updateMember({
        workspaceId: workspace.id,
        memberId: membership.userId,
        ...(role === null ? {} : { role }),
        ...(groups === null ? {} : { groups }),
        expectedVersion: current.version,
        idempotencyKey: key(),
        signal: signal(),
      }),
    );
    // R18: an admin changed the member meanwhile, so reactivation keeps the new role and groups.
    if (result) {
      model.beforeDeactivate.delete(membershipKey(membership));
      remember(model, membershipKey(membership));
    }
    await checkInvariants(model, real, this.toString());
  }
  toString(): string {
    return `update(${JSON.stringify(this.actor)}, ws#${this.workspace}, ${JSON.stringify(this.target)}, role#${String(this.role)}, groups#${String(this.groupMask)})`;
  }
}

class AcceptCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly invitation: number) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    const sent = real.backend.outbox();
    const email = pick(sent, this.invitation);
    if (!email) return;
    try {
      await real.backend.acceptInvitation(email.url);
      count("accept:ok");
    } catch (error) {
      count("accept:refused");
      // A revoked or replaced link is refused; that must still be a typed error.
      expect(isRosterError(error), `accept crashed: ${String(error)}`).toBe(true);
    }
    await checkInvariants(model, real, this.toString());
  }
  toString(): string {
    return `accept(invitation#${this.invitation})`;
  }
}

const actorArb: fc.Arbitrary<ActorChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<ActorChoice>({ kind: "super" }) },
  { weight: 4, arbitrary: fc.nat(7).map((index): ActorChoice => ({ kind: "admin", index })) },
  { weight: 1, arbitrary: fc.nat(7).map((index): ActorChoice => ({ kind: "builder", index })) },
  { weight: 1, arbitrary: fc.nat(40).map((index): ActorChoice => ({ kind: "anyone", index })) },
  { weight: 1, arbitrary: fc.constant<ActorChoice>({ kind: "self" }) },
);

function commandsFor(lifecycle: Lifecycle): fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] {
  const stop: StatusAction = lifecycle === "archive" ? "archive" : "deactivate";
  const resume: StatusAction = lifecycle === "archive" ? "unarchive" : "reactivate";
  const action = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<StatusAction>(stop, resume) },
    { weight: 1, arbitrary: fc.constantFrom<StatusAction>("archive", "unarchive", "deactivate", "reactivate") },
  );
  const target: fc.Arbitrary<TargetChoice> = fc.record({ recent: fc.boolean(), index: fc.nat(15) });
  const workspace = fc.nat(2);
  return [
    fc
      .tuple(actorArb, workspace, fc.oneof(fc.constant({ kind: "new" as const }), fc.record({ kind: fc.constant("existing" as const), index: fc.nat(40), shout: fc.boolean() })), fc.nat(2), fc.nat(63))
      .map(([actor, ws, email, role, groups]) => new InviteCommand(actor, ws, email, role, groups)),
    fc.tuple(actorArb, workspace, target, action).map(([actor, ws, index, act]) => new StatusCommand(actor, ws, index, act)),
    fc.tuple(actorArb, workspace, target, action).map(([actor, ws, index, act]) => new StatusCommand(actor, ws, index, act)),
    fc.tuple(actorArb, fc.nat(40), fc.constantFrom<StatusAction>("archive", "unarchive")).map(([actor, index, act]) => new StatusCommand(actor, null, { recent: false, index }, act)),
    fc
      .tuple(actorArb, workspace, target, fc.option(fc.nat(2), { nil: null }), fc.option(fc.nat(63), { nil: null }))
      .map(([actor, ws, index, role, groups]) => new UpdateCommand(actor, ws, index, role, groups)),
    fc.nat(40).map((index) => new AcceptCommand(index)),
  ];
}

/** Outcomes each lifecycle's runs must have reached at least once. */
const EXERCISED: Readonly<Record<Lifecycle, readonly string[]>> = {
  archive: [
    "archive:ok",
    "archive:last_admin",
    "unarchive:ok",
    "instance-archive:ok",
    "instance-archive:last_admin",
    "instance-unarchive:ok",
    "invitee:invited",
    "invitee:requested",
    "invitee:duplicate",
    "invitee:archived_in_instance",
    "r8:invite-tried",
    "update:ok",
    "update:last_admin",
    "accept:ok",
  ],
  deactivate: ["deactivate:ok", "deactivate:last_admin", "reactivate:ok", "r18:restore-checked", "invitee:invited", "invitee:duplicate", "update:ok", "update:last_admin", "accept:ok"],
};

describe.each<Lifecycle>(["archive", "deactivate"])("in-memory backend model (%s lifecycle)", (lifecycle) => {
  it("R15, R19, R12, R16, R18: invariants hold over random action sequences", { timeout: 60_000 }, async () => {
    tally.clear();
    await fc.assert(
      fc.asyncProperty(
        fc.record({ seed: fc.integer({ min: 1, max: 10_000 }), members: fc.integer({ min: 8, max: 14 }), deployment: fc.constantFrom<Deployment>("self-hosted", "cloud") }),
        fc.commands(commandsFor(lifecycle), { maxCommands: MAX_COMMANDS, size: "max" }),
        async (setup, commands) => {
          const dataset = prepareDataset(generateSeed({ members: setup.members, workspaces: 3, seed: setup.seed, lifecycle }));
          const backend = createMemoryBackend({ dataset, config: resolveConfig({ lifecycle, deployment: setup.deployment }) });
          const model: Model = { lifecycle, previous: backend.snapshot(), beforeDeactivate: new Map(), newEmails: 0, steps: 0, recent: [] };
          await fc.asyncModelRun(() => ({ model, real: { backend } }), commands);
        },
      ),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    // The runs must have exercised each rule both ways, not passed on refusals alone.
    const outcomes = [...tally].map(([label, times]) => `${label}=${times}`).join(", ");
    expect(tally.get("step") ?? 0, outcomes).toBeGreaterThan(2000);
    for (const label of EXERCISED[lifecycle]) expect(tally.get(label) ?? 0, `${label} never happened: ${outcomes}`).toBeGreaterThan(0);
  });
});
