import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { ServerType } from "@hono/node-server";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters/memory/seed";
import type { InviteMembersResult } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import type { Member } from "../src/core/domain.types";
import { developmentAuthenticate, ROSTER_ACTOR_HEADER } from "../src/server/dev-authenticate";
import { createRosterHandler } from "../src/server/handler";
import { migrate } from "../src/server/migrations";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPgPool } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { checkAnswer, checkingFetch } from "./openapi-validator";
import { BAD_EMAILS, BAD_METADATA, BAD_NAMES, withValidFields } from "./support/bad-inputs";
import type { BadInput } from "./support/bad-inputs";
import { closePool } from "./support/pg-pool";
import { usePostgres } from "./support/postgres";
import type { HttpAnswer, ProblemBody, RequestParts } from "./support/roster-http";
import { rosterHttp } from "./support/roster-http";

/**
 * Bad input over HTTP, against the server as a team runs it: the handler behind a real `node:http`
 * server, over the Postgres storage on a real Postgres. Malformed JSON, wrong types, unknown fields,
 * prototype keys, SQL-looking strings, deep nesting, oversized bodies and 10 MiB strings, bad query
 * parameters and bad headers: each is answered 4xx with an RFC 9457 problem (`application/problem+json`,
 * checked against the OpenAPI document) that names the field, the header or the limit; nothing is
 * stored (every row of the roster, its links, its activity and its outbox unchanged); and the server
 * still serves the next request. An invitee's own fields are refused at the invitee's index instead
 * (R5: the answer is 200 with a failure per invitee), again naming the field and storing nothing.
 */
const postgres = usePostgres();
const drift: string[] = [];
const config = resolveConfig();
const WS = SEED_FIRST_WORKSPACE;
const TARGET = SEED_USERS.endUser;
const SQL_TEXT = "'; DROP TABLE users; --";
const MIB = 1024 * 1024;

let pool: pg.Pool;
let sql: SqlClient;
let server: ServerType | undefined;
let base = "";
/** The target's version, for requests that must get past If-Match. */
let version = 0;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await postgres.cluster().createDatabase(), max: 4 });
  sql = fromPgPool(pool);
  await migrate(sql);
  await seedPostgres(sql, generateSeed({ members: 12, workspaces: 2 }), { config });
  const handler = createRosterHandler({
    storage: await createPostgresStorage({ client: sql, config }),
    config,
    invitations: { baseUrl: "https://app.example.test/join/", secret: "bad-input-secret" },
    authenticate: developmentAuthenticate(),
    basePath: "/api/rosterkit",
  });
  await new Promise<void>((listening) => {
    server = serve({ fetch: handler, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${String(info.port)}/api/rosterkit`;
      listening();
    });
  });
  version = (await as(SEED_USERS.admin).send<Member>("GET", `/workspaces/${WS}/members/${TARGET}`)).body.version;
}, 120_000);

afterAll(async () => {
  await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
  await closePool(pool);
});

/** A client of the API acting as a user (`null`: nobody signed in), checking every answer against the document. */
function as(actor: string | null) {
  return rosterHttp(base, actor, checkingFetch(base, drift));
}

/** Every stored row that a request could add or change, as one digest per table. */
async function stored(): Promise<Record<string, string>> {
  const tables = ["users", "memberships", "invitations", "outbox", "activity_events", "workspaces", "custom_groups"];
  const digests = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await sql.query<{ digest: string }>(`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM rosterkit.${table} t`);
      return [table, rows[0]?.digest ?? ""] as const;
    }),
  );
  return Object.fromEntries(digests);
}

let before: Record<string, string> = {};
beforeEach(async () => {
  before = await stored();
});
afterEach(async () => {
  expect(drift.splice(0), "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
  expect(await stored(), "rows stored by a refused request").toEqual(before);
  // Still serving: a normal read answers.
  const list = await as(SEED_USERS.admin).listMembers({ kind: "workspace", workspaceId: WS }, "limit=5");
  expect(list.status).toBe(200);
});

/** What a refusal must name: a field (or header, or query parameter), a limit (R29), or words of its detail. */
type Named = { readonly field: string } | { readonly limit: string } | { readonly detail: RegExp };

/** Expects a 4xx problem+json with the status that names what it refuses. */
function expectRefused(answer: HttpAnswer, status: number, named: Named): void {
  expect(answer.status, answer.text.slice(0, 500)).toBe(status);
  expect(answer.contentType).toMatch(/^application\/problem\+json\b/);
  const problem = answer.body as ProblemBody & { limit?: { name: string } };
  expect(problem).toMatchObject({ status, type: `urn:rosterkit:problem:${problem.code}` });
  if ("field" in named) expect(Object.keys(problem.fieldErrors ?? {}), problem.detail).toContain(named.field);
  else if ("limit" in named) expect(problem).toMatchObject({ code: "limit_exceeded", rule: "R29", limit: { name: named.limit } });
  else expect(problem.detail).toMatch(named.detail);
}

const INVITE = `/workspaces/${WS}/invitations`;
const STATUS = `/workspaces/${WS}/members/${TARGET}/status`;
const MEMBER = `/workspaces/${WS}/members/${TARGET}`;
const LIST = `/workspaces/${WS}/members`;
const invitee = (overrides: Record<string, unknown> = {}) => ({ name: "Grace Hopper", email: "grace@example.com", role: "builder", groups: [], metadata: {}, ...overrides });
const key = () => crypto.randomUUID();

/** A request as the workspace's admin. */
const admin = (method: string, path: string, parts: RequestParts) => as(SEED_USERS.admin).send(method, path, parts);
const write = (method: string, path: string, parts: RequestParts) => admin(method, path, { key: key(), ...parts });

/**
 * Streams a body of `bytes` bytes without Content-Length (chunked) and stops sending as soon as the
 * server answers, as a client must when the server refuses before reading it all (R29). Node's `http`,
 * not `fetch`: fetch reports the connection the server closes mid-upload as a failure and drops the answer.
 */
function streamed(path: string, bytes: number): Promise<HttpAnswer> {
  const url = new URL(`${base}${path}`);
  const chunk = JSON.stringify({ invitees: [invitee()] }).padEnd(64 * 1024, " ");
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", headers: { "Content-Type": "application/json", [ROSTER_ACTOR_HEADER]: SEED_USERS.admin, "Idempotency-Key": key() } });
    let answered = false;
    outgoing.on("response", (incoming) => {
      answered = true;
      let text = "";
      incoming.setEncoding("utf8");
      incoming.on("data", (part: string) => (text += part));
      incoming.on("end", () => {
        const answer = { status: incoming.statusCode ?? 0, body: JSON.parse(text) as unknown, text, contentType: incoming.headers["content-type"] ?? "", etag: null };
        checkAnswer("POST", url.href, base, new Response(text, { status: answer.status, headers: { "Content-Type": answer.contentType } })).then((problems) => {
          drift.push(...problems);
          resolve(answer);
        }, reject);
      });
    });
    // The server may close the connection after answering, while the client still writes.
    outgoing.on("error", (error) => (answered ? undefined : reject(error)));
    let sent = 0;
    const send = (): void => {
      while (!answered && sent < bytes) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once("drain", send);
      }
      outgoing.end();
    };
    send();
  });
}

interface BadRequest {
  readonly label: string;
  readonly send: () => Promise<HttpAnswer>;
  readonly status: number;
  readonly named: Named;
}

const MALFORMED: readonly BadRequest[] = [
  { label: "JSON cut short", send: () => write("POST", INVITE, { body: '{"invitees": [' }), status: 400, named: { field: "body" } },
  { label: "unquoted keys", send: () => write("POST", INVITE, { body: "{invitees: []}" }), status: 400, named: { field: "body" } },
  { label: "an empty body", send: () => write("POST", STATUS, { body: "", ifMatch: version }), status: 400, named: { field: "body" } },
  { label: "a JSON array", send: () => write("POST", STATUS, { body: "[]", ifMatch: version }), status: 400, named: { field: "body" } },
  { label: "JSON null", send: () => write("POST", STATUS, { body: "null", ifMatch: version }), status: 400, named: { field: "body" } },
  {
    label: "a form-encoded body",
    send: () => write("POST", STATUS, { body: "action=archive", ifMatch: version, headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
    status: 400,
    named: { field: "body" },
  },
  { label: "bytes that are not UTF-8", send: () => write("POST", STATUS, { raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), ifMatch: version }), status: 400, named: { field: "body" } },
];

const WRONG_TYPES: readonly BadRequest[] = [
  { label: "invitees as a string", send: () => write("POST", INVITE, { body: { invitees: "grace@example.com" } }), status: 422, named: { field: "invitees" } },
  { label: "no invitees", send: () => write("POST", INVITE, { body: { invitees: [] } }), status: 422, named: { field: "invitees" } },
  { label: "an action as a number", send: () => write("POST", STATUS, { body: { action: 42 }, ifMatch: version }), status: 422, named: { field: "action" } },
  { label: "an action that does not exist", send: () => write("POST", STATUS, { body: { action: "delete" }, ifMatch: version }), status: 422, named: { field: "action" } },
  { label: "an SQL-looking action", send: () => write("POST", STATUS, { body: { action: SQL_TEXT }, ifMatch: version }), status: 422, named: { field: "action" } },
  { label: "a role as a number", send: () => write("PATCH", MEMBER, { body: { role: 7 }, ifMatch: version }), status: 422, named: { field: "role" } },
  { label: "groups as a string", send: () => write("PATCH", MEMBER, { body: { groups: "g-1-1" }, ifMatch: version }), status: 422, named: { field: "groups" } },
  { label: "an update with nothing to change", send: () => write("PATCH", MEMBER, { body: {}, ifMatch: version }), status: 422, named: { field: "body" } },
  { label: "a token as a number", send: () => as(null).send("POST", "/invitations/accept", { body: { token: 123 } }), status: 422, named: { field: "token" } },
];

const UNKNOWN_FIELDS: readonly BadRequest[] = [
  { label: "an unknown field beside the action", send: () => write("POST", STATUS, { body: { action: "archive", force: true }, ifMatch: version }), status: 422, named: { field: "force" } },
  { label: "an unknown field beside the invitees", send: () => write("POST", INVITE, { body: { invitees: [invitee()], notify: false } }), status: 422, named: { field: "notify" } },
  { label: "an unknown field in an update", send: () => write("PATCH", MEMBER, { body: { role: "builder", superAdmin: true }, ifMatch: version }), status: 422, named: { field: "superAdmin" } },
  { label: "an unknown field in an invitee", send: () => write("POST", INVITE, { body: { invitees: [invitee({ superAdmin: true })] } }), status: 422, named: { field: "invitees.0.superAdmin" } },
  {
    label: "a __proto__ key in a status body",
    send: () => write("POST", STATUS, { body: '{"action":"archive","__proto__":{"admin":true}}', ifMatch: version }),
    status: 422,
    named: { field: "__proto__" },
  },
  {
    label: "a constructor key in an update",
    send: () => write("PATCH", MEMBER, { body: '{"role":"builder","constructor":{"prototype":{"admin":true}}}', ifMatch: version }),
    status: 422,
    named: { field: "constructor" },
  },
];

const TOO_LARGE: readonly BadRequest[] = [
  { label: "a 2 MiB body", send: () => write("POST", INVITE, { body: { invitees: [invitee({ name: "a".repeat(2 * MIB) })] } }), status: 413, named: { limit: "requestBodyBytes" } },
  { label: "a 10 MiB string", send: () => write("POST", INVITE, { body: { invitees: [invitee({ email: `${"a".repeat(10 * MIB)}@example.com` })] } }), status: 413, named: { limit: "requestBodyBytes" } },
  { label: "a 2 MiB body streamed without Content-Length", send: () => streamed(INVITE, 2 * MIB), status: 413, named: { limit: "requestBodyBytes" } },
  { label: "101 invitees", send: () => write("POST", INVITE, { body: { invitees: Array.from({ length: 101 }, (_, n) => invitee({ email: `p${String(n)}@example.com` })) } }), status: 422, named: { limit: "inviteesPerRequest" } },
  { label: "10,000 nested arrays", send: () => write("POST", INVITE, { body: `{"invitees":${"[".repeat(10_000)}${"]".repeat(10_000)}}` }), status: 422, named: { limit: "jsonDepth" } },
  {
    label: "40 nested objects in metadata",
    send: () => write("POST", INVITE, { body: `{"invitees":[${JSON.stringify(invitee()).slice(0, -3)}${'{"a":'.repeat(40)}1${"}".repeat(40)}}]}` }),
    status: 422,
    named: { limit: "jsonDepth" },
  },
];

const BAD_QUERIES: readonly BadRequest[] = [
  { label: "limit=abc", send: () => admin("GET", `${LIST}?limit=abc`, {}), status: 400, named: { field: "limit" } },
  { label: "limit=100000", send: () => admin("GET", `${LIST}?limit=100000`, {}), status: 422, named: { field: "limit" } },
  { label: "offset=-1", send: () => admin("GET", `${LIST}?offset=-1`, {}), status: 422, named: { field: "offset" } },
  { label: "sort=password:asc", send: () => admin("GET", `${LIST}?sort=password:asc`, {}), status: 400, named: { field: "sort" } },
  { label: "an SQL-looking sort", send: () => admin("GET", `${LIST}?sort=${encodeURIComponent(`name; ${SQL_TEXT}`)}`, {}), status: 400, named: { field: "sort" } },
  { label: "status=deleted", send: () => admin("GET", `${LIST}?status=deleted`, {}), status: 400, named: { field: "status" } },
  { label: "an unknown parameter", send: () => admin("GET", `${LIST}?frobnicate=1`, {}), status: 400, named: { field: "frobnicate" } },
  { label: "a cursor that is not one", send: () => admin("GET", `${LIST}?cursor=${encodeURIComponent(SQL_TEXT)}`, {}), status: 422, named: { field: "cursor" } },
];

const BAD_HEADERS: readonly BadRequest[] = [
  { label: "no Idempotency-Key", send: () => admin("POST", STATUS, { body: { action: "archive" }, ifMatch: version }), status: 400, named: { field: "Idempotency-Key" } },
  { label: "a blank Idempotency-Key", send: () => admin("POST", STATUS, { body: { action: "archive" }, ifMatch: version, key: "   " }), status: 400, named: { field: "Idempotency-Key" } },
  { label: "a 300-character Idempotency-Key", send: () => admin("POST", STATUS, { body: { action: "archive" }, ifMatch: version, key: "k".repeat(300) }), status: 422, named: { field: "idempotencyKey" } },
  { label: "no If-Match", send: () => write("POST", STATUS, { body: { action: "archive" } }), status: 428, named: { field: "If-Match" } },
  { label: "If-Match that is not a version", send: () => write("POST", STATUS, { body: { action: "archive" }, headers: { "If-Match": '"abc"' } }), status: 428, named: { field: "If-Match" } },
  { label: "an SQL-looking If-Match", send: () => write("POST", STATUS, { body: { action: "archive" }, headers: { "If-Match": SQL_TEXT } }), status: 428, named: { field: "If-Match" } },
  { label: "no sign-in header", send: () => as(null).send("POST", STATUS, { body: { action: "archive" }, ifMatch: version, key: key() }), status: 401, named: { detail: new RegExp(ROSTER_ACTOR_HEADER) } },
  { label: "an SQL-looking user in the sign-in header", send: () => as(SQL_TEXT).send("POST", STATUS, { body: { action: "archive" }, ifMatch: version, key: key() }), status: 401, named: { detail: /not known/ } },
];

const SQL_IN_PATHS: readonly BadRequest[] = [
  { label: "an SQL-looking member id", send: () => write("POST", `/workspaces/${WS}/members/${encodeURIComponent(SQL_TEXT)}/status`, { body: { action: "archive" }, ifMatch: version }), status: 404, named: { detail: /does not exist/ } },
  { label: "an SQL-looking workspace id", send: () => admin("GET", `/workspaces/${encodeURIComponent(SQL_TEXT)}/members`, {}), status: 404, named: { detail: /does not exist/ } },
  { label: "a path that walks up", send: () => admin("GET", `/workspaces/${encodeURIComponent("../../etc")}/members`, {}), status: 404, named: { detail: /does not exist/ } },
];

describe.each([
  ["malformed bodies", MALFORMED],
  ["wrong types", WRONG_TYPES],
  ["unknown fields and prototype keys", UNKNOWN_FIELDS],
  ["oversized and deep bodies (R29)", TOO_LARGE],
  ["bad query parameters (R25)", BAD_QUERIES],
  ["bad headers (R22, R26)", BAD_HEADERS],
  ["SQL-looking ids in paths", SQL_IN_PATHS],
])("bad input over HTTP: %s", (_, cases) => {
  it.each(cases.map((bad) => [bad.label, bad] as const))("%s: refused naming it, nothing stored, still serving", async (_label, bad) => {
    expectRefused(await bad.send(), bad.status, bad.named);
  });
});

/**
 * The invite body of a corpus case: names and emails as JSON strings, metadata as the raw JSON text that
 * was typed. UTF-8 cannot carry a lone surrogate (it would arrive as U+FFFD), so one in the metadata text
 * travels as its JSON escape, which the server decodes back to it.
 */
function corpusBody(input: BadInput): string {
  const { name, email, metadata } = withValidFields(input);
  const text = metadata.replace(/[\uD800-\uDFFF]/gu, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
  return `{"invitees":[{"name":${JSON.stringify(name)},"email":${JSON.stringify(email)},"role":"builder","groups":[],"metadata":${text === "" ? "{}" : text}}]}`;
}

describe("the bad-input corpus over HTTP (R5, R6, R29)", () => {
  const cases = [...BAD_NAMES, ...BAD_EMAILS, ...BAD_METADATA];
  it.each(cases.map((input) => [`${input.rule}: ${input.label}`, input] as const))("%s: refused, nothing stored, still serving", async (_label, input) => {
    const answer = await write("POST", INVITE, { body: corpusBody(input) });
    if (answer.status === 200) {
      // Refused at the invitee's index (R5), naming the field.
      const [result] = (answer.body as InviteMembersResult).results;
      expect(result?.ok).toBe(false);
      expect(Object.keys(result?.ok === false ? result.error.fieldErrors : {})).toContain(input.refused);
      return;
    }
    // Or refused as a whole: past a limit (R29), or metadata text that is not JSON makes the body not JSON.
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    const problem = answer.body as ProblemBody & { limit?: { name: string } };
    expect(answer.contentType).toMatch(/^application\/problem\+json\b/);
    expect(problem.limit?.name ?? Object.keys(problem.fieldErrors ?? {})[0]).toMatch(/^(body|requestBodyBytes|jsonDepth)$/);
  });
});

describe("SQL-looking text is data (queries are parameterised)", () => {
  it("a search for SQL text finds nothing and harms nothing", async () => {
    const answer = await as(SEED_USERS.admin).listMembers({ kind: "workspace", workspaceId: WS }, `search=${encodeURIComponent(SQL_TEXT)}`);
    expect(answer.status).toBe(200);
    expect(answer.body.members).toEqual([]);
  });
});
