import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor, AdapterCapabilities, AuditEvent, ListMembersResult, Member, RosterAdapter, RosterStore, RosterStoreOptions } from "../src/core";
import { RosterError, allMachines, createRosterStore, localListQuery, selectMember, selectPending } from "../src/core";
import { deferred, flush } from "./support/async";
import { WS, admin, makeMember } from "./support/member-fixture";

const LOCAL: AdapterCapabilities = { pagination: "none", search: false, filterByStatus: false, filterByRole: false, sortFields: [], maxPageSize: 1000 };
const SERVER: AdapterCapabilities = { pagination: "offset", search: true, filterByStatus: true, filterByRole: true, sortFields: ["name"], maxPageSize: 100 };
/** Unlike the shared super admin, this one is also an admin of the workspace. */
const superAdmin: Actor = { userId: "u-super", superAdmin: true, roles: { [WS]: "admin" } };

function member(id: string, name: string, overrides: Partial<Member> = {}): Member {
  return makeMember({ id, name, email: `${id}@example.com`, memberships: [{ workspaceId: WS, status: "active", role: "builder" }], ...overrides });
}

/** A hand-written fake backend: answers from a plain member list; each method is a spy tests can override. */
function fakeAdapter(initial: readonly Member[], capabilities: AdapterCapabilities = LOCAL) {
  let members = [...initial];
  const list = (): ListMembersResult => ({ members: members.map((m) => ({ ...m })), total: members.length, nextCursor: null });
  const adapter = {
    capabilities,
    listMembers: vi.fn<RosterAdapter["listMembers"]>(async () => list()),
    getMember: vi.fn<RosterAdapter["getMember"]>(async ({ memberId }) => ({ ...members.find((m) => m.id === memberId)! })),
    inviteMembers: vi.fn<RosterAdapter["inviteMembers"]>(async ({ invitees }) => ({
      results: invitees.map((invitee, index) => ({ ok: true, member: member(`u-new-${index}`, invitee.name, { status: "invited" }), invitationUrl: `https://x/${index}` })),
    })),
    changeStatus: vi.fn<RosterAdapter["changeStatus"]>(async ({ memberId, action }) => {
      const current = members.find((m) => m.id === memberId)!;
      const next = { ...current, status: action === "archive" ? "archived" : "invited", version: current.version + 1 } as const;
      members = members.map((m) => (m.id === memberId ? next : m));
      return { member: next };
    }),
    updateMember: vi.fn<RosterAdapter["updateMember"]>(async ({ memberId, role }) => ({ ...members.find((m) => m.id === memberId)!, ...(role ? { role } : {}), version: 9 })),
    resendInvitation: vi.fn<RosterAdapter["resendInvitation"]>(async () => ({ url: "https://x/new", expiresAt: null })),
    getInvitationLink: vi.fn<RosterAdapter["getInvitationLink"]>(async () => ({ url: "https://x/link", expiresAt: null })),
    listWorkspaces: vi.fn<RosterAdapter["listWorkspaces"]>(async () => [{ id: WS, name: "Design", activeAdmins: 2, billableSeats: members.length, totalMembers: members.length }]),
    listRoles: vi.fn<RosterAdapter["listRoles"]>(async () => [{ id: "admin", label: "Admin" }]),
    listGroups: vi.fn<RosterAdapter["listGroups"]>(async () => [{ id: "g-1", workspaceId: WS, name: "Ops" }]),
  } satisfies RosterAdapter;
  return adapter;
}

const ada = member("u-ada", "Ada");
const bob = member("u-bob", "Bob");
const stores: RosterStore[] = [];

async function started(adapter: RosterAdapter, options: Partial<RosterStoreOptions> = {}) {
  const events: AuditEvent[] = [];
  let keys = 0;
  const store = createRosterStore({
    adapter,
    actor: admin,
    scope: { kind: "workspace", workspaceId: WS },
    onEvent: (event) => events.push(event),
    createIdempotencyKey: () => `key-${++keys}`,
    now: () => new Date("2026-03-01T12:00:00.000Z"),
    localQuery: localListQuery,
    ...options,
    machines: allMachines,
  });
  stores.push(store);
  await flush();
  return { store, events };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
});

describe("roster store", () => {
  it("loads the list, workspaces, roles and groups, and keeps members by id with the order as ids", async () => {
    const { store } = await started(fakeAdapter([bob, ada]));
    const snapshot = store.getSnapshot();
    expect(snapshot.list.status).toBe("ready");
    expect(snapshot.rows).toEqual(["u-ada", "u-bob"]); // sorted by name locally
    expect(snapshot.members.get("u-ada")).toEqual(ada);
    expect(snapshot.workspaces).toMatchObject({ status: "ready", data: [{ id: WS, activeAdmins: 2 }] });
    expect(snapshot.roles.status).toBe("ready");
    expect(snapshot.groups.data).toEqual([{ id: "g-1", workspaceId: WS, name: "Ops" }]);
    expect(snapshot.page).toMatchObject({ pageIndex: 0, pageCount: 1, hasNextPage: false });
  });

  it("keeps the snapshot reference when nothing changed, and notifies nobody", async () => {
    const { store } = await started(fakeAdapter([ada, bob]));
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);
    store.send({ type: "LIST.SEARCH", search: "" });
    store.send({ type: "STATUS.CANCEL" });
    store.send({ type: "STATUS.OPEN", memberId: "u-nobody", action: "archive" });
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it("R20: a reload with equal answers keeps every member, the rows and the workspace data by reference", async () => {
    const { store } = await started(fakeAdapter([ada, bob]));
    const before = store.getSnapshot();
    store.send({ type: "LIST.LOAD" });
    store.send({ type: "WORKSPACES.LOAD" });
    await flush();
    const after = store.getSnapshot();
    expect(after.members).toBe(before.members);
    expect(after.rows).toBe(before.rows);
    expect(after.workspaces.data).toBe(before.workspaces.data);
    expect(after.policy).toBe(before.policy);
  });

  it("R20: confirming shows the pending status at once outside the row data; other members keep their references", async () => {
    const adapter = fakeAdapter([ada, bob]);
    const answer = deferred<Awaited<ReturnType<RosterAdapter["changeStatus"]>>>();
    adapter.changeStatus.mockImplementationOnce(() => answer.promise);
    const { store } = await started(adapter);
    const before = store.getSnapshot();

    store.send({ type: "STATUS.OPEN", memberId: "u-bob", action: "archive" });
    expect(store.getSnapshot().statusChange).toMatchObject({ status: "confirming", member: bob, idempotencyKey: "key-1" });
    store.send({ type: "STATUS.CONFIRM" });
    const applying = store.getSnapshot();
    expect(selectPending(applying, "u-bob")).toEqual({ status: "archived", action: "archive", idempotencyKey: "key-1" });
    expect(selectMember(applying, "u-bob")).toBe(selectMember(before, "u-bob")); // row data untouched
    expect(applying.members).toBe(before.members);
    expect(selectPending(applying, "u-ada")).toBeUndefined();

    answer.resolve({ member: { ...bob, status: "archived", version: 2 } });
    await flush();
    const done = store.getSnapshot();
    expect(done.statusChange.status).toBe("done");
    expect(done.pending).toEqual({});
    expect(selectMember(done, "u-bob")).toMatchObject({ status: "archived", version: 2 });
    expect(selectMember(done, "u-ada")).toBe(selectMember(before, "u-ada"));
    expect(adapter.listWorkspaces).toHaveBeenCalledTimes(2); // summaries refreshed (R15, R16)
  });

  it("R20: a refusal rolls the row back and keeps the error; a retry sends the same idempotency key", async () => {
    const adapter = fakeAdapter([ada, bob]);
    adapter.changeStatus.mockRejectedValueOnce(new RosterError("network", "Offline."));
    const { store, events } = await started(adapter);
    const before = store.getSnapshot();
    store.send({ type: "STATUS.OPEN", memberId: "u-bob", action: "archive" });
    store.send({ type: "STATUS.CONFIRM" });
    await flush();
    const failed = store.getSnapshot();
    expect(failed.statusChange).toMatchObject({ status: "failed", error: { code: "network" } });
    expect(failed.pending).toEqual({});
    expect(failed.members).toBe(before.members);

    store.send({ type: "STATUS.RETRY" });
    await flush();
    expect(store.getSnapshot().statusChange.status).toBe("done");
    expect(adapter.changeStatus.mock.calls.map(([params]) => [params.idempotencyKey, params.expectedVersion])).toEqual([
      ["key-1", 1],
      ["key-1", 1],
    ]);
    expect(events.map((event) => [event.type, event.outcome, event.idempotencyKey])).toEqual([
      ["archive", "failed", "key-1"],
      ["archive", "succeeded", "key-1"],
    ]);
    expect(events[1]).toEqual({
      type: "archive",
      actor: "u-admin",
      target: "u-bob",
      targetEmail: "u-bob@example.com",
      scope: { kind: "workspace", workspaceId: WS },
      before: { status: "active", instanceStatus: "active", role: "builder", groups: [], version: 1 },
      after: { status: "archived", instanceStatus: "active", role: "builder", groups: [], version: 2 },
      at: "2026-03-01T12:00:00.000Z",
      idempotencyKey: "key-1",
      outcome: "succeeded",
      error: null,
    });
  });

  it("R22: a version conflict is not applied and the row shows the member's new state", async () => {
    const adapter = fakeAdapter([ada, bob]);
    const current = { ...bob, role: "admin", version: 5 };
    adapter.changeStatus.mockRejectedValueOnce(new RosterError("conflict", "Bob changed.", { current }));
    const { store, events } = await started(adapter);
    store.send({ type: "STATUS.OPEN", memberId: "u-bob", action: "archive" });
    store.send({ type: "STATUS.CONFIRM" });
    await flush();
    const snapshot = store.getSnapshot();
    expect(snapshot.statusChange).toMatchObject({ status: "conflict", current, member: bob });
    expect(snapshot.members.get("u-bob")).toEqual(current);
    expect(snapshot.pending).toEqual({});
    expect(events.map((event) => event.outcome)).toEqual(["conflict"]);
  });

  it("R15: confirming asks the policy again with fresh admin counts", async () => {
    const adapter = fakeAdapter([ada, member("u-boss", "Boss", { role: "admin" })]);
    const { store } = await started(adapter);
    store.send({ type: "STATUS.OPEN", memberId: "u-boss", action: "archive" });
    expect(store.getSnapshot().statusChange).toMatchObject({ decision: { ok: true } });
    adapter.listWorkspaces.mockResolvedValueOnce([{ id: WS, name: "Design", activeAdmins: 1, billableSeats: 2, totalMembers: 2 }]);
    store.send({ type: "WORKSPACES.LOAD" });
    await flush();
    store.send({ type: "STATUS.CONFIRM" });
    expect(store.getSnapshot().statusChange).toMatchObject({ status: "confirming", decision: { ok: false, rule: "R15" } });
    expect(adapter.changeStatus).not.toHaveBeenCalled();
  });

  it("R25: a new query aborts the superseded request and drops its late answer", async () => {
    const adapter = fakeAdapter([ada, bob], SERVER);
    const { store } = await started(adapter);
    const first = deferred<ListMembersResult>();
    const second = deferred<ListMembersResult>();
    adapter.listMembers.mockImplementationOnce(() => first.promise).mockImplementationOnce(() => second.promise);
    store.send({ type: "LIST.SEARCH", search: "a" });
    store.send({ type: "LIST.SEARCH", search: "bo" });
    const [firstParams, secondParams] = adapter.listMembers.mock.calls.slice(1).map(([params]) => params);
    expect(firstParams?.signal.aborted).toBe(true);
    expect(secondParams?.signal.aborted).toBe(false);
    expect(store.getSnapshot().rows).toEqual(["u-ada", "u-bob"]); // stale rows stay while loading

    second.resolve({ members: [bob], total: 1, nextCursor: null });
    await flush();
    first.resolve({ members: [ada], total: 1, nextCursor: null });
    await flush();
    expect(store.getSnapshot().rows).toEqual(["u-bob"]);
    expect(store.getSnapshot().rowCount).toBe(1);
    expect([...store.getSnapshot().members.keys()]).toEqual(["u-bob"]);
  });

  it("R25: a server-paged list refuses a query the server does not declare", async () => {
    const adapter = fakeAdapter([ada, bob], { ...SERVER, search: false });
    const { store } = await started(adapter);
    store.send({ type: "LIST.SEARCH", search: "ada" });
    expect(store.getSnapshot().list.refusal).toMatchObject({ feature: "search", rule: "R25" });
    expect(adapter.listMembers).toHaveBeenCalledTimes(1);
  });

  it("R2: the instance scope requires a super admin; switching reloads the list in that scope", async () => {
    const adapter = fakeAdapter([ada, bob]);
    const { store } = await started(adapter);
    store.send({ type: "SCOPE.SET", scope: { kind: "instance" } });
    expect(store.getSnapshot()).toMatchObject({ scope: { kind: "workspace" }, scopeRefusal: { rule: "R2" } });

    const { store: superStore } = await started(adapter, { actor: superAdmin });
    superStore.send({ type: "SCOPE.SET", scope: { kind: "instance" } });
    expect(superStore.getSnapshot()).toMatchObject({ scope: { kind: "instance" }, access: { ok: true }, groups: { status: "idle", data: [] } });
    expect(adapter.listMembers.mock.lastCall?.[0].scope).toEqual({ kind: "instance" });
  });

  it("R1: an actor who may not see the workspace gets the reason and no request", async () => {
    const adapter = fakeAdapter([ada]);
    const { store } = await started(adapter, { actor: { userId: "u-x", superAdmin: false, roles: {} } });
    expect(store.getSnapshot().access).toMatchObject({ ok: false, rule: "R1" });
    expect(adapter.listMembers).not.toHaveBeenCalled();
  });

  it("R5, R10: an invite reports each invitee, then reloads the list and the workspace summaries", async () => {
    const adapter = fakeAdapter([ada]);
    const { store, events } = await started(adapter);
    store.send({ type: "INVITE.UPDATE", draftId: "invitee-1", patch: { name: "Cleo", email: "cleo@example.com", role: "admin", groups: ["g-1"] } });
    store.send({ type: "INVITE.SUBMIT" });
    expect(store.getSnapshot().invite.status).toBe("submitting");
    await flush();
    expect(store.getSnapshot().invite).toMatchObject({ status: "done", invited: [{ invitationUrl: "https://x/0" }] });
    expect(adapter.inviteMembers.mock.calls[0]?.[0]).toMatchObject({ workspaceId: WS, idempotencyKey: "key-1" });
    expect(adapter.listMembers).toHaveBeenCalledTimes(2);
    expect(adapter.listWorkspaces).toHaveBeenCalledTimes(2);
    expect(events).toEqual([expect.objectContaining({ type: "invite", target: "u-new-0", outcome: "succeeded", after: expect.objectContaining({ status: "invited" }) })]);
  });

  it("R5: groups unknown to the workspace are refused before sending", async () => {
    const adapter = fakeAdapter([ada]);
    const { store } = await started(adapter);
    store.send({ type: "INVITE.UPDATE", draftId: "invitee-1", patch: { name: "Cleo", email: "cleo@example.com", role: "admin", groups: ["g-9"] } });
    store.send({ type: "INVITE.SUBMIT" });
    expect(store.getSnapshot().invite.drafts[0]?.fieldErrors).toEqual({ groups: "Unknown group: g-9." });
    expect(adapter.inviteMembers).not.toHaveBeenCalled();
  });

  it("R15: editing a role sends only the change and is audited", async () => {
    const adapter = fakeAdapter([ada, bob]);
    const { store, events } = await started(adapter);
    store.send({ type: "EDIT.OPEN", memberId: "u-bob" });
    store.send({ type: "EDIT.SET_ROLE", role: "admin" });
    store.send({ type: "EDIT.SAVE" });
    await flush();
    expect(adapter.updateMember.mock.calls[0]?.[0]).toMatchObject({ workspaceId: WS, memberId: "u-bob", role: "admin", expectedVersion: 1, idempotencyKey: "key-1" });
    expect(store.getSnapshot().memberEdit.status).toBe("saved");
    expect(store.getSnapshot().members.get("u-bob")?.role).toBe("admin");
    expect(events.map((event) => [event.type, event.outcome])).toEqual([["updateMember", "succeeded"]]);
  });

  it("R10: an invitation link is fetched to copy, and a resend is audited with its own key", async () => {
    const invited = member("u-inv", "Ivy", { status: "invited" });
    const adapter = fakeAdapter([ada, invited]);
    const { store, events } = await started(adapter);
    store.send({ type: "INVITATION.GET_LINK", memberId: "u-inv" });
    await flush();
    expect(store.getSnapshot().invitations["u-inv"]).toMatchObject({ status: "ready", link: { url: "https://x/link" }, resent: false });
    store.send({ type: "INVITATION.RESEND", memberId: "u-inv" });
    await flush();
    expect(store.getSnapshot().invitations["u-inv"]).toMatchObject({ status: "ready", link: { url: "https://x/new" }, resent: true });
    expect(events.map((event) => [event.type, event.idempotencyKey])).toEqual([
      ["copyInvitationLink", null],
      ["resendInvitation", "key-1"],
    ]);
    store.send({ type: "INVITATION.RESEND", memberId: "u-ada" });
    expect(store.getSnapshot().invitations["u-ada"]).toMatchObject({ status: "error", error: { rule: "R10" } });
  });

  it("aborts every request on destroy and ignores later answers", async () => {
    const adapter = fakeAdapter([ada]);
    const pending = deferred<ListMembersResult>();
    adapter.listMembers.mockImplementationOnce(() => pending.promise);
    const store = createRosterStore({ adapter, actor: admin, scope: { kind: "workspace", workspaceId: WS }, localQuery: localListQuery });
    const listener = vi.fn();
    store.subscribe(listener);
    const signal = adapter.listMembers.mock.calls[0]?.[0].signal;
    store.destroy();
    expect(signal?.aborted).toBe(true);
    pending.resolve({ members: [ada], total: 1, nextCursor: null });
    await flush();
    store.send({ type: "LIST.LOAD" });
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot().list.status).toBe("loading");
  });

  it("in development, an answer of the wrong shape becomes an error that says what was expected", async () => {
    const adapter = fakeAdapter([ada]);
    adapter.listMembers.mockResolvedValueOnce({ items: [] } as never);
    const { store } = await started(adapter);
    expect(store.getSnapshot().list.error?.message).toMatch(/^listMembers must resolve to .*got members: undefined$/);
    const { store: unchecked } = await started(fakeAdapter([ada]), { checkAdapterResults: false });
    expect(unchecked.getSnapshot().list.status).toBe("ready");
  });
});

describe("roster store: nothing waits forever (timeouts and cancel)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Starts the store with real timers (the first loads answer at once), then freezes the clock. */
  async function frozen(adapter: RosterAdapter, options: Partial<RosterStoreOptions> = {}) {
    const result = await started(adapter, { requestTimeoutMs: 1_000, ...options });
    vi.useFakeTimers();
    return result;
  }
  /** Runs the answers already given (microtasks) without moving the clock. */
  const settle = () => vi.advanceTimersByTimeAsync(0);
  type ChangeAnswer = Awaited<ReturnType<RosterAdapter["changeStatus"]>>;

  it("R20: a status change without an answer fails after requestTimeoutMs as a retryable network error; the row rolls back and Retry sends the same key", async () => {
    const adapter = fakeAdapter([ada, bob]);
    // An adapter that ignores its signal: the store must not rely on the adapter to give up.
    const late = deferred<ChangeAnswer>();
    adapter.changeStatus.mockImplementationOnce(() => late.promise);
    const { store, events } = await frozen(adapter);
    const before = store.getSnapshot();
    store.send({ type: "STATUS.OPEN", memberId: "u-bob", action: "archive" });
    store.send({ type: "STATUS.CONFIRM" });
    expect(store.getSnapshot().pending["u-bob"]?.status).toBe("archived");

    await vi.advanceTimersByTimeAsync(999);
    expect(store.getSnapshot().statusChange.status).toBe("applying");
    await vi.advanceTimersByTimeAsync(1);
    const failed = store.getSnapshot();
    expect(failed.statusChange).toMatchObject({ status: "failed", error: { code: "network", retryable: true, timeoutMs: 1_000 } });
    expect(failed.pending).toEqual({});
    expect(failed.members).toBe(before.members);
    const signal = adapter.changeStatus.mock.calls[0]?.[0].signal;
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as Error).name).toBe("TimeoutError");
    expect(events.map((event) => [event.outcome, event.error?.code])).toEqual([["failed", "network"]]);

    // The answer that comes after all is dropped: the dialog shows the failure it was told.
    late.resolve({ member: { ...bob, status: "archived", version: 2 } });
    await settle();
    expect(store.getSnapshot().statusChange.status).toBe("failed");

    store.send({ type: "STATUS.RETRY" });
    await settle();
    expect(store.getSnapshot().statusChange.status).toBe("done");
    expect(adapter.changeStatus.mock.calls.map(([params]) => params.idempotencyKey)).toEqual(["key-1", "key-1"]);
  });

  it("R5: a hung invite stops \"submitting\" after the timeout and keeps every draft; a retry sends the same key", async () => {
    const adapter = fakeAdapter([ada]);
    adapter.inviteMembers.mockImplementationOnce(() => new Promise(() => undefined));
    const { store } = await frozen(adapter);
    const draft = { name: "Cleo", email: "cleo@example.com", role: "admin", groups: ["g-1"], metadata: '{"team":"ops"}' };
    store.send({ type: "INVITE.UPDATE", draftId: "invitee-1", patch: draft });
    store.send({ type: "INVITE.SUBMIT" });
    store.send({ type: "INVITE.SUBMIT" }); // a double submit while sending is ignored
    expect(store.getSnapshot().invite.status).toBe("submitting");
    await vi.advanceTimersByTimeAsync(1_000);
    const { invite } = store.getSnapshot();
    expect(invite).toMatchObject({ status: "failed", error: { code: "network", timeoutMs: 1_000 } });
    expect(invite.drafts.map((entry) => entry.draft)).toEqual([draft]);

    store.send({ type: "INVITE.RETRY" });
    await settle();
    expect(store.getSnapshot().invite.status).toBe("done");
    expect(adapter.inviteMembers.mock.calls.map(([params]) => params.idempotencyKey)).toEqual(["key-1", "key-1"]);
  });

  it("R25: a hung list load fails after the timeout with a retryable error; loading again works", async () => {
    const adapter = fakeAdapter([ada, bob], SERVER);
    const { store } = await frozen(adapter);
    adapter.listMembers.mockImplementationOnce(() => new Promise(() => undefined));
    store.send({ type: "LIST.SEARCH", search: "a" });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.getSnapshot().list).toMatchObject({ status: "error", error: { code: "network", retryable: true, timeoutMs: 1_000 } });
    store.send({ type: "LIST.LOAD" });
    await settle();
    expect(store.getSnapshot().list.status).toBe("ready");
  });

  it("R20: cancel while applying aborts the request, rolls the row back, is audited as cancelled and reads the member again; a late answer is dropped", async () => {
    const adapter = fakeAdapter([ada, bob]);
    const late = deferred<ChangeAnswer>();
    adapter.changeStatus.mockImplementationOnce(() => late.promise);
    const { store, events } = await frozen(adapter);
    store.send({ type: "STATUS.OPEN", memberId: "u-bob", action: "archive" });
    store.send({ type: "STATUS.CONFIRM" });
    const reads = adapter.getMember.mock.calls.length;

    store.send({ type: "STATUS.CANCEL" });
    const cancelled = store.getSnapshot();
    expect(cancelled.statusChange.status).toBe("idle");
    expect(cancelled.pending).toEqual({});
    expect(adapter.changeStatus.mock.calls[0]?.[0].signal.aborted).toBe(true);
    expect(adapter.getMember.mock.calls.slice(reads).map(([params]) => params.memberId)).toEqual(["u-bob"]);
    expect(events.map((event) => [event.type, event.outcome, event.idempotencyKey, event.after])).toEqual([["archive", "cancelled", "key-1", null]]);

    late.resolve({ member: { ...bob, status: "archived", version: 2 } });
    await vi.advanceTimersByTimeAsync(5_000); // nor does the cancelled request time out later
    expect(store.getSnapshot().statusChange.status).toBe("idle");
    expect(events).toHaveLength(1);
  });

  it("requestTimeoutMs: false waits for the answer however long it takes", async () => {
    const adapter = fakeAdapter([ada, bob]);
    const late = deferred<ChangeAnswer>();
    adapter.changeStatus.mockImplementationOnce(() => late.promise);
    const { store } = await frozen(adapter, { requestTimeoutMs: false });
    store.send({ type: "STATUS.OPEN", memberId: "u-bob", action: "archive" });
    store.send({ type: "STATUS.CONFIRM" });
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(store.getSnapshot().statusChange.status).toBe("applying");
    late.resolve({ member: { ...bob, status: "archived", version: 2 } });
    await settle();
    expect(store.getSnapshot().statusChange.status).toBe("done");
  });

  it("requestTimeoutMs must be a positive number of milliseconds or false: anything else is refused by name", () => {
    for (const requestTimeoutMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, "30000" as unknown as number]) {
      expect(() => createRosterStore({ adapter: fakeAdapter([]), actor: admin, scope: { kind: "workspace", workspaceId: WS }, requestTimeoutMs })).toThrow(
        /`requestTimeoutMs` must be a positive number of milliseconds or false/,
      );
    }
  });

  it("R25: a store over an adapter that answers every member at once needs the list's local mode, and the error names it; server paging does not", async () => {
    const options = { actor: admin, scope: { kind: "workspace", workspaceId: WS } } as const;
    expect(() => createRosterStore({ ...options, adapter: fakeAdapter([ada]) })).toThrow(
      new TypeError(
        'createRosterStore: the adapter answers every member at once (capabilities.pagination "none"), so the store searches, filters, sorts and pages the list itself. Add localListQuery (from "rosterkit/core"): createRosterStore({ ..., localQuery: localListQuery }).',
      ),
    );
    const paged = createRosterStore({ ...options, adapter: fakeAdapter([ada], { ...LOCAL, pagination: "offset" }) });
    stores.push(paged);
    await flush();
    expect(paged.getSnapshot().rows).toEqual(["u-ada"]);
    const { store } = await started(fakeAdapter([bob, ada]));
    store.send({ type: "LIST.SORT", sort: { field: "name", direction: "desc" } });
    expect(store.getSnapshot().rows).toEqual(["u-bob", "u-ada"]);
  });
});
