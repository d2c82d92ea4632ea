/**
 * The server bench (`npm run bench:server`, built and started by `bench/server/run.mjs`; not part of
 * `npm test`). For each roster size, on a private Postgres started for the run:
 *
 * - reads: the first page, two sorts, a status and a role filter, a common and a rare search, and the
 *   first page of all users, each through the handler (HTTP to a server process) and as the bare SQL of
 *   the same query (the statements the storage issues for it, recorded once, then run directly and prepared or not as the storage sends them, in
 *   parallel as the storage runs them) — interleaved, so both see the same machine;
 * - one status change at a time (archive, then unarchive, alternating), through the handler and as a
 *   hand-written SQL transaction with the same effects (idempotency key, row locks, versions, counts,
 *   invitation links, the email queued, the activity event);
 * - the throughput of status changes from 50 concurrent clients, both ways, then the invariants: every
 *   workspace has an active admin (R15), the counts kept on its row match its rows (R15, R16), every
 *   write answered 200, and the versions each member went through strictly increase (R22).
 *
 * Results go to `bench/results/server-latest.md` and `.json`.
 * @module
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { Agent, request as httpRequest } from "node:http";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { generateSeed, SEED_USERS } from "../../src/adapters/memory/seed";
import { memberQueryFromSearchParams } from "../../src/adapters/rest/rest-protocol";
import { resolveConfig } from "../../src/core/config";
import type { Member, Scope } from "../../src/core/domain.types";
import { randomId, sha256Hex } from "../../src/core/engine/invitation-token";
import { migrate } from "../../src/server/migrations";
import { seedPostgres } from "../../src/server/postgres-seed";
import { createPostgresStorage } from "../../src/server/postgres-storage";
import { fromPgPool } from "../../src/server/sql";
import type { QueryOptions, SqlClient, SqlExecutor, SqlParam } from "../../src/server/sql";
import { closePool } from "../../test/support/pg-pool";
import { startPostgres } from "../../test/support/postgres";
import { ROSTER_ACTOR_HEADER } from "../../src/server/dev-authenticate";
import { launchServerProcess } from "../../test/support/server-processes";

interface Options {
  readonly sizes: readonly number[];
  /** Measured requests per read figure and per way (handler, bare SQL). */
  readonly runs: number;
  /** Status changes one at a time, per way. */
  readonly changes: number;
  readonly clients: number;
  /** Status changes per client in the throughput run. */
  readonly changesPerClient: number;
  /** Where the results go: this path plus `.md` and `.json`. */
  readonly out: string;
  /** Only the status changes (`--writes-only`): no read figures, for quick runs on the write path. */
  readonly writesOnly: boolean;
}

function options(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes("--quick");
  // run.mjs passes the project's bench/results/server-latest: this file runs from a build elsewhere.
  const out = value("out");
  if (!out) throw new Error("bench:server: --out=<path without extension> is missing; start the bench with `npm run bench:server`.");
  const number = (name: string, fallback: number) => {
    const given = value(name);
    if (given === undefined) return fallback;
    const parsed = Number(given);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`bench:server: --${name} must be a positive whole number, got "${given}".`);
    return parsed;
  };
  return {
    sizes: (value("sizes") ?? (quick ? "10000" : "100000,1000000")).split(",").map((size) => {
      const parsed = Number(size.replace(/_/g, ""));
      if (!Number.isInteger(parsed) || parsed < 10) throw new Error(`bench:server: --sizes takes whole numbers of at least 10, got "${size}".`);
      return parsed;
    }),
    runs: number("runs", quick ? 30 : 200),
    changes: number("changes", quick ? 40 : 200),
    clients: number("clients", 50),
    changesPerClient: number("changes-per-client", quick ? 10 : 60),
    out: out ?? "",
    writesOnly: argv.includes("--writes-only"),
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Milliseconds statistics of samples. */
interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly max: number;
}

function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length), max: sorted.at(-1) ?? NaN };
}

/** One statement as the storage sent it (prepared or not). */
interface Statement {
  readonly text: string;
  readonly params: readonly SqlParam[];
  readonly options: QueryOptions;
}

/** A client that records every statement sent through it. */
function recording(inner: SqlClient, into: Statement[]): SqlClient {
  return {
    query(text, params = [], options = {}) {
      into.push({ text, params, options });
      return inner.query(text, params, options);
    },
    transaction: (work, transactionOptions) => inner.transaction(work, transactionOptions),
  };
}

interface ReadCase {
  readonly label: string;
  readonly kind: "page" | "search";
  readonly scope: Scope;
  readonly params: string;
}

const WORKSPACE: Scope = { kind: "workspace", workspaceId: "ws-1" };
const READS: readonly ReadCase[] = [
  { label: "first page (name ↑, 50 rows)", kind: "page", scope: WORKSPACE, params: "" },
  { label: "sort: email ↓", kind: "page", scope: WORKSPACE, params: "sort=email:desc" },
  { label: "sort: last active ↓", kind: "page", scope: WORKSPACE, params: "sort=lastActiveAt:desc" },
  { label: "filter: status invited", kind: "page", scope: WORKSPACE, params: "status=invited" },
  { label: "filter: role admin", kind: "page", scope: WORKSPACE, params: "role=admin" },
  { label: "search: “hopper” (common)", kind: "search", scope: WORKSPACE, params: "search=hopper" },
  { label: "search: “zainab.okafor” (rare)", kind: "search", scope: WORKSPACE, params: "search=zainab.okafor" },
  { label: "all users: first page", kind: "page", scope: { kind: "instance" }, params: "" },
];

interface ReadFigure {
  readonly label: string;
  readonly kind: ReadCase["kind"];
  readonly members: number;
  readonly rows: number;
  readonly total: number | null;
  readonly statements: number;
  readonly handler: Stats;
  readonly bare: Stats;
}

interface ChangeFigure {
  readonly members: number;
  readonly handler: Stats;
  readonly bare: Stats;
}

interface ThroughputFigure {
  readonly members: number;
  readonly clients: number;
  readonly changes: number;
  readonly handlerPerSecond: number;
  readonly barePerSecond: number;
  /** CPU milliseconds per change, of the server process, of Postgres and of this process (the clients); `null` without /proc. */
  readonly handlerCpuMs: CpuSeconds | null;
  readonly bareCpuMs: CpuSeconds | null;
  readonly refused: number;
  readonly violations: readonly string[];
}

/** CPU time used, in seconds (or per change, in milliseconds): the server process, Postgres, this process. */
interface CpuSeconds {
  readonly server: number;
  readonly postgres: number;
  readonly client: number;
}

/** User + system CPU seconds of a process and, with `children`, of its children that ended (from /proc). */
async function processCpu(pid: number, children: boolean): Promise<number> {
  const stat = await readFile(`/proc/${String(pid)}/stat`, "utf8");
  // Fields after the command (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
  return (utime + stime + (children ? cutime + cstime : 0)) / CLOCK_TICKS;
}

const CLOCK_TICKS = 100;

/** The Postgres server process (postmaster) of a pool's database, or `null` when /proc cannot tell. */
async function postmasterOf(client: SqlClient): Promise<number | null> {
  const backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
  if (backend === undefined) return null;
  try {
    const stat = await readFile(`/proc/${String(backend)}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** CPU seconds used so far by the server process, by Postgres (the postmaster, its live backends and those that ended) and by this process. */
async function cpuSeconds(serverPid: number | undefined, postmaster: number | null): Promise<CpuSeconds | null> {
  if (serverPid === undefined || postmaster === null) return null;
  try {
    const backends: number[] = [];
    for (const entry of await readdir("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster) backends.push(Number(entry));
    }
    const postgres = (await Promise.all([processCpu(postmaster, true), ...backends.map((pid) => processCpu(pid, false).catch(() => 0))])).reduce((sum, x) => sum + x, 0);
    const own = process.cpuUsage();
    return { server: await processCpu(serverPid, false), postgres, client: (own.user + own.system) / 1e6 };
  } catch {
    return null;
  }
}

function spent(from: CpuSeconds | null, to: CpuSeconds | null): CpuSeconds | null {
  return from && to ? { server: to.server - from.server, postgres: to.postgres - from.postgres, client: to.client - from.client } : null;
}

interface SizeResult {
  readonly members: number;
  readonly memberships: number;
  readonly seedSeconds: number;
  readonly reads: readonly ReadFigure[];
  readonly change: ChangeFigure;
  readonly throughput: ThroughputFigure;
}

const SCHEMA = "rosterkit";
const ACTOR = SEED_USERS.superAdmin;

/** A membership a status change acts on, with the version last seen. */
interface Target {
  readonly workspaceId: string;
  readonly userId: string;
  version: number;
  archived: boolean;
}

/** Active, non-admin memberships of distinct plain users, in random order (a user's change bumps all their rows' versions). */
async function targets(client: SqlClient, count: number): Promise<Target[]> {
  const { rows } = await client.query<{ workspace_id: string; user_id: string; version: number }>(
    `SELECT workspace_id, user_id, version FROM (
       SELECT DISTINCT ON (m.user_id) m.workspace_id, m.user_id, m.version FROM ${SCHEMA}.memberships m JOIN ${SCHEMA}.users u ON u.id = m.user_id
        WHERE m.status = 'active' AND m.role <> 'admin' AND u.instance_status = 'active' AND NOT u.super_admin
        ORDER BY m.user_id) AS t
      ORDER BY md5(user_id) LIMIT $1`,
    [count],
  );
  if (rows.length < count) throw new Error(`bench:server: only ${String(rows.length)} members to change, ${String(count)} needed; use a larger size or fewer changes.`);
  return rows.map((row) => ({ workspaceId: row.workspace_id, userId: row.user_id, version: row.version, archived: false }));
}

/**
 * The clients' HTTP: `node:http` on kept-alive connections, whose client side costs the shared cores
 * less than `fetch` (the bare SQL's clients are `pg`'s, as lean), so the clients take less of the CPU
 * the server process and Postgres run on.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request; answers the status and the whole body as text. */
function send(url: string, init: { readonly method?: string; readonly headers: Record<string, string>; readonly body?: string }): Promise<{ status: number; text: string }> {
  const headers = init.body === undefined ? init.headers : { ...init.headers, "Content-Length": String(Buffer.byteLength(init.body)) };
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? "GET", headers, agent }, (response) => {
      response.setEncoding("utf8");
      let text = "";
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

/** A status change through the handler; answers the new version, or the refusal's status. */
async function handlerChange(baseUrl: string, target: Target): Promise<{ ok: true; version: number } | { ok: false; status: number }> {
  const action = target.archived ? "unarchive" : "archive";
  const response = await send(`${baseUrl}/workspaces/${target.workspaceId}/members/${target.userId}/status`, {
    method: "POST",
    headers: { [ROSTER_ACTOR_HEADER]: ACTOR, "Idempotency-Key": randomId(), "If-Match": `"${String(target.version)}"`, "Content-Type": "application/json" },
    body: JSON.stringify({ action }),
  });
  const body = JSON.parse(response.text) as { member?: Member };
  if (response.status !== 200 || !body.member) return { ok: false, status: response.status };
  target.version = body.member.version;
  target.archived = !target.archived;
  return { ok: true, version: body.member.version };
}

/**
 * The same status change as hand-written SQL, with the effects the server gives it: the idempotency
 * key claimed and answered (R26), the user and the workspace locked, the version checked (R22), every
 * row of the user re-versioned, the seat count moved (R16), pending links revoked, and on unarchive a
 * new link and its email queued (R27, R30); the activity event written (R28). One transaction.
 */
async function bareChange(client: SqlClient, target: Target): Promise<void> {
  const archive = !target.archived;
  const status = archive ? "archived" : "invited";
  const version = await client.transaction(async (tx: SqlExecutor) => {
    const key = randomId();
    await tx.query(`INSERT INTO ${SCHEMA}.idempotency_keys (actor, key, fingerprint, created_at, expires_at) VALUES ($1, $2, $3, now(), now() + interval '1 day')`, [ACTOR, key, await sha256Hex(key)]);
    await tx.query(`SELECT 1 FROM ${SCHEMA}.users WHERE id = $1 FOR UPDATE`, [target.userId]);
    const { rows } = await tx.query<{ version: number; status: string }>(`SELECT version, status FROM ${SCHEMA}.memberships WHERE workspace_id = $1 AND user_id = $2`, [target.workspaceId, target.userId]);
    const current = rows[0];
    if (current?.version !== target.version) throw new Error(`bench:server: ${target.userId} changed under the bare SQL run (version ${String(current?.version)}, expected ${String(target.version)}).`);
    await tx.query(`SELECT active_admins FROM ${SCHEMA}.workspaces WHERE id = $1 FOR UPDATE`, [target.workspaceId]);
    await tx.query(`UPDATE ${SCHEMA}.users SET version = version + 1, updated_at = now() WHERE id = $1`, [target.userId]);
    const updated = await tx.query<{ version: number; acted: boolean }>(
      `UPDATE ${SCHEMA}.memberships SET status = CASE WHEN workspace_id = $1 THEN $3 ELSE status END, version = version + 1, updated_at = now()
        WHERE user_id = $2 RETURNING version, workspace_id = $1 AS acted`,
      [target.workspaceId, target.userId, status],
    );
    await tx.query(`UPDATE ${SCHEMA}.workspaces SET billable_seats = billable_seats + $2 WHERE id = $1`, [target.workspaceId, archive ? -1 : 1]);
    await tx.query(`UPDATE ${SCHEMA}.invitations SET state = 'revoked', ended_at = now() WHERE workspace_id = $1 AND user_id = $2 AND state = 'pending'`, [target.workspaceId, target.userId]);
    if (!archive) {
      const token = randomId();
      await tx.query(`INSERT INTO ${SCHEMA}.invitations (id, token_hash, workspace_id, user_id, state, created_at, expires_at) VALUES ($1, $2, $3, $4, 'pending', now(), now() + interval '7 days')`, [
        randomId(),
        await sha256Hex(token),
        target.workspaceId,
        target.userId,
      ]);
      await tx.query(`INSERT INTO ${SCHEMA}.outbox (kind, recipient, message_id, payload) VALUES ('invitation', $1, $2, $3::jsonb)`, [
        `${target.userId}@example.com`,
        `<${randomId()}@bench.invalid>`,
        JSON.stringify({ to: { address: `${target.userId}@example.com` }, subject: "You are invited", text: `Join: https://app.example.test/join/${token}`, link: `https://app.example.test/join/${token}` }),
      ]);
    }
    await tx.query(
      `INSERT INTO ${SCHEMA}.activity_events (at, actor, action, target, target_email, scope_kind, workspace_id, before, after, idempotency_key)
       VALUES (now(), $1, $2, $3, $4, 'workspace', $5, $6::jsonb, $7::jsonb, $8)`,
      [ACTOR, archive ? "archive" : "unarchive", target.userId, `${target.userId}@example.com`, target.workspaceId, JSON.stringify({ status: current.status }), JSON.stringify({ status }), key],
    );
    await tx.query(`UPDATE ${SCHEMA}.idempotency_keys SET response_status = 200, response_body = to_jsonb($3::text), completed_at = now() WHERE actor = $1 AND key = $2`, [ACTOR, key, "{}"]);
    return updated.rows.find((row) => row.acted)?.version ?? NaN;
  });
  target.version = version;
  target.archived = archive;
}

/** What breaks the invariants now: workspaces without an active admin, counts that do not match their rows. */
async function violations(client: SqlClient): Promise<string[]> {
  const { rows } = await client.query<{ id: string; active_admins: number; admins: number; billable_seats: number; seats: number; total_members: number; members: number }>(
    `SELECT w.id, w.active_admins, w.billable_seats, w.total_members,
            count(*) FILTER (WHERE m.role = 'admin' AND m.status = 'active')::int AS admins,
            count(*) FILTER (WHERE m.status IN ('active', 'invited', 'requested'))::int AS seats,
            count(m.user_id)::int AS members
       FROM ${SCHEMA}.workspaces w LEFT JOIN ${SCHEMA}.memberships m ON m.workspace_id = w.id GROUP BY w.id ORDER BY w.id`,
  );
  return rows.flatMap((w) => [
    ...(w.admins === 0 ? [`R15: ${w.id} has no active admin`] : []),
    ...(w.active_admins !== w.admins ? [`R15: ${w.id} counts ${String(w.active_admins)} active admins, has ${String(w.admins)}`] : []),
    ...(w.billable_seats !== w.seats ? [`R16: ${w.id} counts ${String(w.billable_seats)} seats, has ${String(w.seats)}`] : []),
    ...(w.total_members !== w.members ? [`${w.id} counts ${String(w.total_members)} members, has ${String(w.members)}`] : []),
  ]);
}

async function measureSize(members: number, opts: Options, cluster: Awaited<ReturnType<typeof startPostgres>>, serverBundle: string): Promise<SizeResult> {
  const url = await cluster.createDatabase();
  const pool = new pg.Pool({ connectionString: url, max: opts.clients + 10 });
  const client = fromPgPool(pool);
  const config = resolveConfig();
  try {
    await migrate(client);
    let started = performance.now();
    const dataset = generateSeed({ members, workspaces: 3 });
    await seedPostgres(client, dataset, { config });
    await client.query(`VACUUM ANALYZE`);
    const seedSeconds = (performance.now() - started) / 1000;
    log(`  ${members.toLocaleString("en")} members (${dataset.memberships.length.toLocaleString("en")} memberships) seeded and analysed in ${seedSeconds.toFixed(1)} s`);

    const { process: server, child } = await launchServerProcess(serverBundle, { name: "bench", databaseUrl: url, poolSize: 24, dispatcher: false });
    const postmaster = await postmasterOf(client);
    try {
      const recorded: Statement[] = [];
      const recorder = await createPostgresStorage({ client: recording(client, recorded), config });
      const reads: ReadFigure[] = [];
      for (const read of opts.writesOnly ? [] : READS) {
        const query = memberQueryFromSearchParams(read.scope, new URLSearchParams(read.params));
        recorded.length = 0;
        const expected = await recorder.read((storageReads) => storageReads.listMembers(query));
        const statements = [...recorded];
        const path = read.scope.kind === "instance" ? "/members" : `/workspaces/${read.scope.workspaceId}/members`;
        const href = `${server.baseUrl}${path}${read.params === "" ? "" : `?${read.params}`}`;
        const viaHandler = async () => {
          const { status, text } = await send(href, { headers: { [ROSTER_ACTOR_HEADER]: ACTOR } });
          if (status !== 200) throw new Error(`bench:server: ${read.label} answered ${String(status)}: ${text.slice(0, 300)}`);
          return text;
        };
        const bare = () => Promise.all(statements.map((statement) => client.query(statement.text, statement.params, statement.options)));
        for (let warm = 0; warm < 10; warm++) {
          await viaHandler();
          await bare();
        }
        const handlerTimes: number[] = [];
        const bareTimes: number[] = [];
        for (let run = 0; run < opts.runs; run++) {
          started = performance.now();
          await viaHandler();
          handlerTimes.push(performance.now() - started);
          started = performance.now();
          await bare();
          bareTimes.push(performance.now() - started);
        }
        const figure: ReadFigure = {
          label: read.label,
          kind: read.kind,
          members,
          rows: expected.members.length,
          total: expected.total,
          statements: statements.length,
          handler: stats(handlerTimes),
          bare: stats(bareTimes),
        };
        reads.push(figure);
        log(`  ${read.label}: handler p50 ${figure.handler.p50.toFixed(1)} / p95 ${figure.handler.p95.toFixed(1)} ms, bare SQL p50 ${figure.bare.p50.toFixed(1)} / p95 ${figure.bare.p95.toFixed(1)} ms`);
      }

      // One status change at a time: archive, unarchive, archive… on members of their own.
      const perWay = Math.ceil(opts.changes / 2);
      const throughputPerWay = opts.clients * Math.ceil(opts.changesPerClient / 2);
      const chosen = await targets(client, 2 * perWay + 2 * throughputPerWay);
      const [handlerOnes, bareOnes] = [chosen.slice(0, perWay), chosen.slice(perWay, 2 * perWay)];
      const handlerTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let round = 0; round < 2; round++) {
        for (let index = 0; index < perWay; index++) {
          const [viaHandler, viaSql] = [handlerOnes[index], bareOnes[index]];
          if (!viaHandler || !viaSql) continue;
          started = performance.now();
          const answer = await handlerChange(server.baseUrl, viaHandler);
          if (!answer.ok) throw new Error(`bench:server: a status change answered ${String(answer.status)}.`);
          handlerTimes.push(performance.now() - started);
          started = performance.now();
          await bareChange(client, viaSql);
          bareTimes.push(performance.now() - started);
        }
      }
      const change: ChangeFigure = { members, handler: stats(handlerTimes), bare: stats(bareTimes) };
      log(`  one status change: handler p50 ${change.handler.p50.toFixed(1)} / p95 ${change.handler.p95.toFixed(1)} ms, bare SQL p50 ${change.bare.p50.toFixed(1)} / p95 ${change.bare.p95.toFixed(1)} ms`);

      // Throughput: each client changes members of its own (archive then unarchive each), all at once.
      const rest = chosen.slice(2 * perWay);
      const slices = (offset: number) => Array.from({ length: opts.clients }, (_, c) => rest.slice(offset + c * Math.ceil(opts.changesPerClient / 2), offset + (c + 1) * Math.ceil(opts.changesPerClient / 2)));
      const handlerSlices = slices(0);
      const bareSlices = slices(throughputPerWay);
      let refused = 0;
      const seen = new Map<string, number[]>();
      let cpu = await cpuSeconds(child.pid, postmaster);
      started = performance.now();
      await Promise.all(
        handlerSlices.map(async (slice) => {
          for (const target of slice) {
            const versions = [target.version];
            for (let step = 0; step < 2; step++) {
              const answer = await handlerChange(server.baseUrl, target);
              if (answer.ok) versions.push(answer.version);
              else refused += 1;
            }
            seen.set(target.userId, versions);
          }
        }),
      );
      const handlerSeconds = (performance.now() - started) / 1000;
      const handlerCpu = spent(cpu, await cpuSeconds(child.pid, postmaster));
      cpu = await cpuSeconds(child.pid, postmaster);
      started = performance.now();
      await Promise.all(
        bareSlices.map(async (slice) => {
          for (const target of slice) for (let step = 0; step < 2; step++) await bareChange(client, target);
        }),
      );
      const bareSeconds = (performance.now() - started) / 1000;
      const bareCpu = spent(cpu, await cpuSeconds(child.pid, postmaster));
      const changes = 2 * throughputPerWay;
      const found = await violations(client);
      for (const [userId, versions] of seen) if (versions.some((v, i) => i > 0 && v <= (versions[i - 1] ?? 0))) found.push(`R22: ${userId} went through versions ${versions.join(", ")}`);
      if (refused > 0) found.push(`${String(refused)} status changes were refused`);
      const perChange = (used: CpuSeconds | null) => (used ? { server: (1000 * used.server) / changes, postgres: (1000 * used.postgres) / changes, client: (1000 * used.client) / changes } : null);
      const throughput: ThroughputFigure = {
        members,
        clients: opts.clients,
        changes,
        handlerPerSecond: changes / handlerSeconds,
        barePerSecond: changes / bareSeconds,
        handlerCpuMs: perChange(handlerCpu),
        bareCpuMs: perChange(bareCpu),
        refused,
        violations: found,
      };
      log(
        `  throughput, ${String(opts.clients)} clients: handler ${throughput.handlerPerSecond.toFixed(0)} changes/s (CPU per change ${cpuText(throughput.handlerCpuMs)}), bare SQL ${throughput.barePerSecond.toFixed(0)} changes/s (${cpuText(throughput.bareCpuMs)}); invariant violations: ${String(found.length)}`,
      );
      return { members, memberships: dataset.memberships.length, seedSeconds, reads, change, throughput };
    } finally {
      agent.destroy();
      await server.stop();
    }
  } finally {
    await closePool(pool);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const cpuText = (used: CpuSeconds | null) =>
  used ? `server process ${used.server.toFixed(2)} ms, Postgres ${used.postgres.toFixed(2)} ms, clients ${used.client.toFixed(2)} ms` : "not measured";
const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const met = (ok: boolean) => (ok ? "met" : "**missed**");

function markdown(results: readonly SizeResult[], environment: Record<string, string>, opts: Options): string {
  const largest = Math.max(...results.map((result) => result.members));
  const lines = [
    `# Rosterkit server bench — ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Produced by \`npm run bench:server\` (bench/server/). ${Object.entries(environment)
      .map(([name, value]) => `${name}: ${value}`)
      .join("; ")}.`,
    "",
    "Handler = an HTTP request (`node:http`, kept-alive connections) from this process to a server process (`node:http` + the handler of `rosterkit/server` + the Postgres storage, pool of 24), signed in as a super admin; the time runs until the whole answer is read. Bare SQL = for reads, the statements the storage issues for the same query (recorded, prepared or not as the storage sends them, then run directly on a `pg` pool, in parallel as the storage runs them); for a status change, a hand-written transaction with the same effects (idempotency key, locks, versions, counts, links, email queued, activity). Both ways interleaved in one run. p50/p95 over " +
      `${String(opts.runs)} requests per read figure and ${String(opts.changes)} status changes per way. Postgres runs with fsync, synchronous_commit and full_page_writes off (as in the tests).`,
    "",
    "## Reads and one status change",
    "",
    "| figure | members | handler p50 | handler p95 | bare SQL p50 | bare SQL p95 | ratio p50 | ratio p95 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const result of results) {
    for (const read of result.reads) {
      lines.push(
        `| ${read.label} | ${result.members.toLocaleString("en")} | ${ms(read.handler.p50)} | ${ms(read.handler.p95)} | ${ms(read.bare.p50)} | ${ms(read.bare.p95)} | ${times(read.handler.p50, read.bare.p50)} | ${times(read.handler.p95, read.bare.p95)} |`,
      );
    }
    const { change } = result;
    lines.push(
      `| one status change | ${result.members.toLocaleString("en")} | ${ms(change.handler.p50)} | ${ms(change.handler.p95)} | ${ms(change.bare.p50)} | ${ms(change.bare.p95)} | ${times(change.handler.p50, change.bare.p50)} | ${times(change.handler.p95, change.bare.p95)} |`,
    );
  }
  lines.push(
    "",
    `## Status changes per second, ${String(opts.clients)} concurrent clients`,
    "",
    "| members | changes | handler | bare SQL | bare SQL ÷ handler | refused | invariant violations |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      ({ members, throughput: t }) =>
        `| ${members.toLocaleString("en")} | ${String(t.changes)} | ${t.handlerPerSecond.toFixed(0)}/s | ${t.barePerSecond.toFixed(0)}/s | ${times(t.barePerSecond, t.handlerPerSecond)} | ${String(t.refused)} | ${String(t.violations.length)} |`,
    ),
    "",
    "CPU time per status change during those runs (from /proc; the machine's 2 cores are shared by the server process, Postgres and the 50 clients):",
    "",
    ...results.flatMap(({ members, throughput: t }) => [
      `- ${members.toLocaleString("en")} members, handler: ${cpuText(t.handlerCpuMs)}`,
      `- ${members.toLocaleString("en")} members, bare SQL: ${cpuText(t.bareCpuMs)}`,
    ]),
    "",
    `## Targets (at ${largest.toLocaleString("en")} members)`,
    "",
  );
  const top = results.find((result) => result.members === largest);
  if (top) {
    const pages = top.reads.filter((read) => read.kind === "page");
    const searches = top.reads.filter((read) => read.kind === "search");
    const ratios = [...top.reads.map((read) => ({ label: read.label, ratio: read.handler.p50 / read.bare.p50 })), { label: "one status change", ratio: top.change.handler.p50 / top.change.bare.p50 }];
    const worstRatio = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    if (pages.length > 0 && searches.length > 0) {
      const worstPage = pages.reduce((a, b) => (b.handler.p95 > a.handler.p95 ? b : a));
      const worstSearch = searches.reduce((a, b) => (b.handler.p95 > a.handler.p95 ? b : a));
      lines.push(
        `- page, sort and filter p95 ≤ 20 ms through the handler: ${met(worstPage.handler.p95 <= 20)} (slowest: ${worstPage.label}, ${ms(worstPage.handler.p95)})`,
        `- search p95 ≤ 50 ms through the handler: ${met(worstSearch.handler.p95 <= 50)} (slowest: ${worstSearch.label}, ${ms(worstSearch.handler.p95)})`,
      );
    }
    lines.push(
      `- handler ≤ 1.5× the bare SQL (p50): ${met(worstRatio.ratio <= 1.5)} (largest: ${worstRatio.label}, ${worstRatio.ratio.toFixed(2)}×)`,
      `- ≥ 500 status changes/s with 0 invariant violations: ${met(top.throughput.handlerPerSecond >= 500 && top.throughput.violations.length === 0)} (${top.throughput.handlerPerSecond.toFixed(0)}/s, ${String(top.throughput.violations.length)} violations)`,
    );
    for (const violation of results.flatMap((result) => result.throughput.violations)) lines.push(`  - ${violation}`);
  }
  lines.push("");
  return lines.join("\n");
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const serverBundle = process.env["ROSTERKIT_SERVER_PROCESS_BUNDLE"];
  if (!serverBundle) throw new Error("bench:server: start it with `npm run bench:server` (bench/server/run.mjs builds the server process).");
  const loadBefore = loadavg()[0] ?? 0;
  log(`rosterkit server bench: sizes ${opts.sizes.join(", ")}, ${String(opts.runs)} runs per read, ${String(opts.changes)} single changes, ${String(opts.clients)} clients`);
  const cluster = await startPostgres();
  const results: SizeResult[] = [];
  const probe = new pg.Client({ connectionString: cluster.url() });
  await probe.connect();
  const postgresVersion = (await probe.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "";
  await probe.end();
  try {
    for (const size of opts.sizes) results.push(await measureSize(size, opts, cluster, serverBundle));
  } finally {
    await cluster.stop();
  }
  const environment = {
    Node: process.version,
    Postgres: postgresVersion,
    cores: String(cpus().length),
    "load average (1 min) before / after": `${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)}`,
  };
  await writeFile(`${opts.out}.json`, `${JSON.stringify({ date: new Date().toISOString(), environment, options: opts, results }, null, 2)}\n`);
  await writeFile(`${opts.out}.md`, markdown(results, environment, opts));
  log(`written ${opts.out}.md and .json`);
}

await main();
