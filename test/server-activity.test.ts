import { beforeAll, describe, expect, it } from "vitest";
import { createMemoryStorage } from "../src/adapters/memory/memory-storage";
import { SEED_FIRST_WORKSPACE, SEED_USERS, generateSeed } from "../src/adapters/memory/seed";
import type { ActivityPage, ActivityQuery } from "../src/core/activity.types";
import { resolveConfig } from "../src/core/config";
import { ROSTER_ACTOR_HEADER, developmentAuthenticate } from "../src/server/dev-authenticate";
import { createRosterHandler } from "../src/server/handler";
import { migrate } from "../src/server/migrations";
import { ROSTER_OPERATIONS } from "../src/server/operations";
import { listActivitySql } from "../src/server/postgres-activity";
import { fromPGlite } from "../src/server/sql";
import type { SqlExecutor, SqlParam } from "../src/server/sql";
import { usePGlite } from "./support/pglite";

/**
 * The activity history and the CSV export over HTTP (R25, R28): nothing but GET reaches the activity
 * log, a request's id is recorded with its change, the export answers as a file download and refuses
 * what it does not know by name; and on Postgres, a page of activity reads the page through an index,
 * not the log.
 */

const config = resolveConfig();
const INVITATIONS = { baseUrl: "https://app.test/join/", secret: "activity-test-secret" };
const ORIGIN = "https://rosterkit.test";
const WS = SEED_FIRST_WORKSPACE;
const pglite = usePGlite();

function memoryHandler() {
  const storage = createMemoryStorage({ dataset: generateSeed({ members: 40 }), config });
  return { storage, handler: createRosterHandler({ storage, config, invitations: INVITATIONS, authenticate: developmentAuthenticate() }) };
}

function request(path: string, actorId: string, init: RequestInit = {}): Request {
  return new Request(`${ORIGIN}${path}`, { ...init, headers: { [ROSTER_ACTOR_HEADER]: actorId, ...init.headers } });
}

describe("R28: the activity history over HTTP", () => {
  it("R28: no endpoint edits or deletes activity: the activity operations are GETs, and any other method is answered 404 with the log unchanged", async () => {
    const activity = ROSTER_OPERATIONS.filter((operation) => operation.path.split("/").includes("activity"));
    expect(activity.map((operation) => operation.operationId).sort()).toEqual(["listInstanceActivity", "listMemberActivity", "listWorkspaceActivity"]);
    expect(activity.every((operation) => operation.method === "get")).toBe(true);

    const { storage, handler } = memoryHandler();
    const member = `/workspaces/${WS}/members/${SEED_USERS.endUser}`;
    const version = (await handler(request(member, SEED_USERS.admin))).headers.get("ETag") ?? expect.fail("no ETag");
    const stop = await handler(
      request(`${member}/status`, SEED_USERS.admin, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": "stop-1", "If-Match": version },
        body: JSON.stringify({ action: "archive" }),
      }),
    );
    expect(stop.status).toBe(200);
    const before = storage.activity();
    expect(before).toHaveLength(1);
    const paths = ["/activity", `/workspaces/${WS}/activity`, `/members/${SEED_USERS.endUser}/activity`, "/activity/1", `/workspaces/${WS}/activity/1`];
    for (const path of paths) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const answer = await handler(request(path, SEED_USERS.superAdmin, { method, headers: { "Content-Type": "application/json", "Idempotency-Key": `${method}-${path}` }, body: "{}" }));
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(await answer.json()).toMatchObject({ code: "not_found" });
      }
    }
    expect(storage.activity()).toEqual(before);
  });

  it("R28: the X-Request-Id of a change is recorded with it and read back, with the actor's and the member's names", async () => {
    const { handler } = memoryHandler();
    const invite = await handler(
      request(`/workspaces/${WS}/invitations`, SEED_USERS.admin, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": "invite-1", "X-Request-Id": "req-42" },
        body: JSON.stringify({ invitees: [{ name: "Nora New", email: "nora@example.test", role: "end-user", groups: [], metadata: {} }] }),
      }),
    );
    expect(invite.status).toBe(200);
    const page = (await (await handler(request(`/workspaces/${WS}/activity?action=invite`, SEED_USERS.admin))).json()) as ActivityPage;
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({ action: "invite", actor: SEED_USERS.admin, targetName: "Nora New", targetEmail: "nora@example.test", requestId: "req-42", before: null });
    expect(page.events[0]?.actorName).toEqual(expect.any(String));
  });

  it("R2: a member's history across the instance is for super admins; R28: an unknown query parameter or action is refused, named", async () => {
    const { handler } = memoryHandler();
    const across = await handler(request(`/members/${SEED_USERS.endUser}/activity`, SEED_USERS.admin));
    expect(across.status).toBe(403);
    expect(await across.json()).toMatchObject({ code: "forbidden", rule: "R2" });
    expect((await handler(request(`/members/${SEED_USERS.endUser}/activity?workspaceId=${WS}`, SEED_USERS.admin))).status).toBe(200);
    const unknown = await handler(request(`/workspaces/${WS}/activity?search=x`, SEED_USERS.admin));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ fieldErrors: { search: expect.any(String) } });
    const action = await handler(request(`/workspaces/${WS}/activity?action=delete`, SEED_USERS.admin));
    expect(action.status).toBe(422);
    expect((await action.json()).detail).toContain('"delete"');
  });
});

describe("R25: the CSV export over HTTP", () => {
  it("R25: answers a UTF-8 CSV download that no cache keeps", async () => {
    const { handler } = memoryHandler();
    const answer = await handler(request(`/workspaces/${WS}/members.csv?columns=name,email&status=active`, SEED_USERS.admin));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
    expect(answer.headers.get("Content-Disposition")).toBe(`attachment; filename="members-${WS}.csv"`);
    expect(answer.headers.get("Cache-Control")).toBe("no-store");
    expect((await answer.text()).startsWith("name,email\r\n")).toBe(true);
    const all = await handler(request("/members.csv", SEED_USERS.superAdmin));
    expect(all.headers.get("Content-Disposition")).toBe('attachment; filename="all-users.csv"');
  });

  it("R25: an unknown column, or a paging parameter, is a malformed request (400) that names it", async () => {
    const { handler } = memoryHandler();
    const columns = await handler(request(`/workspaces/${WS}/members.csv?columns=name,password`, SEED_USERS.admin));
    expect(columns.status).toBe(400);
    const problem = (await columns.json()) as { code: string; detail: string; fieldErrors: Record<string, string> };
    expect(problem.code).toBe("validation");
    expect(problem.detail).toContain('"password"');
    expect(problem.fieldErrors["columns"]).toContain('"password"');
    const paged = await handler(request(`/workspaces/${WS}/members.csv?limit=10`, SEED_USERS.admin));
    expect(paged.status).toBe(400);
    expect(await paged.json()).toMatchObject({ fieldErrors: { limit: expect.any(String) } });
  });
});

/** The statement a storage read runs, captured as it is sent. */
function capturing(db: SqlExecutor): { executor: SqlExecutor; last(): { text: string; params: readonly SqlParam[] } } {
  let last: { text: string; params: readonly SqlParam[] } | null = null;
  return {
    executor: {
      query: (text, params = []) => {
        last = { text, params };
        return db.query(text, params);
      },
    },
    last: () => last ?? expect.fail("no statement ran"),
  };
}

interface PlanNode {
  readonly "Node Type": string;
  readonly "Relation Name"?: string;
  readonly "Actual Rows": number;
  readonly "Actual Loops": number;
  readonly "Rows Removed by Filter"?: number;
  readonly Plans?: readonly PlanNode[];
}

/** Rows the plan read from the activity log, and the kinds of scan it read them with. */
function logReads(node: PlanNode): { rows: number; scans: string[] } {
  const own = node["Relation Name"] === "activity_events" ? { rows: (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0)) * node["Actual Loops"], scans: [node["Node Type"]] } : { rows: 0, scans: [] };
  return (node.Plans ?? []).map(logReads).reduce((sum, child) => ({ rows: sum.rows + child.rows, scans: [...sum.scans, ...child.scans] }), own);
}

describe("R28: on Postgres, a page of activity reads the page, not the log", () => {
  const OLD = 300;
  const RECENT = 30_000;
  const LIMIT = 50;

  beforeAll(async () => {
    const client = fromPGlite(pglite());
    await migrate(client);
    const insert = (count: number, columns: string) =>
      client.query(
        `INSERT INTO rosterkit.activity_events (at, actor, action, target, target_email, scope_kind, workspace_id, before, after)
         SELECT now(), ${columns}, NULL, '{"status":"active","instanceStatus":"active","role":"end-user","groups":[],"version":1}'::jsonb
           FROM generate_series(1, ${String(count)}) AS i`,
      );
    // The events every query below asks for are the oldest 300: 10 actors, 4 actions, 20 members of ws-1,
    // a tenth of them made at instance level. A plan that walked the log from its newest end and
    // filtered would read the 30,000 busy events after them; only an index reads just the page.
    await insert(
      OLD,
      `'u-' || (i % 10), (ARRAY['archive', 'invite', 'changeRole', 'unarchive'])[1 + i % 4], 'm-' || (i % 20), 'm' || (i % 20) || '@example.test',
       CASE WHEN i % 10 = 0 THEN 'instance' ELSE 'workspace' END, CASE WHEN i % 10 = 0 THEN NULL ELSE 'ws-1' END`,
    );
    await insert(
      RECENT,
      `'u-busy-' || (i % 3), (ARRAY['changeGroups', 'updateMember'])[1 + i % 2], 'm-busy-' || (i % 500), 'busy@example.test',
       CASE WHEN i % 10 = 0 THEN 'instance' ELSE 'workspace' END, CASE WHEN i % 10 = 0 THEN NULL ELSE 'ws-2' END`,
    );
    await client.query("ANALYZE rosterkit.activity_events");
  }, 300_000);

  const page = LIMIT + 1;
  const shapes: [string, Omit<ActivityQuery, "cursor" | "limit">, number][] = [
    ["the whole instance", { scope: { kind: "instance" } }, page],
    ["a workspace", { scope: { kind: "workspace", workspaceId: "ws-1" } }, page],
    ["a workspace, by one actor", { scope: { kind: "workspace", workspaceId: "ws-1" }, actorId: "u-5" }, page],
    ["a workspace, two actions", { scope: { kind: "workspace", workspaceId: "ws-1" }, actions: ["archive", "invite"] }, 2 * page],
    ["the instance, by one actor", { scope: { kind: "instance" }, actorId: "u-7" }, page],
    // 75 events match: reading all of them by the index, then sorting, reads no more than those.
    ["the instance, one action", { scope: { kind: "instance" }, actions: ["changeRole"] }, OLD / 4],
    // A member's 15 events, made in ws-1 and at instance level.
    ["a member in a workspace", { scope: { kind: "workspace", workspaceId: "ws-1" }, memberId: "m-5" }, OLD / 20],
  ];

  it.each(shapes)("R28: %s: a page and the next one each read at most a page of the log, through an index", async (_label, shape, bound) => {
    const client = fromPGlite(pglite());
    const { executor, last } = capturing(client);
    let cursor: string | null = null;
    for (let number = 1; number <= 2; number += 1) {
      const answer = await listActivitySql(executor, "rosterkit", { ...shape, cursor, limit: LIMIT });
      expect(answer.events.length).toBeGreaterThan(0);
      const ids = answer.events.map((event) => Number(event.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const { text, params } = last();
      const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
      const reads = logReads(rows[0]?.["QUERY PLAN"][0].Plan ?? expect.fail("no plan"));
      expect(reads.scans, "no scan of the whole log").not.toContain("Seq Scan");
      // The page's events are read again by id to join the names: twice the page at most.
      expect(reads.rows, `rows read from the log for page ${String(number)} (${reads.scans.join(", ")})`).toBeLessThanOrEqual(2 * bound);
      cursor = answer.nextCursor;
      if (cursor === null) break;
    }
  });
});
