import pg from "pg";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { mulberry32 } from "../src/adapters/memory/seed";
import type { InviteMembersResult } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import type { Member, Membership, MemberStatus, RoleId, RosterDataset, Scope, User } from "../src/core/domain.types";
import { migrate } from "../src/server/migrations";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPgPool } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { checkingFetch } from "./openapi-validator";
import { closePool } from "./support/pg-pool";
import { usePostgres } from "./support/postgres";
import type { HttpAnswer, ProblemBody, RequestParts, RosterHttp } from "./support/roster-http";
import { memberPath, rosterHttp, statusPath } from "./support/roster-http";
import { SERVER_PROCESS_INVITATIONS } from "./support/server-process.types";
import { createMailbox, mailboxMessages, useServerProcesses } from "./support/server-processes";
import type { ServerProcess } from "./support/server-processes";

/**
 * The server under concurrency, as a team deploys it: two server processes (real child Node processes,
 * each a `node:http` server over the handler, with its own outbox dispatcher) on one real Postgres, and
 * 50 concurrent HTTP clients, each an admin or super admin, issuing random admin sequences — archive,
 * unarchive and demote each other, promote, archive whole users at instance level, accept the links the
 * emails carry, invite, replay a request under its key, reuse a key for another request, send stale
 * versions — while a burst driver invites one new email 16 times at once, under one key and under
 * several, and a duel driver has two super admins remove the last two admins of a workspace at once.
 * Over 10,000 requests in all. Afterwards, from the database: every workspace has an active admin and
 * counts that match its rows (R15, R16), one account per email and one membership per workspace (R7),
 * no two writes succeeded from one version of a row (R22), replays answer the first answer byte for
 * byte and a reused key for another request is refused (R26), no link was accepted twice (R27), an
 * activity event for every change and none for a refusal (R28), and every queued email was delivered
 * exactly once (R30). No answer is a 5xx and every answer matches the OpenAPI document. Nothing here
 * measures time; the figures are printed.
 */
const postgres = usePostgres();
const servers = useServerProcesses();

const CLIENTS = 50;
const STEPS_PER_CLIENT = 200;
const BURSTS = 40;
const BURST_SHARED_KEY = 8;
const BURST_OWN_KEYS = 8;
const WORKSPACES = ["ws-1", "ws-2", "ws-3", "ws-4"] as const;
const USERS = 60;
/** Super admins who run the invite bursts; no client acts on them. */
const BURST_ACTORS = ["u-1", "u-2"] as const;
/**
 * Further super admins: actors and targets. Like the two above, they belong to no workspace, so every
 * workspace's admins are plain admins whom the clients can archive and demote down to the last (R15).
 */
const SUPER_ADMINS = new Set(["u-3", "u-4", "u-5", "u-6"]);
/** The duel workspace: two admins whom two super admins remove at the same moment, round after round (R15). */
const DUEL_WORKSPACE = "ws-duel";
const DUELISTS = ["d-1", "d-2"] as const;
const DUELS = 30;
const DUELIST_EMAILS = DUELISTS.map((id) => `${id}@example.com`);
/** Members no client acts on: the drivers' actors and the duelists. */
const UNTOUCHED: ReadonlySet<string> = new Set([...BURST_ACTORS, ...DUELISTS]);
const NEWCOMERS = Array.from({ length: 40 }, (_, n) => `newcomer-${String(n)}@example.org`);
const ROLES: readonly RoleId[] = ["admin", "builder", "end-user"];

/** The roster under contention: 56 people in two workspaces each, half of them admins. */
function contendedRoster(): RosterDataset {
  const next = mulberry32(2026);
  const at = "2026-01-05T09:00:00.000Z";
  const users: User[] = [];
  const memberships: Membership[] = [];
  const member = (userId: string, workspaceId: string, status: MemberStatus, role: RoleId): Membership => ({
    userId,
    workspaceId,
    status,
    role,
    groups: [],
    metadata: {},
    invitedAt: at,
    lastActiveAt: status === "active" ? at : null,
  });
  for (let n = 1; n <= USERS; n++) {
    const id = `u-${String(n)}`;
    const superAdmin = n <= 2 || SUPER_ADMINS.has(id);
    users.push({ id, email: `user-${String(n)}@example.com`, name: `User ${String(n)}`, instanceStatus: "active", superAdmin, hasAccount: true });
    if (n <= 2) continue;
    if (SUPER_ADMINS.has(id)) continue;
    for (const workspace of [WORKSPACES[n % 4] ?? "ws-1", WORKSPACES[(n + 1) % 4] ?? "ws-2"]) {
      const roll = next();
      const role = roll < 0.5 ? "admin" : roll < 0.75 ? "builder" : "end-user";
      const status = next() < 0.8 ? "active" : next() < 0.5 ? "invited" : "archived";
      memberships.push(member(id, workspace, status, role));
    }
  }
  for (const id of DUELISTS) {
    users.push({ id, email: `${id}@example.com`, name: `Duelist ${id}`, instanceStatus: "active", superAdmin: false, hasAccount: true });
    memberships.push(member(id, DUEL_WORKSPACE, "active", "admin"));
  }
  return {
    instance: { id: "contention", name: "Contention" },
    workspaces: [...WORKSPACES, DUEL_WORKSPACE].map((id) => ({ id, name: `Workspace ${id}` })),
    users,
    memberships,
    groups: [],
  };
}

/**
 * A request refused at sign-in: the actor is archived at instance level (R12). Sign-in comes before
 * idempotency, as authentication does: such a request is not processed, so its key keeps no answer, and
 * a replay by an actor archived since the first answer is refused the same way.
 */
const signInRefused = (answer: HttpAnswer): boolean => answer.status === 403 && (answer.body as ProblemBody).rule === "R12";

/** The members an answer shows: the member changed, the members invited, or the current member of a conflict (R22). */
function membersIn(answer: HttpAnswer): Member[] {
  const body = answer.body as { member?: Member; current?: Member } & Partial<Member> & Partial<InviteMembersResult>;
  if (answer.status !== 200) return body.current ? [body.current] : [];
  if (body.member) return [body.member];
  if (body.results) return body.results.flatMap((result) => (result.ok ? [result.member] : []));
  return body.version === undefined ? [] : [body as Member];
}

/** What a scope is called in the maps below. */
const scopeKey = (scope: Scope): string => (scope.kind === "instance" ? "instance" : scope.workspaceId);

/** One write sent, with what it answered. */
interface WriteRecord {
  readonly kind: "status" | "role" | "instance" | "invite" | "duel";
  readonly actor: string;
  readonly key: string;
  readonly request: { readonly method: string; readonly path: string; readonly parts: RequestParts };
  /** The row written (scope and member) and the version sent, for status and role changes. */
  readonly row: string | null;
  readonly ifMatch: number | null;
  readonly answer: HttpAnswer;
}

/** The run: every answer counted, every write kept. */
class Run {
  readonly outcomes = new Map<string, number>();
  readonly byKind = new Map<string, Map<string, number>>();
  readonly writes: WriteRecord[] = [];
  readonly replays: { first: WriteRecord; again: HttpAnswer }[] = [];
  readonly mismatches: HttpAnswer[] = [];
  readonly duels: HttpAnswer[][] = [];
  /** Links followed with success. */
  readonly accepted: string[] = [];
  readonly bursts: { email: string; workspaceId: string; shared: HttpAnswer<InviteMembersResult>[]; own: HttpAnswer<InviteMembersResult>[] }[] = [];
  readonly known = new Map<string, Map<string, Member>>();
  requests = 0;
  staleSent = 0;

  /** Counts an answer by status and code, overall and for what the request was. */
  count(what: string, answer: HttpAnswer): void {
    this.requests += 1;
    const code = answer.status >= 400 ? ((answer.body as ProblemBody | undefined)?.code ?? "?") : "ok";
    this.tally(what, `${String(answer.status)} ${code}`);
    // An invite answers 200 with a result per invitee (R5): count each invitee's refusal too.
    const results = answer.status === 200 ? (answer.body as Partial<InviteMembersResult>).results : undefined;
    for (const result of results ?? []) if (!result.ok) this.tally(what, `invitee ${result.error.code}`);
  }

  private tally(what: string, label: string): void {
    this.outcomes.set(label, (this.outcomes.get(label) ?? 0) + 1);
    let kind = this.byKind.get(what);
    if (!kind) this.byKind.set(what, (kind = new Map()));
    kind.set(label, (kind.get(label) ?? 0) + 1);
  }

  /** Keeps the newest view of a member the run has seen. */
  remember(member: Member): void {
    const key = scopeKey(member.scope);
    let scope = this.known.get(key);
    if (!scope) this.known.set(key, (scope = new Map()));
    const seen = scope.get(member.id);
    if (!seen || seen.version <= member.version) scope.set(member.id, member);
  }

  membersOf(key: string): Member[] {
    return [...(this.known.get(key)?.values() ?? [])].filter((member) => !UNTOUCHED.has(member.id));
  }
}

/** One client: an actor, a server, a seeded random sequence. */
function client(run: Run, actor: string, http: RosterHttp, anonymous: RosterHttp, observer: RosterHttp, sql: SqlClient, seed: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  /** This client's writes that reached the engine, so their keys hold their answers (R26). */
  const mine: WriteRecord[] = [];

  const send = async (kind: WriteRecord["kind"], method: string, path: string, parts: RequestParts & { key: string }, row: string | null): Promise<HttpAnswer> => {
    const answer = await http.send(method, path, parts);
    run.count(kind, answer);
    const record: WriteRecord = { kind, actor, key: parts.key, request: { method, path, parts }, row, ifMatch: parts.ifMatch ?? null, answer };
    run.writes.push(record);
    if (!signInRefused(answer)) mine.push(record);
    for (const member of membersIn(answer)) run.remember(member);
    return answer;
  };

  /** The workspaces the actor administers, as far as the run knows. */
  const administered = (): string[] =>
    WORKSPACES.filter((id) => {
      const self = run.known.get(id)?.get(actor);
      return self?.status === "active" && self.role === "admin";
    });
  const superAdmin = (): boolean => {
    const self = run.known.get("instance")?.get(actor);
    return self?.superAdmin === true && self.status !== "archived";
  };

  /** A workspace the actor administers (mostly), or any. */
  const workspace = (): string => {
    const own = administered();
    return (own.length > 0 && random() < 0.9 ? pick(own) : pick(WORKSPACES)) ?? "ws-1";
  };

  /** A member of a scope other than the actor, picked among those `eligible`, preferring admins half the time (so R15 is reached). */
  const target = (key: string, eligible: (member: Member) => boolean): Member | undefined => {
    // Mostly members the actor may act on: an admin who is not a super admin may not act on one (R4).
    const reachable = superAdmin() || random() < 0.1 ? () => true : (member: Member) => !member.superAdmin;
    const members = run.membersOf(key).filter((member) => member.id !== actor && eligible(member) && reachable(member));
    const admins = members.filter((member) => member.role === "admin");
    return pick(admins.length > 0 && random() < 0.5 ? admins : members);
  };

  const version = (member: Member): number => {
    if (member.version > 1 && random() < 0.1) {
      run.staleSent += 1;
      return member.version - 1;
    }
    return member.version;
  };

  /** A status change of a member of the scope in the given statuses. */
  const changeStatus = async (scope: Scope, action: "archive" | "unarchive", from: (status: string) => boolean): Promise<void> => {
    const member = target(scopeKey(scope), (candidate) => from(candidate.status));
    if (!member) return;
    const row = `${scopeKey(scope)}/${member.id}`;
    await send(scope.kind === "instance" ? "instance" : "status", "POST", statusPath(scope, member.id), { body: { action }, key: crypto.randomUUID(), ifMatch: version(member) }, row);
  };

  /** A role change: a demotion of an admin, or a promotion to admin. */
  const changeRole = async (promote: boolean): Promise<void> => {
    const workspaceId = workspace();
    const member = target(workspaceId, (candidate) => candidate.status !== "archived" && (candidate.role === "admin") !== promote);
    if (!member) return;
    const role = promote ? "admin" : (pick(["builder", "end-user"]) ?? "builder");
    await send("role", "PATCH", memberPath({ kind: "workspace", workspaceId }, member.id), { body: { role }, key: crypto.randomUUID(), ifMatch: version(member) }, `${workspaceId}/${member.id}`);
  };

  const inWorkspace = (): Scope => ({ kind: "workspace", workspaceId: workspace() });
  const stopped = (status: string) => status === "archived";
  const running = (status: string) => status !== "archived";

  const acceptLink = async (): Promise<void> => {
    // Mostly an invitee follows the live link of a pending invitation, as the email carried it; sometimes
    // someone follows any recent link, which is often dead by then (resent, revoked or used: R27).
    const { rows } =
      random() < 0.7
        ? await sql.query<{ link: string }>(
            `SELECT m.link FROM mailsink.messages m JOIN rosterkit.invitations i ON i.token_hash = encode(sha256(convert_to(substr(m.link, $1), 'UTF8')), 'hex')
              WHERE i.state = 'pending' AND m.recipient <> ALL($2::text[]) ORDER BY random() LIMIT 1`,
            [SERVER_PROCESS_INVITATIONS.baseUrl.length + 1, DUELIST_EMAILS],
          )
        : await sql.query<{ link: string }>("SELECT link FROM mailsink.messages WHERE link IS NOT NULL AND recipient <> ALL($1::text[]) ORDER BY id DESC LIMIT 40", [DUELIST_EMAILS]);
    const link = pick(rows)?.link;
    if (!link) return;
    const answer = await anonymous.accept(link.slice(SERVER_PROCESS_INVITATIONS.baseUrl.length));
    run.count("accept", answer);
    if (answer.status !== 200) return;
    run.remember(answer.body);
    run.accepted.push(link);
  };

  const list = async (): Promise<void> => {
    // Mostly a list the actor may see (the instance's for a super admin, else a workspace of theirs).
    const own = WORKSPACES.filter((id) => run.known.get(id)?.get(actor)?.status === "active");
    const scope: Scope =
      superAdmin() && random() < 0.3 ? { kind: "instance" } : { kind: "workspace", workspaceId: (own.length > 0 && random() < 0.9 ? pick(own) : pick(WORKSPACES)) ?? "ws-1" };
    let answer = await http.listMembers(scope, "limit=200");
    run.count("list", answer);
    if (answer.status !== 200) {
      // Not allowed to see it (any more): the run's picture still needs refreshing.
      answer = await observer.listMembers(scope, "limit=200");
      run.count("list", answer);
    }
    if (answer.status === 200) for (const member of answer.body.members) run.remember(member);
  };

  /** Instance-level steps: a super admin's (anyone else tries now and then, and is refused, R2). */
  const instance = (action: "archive" | "unarchive") => () =>
    superAdmin() || random() < 0.1 ? changeStatus({ kind: "instance" }, action, action === "archive" ? running : stopped) : list();

  // Moves down (archive, demote) and up (unarchive, promote, accept) in about equal measure, so actors
  // keep their rights long enough to act, and lose them often enough to be refused.
  const steps: [number, () => Promise<unknown>][] = [
    [0.16, () => changeStatus(inWorkspace(), "archive", running)],
    [0.14, () => changeStatus(inWorkspace(), "unarchive", stopped)],
    [0.12, () => changeRole(false)],
    [0.08, () => changeRole(true)],
    [0.03, instance("archive")],
    [0.04, instance("unarchive")],
    [0.14, acceptLink],
    [
      0.06,
      async () => {
        const known = run.membersOf("instance").map((member) => member.email);
        const email = (random() < 0.7 ? pick(NEWCOMERS) : pick(known.filter((address) => !address.startsWith("burst-")))) ?? "newcomer-0@example.org";
        const workspaceId = workspace();
        const invitee = { name: `Invitee ${email.split("@")[0] ?? ""}`, email, role: pick(ROLES) ?? "end-user", groups: [], metadata: { source: "concurrency" } };
        await send("invite", "POST", `/workspaces/${workspaceId}/invitations`, { body: { invitees: [invitee] }, key: crypto.randomUUID() }, null);
      },
    ],
    [
      0.04,
      async () => {
        // R26: the same request under the same key, later: the first answer again, no second effect.
        const first = pick(mine);
        if (!first) return;
        const again = await http.send(first.request.method, first.request.path, first.request.parts);
        run.count("replay", again);
        run.replays.push({ first, again });
      },
    ],
    [
      0.015,
      async () => {
        // R26: the key of an earlier request with another request.
        const first = pick(mine.filter((write) => write.kind !== "invite"));
        if (!first) return;
        const body = first.request.parts.body as { action?: string; role?: string };
        const other = body.action ? { action: body.action === "archive" ? "unarchive" : "archive" } : { role: body.role === "admin" ? "builder" : "admin" };
        const answer = await http.send(first.request.method, first.request.path, { ...first.request.parts, body: other });
        run.count("reused key", answer);
        run.mismatches.push(answer);
      },
    ],
    [0.175, list],
  ];

  return async (count: number): Promise<void> => {
    for (let step = 0; step < count; step++) {
      // An actor with no rights left (as far as the run knows) mostly does what anyone can: follow a
      // link, look at a list; now and then it tries a write anyway (and is refused).
      if (!superAdmin() && administered().length === 0 && random() < 0.8) {
        await (random() < 0.5 ? acceptLink() : list());
        continue;
      }
      let roll = random();
      const chosen = steps.find(([weight]) => (roll -= weight) < 0) ?? steps[steps.length - 1];
      await chosen?.[1]();
    }
  };
}

/** A removal of a duelist that R15 may refuse: archive or demote in the workspace, or archive at instance level. */
const REMOVALS = ["archive", "demote", "archive at instance level"] as const;

/**
 * One duel round (R15): both duelists are made active admins again (the only two of their workspace),
 * then two super admins, through the two processes, each remove one of them at the same moment — by
 * archive, demotion or instance archive. One removal must succeed and the other be refused as the last
 * admin's; without locks both would succeed and leave the workspace with no admin.
 */
async function duel(run: Run, processes: readonly ServerProcess[], drift: string[], random: () => number): Promise<void> {
  const as = (actor: string | null, index: number) => {
    const baseUrl = processes[index % processes.length]?.baseUrl ?? "";
    return rosterHttp(baseUrl, actor, checkingFetch(baseUrl, drift));
  };
  const keeper = as(BURST_ACTORS[1], 0);
  const ok = async <T>(answer: Promise<HttpAnswer<T>>): Promise<T> => {
    const settled = await answer;
    run.count("duel setup", settled);
    expect(settled.status, settled.text).toBe(200);
    return settled.body;
  };
  const workspace: Scope = { kind: "workspace", workspaceId: DUEL_WORKSPACE };
  for (const id of DUELISTS) {
    const user = await ok(keeper.send<Member>("GET", memberPath({ kind: "instance" }, id)));
    if (user.status === "archived") await ok(keeper.changeStatus({ kind: "instance" }, id, "unarchive", user.version, crypto.randomUUID()));
    let member = await ok(keeper.send<Member>("GET", memberPath(workspace, id)));
    if (member.status === "archived") member = (await ok(keeper.changeStatus(workspace, id, "unarchive", member.version, crypto.randomUUID()))).member;
    if (member.status !== "active") {
      // The duelist follows the link an admin copies for them (self-hosted, R10).
      const { url } = await ok(keeper.send<{ url: string }>("GET", `${memberPath(workspace, id)}/invitation`));
      member = await ok(as(null, 1).accept(url.slice(SERVER_PROCESS_INVITATIONS.baseUrl.length)));
    }
    if (member.role !== "admin") await ok(keeper.updateMember(DUEL_WORKSPACE, id, { role: "admin" }, member.version, crypto.randomUUID()));
  }
  const removals = await Promise.all(
    DUELISTS.map(async (id, index) => {
      const actor = BURST_ACTORS[index] ?? "u-1";
      const http = as(actor, index);
      const removal = REMOVALS[Math.floor(random() * REMOVALS.length)] ?? "archive";
      const scope: Scope = removal === "archive at instance level" ? { kind: "instance" } : workspace;
      const current = await ok(http.send<Member>("GET", memberPath(scope, id)));
      const key = crypto.randomUUID();
      const request =
        removal === "demote"
          ? { method: "PATCH", path: memberPath(workspace, id), parts: { body: { role: "builder" }, key, ifMatch: current.version } }
          : { method: "POST", path: statusPath(scope, id), parts: { body: { action: "archive" }, key, ifMatch: current.version } };
      const answer = await http.send(request.method, request.path, request.parts);
      run.count("duel", answer);
      run.writes.push({ kind: "duel", actor, key, request, row: `${scopeKey(scope)}/${id}`, ifMatch: current.version, answer });
      return answer;
    }),
  );
  run.duels.push(removals);
}

/** Invites one new email 16 times at once: 8 requests under one key, 8 under keys of their own (R7, R26). */
async function burst(run: Run, processes: readonly ServerProcess[], drift: string[], n: number): Promise<void> {
  const email = `burst-${String(n)}@example.net`;
  const workspaceId = WORKSPACES[n % WORKSPACES.length] ?? "ws-1";
  const body = { invitees: [{ name: `Burst ${String(n)}`, email, role: "end-user", groups: [], metadata: {} }] };
  const as = (actor: string, index: number) => {
    const baseUrl = processes[index % processes.length]?.baseUrl ?? "";
    return rosterHttp(baseUrl, actor, checkingFetch(baseUrl, drift));
  };
  const shared = crypto.randomUUID();
  const send = (actor: string, key: string, index: number) => as(actor, index).invite(workspaceId, body.invitees, key);
  const answers = await Promise.all([
    ...Array.from({ length: BURST_SHARED_KEY }, (_, index) => send(BURST_ACTORS[0], shared, index)),
    ...Array.from({ length: BURST_OWN_KEYS }, (_, index) => send(BURST_ACTORS[index % 2] ?? "u-1", crypto.randomUUID(), index)),
  ]);
  for (const answer of answers) run.count("burst", answer);
  run.bursts.push({ email, workspaceId, shared: answers.slice(0, BURST_SHARED_KEY), own: answers.slice(BURST_SHARED_KEY) });
}

/** Counts, largest first: `200 ok 5723, 409 conflict 329`. */
const table = (counts: ReadonlyMap<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${label} ${String(n)}`)
    .join(", ");

/** Percent with one decimal. */
const share = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

describe("two server processes on one Postgres, 50 concurrent clients", () => {
  const drift: string[] = [];
  afterEach(() => {
    expect(drift.splice(0, 20), "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
  });

  it("R15, R7, R22, R26, R27, R28, R30: over 10,000 random admin requests leave no workspace without an active admin, no duplicate, no lost update, and every email delivered once", async () => {
    const url = await postgres.cluster().createDatabase();
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    onTestFinished(() => closePool(pool));
    const sql = fromPgPool(pool);
    await migrate(sql);
    const config = resolveConfig();
    await seedPostgres(sql, contendedRoster(), { config });
    await createMailbox(sql);
    const processes = await Promise.all(["A", "B"].map((name) => servers.start({ name, databaseUrl: url, poolSize: 12 })));
    const http = (index: number, actor: string | null) => {
      const baseUrl = processes[index % processes.length]?.baseUrl ?? "";
      return rosterHttp(baseUrl, actor, checkingFetch(baseUrl, drift));
    };

    const run = new Run();
    const observer = http(0, BURST_ACTORS[1]);
    for (const scope of [...WORKSPACES.map((workspaceId): Scope => ({ kind: "workspace", workspaceId })), { kind: "instance" } as Scope]) {
      const answer = await observer.listMembers(scope, "limit=200");
      expect(answer.status).toBe(200);
      for (const member of answer.body.members) run.remember(member);
    }

    const started = performance.now();
    await Promise.all([
      ...Array.from({ length: CLIENTS }, (_, index) => {
        const actor = `u-${String(index + 3)}`;
        return client(run, actor, http(index, actor), http(index + 1, null), http(index, BURST_ACTORS[1]), sql, 1000 + index)(STEPS_PER_CLIENT);
      }),
      (async () => {
        for (let n = 0; n < BURSTS; n++) await burst(run, processes, drift, n);
      })(),
      (async () => {
        const random = mulberry32(7);
        for (let n = 0; n < DUELS; n++) await duel(run, processes, drift, random);
      })(),
    ]);
    const seconds = (performance.now() - started) / 1000;

    // Every queued email is sent, then both processes stop cleanly (each finishes its round).
    await vi.waitFor(
      async () => expect((await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM rosterkit.outbox WHERE sent_at IS NULL")).rows[0]?.n).toBe(0),
      { timeout: 60_000, interval: 200 },
    );
    await Promise.all(processes.map((server) => server.stop()));

    const failures = processes.flatMap((server) => server.messages.filter((message) => message.type === "error"));
    const writes = run.writes;
    const succeeded = writes.filter((write) => write.answer.status === 200);
    const refusals = [...run.outcomes].filter(([label]) => !label.startsWith("200"));
    const mail = await mailboxMessages(sql);
    const byProcess = Object.fromEntries(processes.map((server) => [server.name, mail.filter((message) => message.process === server.name).length]));
    process.stdout.write(
      [
        "",
        `server concurrency: ${String(run.requests)} requests from ${String(CLIENTS)} clients + ${String(BURSTS)} invite bursts of ${String(BURST_SHARED_KEY + BURST_OWN_KEYS)} + ${String(DUELS)} last-admin duels, 2 server processes, in ${seconds.toFixed(1)} s = ${(run.requests / seconds).toFixed(0)} requests/s`,
        `  writes ${String(writes.length)}, succeeded ${String(succeeded.length)} (${share(succeeded.length, writes.length)}); stale versions sent ${String(run.staleSent)}; replays ${String(run.replays.length)}; reused keys ${String(run.mismatches.length)}`,
        `  answers by status and code: ${table(run.outcomes)}`,
        ...[...run.byKind].map(([what, outcomes]) => `    ${what}: ${table(outcomes)}`),
        `  refusals: ${String(refusals.reduce((sum, [, n]) => sum + n, 0))}`,
        `  emails delivered ${String(mail.length)} (${Object.entries(byProcess).map(([name, n]) => `${name} ${String(n)}`).join(", ")})`,
        "",
      ].join("\n"),
    );

    expect(run.requests).toBeGreaterThanOrEqual(10_000);
    expect(failures).toEqual([]);
    expect([...run.outcomes.keys()].filter((label) => label.startsWith("5"))).toEqual([]);
    // The sequences reached the rules they are here to prove.
    for (const label of ["409 conflict", "409 last_admin", "422 idempotency_mismatch"]) expect(run.outcomes.get(label) ?? 0, label).toBeGreaterThan(0);

    // R15 under a race: in every duel one removal succeeded and the other was refused as the last admin's.
    expect(run.duels).toHaveLength(DUELS);
    for (const removals of run.duels) {
      const outcomes = removals.map((answer) => (answer.status === 200 ? "ok" : `${(answer.body as ProblemBody).code} ${(answer.body as ProblemBody).rule ?? ""}`));
      expect(outcomes.sort()).toEqual(["last_admin R15", "ok"]);
    }

    // R15 and R16: every workspace has an active admin, and the counts kept on its row are its rows' counts.
    const { rows: workspaces } = await sql.query<{ id: string; active_admins: number; admins: number; billable_seats: number; seats: number; total_members: number; members: number }>(
      `SELECT w.id, w.active_admins, w.billable_seats, w.total_members,
              count(*) FILTER (WHERE m.role = 'admin' AND m.status = 'active')::int AS admins,
              count(*) FILTER (WHERE m.status IN ('active', 'invited', 'requested'))::int AS seats,
              count(m.user_id)::int AS members
         FROM rosterkit.workspaces w LEFT JOIN rosterkit.memberships m ON m.workspace_id = w.id GROUP BY w.id ORDER BY w.id`,
    );
    expect(workspaces.filter((workspace) => workspace.admins === 0)).toEqual([]);
    expect(workspaces.map((w) => [w.id, w.active_admins, w.billable_seats, w.total_members])).toEqual(workspaces.map((w) => [w.id, w.admins, w.seats, w.members]));
    // R12: a user archived at instance level holds no membership that is not archived.
    expect((await sql.query("SELECT m.user_id FROM rosterkit.memberships m JOIN rosterkit.users u ON u.id = m.user_id WHERE u.instance_status = 'archived' AND m.status <> 'archived'")).rows).toEqual([]);

    // R7: one account per email; each burst made one membership, once, and its twins answered the same.
    expect((await sql.query("SELECT email FROM rosterkit.users GROUP BY email HAVING count(*) > 1")).rows).toEqual([]);
    expect((await sql.query("SELECT lower(email) FROM rosterkit.users GROUP BY lower(email) HAVING count(*) > 1")).rows).toEqual([]);
    for (const { email, workspaceId, shared, own } of run.bursts) {
      expect(new Set(shared.map((answer) => `${String(answer.status)} ${answer.text}`)).size, `${email}: answers under one key`).toBe(1);
      const distinct = [shared[0], ...own].map((answer) => answer?.body.results[0]);
      expect(distinct.filter((result) => result?.ok).length, `${email}: invites that succeeded`).toBe(1);
      expect(distinct.filter((result) => !result?.ok).map((result) => (result?.ok ? "" : result?.error.code))).toEqual(Array(BURST_OWN_KEYS).fill("duplicate"));
      const { rows } = await sql.query<{ users: number; memberships: number }>(
        "SELECT count(DISTINCT u.id)::int AS users, count(m.user_id)::int AS memberships FROM rosterkit.users u LEFT JOIN rosterkit.memberships m ON m.user_id = u.id AND m.workspace_id = $2 WHERE u.email = $1",
        [email, workspaceId],
      );
      expect(rows, email).toEqual([{ users: 1, memberships: 1 }]);
    }

    // R22: no two writes succeeded from one version of a row (a write that changed nothing keeps the version).
    const changes = succeeded.filter((write) => write.row !== null && (write.answer.body as { member?: Member } & Partial<Member>).version !== write.ifMatch);
    const fromVersion = new Map<string, number>();
    for (const write of changes) {
      const at = `${write.row ?? ""} @${String(write.ifMatch)}`;
      fromVersion.set(at, (fromVersion.get(at) ?? 0) + 1);
    }
    expect([...fromVersion].filter(([, n]) => n > 1)).toEqual([]);
    const versionOf = (write: WriteRecord) => {
      const body = write.answer.body as { member?: Member } & Partial<Member>;
      return body.member?.version ?? body.version ?? 0;
    };
    expect(changes.filter((write) => versionOf(write) <= (write.ifMatch ?? 0))).toEqual([]);
    // A stale version is refused as a conflict carrying the current member, unless a refusal came first.
    const stale = writes.filter((write) => write.answer.status === 409 && (write.answer.body as ProblemBody).code === "conflict");
    expect(stale.every((write) => (write.answer.body as ProblemBody).current?.id !== undefined && (write.answer.body as ProblemBody).rule === "R22")).toBe(true);

    // R26: a replay answers the first answer byte for byte; another request under a used key is refused
    // (unless the actor has been archived since, and is refused at sign-in, R12).
    const replays = run.replays.filter(({ again }) => !signInRefused(again));
    expect(replays.filter(({ first, again }) => again.status !== first.answer.status || again.text !== first.answer.text)).toEqual([]);
    const mismatches = run.mismatches.filter((answer) => !signInRefused(answer));
    expect(mismatches.filter((answer) => answer.status !== 422 || (answer.body as ProblemBody).code !== "idempotency_mismatch")).toEqual([]);
    expect(replays.length).toBeGreaterThan(0);
    expect(mismatches.length).toBeGreaterThan(0);

    // R27: a link is accepted once, however many follow it at the same time.
    expect(run.accepted.length - new Set(run.accepted).size, "links accepted twice").toBe(0);

    // R28: each change has its activity, in its transaction; a refusal has none.
    const { rows: activity } = await sql.query<{ key: string; n: number }>("SELECT idempotency_key AS key, count(*)::int AS n FROM rosterkit.activity_events WHERE idempotency_key IS NOT NULL GROUP BY 1");
    const events = new Map(activity.map((row) => [row.key, row.n]));
    const changed = new Set(changes);
    const expected = (write: WriteRecord): number => {
      if (write.answer.status !== 200) return 0;
      const body = write.answer.body as Partial<InviteMembersResult>;
      if (body.results) return body.results.filter((result) => result.ok).length;
      return changed.has(write) ? 1 : 0;
    };
    expect(writes.filter((write) => (events.get(write.key) ?? 0) !== expected(write)).map((write) => [write.kind, write.answer.status, events.get(write.key) ?? 0])).toEqual([]);

    // R30: every queued email delivered, none twice, by both processes.
    const { rows: queued } = await sql.query<{ message_id: string }>("SELECT message_id FROM rosterkit.outbox ORDER BY id");
    const deliveredIds = mail.map((message) => message.messageId);
    expect(deliveredIds.length - new Set(deliveredIds).size, "emails sent twice").toBe(0);
    expect(queued.map((row) => row.message_id).filter((id) => !deliveredIds.includes(id)), "emails lost").toEqual([]);
    expect(deliveredIds.length).toBe(queued.length);
    expect(Object.values(byProcess).every((n) => n > 0)).toBe(true);
  }, 240_000);
});
