import { describe, expect, it, vi } from "vitest";
import { SEED_USERS } from "../src/adapters";
import type { ActivityPage, Member } from "../src/core";
import { SCENARIO_NAMES, scenarios } from "../src/mocks/scenarios";
import { fromPGlite } from "../src/server";
import type { MailMessage, Mailer, SqlClient } from "../src/server";
import type { DemoSession } from "../demo/demo-api";
import { DEMO_API, DEMO_ROSTER_HEADER, INVITATION_LINK_PARAMS } from "../demo/demo-api";
import { DEFAULT_ROSTER, MOCK_FAULT_SCENARIOS, SERVER_SCENARIOS, createDemoServer } from "../demo/server/demo-server";
import type { DemoServer } from "../demo/server/demo-server";
import { usePGlite } from "./support/pglite";

/**
 * The demo server of `npm start` (demo/server/demo-server.ts): the Rosterkit handler over Postgres
 * (PGlite here), one seeded schema per demo roster, kept across restarts, reset on demand, with an
 * outbox dispatcher delivering invitation emails.
 */
const pglite = usePGlite();
const ORIGIN = "http://demo.test";

interface Demo {
  readonly server: DemoServer;
  readonly log: string[];
  readonly mail: MailMessage[];
}

/** A demo server on the shared database, as one start of `npm start` makes it. */
function startDemo(client: SqlClient): Demo {
  const log: string[] = [];
  const mail: MailMessage[] = [];
  const mailer: Mailer = {
    async send(message) {
      mail.push(message);
    },
  };
  const server = createDemoServer({ client, database: "PGlite in memory", origin: () => ORIGIN, log: (entry) => log.push(entry), mailer, pollIntervalMs: 50 });
  return { server, log, mail };
}

async function call(demo: Demo, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await demo.server.fetch(new Request(`${ORIGIN}${path}`, init));
  if (!response) throw new Error(`The demo server did not answer ${method} ${path}.`);
  return response;
}

const asSuperAdmin = { "X-Rosterkit-Actor": SEED_USERS.superAdmin };

async function member(demo: Demo, memberId: string, headers: Record<string, string> = asSuperAdmin): Promise<{ member: Member; etag: string }> {
  const response = await call(demo, "GET", `/api/rosterkit/workspaces/ws-1/members/${memberId}`, headers);
  expect(response.status).toBe(200);
  return { member: (await response.json()) as Member, etag: response.headers.get("ETag") ?? "" };
}

async function archive(demo: Demo, memberId: string): Promise<void> {
  const { etag } = await member(demo, memberId);
  const response = await call(demo, "POST", `/api/rosterkit/workspaces/ws-1/members/${memberId}/status`, { ...asSuperAdmin, "If-Match": etag, "Idempotency-Key": crypto.randomUUID() }, { action: "archive" });
  expect(response.status).toBe(200);
}

async function session(demo: Demo, headers: Record<string, string>): Promise<DemoSession> {
  const response = await call(demo, "GET", DEMO_API.session, headers);
  expect(response.status).toBe(200);
  return (await response.json()) as DemoSession;
}

describe("demo server (npm start)", () => {
  it("seeds the default roster once, serves the protocol at /api/rosterkit, and finds the roster and its changes again after a restart", async () => {
    const client = fromPGlite(pglite());
    const first = startDemo(client);
    await first.server.prepare(DEFAULT_ROSTER);
    expect(first.log.filter((line) => line.startsWith("Seeding"))).toEqual(['Seeding the "default" roster into schema rosterkit_demo_default_archive…']);
    await archive(first, SEED_USERS.endUser);
    await first.server.close();

    const restarted = startDemo(client);
    const { member: after } = await member(restarted, SEED_USERS.endUser);
    expect(after.status).toBe("archived");
    expect(restarted.log.filter((line) => line.startsWith("Seeding"))).toEqual([]);
    await restarted.server.close();
  });

  it("reset drops the roster and seeds it again: the archived member is active again", async () => {
    const demo = startDemo(fromPGlite(pglite()));
    await archive(demo, SEED_USERS.builder);
    expect((await member(demo, SEED_USERS.builder)).member.status).toBe("archived");

    const response = await call(demo, "POST", DEMO_API.reset, asSuperAdmin);
    expect(response.status).toBe(200);
    expect((await member(demo, SEED_USERS.builder)).member.status).toBe("active");
    expect((await call(demo, "GET", DEMO_API.reset, asSuperAdmin)).status).toBe(405);
    await demo.server.close();
  });

  it("R28: a seeded roster has its mock's weeks of history on the server too, and a change made there comes first in the member's history", async () => {
    const demo = startDemo(fromPGlite(pglite()));
    expect((await call(demo, "POST", DEMO_API.reset, asSuperAdmin)).status).toBe(200);
    const history = async (): Promise<ActivityPage> => {
      const response = await call(demo, "GET", `/api/rosterkit/members/${SEED_USERS.endUser}/activity?workspaceId=ws-1&limit=10`, asSuperAdmin);
      expect(response.status).toBe(200);
      return (await response.json()) as ActivityPage;
    };
    const seeded = await history();
    expect(seeded.events.map((event) => [event.action, event.actor])).toEqual([
      ["changeRole", SEED_USERS.superAdmin],
      ["changeGroups", SEED_USERS.admin],
    ]);
    expect(seeded.events[0]?.actorName).toBe(scenarios.default.build({}).backend.snapshot().users.find((user) => user.id === SEED_USERS.superAdmin)?.name);

    await archive(demo, SEED_USERS.endUser);
    const after = await history();
    expect(after.events.map((event) => event.action)).toEqual(["archive", "changeRole", "changeGroups"]);
    expect(after.events[0]).toMatchObject({ actor: SEED_USERS.superAdmin, scope: { kind: "workspace", workspaceId: "ws-1" }, before: { status: "active" }, after: { status: "archived" } });
    await demo.server.close();
  });

  it("the session names the signed-in user from the server's records, and says why a user the roster does not know cannot sign in", async () => {
    const demo = startDemo(fromPGlite(pglite()));
    const known = await session(demo, { "X-Rosterkit-Actor": SEED_USERS.admin });
    expect(known.actor).toMatchObject({ userId: SEED_USERS.admin, superAdmin: false, roles: { "ws-1": "admin" } });
    expect(known).toMatchObject({ roster: DEFAULT_ROSTER, lifecycle: "archive", note: null, signInError: null, scenarioActorId: SEED_USERS.superAdmin });

    const stranger = await session(demo, { "X-Rosterkit-Actor": "u-2", [DEMO_ROSTER_HEADER]: "empty/deactivate/cloud" });
    expect(stranger.actor).toBeNull();
    expect(stranger.signInError).toMatch(/^u-2 cannot use this roster: /);
    expect(stranger).toMatchObject({ roster: { scenario: "empty", lifecycle: "deactivate", deployment: "cloud" }, lifecycle: "deactivate" });
    await demo.server.close();
  });

  it("plays every roster of the mocks and none of their faults: a fault scenario is served as the default roster, with a note", async () => {
    // The faults are what the MSW handlers inject (handlerOptions); the rosters bring none.
    const faults = SCENARIO_NAMES.filter((name) => scenarios[name].build({}).handlerOptions !== undefined);
    expect([...MOCK_FAULT_SCENARIOS].sort()).toEqual(faults.sort());
    expect([...SERVER_SCENARIOS, ...MOCK_FAULT_SCENARIOS].sort()).toEqual([...SCENARIO_NAMES].sort());

    const demo = startDemo(fromPGlite(pglite()));
    const slow = await session(demo, { ...asSuperAdmin, [DEMO_ROSTER_HEADER]: "slow/archive/cloud" });
    expect(slow.roster).toEqual({ scenario: "default", lifecycle: "archive", deployment: "cloud" });
    expect(slow.note).toMatch(/^"slow" is a fault the MSW mock injects/);
    expect(slow.scenarios.map((option) => option.name)).toEqual(SERVER_SCENARIOS);
    expect(slow.mockOnlyScenarios).toEqual(MOCK_FAULT_SCENARIOS);
    await demo.server.close();
  });

  it("refuses a roster header that is not <scenario>/<lifecycle>/<deployment> of the demo, naming the header and the part", async () => {
    const demo = startDemo(fromPGlite(pglite()));
    for (const [value, part] of [
      ["nope/archive/cloud", '"nope" is not a scenario'],
      ["default/frozen/cloud", '"frozen" is not a lifecycle'],
      ["default/archive/moon", '"moon" is not a deployment'],
      ["default/archive/cloud/extra", "is \"<scenario>/<lifecycle>/<deployment>\""],
    ] as const) {
      const response = await call(demo, "GET", "/api/rosterkit/workspaces", { ...asSuperAdmin, [DEMO_ROSTER_HEADER]: value });
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { detail: string; fieldErrors: Record<string, string> };
      expect(problem.detail).toContain(part);
      expect(Object.keys(problem.fieldErrors)).toEqual([DEMO_ROSTER_HEADER]);
    }
    expect(await demo.server.fetch(new Request(`${ORIGIN}/main.tsx`))).toBeNull();
    await demo.server.close();
  });

  it("R30: an invitation's email goes out through the outbox dispatcher, and its link accepts on the roster it names (R27)", async () => {
    const demo = startDemo(fromPGlite(pglite()));
    const invite = await call(demo, "POST", "/api/rosterkit/workspaces/ws-1/invitations", { ...asSuperAdmin, "Idempotency-Key": crypto.randomUUID() }, {
      invitees: [{ name: "Grace Hopper", email: "grace@example.com", role: "end-user", groups: [], metadata: {} }],
    });
    expect(invite.status).toBe(200);
    await vi.waitFor(() => expect(demo.mail).toHaveLength(1), { timeout: 20_000 });
    const link = new URL(demo.mail[0]?.link ?? "");
    expect(link.origin).toBe(ORIGIN);
    expect(link.searchParams.get(INVITATION_LINK_PARAMS.roster)).toBe("default/archive/self-hosted");

    const token = link.searchParams.get(INVITATION_LINK_PARAMS.token) ?? "";
    const accepted = await call(demo, "POST", "/api/rosterkit/invitations/accept", { [DEMO_ROSTER_HEADER]: link.searchParams.get(INVITATION_LINK_PARAMS.roster) ?? "" }, { token });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ email: "grace@example.com", status: "active" });
    await demo.server.close();
  });
});
