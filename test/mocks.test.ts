import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { createRestAdapter } from "../src/adapters/rest";
import type { RestRetryOptions } from "../src/adapters/rest";
import type { ListMembersParams, RosterAdapter } from "../src/core/adapter.types";
import type { MemberStatus, Scope } from "../src/core/domain.types";
import { RosterError, isAbortError, isRosterError } from "../src/core/errors";
import { ROSTER_ACTOR_HEADER, SCENARIO_NAMES, createScenario } from "../src/mocks";
import { resolveMockInput } from "../src/mocks/scenarios";
import type { RosterScenario, RosterScenarioName, RosterScenarioOptions } from "../src/mocks";
import { createRosterServer } from "../src/mocks/node";
import { checkingFetch } from "./openapi-validator";
import { live } from "./support/async";

/**
 * Every mock scenario builds and answers as its description says, through the REST adapter over MSW, and
 * every answer matches the OpenAPI document.
 */
const server = setupServer();
const drift: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  expect(drift.splice(0), "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
});
afterAll(() => server.close());

const WS1: Scope = { kind: "workspace", workspaceId: "ws-1" };

interface Started {
  readonly scenario: RosterScenario;
  readonly adapter: RosterAdapter;
  readonly waits: number[];
  as(actorId: string): RosterAdapter;
}

/** Builds a scenario, serves it, and returns an adapter acting as the scenario's actor (fake sleeps). */
function start(name: RosterScenarioName, options: RosterScenarioOptions = {}, retry: RestRetryOptions | false = false): Started {
  const scenario = createScenario(name, options);
  server.resetHandlers(...scenario.handlers);
  const waits: number[] = [];
  const fakeRetry: RestRetryOptions | false =
    retry === false
      ? false
      : {
          sleep: async (ms) => {
            waits.push(ms);
          },
          ...retry,
        };
  const make = (headers: Record<string, string>) =>
    createRestAdapter({ baseUrl: scenario.baseUrl, capabilities: scenario.capabilities, fetch: checkingFetch(scenario.baseUrl, drift), headers, retry: fakeRetry });
  const as = (actorId: string) => make({ [ROSTER_ACTOR_HEADER]: actorId });
  return { scenario, adapter: as(scenario.actorId), waits, as };
}

const list = (overrides: Partial<ListMembersParams> = {}): ListMembersParams => ({
  scope: WS1,
  search: "",
  statuses: [],
  roles: [],
  sort: { field: "name", direction: "asc" },
  page: { kind: "offset", offset: 0, limit: 200 },
  signal: live(),
  ...overrides,
});

async function rosterError(promise: Promise<unknown>): Promise<RosterError> {
  try {
    await promise;
  } catch (error) {
    if (isRosterError(error)) return error;
    return expect.fail(`expected a RosterError, got ${String(error)}`);
  }
  return expect.fail("expected a rejection");
}

describe("scenarios", () => {
  it("every scenario builds with a description, the handler of every operation, an actor and capabilities", () => {
    for (const name of SCENARIO_NAMES.filter((candidate) => !candidate.startsWith("large"))) {
      const scenario = createScenario(name);
      expect(scenario.name).toBe(name);
      expect(scenario.description.length, name).toBeGreaterThan(20);
      // One handler: every request goes to the server's own handler, which serves every operation.
      expect(scenario.handlers).toHaveLength(1);
      expect(scenario.backend.actorFor(scenario.actorId).userId).toBe(scenario.actorId);
      expect(scenario.capabilities.maxPageSize).toBeGreaterThan(0);
    }
    expect(() => createScenario("nope" as RosterScenarioName)).toThrow(/Unknown Rosterkit mock scenario "nope"/);
  });

  it("default: three workspaces and ~50 people in every status and role (R23)", async () => {
    const { adapter } = start("default");
    const workspaces = await adapter.listWorkspaces({ signal: live() });
    expect(workspaces.map((workspace) => workspace.id)).toEqual(["ws-1", "ws-2", "ws-3"]);
    const statuses = new Set<MemberStatus>();
    const roles = new Set<string>();
    for (const workspace of workspaces) {
      const page = await adapter.listMembers(list({ scope: { kind: "workspace", workspaceId: workspace.id } }));
      for (const member of page.members) {
        statuses.add(member.status);
        if (member.role) roles.add(member.role);
      }
    }
    expect([...statuses].sort()).toEqual(["active", "archived", "invited", "requested"]);
    expect([...roles].sort()).toEqual(["admin", "builder", "end-user"]);
    const everyone = await adapter.listMembers(list({ scope: { kind: "instance" } }));
    expect(everyone.total).toBe(50);
  });

  it("default with the deactivate lifecycle has inactive members", async () => {
    const { adapter } = start("default", { config: { lifecycle: "deactivate" } });
    const page = await adapter.listMembers(list({ statuses: ["inactive"] }));
    expect(page.total).toBeGreaterThan(0);
  });

  it("empty: one workspace whose only member is its admin", async () => {
    const { adapter, scenario } = start("empty");
    expect(await adapter.listWorkspaces({ signal: live() })).toEqual([{ id: "ws-1", name: "Design", activeAdmins: 1, billableSeats: 1, totalMembers: 1 }]);
    const page = await adapter.listMembers(list());
    expect(page.members.map((member) => [member.id, member.role, member.status])).toEqual([[scenario.actorId, "admin", "active"]]);
  });

  it("R15: last-admin: stopping or demoting the last active admin is refused, naming the workspaces", async () => {
    const { adapter } = start("last-admin");
    const lin = await adapter.getMember({ scope: WS1, memberId: "u-2", signal: live() });
    const archive = await rosterError(adapter.changeStatus({ scope: WS1, memberId: "u-2", action: "archive", expectedVersion: lin.version, idempotencyKey: "k1", signal: live() }));
    expect(archive).toMatchObject({ code: "last_admin", retryable: false });
    expect(archive.workspaces).toContain("ws-1");
    const demote = await rosterError(adapter.updateMember({ workspaceId: "ws-1", memberId: "u-2", role: "builder", expectedVersion: lin.version, idempotencyKey: "k2", signal: live() }));
    expect(demote.code).toBe("last_admin");
    const instance = await adapter.getMember({ scope: { kind: "instance" }, memberId: "u-2", signal: live() });
    const everywhere = await rosterError(
      adapter.changeStatus({ scope: { kind: "instance" }, memberId: "u-2", action: "archive", expectedVersion: instance.version, idempotencyKey: "k3", signal: live() }),
    );
    expect(everywhere.code).toBe("last_admin");
    expect([...everywhere.workspaces].sort()).toEqual(["ws-1", "ws-2"]);
  });

  it("R8: instance-archived-invitee: inviting the archived user's email is refused for that invitee", async () => {
    const { adapter, scenario } = start("instance-archived-invitee");
    const archived = scenario.backend.snapshot().users.find((user) => user.instanceStatus === "archived");
    if (!archived) return expect.fail("the scenario has no user archived at instance level");
    expect(scenario.description).toContain(archived.email);
    const { results } = await adapter.inviteMembers({
      workspaceId: "ws-3",
      invitees: [
        { name: archived.name, email: archived.email, role: "end-user", groups: [], metadata: {} },
        { name: "Nora New", email: "nora@example.com", role: "end-user", groups: [], metadata: {} },
      ],
      idempotencyKey: "k",
      signal: live(),
    });
    expect(results[0]?.ok === false && results[0].error.code).toBe("archived_in_instance");
    expect(results[1]?.ok).toBe(true);
  });

  it("R25: large-10k: 10,000 people, paged, searched and sorted on the server", async () => {
    const { adapter } = start("large-10k");
    expect(adapter.capabilities.pagination).toBe("offset");
    const first = await adapter.listMembers(list({ scope: { kind: "instance" }, page: { kind: "offset", offset: 0, limit: 100 } }));
    expect(first.total).toBe(10_000);
    expect(first.members).toHaveLength(100);
    const last = await adapter.listMembers(list({ scope: { kind: "instance" }, page: { kind: "offset", offset: 9_950, limit: 100 } }));
    expect(last.members).toHaveLength(50);
    const searched = await adapter.listMembers(list({ scope: { kind: "instance" }, search: "lovelace", page: { kind: "offset", offset: 0, limit: 10 } }));
    expect(searched.total).toBeGreaterThan(0);
    expect(searched.total).toBeLessThan(10_000);
    expect(searched.members.every((member) => `${member.name} ${member.email}`.toLowerCase().includes("lovelace"))).toBe(true);
  });

  it("R25: large-100k: 100,000 people, paged on the server by cursor", async () => {
    const { adapter } = start("large-100k");
    expect(adapter.capabilities.pagination).toBe("cursor");
    const query = list({ scope: { kind: "instance" }, sort: { field: "name", direction: "desc" }, page: { kind: "cursor", cursor: null, limit: 50 } });
    const first = await adapter.listMembers(query);
    expect(first.total).toBe(100_000);
    expect(first.nextCursor).not.toBeNull();
    const second = await adapter.listMembers({ ...query, page: { kind: "cursor", cursor: first.nextCursor, limit: 50 } });
    expect(second.members).toHaveLength(50);
    expect(second.members[0]?.name.localeCompare(first.members.at(-1)?.name ?? "")).toBeLessThanOrEqual(0);
    expect(new Set([...first.members, ...second.members].map((member) => member.id)).size).toBe(100);
  }, 20_000); // building 100,000 people takes a few seconds

  it("slow: every answer is delayed, and an abort ends the wait at once with an AbortError", async () => {
    const { adapter } = start("slow", { latencyMs: 80 });
    const started = Date.now();
    await adapter.listRoles({ signal: live() });
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(createScenario("slow").description).toMatch(/1\.2 s/);
    const controller = new AbortController();
    const aborted = Date.now();
    const pending = adapter.listWorkspaces({ signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toSatisfy(isAbortError);
    expect(Date.now() - aborted).toBeLessThan(70);
  });

  it("flaky: a seeded share of requests fail with 500 or a network error; the adapter's retries get through", async () => {
    const bare = start("flaky", { seed: 7 });
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      try {
        await bare.adapter.listRoles({ signal: live() });
        outcomes.push("ok");
      } catch (error) {
        outcomes.push(isRosterError(error) ? error.code : "other");
      }
    }
    const count = (outcome: string) => outcomes.filter((candidate) => candidate === outcome).length;
    expect(count("ok")).toBeGreaterThan(20);
    expect(count("unknown")).toBeGreaterThan(0);
    expect(count("network")).toBeGreaterThan(0);
    expect(count("other")).toBe(0);

    const retried = start("flaky", { seed: 7 }, { attempts: 8 });
    for (let i = 0; i < 20; i += 1) await retried.adapter.listRoles({ signal: live() });
    expect(retried.waits.length).toBeGreaterThan(0);
  });

  it("flaky: a write retried after an injected failure acts once (same Idempotency-Key)", async () => {
    const { adapter, scenario } = start("flaky", { seed: 3, failureRate: 0.5 }, { attempts: 10 });
    const before = scenario.backend.outbox().length;
    for (let i = 0; i < 5; i += 1) {
      await adapter.resendInvitation({ workspaceId: "ws-1", memberId: "u-5", idempotencyKey: `resend-${String(i)}`, signal: live() });
    }
    expect(scenario.backend.outbox().length).toBe(before + 5);
  });

  it("R22: conflict: the first change of a member meets a change made meanwhile; the admin sees the new state, and the next try works", async () => {
    const { adapter } = start("conflict");
    const seen = await adapter.getMember({ scope: WS1, memberId: "u-4", signal: live() });
    const error = await rosterError(adapter.changeStatus({ scope: WS1, memberId: "u-4", action: "archive", expectedVersion: seen.version, idempotencyKey: "k1", signal: live() }));
    expect(error).toMatchObject({ code: "conflict", retryable: false });
    expect(error.current?.version).toBeGreaterThan(seen.version);
    expect(error.current?.status).toBe("active");
    expect(error.current?.groups).not.toEqual(seen.groups);
    const { member } = await adapter.changeStatus({ scope: WS1, memberId: "u-4", action: "archive", expectedVersion: error.current?.version ?? -1, idempotencyKey: "k2", signal: live() });
    expect(member.status).toBe("archived");
  });

  it("R1, R3: forbidden: a builder sees the workspace but every change is refused as forbidden", async () => {
    const { adapter, scenario } = start("forbidden");
    expect(scenario.backend.actorFor(scenario.actorId).roles["ws-1"]).toBe("builder");
    const invite = await rosterError(
      adapter.inviteMembers({ workspaceId: "ws-1", invitees: [{ name: "Nora", email: "nora@example.com", role: "end-user", groups: [], metadata: {} }], idempotencyKey: "k", signal: live() }),
    );
    expect(invite).toMatchObject({ code: "forbidden", retryable: false });
    const eve = await scenario.backend.as("u-1").getMember({ scope: WS1, memberId: "u-4", signal: live() });
    const archive = await rosterError(adapter.changeStatus({ scope: WS1, memberId: "u-4", action: "archive", expectedVersion: eve.version, idempotencyKey: "k2", signal: live() }));
    expect(archive.code).toBe("forbidden");
  });

  it("rate-limited: every third request is 429 with Retry-After; the adapter waits that long and retries", async () => {
    const bare = start("rate-limited");
    await bare.adapter.listRoles({ signal: live() });
    await bare.adapter.listRoles({ signal: live() });
    const limited = await rosterError(bare.adapter.listRoles({ signal: live() }));
    expect(limited).toMatchObject({ code: "rate_limited", retryable: true, retryAfterMs: 1000 });

    const retried = start("rate-limited", { rateLimitEvery: 2, retryAfterSeconds: 3 }, {});
    // Requests 2, 4 and 6 are limited: calls 2, 3 and 4 each wait 3 s once, then get through.
    for (let i = 0; i < 4; i += 1) await retried.adapter.listRoles({ signal: live() });
    expect(retried.waits).toEqual([3000, 3000, 3000]);
  });
});

describe("createRosterHandlers: protocol", () => {
  it("the actor comes from the X-Rosterkit-Actor header; a request without it, or with an unknown actor, is 401 forbidden", async () => {
    const { as, scenario } = start("default");
    const asBuilder = await as("u-3").listWorkspaces({ signal: live() });
    expect(asBuilder.map((workspace) => workspace.id)).not.toEqual(["ws-1", "ws-2", "ws-3"]);
    expect((await rosterError(as("u-nobody").listRoles({ signal: live() }))).code).toBe("forbidden");
    // Never the scenario's super admin by default: no header, no user.
    const fetch = checkingFetch(scenario.baseUrl, drift);
    const anonymous = await fetch(`${scenario.baseUrl}/members`, { method: "GET" });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: "forbidden", detail: expect.stringContaining(ROSTER_ACTOR_HEADER) });
    const anonymousWrite = await fetch(`${scenario.baseUrl}/workspaces/ws-1/invitations`, {
      method: "POST",
      body: JSON.stringify({ invitees: [{ name: "Nora", email: "nora@example.com", role: "end-user", groups: [], metadata: {} }] }),
      headers: { "Content-Type": "application/json", "Idempotency-Key": "anonymous" },
    });
    expect(anonymousWrite.status).toBe(401);
    expect(scenario.backend.outbox()).toHaveLength(0);
  });

  it("answers problems for a missing Idempotency-Key (400), a missing If-Match (428 R22) and a malformed query (400)", async () => {
    const { scenario } = start("default");
    const base = scenario.baseUrl;
    const fetch = checkingFetch(base, drift);
    const actor = { [ROSTER_ACTOR_HEADER]: scenario.actorId };
    const noKey = await fetch(`${base}/workspaces/ws-1/invitations`, { method: "POST", body: JSON.stringify({ invitees: [] }), headers: { ...actor, "Content-Type": "application/json" } });
    expect(noKey.status).toBe(400);
    expect(noKey.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await noKey.json()).toMatchObject({ code: "validation", fieldErrors: { "Idempotency-Key": expect.any(String) } });
    const noVersion = await fetch(`${base}/workspaces/ws-1/members/u-4/status`, {
      method: "POST",
      body: JSON.stringify({ action: "archive" }),
      headers: { ...actor, "Content-Type": "application/json", "Idempotency-Key": "k" },
    });
    expect(noVersion.status).toBe(428);
    const badSort = await fetch(`${base}/workspaces/ws-1/members?sort=name:up`, { method: "GET", headers: actor });
    expect(badSort.status).toBe(400);
    expect(await badSort.json()).toMatchObject({ code: "validation", fieldErrors: { sort: expect.any(String) } });
    const member = await fetch(`${base}/workspaces/ws-1/members/u-4`, { method: "GET", headers: actor });
    expect(member.headers.get("ETag")).toMatch(/^"\d+"$/);
  });

  it("R29: a body declared past the limit in Content-Length is answered 413 naming the limit, before it is read", async () => {
    const { scenario } = start("default", { config: { limits: { requestBodyBytes: 4096 } } });
    const fetch = checkingFetch(scenario.baseUrl, drift);
    // The body itself is tiny: only the declared length can have refused it.
    const response = await fetch(`${scenario.baseUrl}/workspaces/ws-1/invitations`, {
      method: "POST",
      body: "{}",
      headers: { [ROSTER_ACTOR_HEADER]: scenario.actorId, "Content-Type": "application/json", "Idempotency-Key": "declared", "Content-Length": "5000" },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "limit_exceeded", rule: "R29", limit: { name: "requestBodyBytes", max: 4096, actual: 5000 } });
  });

  it("R29: a body without a length that runs past the limit is answered 413 while it is read, never read to its end", async () => {
    const { scenario } = start("default", { config: { limits: { requestBodyBytes: 4096 } } });
    const fetch = checkingFetch(scenario.baseUrl, drift);
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new TextEncoder().encode(pulls === 1 ? '{"invitees":["' : "x".repeat(1024)));
      },
    });
    const response = await fetch(`${scenario.baseUrl}/workspaces/ws-1/invitations`, {
      method: "POST",
      body: endless,
      duplex: "half",
      headers: { [ROSTER_ACTOR_HEADER]: scenario.actorId, "Content-Type": "application/json", "Idempotency-Key": "endless" },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "limit_exceeded", limit: { name: "requestBodyBytes", max: 4096 } });
    expect(pulls).toBeLessThan(20);
    expect(scenario.backend.outbox()).toHaveLength(0);
  });

  it("R29: the REST adapter gets a body past the limit back as limit_exceeded, and nothing is invited", async () => {
    const { adapter, scenario } = start("default", { config: { limits: { requestBodyBytes: 4096 } } });
    const invitees = [{ name: "Bo Big", email: "bo@example.com", role: "end-user", groups: [], metadata: { note: "x".repeat(5000) } }];
    const error = await rosterError(adapter.inviteMembers({ workspaceId: "ws-1", invitees, idempotencyKey: "big", signal: live() }));
    expect(error).toMatchObject({ code: "limit_exceeded", retryable: false, limit: { name: "requestBodyBytes", max: 4096 } });
    expect(scenario.backend.outbox()).toHaveLength(0);
  });

  it("R29: a body nested past the depth limit is answered 422 naming the limit; a malformed body is 400 with its position", async () => {
    const { scenario } = start("default");
    const base = scenario.baseUrl;
    const fetch = checkingFetch(base, drift);
    const headers = { [ROSTER_ACTOR_HEADER]: scenario.actorId, "Content-Type": "application/json", "Idempotency-Key": "deep" };
    const deep = `{"invitees":[{"name":"Dee","email":"dee@example.com","role":"end-user","groups":[],"metadata":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}]}`;
    const tooDeep = await fetch(`${base}/workspaces/ws-1/invitations`, { method: "POST", body: deep, headers });
    expect(tooDeep.status).toBe(422);
    expect(await tooDeep.json()).toMatchObject({ code: "limit_exceeded", rule: "R29", limit: { name: "jsonDepth", max: 32 } });
    const twice = await fetch(`${base}/workspaces/ws-1/invitations`, { method: "POST", body: '{"invitees":[],\n"invitees":[]}', headers: { ...headers, "Idempotency-Key": "twice" } });
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({ code: "validation", detail: expect.stringMatching(/line 2, column 1/) });
    const binary = await fetch(`${base}/workspaces/ws-1/invitations`, { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { ...headers, "Idempotency-Key": "binary" } });
    expect(binary.status).toBe(400);
    expect(await binary.json()).toMatchObject({ code: "validation", detail: "The request body is not valid UTF-8 text." });
  });

  it("R6: a prototype key in one invitee's metadata fails that invitee alone over REST, not the request", async () => {
    const { scenario } = start("default");
    const base = scenario.baseUrl;
    const fetch = checkingFetch(base, drift);
    const body = '{"invitees":[{"name":"Pat","email":"pat@example.com","role":"end-user","groups":[],"metadata":{"__proto__":"x"}},{"name":"Quinn","email":"quinn@example.com","role":"end-user","groups":[],"metadata":{}}]}';
    const headers = { [ROSTER_ACTOR_HEADER]: scenario.actorId, "Content-Type": "application/json", "Idempotency-Key": "proto" };
    const response = await fetch(`${base}/workspaces/ws-1/invitations`, { method: "POST", body, headers });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { ok: boolean; error?: { fieldErrors: Record<string, string> } }[] };
    expect(results.map((result) => result.ok)).toEqual([false, true]);
    expect(Object.keys(results[0]?.error?.fieldErrors ?? {})).toContain("metadata");
  });

  it("createRosterServer builds a node server over a scenario by name or over bare handlers", () => {
    const named = createRosterServer("empty");
    expect(named.scenario?.name).toBe("empty");
    expect(named.listHandlers()).toHaveLength(1);
    const bare = createRosterServer(createScenario("default").handlers);
    expect(bare.scenario).toBeNull();
  });

  it("a rule refusal travels as a problem and comes back as the same RosterError (R3)", async () => {
    const { adapter } = start("default");
    const error = await rosterError(adapter.getMember({ scope: WS1, memberId: "u-nobody", signal: live() }));
    expect(error).toBeInstanceOf(RosterError);
    expect(error.code).toBe("not_found");
    // A sentence for people, without the ids it is about (issue 14 item 9).
    expect(error.message).toMatch(/does not exist/);
    expect(error.message).not.toMatch(/u-nobody/);
  });
});

describe("restoring a saved roster", () => {
  it("R19: a scenario started from a snapshot keeps every change made before it, and its own configuration", async () => {
    const first = createScenario("default", { config: { lifecycle: "archive" } });
    const adapter = first.backend.as(first.actorId);
    const member = await adapter.getMember({ scope: WS1, memberId: "u-3", signal: live() });
    await adapter.changeStatus({ scope: WS1, memberId: "u-3", action: "archive", expectedVersion: member.version, idempotencyKey: "restore-1", signal: live() });

    const restored = createScenario("default", { config: { lifecycle: "archive" }, dataset: first.backend.snapshot() });
    expect(restored.backend.snapshot()).toEqual(first.backend.snapshot());
    expect(restored.backend.config.lifecycle).toBe("archive");
    const again = await restored.backend.as(restored.actorId).getMember({ scope: WS1, memberId: "u-3", signal: live() });
    expect(again.status).toBe("archived");
  });

  it("resolves a mock input of each kind", () => {
    const scenario = createScenario("empty");
    expect(resolveMockInput("empty", {}).scenario?.name).toBe("empty");
    expect(resolveMockInput(scenario, {})).toEqual({ scenario, handlers: scenario.handlers });
    expect(resolveMockInput(scenario.handlers, {})).toEqual({ scenario: null, handlers: scenario.handlers });
  });
});
