import { beforeAll, describe, expect, it } from "vitest";
import { generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters/memory/seed";
import type { ListMembersResult } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import { developmentAuthenticate, ROSTER_ACTOR_HEADER } from "../src/server/dev-authenticate";
import { createRosterHandler } from "../src/server/handler";
import type { RosterHandler } from "../src/server/handler";
import { migrate } from "../src/server/migrations";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPGlite } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { usePGlite } from "./support/pglite";

/**
 * A read through the handler costs one round trip of statements, not three: the sign-in's read of the
 * actor, the rights check's read of the workspace and the page run at once, and the workspace's row is
 * read once for the check and the total. Nothing read meanwhile is answered before the actor is known
 * and allowed: an unknown user gets 401, an instance-archived one R12, a reader without the right R1/R2.
 */
const pglite = usePGlite();
const config = resolveConfig();
const WS = SEED_FIRST_WORKSPACE;

/** Statements as the storage sent them (and those it asked to keep prepared), and a gate that holds the sign-in's read of the actor until opened. */
const sent: string[] = [];
const prepared = new Set<string>();
let holdActor: Promise<void> | null = null;
let handler: RosterHandler;
let sql: SqlClient;

/** The sign-in's statement: a user and their memberships, by id (the page's statement joins users, by page rows). */
const isActorRead = (text: string) => text.trimEnd().endsWith("users u WHERE u.id = $1");

beforeAll(async () => {
  const inner = fromPGlite(pglite());
  sql = inner;
  await migrate(inner);
  await seedPostgres(inner, generateSeed({ members: 30, workspaces: 2 }), { config });
  const recording: SqlClient = {
    async query(text, params, options) {
      sent.push(text);
      if (options?.prepare === true) prepared.add(text);
      if (holdActor && isActorRead(text)) await holdActor;
      return inner.query(text, params, options);
    },
    transaction: (work, options) =>
      inner.transaction(
        (tx) =>
          work({
            query(text, params, queryOptions) {
              sent.push(text);
              return tx.query(text, params, queryOptions);
            },
          }),
        options,
      ),
  };
  handler = createRosterHandler({
    storage: await createPostgresStorage({ client: recording, config }),
    config,
    invitations: { baseUrl: "https://app.example.test/join/", secret: "round-trip-secret" },
    authenticate: developmentAuthenticate(),
  });
}, 120_000);

const get = (path: string, actor: string) => handler(new Request(`http://rosterkit.test${path}`, { headers: { [ROSTER_ACTOR_HEADER]: actor } }));

/** Runs a GET with the actor's read held until every other statement of the request was sent; answers the response and the statements. */
async function heldRead(path: string, actor: string): Promise<{ response: Response; statements: string[]; sentBeforeActor: string[] }> {
  sent.length = 0;
  let open = () => undefined as void;
  holdActor = new Promise<void>((resolve) => {
    open = resolve;
  });
  const answer = get(path, actor);
  // Let the request send all it sends without the actor's facts.
  for (let tick = 0; tick < 20; tick++) await new Promise((resolve) => setTimeout(resolve, 5));
  const sentBeforeActor = sent.filter((text) => !isActorRead(text));
  open();
  holdActor = null;
  const response = await answer;
  return { response, statements: [...sent], sentBeforeActor };
}

describe("reads through the handler", () => {
  it("R1, R25: a workspace's page, its total and its row are read while the sign-in reads the actor; the row once", async () => {
    const { response, statements, sentBeforeActor } = await heldRead(`/workspaces/${WS}/members?limit=5`, SEED_USERS.admin);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListMembersResult;
    expect(body.members).toHaveLength(5);
    expect(body.total).toBeGreaterThan(5);
    // Every statement of the request but the actor's went out before the actor was read.
    expect(sentBeforeActor).toHaveLength(statements.length - 1);
    expect(statements.filter(isActorRead)).toHaveLength(1);
    expect(statements.filter((text) => /FROM "rosterkit"\.workspaces\b/.test(text))).toHaveLength(1);
  });

  it("R2: a reader who may not list the instance's users gets the refusal, not the page read meanwhile", async () => {
    const { response, sentBeforeActor } = await heldRead("/members?limit=5", SEED_USERS.admin);
    expect(sentBeforeActor.length).toBeGreaterThan(0);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { code: string; rule?: string; members?: unknown };
    expect(body).toMatchObject({ code: "forbidden", rule: "R2" });
    expect(body.members).toBeUndefined();
  });

  it("R12: an instance-archived user is refused on a list, the page read meanwhile unanswered", async () => {
    await sql.query(`UPDATE "rosterkit".users SET instance_status = 'archived' WHERE id = $1`, [SEED_USERS.builder]);
    try {
      const { response } = await heldRead(`/workspaces/${WS}/members`, SEED_USERS.builder);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: "forbidden", rule: "R12" });
    } finally {
      await sql.query(`UPDATE "rosterkit".users SET instance_status = 'active' WHERE id = $1`, [SEED_USERS.builder]);
    }
  });

  it("R1: a user the records do not know is not signed in (401), whatever the page read meanwhile", async () => {
    const { response } = await heldRead(`/workspaces/${WS}/members`, "u-nobody");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "forbidden" });
  });

  it("R25: an unfiltered page stays prepared; a search's or a filter's, whose best plan depends on the values, never", async () => {
    const pageOf = async (query: string) => {
      sent.length = 0;
      expect((await get(`/workspaces/${WS}/members?${query}`, SEED_USERS.admin)).status).toBe(200);
      const page = sent.find((text) => text.includes("AS page"));
      if (page === undefined) throw new Error(`No page statement for ${query}.`);
      return page;
    };
    expect(prepared.has(await pageOf("sort=email:desc"))).toBe(true);
    expect(prepared.has(await pageOf("search=a"))).toBe(false);
    expect(prepared.has(await pageOf("status=invited"))).toBe(false);
  });

  it("R12: a write starts only once the actor is read: nothing of it is sent before", async () => {
    await sql.query(`UPDATE "rosterkit".users SET instance_status = 'archived' WHERE id = $1`, [SEED_USERS.admin]);
    try {
      sent.length = 0;
      const response = await handler(
        new Request(`http://rosterkit.test/workspaces/${WS}/members/${SEED_USERS.endUser}/status`, {
          method: "POST",
          headers: { [ROSTER_ACTOR_HEADER]: SEED_USERS.admin, "Idempotency-Key": "held-write", "If-Match": '"1"', "Content-Type": "application/json" },
          body: JSON.stringify({ action: "archive" }),
        }),
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ rule: "R12" });
      expect(sent.every(isActorRead)).toBe(true);
    } finally {
      await sql.query(`UPDATE "rosterkit".users SET instance_status = 'active' WHERE id = $1`, [SEED_USERS.admin]);
    }
  });
});
