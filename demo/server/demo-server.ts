import { REST_DEFAULT_CAPABILITIES } from "../../src/adapters/rest/rest-protocol";
import type { RosterConfig } from "../../src/core";
import { RosterError, isRosterError, resolveConfig } from "../../src/core";
import type { RosterScenarioName } from "../../src/mocks/scenarios";
import { SCENARIO_NAMES, scenarios } from "../../src/mocks/scenarios";
import {
  ROSTER_ACTOR_HEADER,
  createDevMailer,
  createOutboxDispatcher,
  createPostgresStorage,
  createRosterHandler,
  developmentAuthenticate,
  migrate,
  problemResponse,
  seedPostgres,
} from "../../src/server";
import { schemaIdentifier } from "../../src/server/sql";
import type { Mailer, OutboxDispatcher, RosterHandler, SqlClient, StoredActivity } from "../../src/server";
import type { DemoRosterKey, DemoSession } from "../demo-api";
import { DEMO_API, DEMO_ROSTER_HEADER, INVITATION_LINK_PARAMS, ROSTER_API_PATH, formatRosterKey } from "../demo-api";

/**
 * The demo server behind `npm start`: `createRosterHandler` at `/api/rosterkit` over the Postgres
 * storage, one schema per demo roster (scenario and lifecycle), each migrated and seeded from its mock
 * scenario on first use and kept afterwards; an outbox dispatcher per roster with the development
 * mailer; and two demo-only endpoints (`/api/demo/session`, `/api/demo/reset`). Development only: it
 * signs users in from a header (`developmentAuthenticate`).
 * @module
 */

/**
 * Writes the mock roster's history (its seeded weeks of changes, R28) into the seeded schema's activity
 * log, oldest first, so the server's activity views show the same past as the MSW demo's.
 */
async function seedHistory(client: SqlClient, schema: string, history: readonly StoredActivity[]): Promise<void> {
  if (history.length === 0) return;
  const column = <T>(pick: (event: StoredActivity) => T): T[] => history.map(pick);
  await client.query(
    `INSERT INTO ${schemaIdentifier(schema)}.activity_events (at, actor, action, target, target_email, scope_kind, workspace_id, before, after)
     SELECT at, actor, action, target, target_email, scope_kind, workspace_id, before::jsonb, after::jsonb
     FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       AS seeded(at, actor, action, target, target_email, scope_kind, workspace_id, before, after)`,
    [
      column((event) => event.at),
      column((event) => event.actor),
      column((event) => event.action),
      column((event) => event.target),
      column((event) => event.targetEmail),
      column((event) => event.scope.kind),
      column((event) => (event.scope.kind === "workspace" ? event.scope.workspaceId : null)),
      column((event) => (event.before === null ? null : JSON.stringify(event.before))),
      column((event) => JSON.stringify(event.after)),
    ],
  );
}

/** The scenarios whose point is a fault the MSW handlers inject (latency, failures, a 429, a concurrent edit): the server does not play them. */
export const MOCK_FAULT_SCENARIOS: readonly RosterScenarioName[] = ["slow", "flaky", "conflict", "rate-limited"];

/** The scenarios the demo server seeds: every roster of `rosterkit/mocks` that is not a fault of the mock. */
export const SERVER_SCENARIOS: readonly RosterScenarioName[] = SCENARIO_NAMES.filter((name) => !MOCK_FAULT_SCENARIOS.includes(name));

/** The roster a request without {@link DEMO_ROSTER_HEADER} gets: the demo's first-visit settings. */
export const DEFAULT_ROSTER: DemoRosterKey = { scenario: "default", lifecycle: "archive", deployment: "self-hosted" };

/**
 * The secret invitation tokens derive from. Fixed, so that links survive a restart; a real deployment
 * keeps its own secret out of the code.
 */
const DEMO_INVITATION_SECRET = "rosterkit-demo-invitation-secret";

/** What the demo remembers about a seeded roster, in the comment of its schema (written once the seed is complete). */
interface RosterMeta {
  readonly scenario: RosterScenarioName;
  readonly lifecycle: RosterConfig["lifecycle"];
  readonly description: string;
  readonly actorId: string;
  readonly pagination: "offset" | "cursor";
}

/** A roster ready to serve: its schema and the dispatcher delivering its emails. */
interface Roster {
  readonly schema: string;
  readonly meta: RosterMeta;
  readonly dispatcher: OutboxDispatcher;
}

/** Options of {@link createDemoServer}. */
export interface DemoServerOptions {
  /** The database: PGlite or a Postgres (see `openDemoDatabase`). */
  readonly client: SqlClient;
  /** Where the data lives, in words, for the console and the terminal. */
  readonly database: string;
  /** The console's origin (`http://127.0.0.1:5173`), the start of invitation links; read when a roster's handler is built. */
  readonly origin: () => string;
  /** Where progress, errors and (through the development mailer) emails go. */
  readonly log: (entry: string) => void;
  /** @default createDevMailer(log) */
  readonly mailer?: Mailer;
  /** Pause of the outbox dispatchers between rounds that found nothing. @default 2000 */
  readonly pollIntervalMs?: number;
}

/** The demo server. */
export interface DemoServer {
  /** Answers a request to `/api/rosterkit/…` or `/api/demo/…`; `null` for any other path (Vite serves it). */
  fetch(request: Request): Promise<Response | null>;
  /** Makes sure a roster exists (migrated and seeded), e.g. the default one at start. */
  prepare(key: DemoRosterKey): Promise<void>;
  /** Stops the outbox dispatchers. The database is the caller's to close. */
  close(): Promise<void>;
}

const LIFECYCLES = ["archive", "deactivate"] as const;
const DEPLOYMENTS = ["self-hosted", "cloud"] as const;

function badRoster(message: string): RosterError {
  return new RosterError("validation", message, { fieldErrors: { [DEMO_ROSTER_HEADER]: message } });
}

/**
 * The roster a request names in {@link DEMO_ROSTER_HEADER}, or the default one.
 * @throws RosterError `validation` naming the part that is not a scenario, lifecycle or deployment of the demo.
 */
export function rosterKeyOf(request: Request): DemoRosterKey {
  const value = request.headers.get(DEMO_ROSTER_HEADER);
  if (value === null) return DEFAULT_ROSTER;
  const [scenario = "", lifecycle = "", deployment = "", ...rest] = value.split("/");
  if (rest.length > 0) throw badRoster(`${DEMO_ROSTER_HEADER} is "<scenario>/<lifecycle>/<deployment>", got "${value}".`);
  const knownLifecycle = LIFECYCLES.find((candidate) => candidate === lifecycle);
  if (!knownLifecycle) throw badRoster(`"${lifecycle}" is not a lifecycle; use ${LIFECYCLES.join(" or ")}.`);
  const knownDeployment = DEPLOYMENTS.find((candidate) => candidate === deployment);
  if (!knownDeployment) throw badRoster(`"${deployment}" is not a deployment; use ${DEPLOYMENTS.join(" or ")}.`);
  if (!SCENARIO_NAMES.some((name) => name === scenario)) throw badRoster(`"${scenario}" is not a scenario; use one of ${SCENARIO_NAMES.join(", ")}.`);
  return { scenario, lifecycle: knownLifecycle, deployment: knownDeployment };
}

/** The schema of a roster: one per scenario and lifecycle (the deployment only changes the configuration). */
export function rosterSchema(scenario: string, lifecycle: string): string {
  return `rosterkit_demo_${scenario}_${lifecycle}`.replace(/-/g, "_");
}

function served(scenario: string): RosterScenarioName | undefined {
  return SERVER_SCENARIOS.find((name) => name === scenario);
}

function isRosterMeta(value: unknown): value is RosterMeta {
  if (typeof value !== "object" || value === null) return false;
  const meta = value as Record<string, unknown>;
  return (
    served(String(meta["scenario"])) !== undefined &&
    LIFECYCLES.some((lifecycle) => lifecycle === meta["lifecycle"]) &&
    typeof meta["description"] === "string" &&
    typeof meta["actorId"] === "string" &&
    (meta["pagination"] === "offset" || meta["pagination"] === "cursor")
  );
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Creates the demo server over a database. Nothing is prepared until asked: each roster is created on
 * its first request (or {@link DemoServer.prepare}), and found again after a restart.
 * @example
 * const database = await openDemoDatabase({ dataDir: ".rosterkit-demo" });
 * const demo = createDemoServer({ client: database.client, database: database.label, origin: () => "http://127.0.0.1:5173", log: console.warn });
 * const response = (await demo.fetch(request)) ?? new Response("Not found", { status: 404 });
 */
export function createDemoServer(options: DemoServerOptions): DemoServer {
  const { client, log } = options;
  const mailer = options.mailer ?? createDevMailer((entry) => log(entry));
  const rosters = new Map<string, Promise<Roster>>();
  const handlers = new Map<string, { readonly schema: string; readonly handler: Promise<RosterHandler> }>();

  /** Keeps a pending roster or handler for the next requests, and forgets it if it fails, so that the next request tries again. */
  const remember = <T>(map: Map<string, T>, key: string, value: T, promise: Promise<unknown>): void => {
    map.set(key, value);
    promise.catch(() => {
      if (map.get(key) === value) map.delete(key);
    });
  };

  const readMeta = async (schema: string): Promise<RosterMeta | null> => {
    const { rows } = await client.query<{ comment: string | null }>("SELECT obj_description(oid, 'pg_namespace') AS comment FROM pg_namespace WHERE nspname = $1", [schema]);
    const comment = rows[0]?.comment;
    if (comment === undefined || comment === null) return null;
    try {
      const meta: unknown = JSON.parse(comment);
      return isRosterMeta(meta) ? meta : null;
    } catch {
      return null;
    }
  };

  /** Drops the schema and seeds it from the scenario; the comment that marks it complete is written last. */
  const seed = async (schema: string, scenario: RosterScenarioName, lifecycle: RosterConfig["lifecycle"]): Promise<RosterMeta> => {
    const started = Date.now();
    log(`Seeding the "${scenario}" roster into schema ${schema}…`);
    await client.query(`DROP SCHEMA IF EXISTS ${schemaIdentifier(schema)} CASCADE`);
    await migrate(client, { schema });
    const definition = scenarios[scenario];
    const parts = definition.build({ config: { lifecycle } });
    const config = parts.backend.config;
    const loaded = await seedPostgres(client, parts.backend.snapshot(), { config, schema });
    await seedHistory(client, schema, parts.backend.activity());
    const meta: RosterMeta = {
      scenario,
      lifecycle: config.lifecycle,
      description: parts.description ?? definition.description,
      actorId: parts.actorId,
      pagination: parts.backend.capabilities.pagination === "cursor" ? "cursor" : "offset",
    };
    // COMMENT takes no parameters: format() quotes the name and the text on the server.
    const { rows } = await client.query<{ statement: string }>("SELECT format('COMMENT ON SCHEMA %I IS %L', $1::text, $2::text) AS statement", [schema, JSON.stringify(meta)]);
    await client.query(rows[0]?.statement ?? "");
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    log(`Seeded ${String(loaded.memberships)} memberships of ${String(loaded.users)} users in ${String(loaded.workspaces)} workspaces (${meta.lifecycle} lifecycle) in ${String(seconds)} s.`);
    return meta;
  };

  /** A seeded roster, with its outbox dispatcher started. */
  const serve = (schema: string, meta: RosterMeta): Roster => {
    const dispatcher = createOutboxDispatcher({
      client,
      mailer,
      schema,
      pollIntervalMs: options.pollIntervalMs ?? 2000,
      onError: (error, email) => log(`[outbox ${schema}] ${email ? `email ${email.message.messageId}: ` : ""}${describeError(error)}`),
    });
    dispatcher.start();
    return { schema, meta, dispatcher };
  };

  const open = async (schema: string, scenario: RosterScenarioName, lifecycle: RosterConfig["lifecycle"]): Promise<Roster> => {
    const found = await readMeta(schema);
    let meta: RosterMeta;
    if (found) {
      const { applied } = await migrate(client, { schema });
      if (applied.length > 0) log(`Migrated schema ${schema} to version ${String(Math.max(...applied))}.`);
      meta = found;
    } else {
      meta = await seed(schema, scenario, lifecycle);
    }
    return serve(schema, meta);
  };

  const rosterFor = (scenario: RosterScenarioName, lifecycle: RosterConfig["lifecycle"]): Promise<Roster> => {
    const schema = rosterSchema(scenario, lifecycle);
    const known = rosters.get(schema);
    if (known) return known;
    const roster = open(schema, scenario, lifecycle);
    remember(rosters, schema, roster, roster);
    return roster;
  };

  const handlerFor = (key: DemoRosterKey & { readonly scenario: RosterScenarioName }): Promise<RosterHandler> => {
    const id = formatRosterKey(key);
    const known = handlers.get(id);
    if (known) return known.handler;
    const schema = rosterSchema(key.scenario, key.lifecycle);
    const handler = (async () => {
      const roster = await rosterFor(key.scenario, key.lifecycle);
      const config = resolveConfig({ lifecycle: roster.meta.lifecycle, deployment: key.deployment });
      const storage = await createPostgresStorage({ client, config, schema: roster.schema });
      const link = new URL("/", options.origin());
      link.searchParams.set(INVITATION_LINK_PARAMS.roster, id);
      return createRosterHandler({
        storage,
        config,
        authenticate: developmentAuthenticate(),
        invitations: { baseUrl: `${link.href}&${INVITATION_LINK_PARAMS.token}=`, secret: DEMO_INVITATION_SECRET },
        basePath: ROSTER_API_PATH,
        capabilities: { ...REST_DEFAULT_CAPABILITIES, pagination: roster.meta.pagination },
        onWrite: () => roster.dispatcher.wake(),
        onError: (error, request) => log(`[rosterkit] ${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      });
    })();
    const entry = { schema, handler };
    remember(handlers, id, entry, handler);
    return handler;
  };

  /** The served roster of a key: a scenario the server plays, or the default roster with a note. */
  const servedKey = (key: DemoRosterKey): { readonly key: DemoRosterKey & { readonly scenario: RosterScenarioName }; readonly note: string | null } => {
    const scenario = served(key.scenario);
    if (scenario) return { key: { ...key, scenario }, note: null };
    return {
      key: { ...key, scenario: "default" },
      note: `"${key.scenario}" is a fault the MSW mock injects; the server plays rosters only, so this is the default roster. Run ROSTERKIT_DEMO_BACKEND=msw npm start to see the faults.`,
    };
  };

  const session = async (request: Request): Promise<Response> => {
    const { key, note } = servedKey(rosterKeyOf(request));
    const handler = await handlerFor(key);
    const roster = await rosterFor(key.scenario, key.lifecycle);
    const actorId = request.headers.get(ROSTER_ACTOR_HEADER)?.trim() ?? "";
    let actor: DemoSession["actor"] = null;
    let signInError: string | null = null;
    try {
      actor = await handler.engine.actor(actorId);
    } catch (error) {
      if (!isRosterError(error)) throw error;
      signInError = `${actorId || "Nobody"} cannot use this roster: ${error.message}${error.detail ? ` (${error.detail})` : ""}`;
    }
    const body: DemoSession = {
      roster: key,
      lifecycle: roster.meta.lifecycle,
      note,
      description: roster.meta.description,
      scenarioActorId: roster.meta.actorId,
      actor,
      signInError,
      database: options.database,
      scenarios: SERVER_SCENARIOS.map((name) => ({ name, description: scenarios[name].description })),
      mockOnlyScenarios: MOCK_FAULT_SCENARIOS,
    };
    return json(body);
  };

  const reset = async (request: Request): Promise<Response> => {
    const { key } = servedKey(rosterKeyOf(request));
    const schema = rosterSchema(key.scenario, key.lifecycle);
    const previous = rosters.get(schema);
    for (const [id, entry] of handlers) if (entry.schema === schema) handlers.delete(id);
    const roster = (async () => {
      const old = await previous?.catch(() => undefined);
      await old?.dispatcher.stop();
      return serve(schema, await seed(schema, key.scenario, key.lifecycle));
    })();
    remember(rosters, schema, roster, roster);
    await roster;
    return session(request);
  };

  return {
    async fetch(request) {
      const { pathname } = new URL(request.url);
      try {
        if (pathname === ROSTER_API_PATH || pathname.startsWith(`${ROSTER_API_PATH}/`)) {
          const { key } = servedKey(rosterKeyOf(request));
          return await (await handlerFor(key))(request);
        }
        if (pathname === DEMO_API.session && request.method === "GET") return await session(request);
        if (pathname === DEMO_API.reset && request.method === "POST") return await reset(request);
        if (pathname === DEMO_API.session || pathname === DEMO_API.reset) {
          return problemResponse(new RosterError("validation", `${pathname} answers ${pathname === DEMO_API.reset ? "POST" : "GET"} only.`), 405);
        }
        return null;
      } catch (error) {
        if (isRosterError(error)) return problemResponse(error, error.code === "validation" ? 400 : undefined);
        log(`[demo] ${request.method} ${pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return problemResponse(new RosterError("unknown", `The demo server could not prepare the roster: ${describeError(error)}`, { retryable: true }), 503);
      }
    },
    async prepare(key) {
      await rosterFor(servedKey(key).key.scenario, key.lifecycle);
    },
    async close() {
      const open = await Promise.all([...rosters.values()].map((roster) => roster.catch(() => undefined)));
      rosters.clear();
      handlers.clear();
      await Promise.all(open.map((roster) => roster?.dispatcher.stop()));
    },
  };
}
