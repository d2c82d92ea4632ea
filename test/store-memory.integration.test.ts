import { describe, expect, it } from "vitest";
import { SEED_FIRST_WORKSPACE, SEED_USERS, createMemoryBackend, generateSeed } from "../src/adapters";
import type { AuditEvent, RosterSnapshot, RosterStore } from "../src/core";
import { allMachines, createRosterStore } from "../src/core";

const scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } as const;

/** Resolves once the store's snapshot satisfies `done`. */
function until<Snapshot extends RosterSnapshot>(store: RosterStore<Snapshot>, done: (snapshot: Snapshot) => boolean): Promise<Snapshot> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const snapshot = store.getSnapshot();
      if (!done(snapshot)) return false;
      resolve(snapshot);
      return true;
    };
    if (check()) return;
    const unsubscribe = store.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}

function setup(lifecycle: "archive" | "deactivate" = "archive") {
  const backend = createMemoryBackend({ dataset: generateSeed({ members: 40, lifecycle }), config: { lifecycle } });
  const events: AuditEvent[] = [];
  const store = createRosterStore({
    adapter: backend.as(SEED_USERS.admin),
    actor: backend.actorFor(SEED_USERS.admin),
    config: backend.config,
    scope,
    pageSize: 50,
    onEvent: (event) => events.push(event),
    machines: allMachines,
  });
  return { backend, store, events };
}

const loaded = (snapshot: RosterSnapshot) => snapshot.list.status === "ready" && snapshot.workspaces.status === "ready";

describe("store over the in-memory backend", () => {
  it("R20, R16: an archive confirmed in the store lands in the backend and the seat count follows", async () => {
    const { backend, store, events } = setup();
    const before = await until(store, loaded);
    const seats = before.workspaces.data.find((workspace) => workspace.id === SEED_FIRST_WORKSPACE)?.billableSeats ?? 0;

    store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.builder, action: "archive" });
    expect(store.getSnapshot().statusChange.status).toBe("confirming");
    store.send({ type: "STATUS.CONFIRM" });
    expect(store.getSnapshot().pending[SEED_USERS.builder]?.status).toBe("archived");

    const after = await until(store, (snapshot) => snapshot.statusChange.status === "done" && snapshot.workspaces.status === "ready");
    expect(after.members.get(SEED_USERS.builder)?.status).toBe("archived");
    expect(after.pending[SEED_USERS.builder]).toBeUndefined();
    const stored = backend.snapshot().memberships.find((m) => m.userId === SEED_USERS.builder && m.workspaceId === SEED_FIRST_WORKSPACE);
    expect(stored?.status).toBe("archived");
    await until(store, (snapshot) => snapshot.workspaces.data.find((w) => w.id === SEED_FIRST_WORKSPACE)?.billableSeats === seats - 1);
    expect(events).toContainEqual(expect.objectContaining({ type: "archive", actor: SEED_USERS.admin, target: SEED_USERS.builder, outcome: "succeeded" }));
  });

  it("R22: a member changed by someone else meanwhile is not changed; the store shows the new state", async () => {
    const { backend, store } = setup();
    await until(store, loaded);
    store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.builder, action: "archive" });

    const other = backend.as(SEED_USERS.superAdmin);
    const signal = new AbortController().signal;
    const member = await other.getMember({ scope, memberId: SEED_USERS.builder, signal });
    await other.updateMember({ workspaceId: SEED_FIRST_WORKSPACE, memberId: SEED_USERS.builder, role: "end-user", expectedVersion: member.version, idempotencyKey: "other-admin", signal });

    store.send({ type: "STATUS.CONFIRM" });
    const after = await until(store, (snapshot) => snapshot.statusChange.status === "conflict");
    expect(after.members.get(SEED_USERS.builder)).toMatchObject({ status: "active", role: "end-user" });
    expect(after.pending[SEED_USERS.builder]).toBeUndefined();
    expect(backend.snapshot().memberships.find((m) => m.userId === SEED_USERS.builder && m.workspaceId === SEED_FIRST_WORKSPACE)?.status).toBe("active");
  });

  it("R18: deactivate then reactivate through the store keeps role and groups", async () => {
    const { store } = setup("deactivate");
    const first = await until(store, loaded);
    const before = first.members.get(SEED_USERS.builder);
    for (const action of ["deactivate", "reactivate"] as const) {
      store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.builder, action });
      store.send({ type: "STATUS.CONFIRM" });
      await until(store, (snapshot) => snapshot.statusChange.status === "done");
      store.send({ type: "STATUS.CANCEL" });
    }
    expect(store.getSnapshot().members.get(SEED_USERS.builder)).toMatchObject({ status: "active", role: before?.role, groups: before?.groups });
  });

  it("R25: a search goes to the backend and only matching members are listed", async () => {
    const { store } = setup();
    const first = await until(store, loaded);
    const target = first.members.get(SEED_USERS.builder);
    const search = target?.email.slice(0, target.email.indexOf("@")).toUpperCase() ?? "";
    store.send({ type: "LIST.SEARCH", search });
    const after = await until(store, (snapshot) => snapshot.list.status === "ready" && snapshot.list.search === search);
    expect(after.rows).toContain(SEED_USERS.builder);
    for (const id of after.rows) {
      const member = after.members.get(id);
      expect(`${member?.name} ${member?.email}`.toLowerCase()).toContain(search.toLowerCase());
    }
  });
});
