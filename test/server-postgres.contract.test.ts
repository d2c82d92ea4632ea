import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { ServerType } from "@hono/node-server";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { migrate } from "../src/server/migrations";
import type { RosterHandler } from "../src/server/handler";
import { fromPgPool } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { describeAdapterContract } from "../src/testing";
import { usePostgres } from "./support/postgres";
import { sqlContractHarness } from "./support/sql-contract";

/**
 * The server as a team runs it must pass the same conformance suite as every adapter: a real `node:http`
 * server (`@hono/node-server`) serving the handler of `rosterkit/server`, over the Postgres storage on a
 * real Postgres started for this file, reached by the REST adapter over the loopback network. Every
 * answer is checked against the OpenAPI document.
 */
const postgres = usePostgres();
const drift: string[] = [];
let client: SqlClient | null = null;
let server: ServerType | null = null;
let current: RosterHandler | null = null;
let origin = "";

beforeAll(async () => {
  const pool = postgres.pool(await postgres.cluster().createDatabase(), { max: 4 });
  client = fromPgPool(pool as unknown as Parameters<typeof fromPgPool>[0]);
  await migrate(client);
  await new Promise<void>((listening) => {
    server = serve({ fetch: (request) => (current ? current(request) : new Response("not mounted", { status: 503 })), hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
      origin = `http://127.0.0.1:${String(info.port)}`;
      listening();
    });
  });
}, 120_000);
afterEach(() => {
  expect(drift.splice(0), "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
});
afterAll(async () => {
  await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
});

describeAdapterContract(
  "rest → node:http → handler → Postgres",
  sqlContractHarness(
    () => client ?? expect.fail("Postgres is not started"),
    () => `${origin}/api/rosterkit`,
    (handler) => {
      current = handler;
      return (input, init) => globalThis.fetch(input, init);
    },
    drift,
  ),
);
