/**
 * The conformance suite's harness over the server: the REST adapter, the handler of `rosterkit/server`
 * and the Postgres storage on a SQL client (PGlite or a real Postgres), loaded with the case's fixture.
 * Every answer is checked against the OpenAPI document on the way. Not a test file itself.
 * @module
 */
import { acceptRestInvitation, createRestAdapter, fetchRestCapabilities } from "../../src/adapters/rest";
import type { RosterConfig, RosterDataset } from "../../src/core";
import { sha256Hex } from "../../src/core/engine/invitation-token";
import { ROSTER_ACTOR_HEADER, developmentAuthenticate } from "../../src/server/dev-authenticate";
import { createRosterHandler } from "../../src/server/handler";
import type { RosterHandler } from "../../src/server/handler";
import { createPostgresStorage } from "../../src/server/postgres-storage";
import { seedPostgres } from "../../src/server/postgres-seed";
import type { SqlClient } from "../../src/server/sql";
import type { ActivityEntry, ContractHarness } from "../../src/testing";
import { CONTRACT_USERS } from "../../src/testing";
import { checkingFetch } from "../openapi-validator";

const SCHEMA = "rosterkit";
const INVITATIONS = { baseUrl: "https://app.example.test/join/", secret: "contract-secret" };

/**
 * Empties every table of the schema and zeroes its counters, as a freshly migrated schema has them; the
 * append-only guard of the activity log is a trigger, which replica mode skips.
 */
async function reset(client: SqlClient): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query("SET LOCAL session_replication_role = replica");
    const { rows } = await tx.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 AND tablename NOT IN ('schema_migrations', 'counters')",
      [SCHEMA],
    );
    await tx.query(`TRUNCATE ${rows.map((row) => `"${SCHEMA}"."${row.name}"`).join(", ")} RESTART IDENTITY CASCADE`);
    await tx.query(`UPDATE "${SCHEMA}".counters SET users = 0, admin_role = NULL`);
  });
}

/**
 * A harness factory for `describeAdapterContract`: each case gets the fixture loaded afresh, a handler
 * over it, and REST adapters that reach it through `reach` (in process, or a real HTTP server).
 * @param baseUrl where the handler answers; its path is the handler's base path.
 * @param mount makes the handler answer there (in place of the previous one); answers the fetch that reaches it.
 */
export function sqlContractHarness(
  client: () => SqlClient,
  baseUrl: () => string,
  mount: (handler: RosterHandler) => (input: string, init: RequestInit) => Promise<Response>,
  drift: string[],
) {
  return async (fixture: RosterDataset, config: RosterConfig): Promise<ContractHarness> => {
    const sql = client();
    await reset(sql);
    let offsetMs = 0;
    const clock = (): Date => new Date(Date.now() + offsetMs);
    await seedPostgres(sql, fixture, { config, schema: SCHEMA, now: clock().toISOString() });
    const storage = await createPostgresStorage({ client: sql, config, schema: SCHEMA });
    const base = baseUrl();
    const handler = createRosterHandler({ storage, config, invitations: INVITATIONS, clock, authenticate: developmentAuthenticate(), basePath: new URL(base).pathname });
    const fetch = checkingFetch(base, drift, mount(handler));
    const headersOf = (userId: string) => ({ [ROSTER_ACTOR_HEADER]: userId });
    const capabilities = await fetchRestCapabilities({ baseUrl: base, fetch, headers: headersOf(CONTRACT_USERS.superAdmin), signal: new AbortController().signal });
    const invitation = async (url: string) => {
      const token = url.startsWith(INVITATIONS.baseUrl) ? url.slice(INVITATIONS.baseUrl.length) : "";
      const { rows } = await sql.query<{ workspace_id: string; state: string; expires_at: Date }>(
        `SELECT workspace_id, state, expires_at FROM "${SCHEMA}".invitations WHERE token_hash = $1`,
        [await sha256Hex(token)],
      );
      return rows[0];
    };
    return {
      as: (userId) => createRestAdapter({ baseUrl: base, fetch, headers: headersOf(userId), capabilities, retry: false }),
      async sentInvitations() {
        const { rows } = await sql.query<{ recipient: string; link: string }>(`SELECT recipient, payload->>'link' AS link FROM "${SCHEMA}".outbox ORDER BY id`);
        return Promise.all(rows.map(async (row) => ({ to: row.recipient, url: row.link, workspaceId: (await invitation(row.link))?.workspace_id ?? "" })));
      },
      async isInvitationLinkValid(url) {
        const found = await invitation(url);
        return found !== undefined && found.state === "pending" && found.expires_at.getTime() > clock().getTime();
      },
      advanceClock: (ms) => {
        offsetMs += ms;
      },
      acceptInvitation: (url) =>
        acceptRestInvitation({ baseUrl: base, fetch, token: url.startsWith(INVITATIONS.baseUrl) ? url.slice(INVITATIONS.baseUrl.length) : url, signal: new AbortController().signal }),
      async activity() {
        const { rows } = await sql.query<{ action: string; actor: string; target: string; scope_kind: "workspace" | "instance"; workspace_id: string | null; before: ActivityEntry["before"]; after: ActivityEntry["after"] }>(
          `SELECT action, actor, target, scope_kind, workspace_id, before, after FROM "${SCHEMA}".activity_events ORDER BY id`,
        );
        return rows.map((row) => ({
          action: row.action,
          actor: row.actor,
          target: row.target,
          scope: row.scope_kind === "instance" ? { kind: "instance" as const } : { kind: "workspace" as const, workspaceId: row.workspace_id ?? "" },
          before: row.before,
          after: row.after,
        }));
      },
    };
  };
}
