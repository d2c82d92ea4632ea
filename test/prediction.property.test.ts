import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryBackend, generateSeed } from "../src/adapters";
import type { MemoryBackend } from "../src/adapters";
import type { Deployment, Lifecycle, Member, RosterSnapshot, RosterStore, Scope, StatusAction } from "../src/core";
import { STATUS_ACTIONS, bulkStatusMachine, createRosterStore, isRosterError, statusChangeMachine, statusConsequences } from "../src/core";
import { flush } from "./support/async";

/**
 * What the UI predicts equals what the backend does (R20, R16): for random rosters and random status
 * changes by random actors, the store's optimistic status (single and bulk) and the confirm modal's
 * consequences, read from the row the store holds, are compared with the in-memory backend's answer and
 * records: the row's status, the workspace summaries' seat counts (what `listWorkspaces` answers) before
 * and after, the emails queued and the invitation links that stopped working. An action the UI refuses
 * is refused by the backend too, with the same code, and changes nothing.
 */

const SEED = 20261206;
const NUM_RUNS = 300;
const NOW = new Date("2026-06-01T12:00:00.000Z");

interface Case {
  readonly lifecycle: Lifecycle;
  readonly deployment: Deployment;
  readonly seed: number;
  readonly members: number;
  readonly workspaces: number;
  /** Who acts: the super admin, an admin of some workspace, or anyone who belongs somewhere. */
  readonly actorKind: "super" | "admin" | "anyone";
  readonly actor: number;
  /** The super admin acts in the "All users" view (instance scope). */
  readonly instance: boolean;
  readonly scope: number;
  /** The target's status is one the action applies to (archive an unarchived member, and so on). */
  readonly applicable: boolean;
  readonly target: number;
  readonly action: StatusAction;
}

const cases = fc.record<Case>({
  lifecycle: fc.constantFrom("archive", "deactivate"),
  deployment: fc.constantFrom("self-hosted", "cloud"),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  members: fc.integer({ min: 8, max: 16 }),
  workspaces: fc.integer({ min: 1, max: 3 }),
  actorKind: fc.constantFrom("super", "admin", "anyone"),
  actor: fc.nat(),
  instance: fc.boolean(),
  scope: fc.nat(),
  applicable: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(true), fc.constant(false)),
  target: fc.nat(),
  action: fc.constantFrom(...STATUS_ACTIONS),
});

/** The status an action starts from, when it applies (R11, R12–R14, R17, R18). */
const APPLIES_TO: Readonly<Record<StatusAction, (status: string) => boolean>> = {
  archive: (status) => status !== "archived",
  unarchive: (status) => status === "archived",
  deactivate: (status) => status === "active",
  reactivate: (status) => status === "inactive",
};

/** Lets the store and the backend run until `done` holds (every answer here is in-process). */
async function until<Snapshot extends RosterSnapshot>(store: RosterStore<Snapshot>, done: (snapshot: Snapshot) => boolean): Promise<Snapshot> {
  for (let turn = 0; turn < 50 && !done(store.getSnapshot()); turn += 1) await flush();
  const snapshot = store.getSnapshot();
  expect(done(snapshot), "the store settled").toBe(true);
  return snapshot;
}

/** What the backend holds that a status change may move: seats per workspace, emails queued, live links of the target. */
async function backendState(backend: MemoryBackend, target: string) {
  return backend.storage.read(async (reads) => {
    const seats = new Map((await reads.workspaces()).map((workspace) => [workspace.id, workspace.billableSeats]));
    const subject = await reads.subject(target);
    const links = new Map<string, string>();
    for (const membership of subject?.memberships ?? []) {
      const live = await reads.liveInvitation(membership.workspaceId, target, NOW.toISOString());
      if (live) links.set(membership.workspaceId, live.id);
    }
    return { seats, links, emails: backend.outbox().length };
  });
}

/** Every pending membership of the target holds a live link, as it would after its invitation was sent (R10). */
async function issueLinks(backend: MemoryBackend, target: string): Promise<void> {
  await backend.storage.transaction(async (tx) => {
    const subject = await tx.subject(target);
    for (const membership of subject?.memberships ?? []) {
      if (membership.status !== "invited" && membership.status !== "requested") continue;
      const id = `link-${membership.workspaceId}-${target}`;
      const expiresAt = new Date(NOW.getTime() + 86_400_000).toISOString();
      await tx.putInvitation({ id, workspaceId: membership.workspaceId, userId: target, tokenHash: `hash-${id}`, createdAt: NOW.toISOString(), expiresAt, state: "live" });
    }
  });
}

/** The actor, the scope and the target of a case: an actor who can sign in, a scope they see, a member of it. */
function choose(backend: MemoryBackend, input: Case): { actorId: string; scope: Scope; target: string } {
  const { users, memberships, workspaces } = backend.snapshot();
  const actors = users.filter((user) => {
    if (user.instanceStatus === "archived") return false;
    const roles = Object.values(backend.actorFor(user.id).roles);
    if (input.actorKind === "super") return user.superAdmin;
    return input.actorKind === "admin" ? roles.includes("admin") : roles.length > 0;
  });
  const actorId = actors[input.actor % actors.length]?.id ?? "u-1";
  const actor = backend.actorFor(actorId);
  const visible = workspaces.filter((workspace) => actor.superAdmin || actor.roles[workspace.id] !== undefined);
  const workspace = visible[input.scope % visible.length] ?? workspaces[0];
  const scope: Scope = (actor.superAdmin && input.instance) || !workspace ? { kind: "instance" } : { kind: "workspace", workspaceId: workspace.id };
  const rows =
    scope.kind === "instance"
      ? users.map((user) => ({ id: user.id, status: user.instanceStatus as string }))
      : memberships.filter((m) => m.workspaceId === scope.workspaceId).map((m) => ({ id: m.userId, status: m.status as string }));
  const applicable = rows.filter((row) => APPLIES_TO[input.action](row.status));
  const pool = input.applicable && applicable.length > 0 ? applicable : rows;
  return { actorId, scope, target: pool[input.target % pool.length]?.id ?? actorId };
}

/** What the cases exercised: scope, action and whether the UI allowed it. */
const exercised = new Set<string>();

async function predictionMatchesOutcome(input: Case): Promise<void> {
  const config = { lifecycle: input.lifecycle, deployment: input.deployment };
  const dataset = generateSeed({ members: input.members, workspaces: input.workspaces, seed: input.seed, lifecycle: input.lifecycle, groupsPerWorkspace: 1 });
  const backend = createMemoryBackend({ dataset, config, clock: () => NOW });
  const { actorId, scope, target } = choose(backend, input);
  let keys = 0;
  const store = createRosterStore({ adapter: backend.as(actorId), actor: backend.actorFor(actorId), config, scope, createIdempotencyKey: () => `key-${++keys}`, now: () => NOW, machines: [statusChangeMachine, bulkStatusMachine] });
  try {
    const loaded = await until(store, (s) => s.list.status === "ready" && s.workspaces.status === "ready");
    const row: Member | undefined = loaded.members.get(target);
    expect(row, "the target's row is on the page the store holds").toBeDefined();
    if (!row) return;

    // What the UI predicts, from the row it holds.
    const consequences = statusConsequences(row, input.action, loaded.config, loaded.workspaces.data);
    store.send({ type: "BULK.OPEN", memberIds: [target], action: input.action });
    const bulk = store.getSnapshot().bulkStatus;
    expect(bulk.status === "idle" ? null : bulk.items[0]?.expectedStatus).toBe(consequences.toStatus);
    store.send({ type: "BULK.CANCEL" });
    store.send({ type: "STATUS.OPEN", memberId: target, action: input.action });
    const opened = store.getSnapshot().statusChange;
    if (opened.status !== "confirming") return expect.fail(`the modal opened (${opened.status})`);
    expect(opened.expectedStatus).toBe(consequences.toStatus);
    exercised.add(`${scope.kind} ${input.action} ${opened.decision.ok ? "applied" : "refused"}`);

    await issueLinks(backend, target);
    const before = await backendState(backend, target);
    store.send({ type: "STATUS.CONFIRM" });

    if (!opened.decision.ok) {
      // Refused in the UI: nothing was sent, and the backend refuses the same request with the same code.
      expect(store.getSnapshot().statusChange.status).toBe("confirming");
      const refusal = await backend
        .as(actorId)
        .changeStatus({ scope: row.scope, memberId: target, action: input.action, expectedVersion: row.version, idempotencyKey: "direct", signal: new AbortController().signal })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(isRosterError(refusal) ? refusal.code : refusal).toBe(opened.decision.code);
      const after = await backendState(backend, target);
      expect(after).toEqual(before);
      return;
    }

    // Applied in the UI at once: the row shows the predicted status.
    expect(store.getSnapshot().pending[target]?.status).toBe(consequences.toStatus);
    const settled = await until(store, (s) => s.statusChange.status !== "applying");
    const outcome = settled.statusChange;
    if (outcome.status !== "done") return expect.fail(`the backend refused what the UI allowed: ${outcome.status === "failed" || outcome.status === "conflict" ? outcome.error.message : outcome.status}`);
    const after = await backendState(backend, target);

    expect(outcome.result.status).toBe(consequences.toStatus);
    expect(settled.members.get(target)?.status).toBe(consequences.toStatus);
    // R16: every workspace's billable seats move by the predicted delta, and no other count moves.
    const predicted = new Map(consequences.seats.map((seat) => [seat.workspaceId, seat.delta]));
    for (const [workspaceId, seats] of after.seats) expect(seats - (before.seats.get(workspaceId) ?? 0), workspaceId).toBe(predicted.get(workspaceId) ?? 0);
    // R14, R30: an invitation email is queued exactly when predicted, to the member, for the workspace.
    const emails = backend.outbox().slice(before.emails).map((email) => ({ to: email.to, workspaceId: email.workspaceId }));
    expect(emails).toEqual(consequences.invitationEmailSent ? [{ to: row.email, workspaceId: consequences.workspaces[0] }] : []);
    // R10, R11, R12: a pending invitation's link stops working exactly when predicted.
    const revoked = [...before.links].filter(([workspaceId, id]) => after.links.get(workspaceId) !== id);
    expect(revoked.length > 0).toBe(consequences.invitationRevoked);
  } finally {
    store.destroy();
  }
}

describe("prediction equals outcome", () => {
  it("R20, R16: the store's optimistic status and the confirm modal's consequences equal what the in-memory backend does, for random rosters, actors and status changes", async () => {
    await fc.assert(fc.asyncProperty(cases, predictionMatchesOutcome), { seed: SEED, numRuns: NUM_RUNS });
    // The cases reached every status change, at both levels, allowed and refused.
    expect([...exercised].sort()).toEqual(
      expect.arrayContaining([
        "instance archive applied",
        "instance unarchive applied",
        "instance archive refused",
        "workspace archive applied",
        "workspace unarchive applied",
        "workspace deactivate applied",
        "workspace reactivate applied",
        "workspace archive refused",
        "workspace deactivate refused",
      ]),
    );
  });
});
