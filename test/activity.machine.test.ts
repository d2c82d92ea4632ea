import { describe, expect, it } from "vitest";
import type { ActivityEvent, Scope } from "../src/core";
import { RosterError, describeActivity } from "../src/core";
import type { ActivityFilter, ActivityMachineEvent, ActivityRequest } from "../src/core/activity.machine";
import { ACTIVITY_PAGE_SIZE, activityMachine, activityTransition, initialActivityState } from "../src/core/activity.machine";
import { runEvents } from "./support/machine";

const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };
const everything: ActivityFilter = { memberId: null, actorId: null, actions: [] };

function event(id: string, overrides: Partial<ActivityEvent> = {}): ActivityEvent {
  return {
    id,
    actor: "u-1",
    actorName: "Ada Lovelace",
    action: "archive",
    target: "u-4",
    targetName: "Grace Hopper",
    targetEmail: "grace@example.com",
    scope: DESIGN,
    before: { status: "active", instanceStatus: "active", role: "builder", groups: ["g-1"], version: 3 },
    after: { status: "archived", instanceStatus: "active", role: "builder", groups: ["g-1"], version: 4 },
    at: "2026-12-03T10:00:00.000Z",
    requestId: null,
    ...overrides,
  };
}

function asked(request: number, cursor: string | null = null, filter: ActivityFilter = everything): ActivityRequest & { readonly type: "ACTIVITY.REQUEST" } {
  return { type: "ACTIVITY.REQUEST", feed: "log", request, scope: DESIGN, filter, cursor, limit: 2 };
}

function through(events: readonly ActivityMachineEvent[]) {
  return runEvents(activityTransition, initialActivityState(true), events);
}

/** What the slice makes of a UI command, in a state. */
function resolve(command: Parameters<typeof activityMachine.resolve>[0], state = initialActivityState(true)) {
  const facts = { scope: DESIGN } as Parameters<typeof activityMachine.resolve>[2]["facts"];
  return activityMachine.resolve(command, state, { facts, actor: { userId: "u-1", superAdmin: true, roles: {} }, createKey: () => "k", now: () => new Date() });
}

describe("activity machine (R28)", () => {
  it("R28: loads the newest page of a feed in the store's scope, then the next one with its cursor, newest first", () => {
    const first = resolve({ type: "ACTIVITY.LOAD", feed: "log", filter: { actions: ["archive"] }, limit: 2 });
    expect(first).toEqual({ type: "ACTIVITY.REQUEST", feed: "log", request: 1, scope: DESIGN, filter: { memberId: null, actorId: null, actions: ["archive"] }, cursor: null, limit: 2 });

    const loading = through([asked(1)]);
    expect(loading.state.feeds["log"]).toMatchObject({ status: "loading", page: "first", events: [] });
    expect(loading.effects).toEqual([{ feed: "log", request: 1, scope: DESIGN, filter: everything, cursor: null, limit: 2, type: "activity.fetch" }]);

    const ready = activityTransition(loading.state, { type: "ACTIVITY.SUCCEEDED", feed: "log", request: 1, page: { events: [event("9"), event("8")], nextCursor: "c-8" } });
    expect(ready.state.feeds["log"]).toMatchObject({ status: "ready", nextCursor: "c-8", error: null });

    const more = resolve({ type: "ACTIVITY.MORE", feed: "log" }, ready.state);
    expect(more).toEqual(asked(2, "c-8"));
    const appended = runEvents(activityTransition, ready.state, [asked(2, "c-8"), { type: "ACTIVITY.SUCCEEDED", feed: "log", request: 2, page: { events: [event("7")], nextCursor: null } }]);
    expect(appended.state.feeds["log"]?.events.map((shown) => shown.id)).toEqual(["9", "8", "7"]);
    expect(appended.state.feeds["log"]?.nextCursor).toBeNull();
    // The last page: no more to ask for.
    expect(resolve({ type: "ACTIVITY.MORE", feed: "log" }, appended.state)).toBeNull();
  });

  it("R28: a late answer (superseded by a new filter) is dropped; a new load keeps the events shown until it answers", () => {
    const { state } = through([asked(1), { type: "ACTIVITY.SUCCEEDED", feed: "log", request: 1, page: { events: [event("9")], nextCursor: null } }, asked(2, null, { ...everything, actorId: "u-2" })]);
    expect(state.feeds["log"]).toMatchObject({ status: "loading", page: "first", events: [expect.objectContaining({ id: "9" })] });
    const late = activityTransition(state, { type: "ACTIVITY.SUCCEEDED", feed: "log", request: 1, page: { events: [event("1")], nextCursor: null } });
    expect(late.state).toBe(state);
    const answered = activityTransition(state, { type: "ACTIVITY.SUCCEEDED", feed: "log", request: 2, page: { events: [], nextCursor: null } });
    expect(answered.state.feeds["log"]).toMatchObject({ status: "ready", events: [], filter: { actorId: "u-2" } });
  });

  it("R1, R28: a refusal is the feed's error; retry asks the failed page again (the next one, when it was a Load more)", () => {
    const refused = new RosterError("forbidden", "Only admins read the history.");
    const { state } = through([
      asked(1),
      { type: "ACTIVITY.SUCCEEDED", feed: "log", request: 1, page: { events: [event("9")], nextCursor: "c-9" } },
      asked(2, "c-9"),
      { type: "ACTIVITY.FAILED", feed: "log", request: 2, error: refused },
    ]);
    expect(state.feeds["log"]).toMatchObject({ status: "error", page: "more", error: refused, events: [expect.objectContaining({ id: "9" })] });
    expect(resolve({ type: "ACTIVITY.RETRY", feed: "log" }, state)).toEqual(asked(3, "c-9"));
    expect(resolve({ type: "ACTIVITY.MORE", feed: "log" }, state)).toBeNull();
  });

  it("R28: closing a feed forgets it and aborts its request; a scope switch forgets every feed; no history, no request", () => {
    const { state } = through([asked(1)]);
    const closed = activityTransition(state, { type: "ACTIVITY.CLOSED", feed: "log" });
    expect(closed.state.feeds).toEqual({});
    expect(closed.effects).toEqual([{ type: "activity.abort", feed: "log" }]);
    expect(activityTransition(state, { type: "ACTIVITY.RESET" }).state.feeds).toEqual({});
    expect(resolve({ type: "ACTIVITY.LOAD", feed: "log" }, initialActivityState(false))).toBeNull();
    expect(resolve({ type: "ACTIVITY.LOAD", feed: "log" })).toMatchObject({ limit: ACTIVITY_PAGE_SIZE });
  });
});

describe("describeActivity (R28)", () => {
  it("R28: says who did it to whom, where, and what changed: status, role, groups joined and left", () => {
    expect(describeActivity(event("9"))).toEqual({
      id: "9",
      action: "archive",
      instanceLevel: false,
      workspaceId: "ws-1",
      actor: { id: "u-1", name: "Ada Lovelace" },
      target: { id: "u-4", name: "Grace Hopper", email: "grace@example.com" },
      self: false,
      status: { before: "active", after: "archived" },
      role: null,
      groupsAdded: [],
      groupsRemoved: [],
      at: "2026-12-03T10:00:00.000Z",
    });
    const edited = describeActivity(
      event("8", { action: "updateMember", after: { status: "active", instanceStatus: "active", role: "admin", groups: ["g-2"], version: 5 }, before: { status: "active", instanceStatus: "active", role: "builder", groups: ["g-1"], version: 4 } }),
    );
    expect(edited).toMatchObject({ status: null, role: { before: "builder", after: "admin" }, groupsAdded: ["g-2"], groupsRemoved: ["g-1"] });
  });

  it("R12, R28: an instance-level change has no workspace; an invite has no before; accepting is the invitee's own act", () => {
    expect(describeActivity(event("7", { scope: { kind: "instance" } }))).toMatchObject({ instanceLevel: true, workspaceId: null });
    const invited = describeActivity(event("6", { action: "invite", before: null, after: { status: "invited", instanceStatus: "invited", role: "builder", groups: ["g-1"], version: 1 } }));
    expect(invited).toMatchObject({ status: { before: null, after: "invited" }, role: { before: null, after: "builder" }, groupsAdded: ["g-1"], groupsRemoved: [] });
    expect(describeActivity(event("5", { action: "acceptInvitation", actor: "u-4", actorName: "Grace Hopper" })).self).toBe(true);
  });
});
