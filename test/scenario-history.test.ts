import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { generateSeed, SEED_USERS } from "../src/adapters";
import { createRestAdapter } from "../src/adapters/rest";
import type { Lifecycle, Membership, RosterDataset } from "../src/core/domain.types";
import { ROSTER_ACTOR_HEADER, createScenario } from "../src/mocks";
import { live } from "./support/async";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function memberships(dataset: RosterDataset): Pick<Membership, "userId" | "workspaceId" | "status" | "role" | "groups">[] {
  return dataset.memberships
    .map(({ userId, workspaceId, status, role, groups }) => ({ userId, workspaceId, status, role, groups }))
    .sort((a, b) => `${a.userId}/${a.workspaceId}`.localeCompare(`${b.userId}/${b.workspaceId}`));
}

function users(dataset: RosterDataset): RosterDataset["users"] {
  return [...dataset.users].sort((a, b) => a.id.localeCompare(b.id));
}

describe("the seeded scenarios' history (R28)", () => {
  it.each<Lifecycle>(["archive", "deactivate"])("R28: the %s lifecycle's default scenario comes with weeks of its admins' changes in the history; the roster is the one generateSeed made", async (lifecycle) => {
    const scenario = createScenario("default", { config: { lifecycle } });
    server.use(...scenario.handlers);
    const adapter = createRestAdapter({ baseUrl: scenario.baseUrl, capabilities: scenario.capabilities, headers: { [ROSTER_ACTOR_HEADER]: scenario.actorId } });

    // The history is there from the start, over REST as in the backend.
    expect(scenario.backend.activity()).toHaveLength(7);
    if (adapter.listActivity === undefined) throw new Error("The REST adapter reads the activity history.");
    const page = await adapter.listActivity({ scope: { kind: "instance" }, cursor: null, limit: 50, signal: live() });
    expect(page.events.map((event) => event.action)).toEqual(["changeGroups", "changeGroups", lifecycle === "archive" ? "archive" : "deactivate", "changeRole", lifecycle === "archive" ? "archive" : "deactivate", "changeGroups", "changeRole"]);
    expect(new Set(page.events.map((event) => event.actor))).toEqual(new Set([SEED_USERS.superAdmin, SEED_USERS.admin]));
    // Each event says what changed, before and after, as the engine records it.
    const roleChange = page.events.find((event) => event.action === "changeRole" && event.target === SEED_USERS.builder);
    expect([roleChange?.before?.role, roleChange?.after.role]).toEqual(["end-user", "builder"]);
    const stop = page.events.find((event) => event.target === SEED_USERS.stopped);
    expect([stop?.before?.status, stop?.after.status]).toEqual(["active", lifecycle === "archive" ? "archived" : "inactive"]);
    const times = page.events.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(Date.now() - (times.at(-1) ?? 0)).toBeGreaterThan(14 * 24 * 3600 * 1000);
    if (lifecycle === "archive") expect(page.events.find((event) => event.target === SEED_USERS.archivedOrStoppedAdmin)?.scope).toEqual({ kind: "instance" });

    const seed = generateSeed({ members: 50, workspaces: 3, seed: 1, lifecycle });
    const now = scenario.backend.snapshot();
    expect(memberships(now)).toEqual(memberships(seed));
    expect(users(now)).toEqual(users(seed));
    expect(scenario.backend.outbox()).toHaveLength(0);
  });

  it("R28: a roster restored from a snapshot keeps the history saved with it (the demo's reload), changes made since included", async () => {
    const before = createScenario("default");
    const admin = before.backend.as(SEED_USERS.superAdmin);
    const oscar = await admin.getMember({ scope: { kind: "workspace", workspaceId: "ws-1" }, memberId: SEED_USERS.endUser, signal: live() });
    await admin.changeStatus({ scope: { kind: "workspace", workspaceId: "ws-1" }, memberId: SEED_USERS.endUser, action: "archive", expectedVersion: oscar.version, idempotencyKey: "before-reload", signal: live() });
    const saved = before.backend.activity().map(({ action, actor, target, targetEmail, scope, before: was, after, at }) => ({ action, actor, target, targetEmail, scope, before: was, after, at }));

    const restored = createScenario("default", { dataset: before.backend.snapshot(), history: saved });
    expect(restored.backend.activity().map(({ action, target, at }) => ({ action, target, at }))).toEqual(before.backend.activity().map(({ action, target, at }) => ({ action, target, at })));
    expect(restored.backend.activity().at(-1)).toMatchObject({ action: "archive", target: SEED_USERS.endUser, actor: SEED_USERS.superAdmin });
  });

  it("R28: the empty scenario and a roster restored without its history start with none", () => {
    const empty = createScenario("empty");
    const restored = createScenario("default", { dataset: generateSeed({ members: 10, workspaces: 1 }) });
    expect(empty.backend.activity()).toEqual([]);
    expect(restored.backend.activity()).toEqual([]);
  });
});
