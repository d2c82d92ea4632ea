import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { MemberQuery, MemberSortField } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import type { RosterConfig } from "../src/core/config";
import type { MemberStatus, RosterDataset } from "../src/core/domain.types";
import { createRosterEngine } from "../src/core/engine/roster-engine";
import type { RosterEngine } from "../src/core/engine/roster-engine";
import type { RosterStorage } from "../src/core/engine/storage.types";
import { isRosterError } from "../src/core/errors";
import { createMemoryStorage } from "../src/adapters/memory/memory-storage";
import type { MemoryStorage } from "../src/adapters/memory/memory-storage";
import { generateSeed } from "../src/adapters/memory/seed";
import { migrate } from "../src/server/migrations";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPGlite, fromPgPool } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { pages, refusal } from "./support/engine-answers";
import { usePGlite } from "./support/pglite";
import { usePostgres } from "./support/postgres";

const pglite = usePGlite();
const postgres = usePostgres();

const NOW = "2026-03-01T12:00:00.000Z";
const INVITATIONS = { baseUrl: "https://app.test/join/", secret: "storage-test-secret" };

/** A role the configuration does not list: rows holding it sort after every configured role, by id. */
const OTHER_ROLES = ["auditor", "Zed", "billing"];

/**
 * A generated roster with the cases an order can get wrong: names equal but for case (the id decides),
 * roles outside the configuration, never-active members, search text holding LIKE's special characters,
 * and a user with no membership.
 */
function dataset(members: number): RosterDataset {
  const base = generateSeed({ members, workspaces: 3, seed: 11 });
  const extra = [
    { id: "x-1", name: "ada LOVELACE", email: "ada_1@odd.test" },
    { id: "x-2", name: "Ada Lovelace", email: "ada%2@odd.test" },
    { id: "x-3", name: "Ädä Lövelace", email: "back\\slash@odd.test" },
    { id: "x-4", name: "Nobody Anywhere", email: "nobody@odd.test" },
  ];
  return {
    ...base,
    users: [...base.users, ...extra.map((user) => ({ ...user, instanceStatus: "active" as const, superAdmin: false, hasAccount: true }))],
    memberships: [
      ...base.memberships,
      ...extra.slice(0, 3).flatMap((user, index) => [
        { userId: user.id, workspaceId: "ws-1", status: "active" as const, role: OTHER_ROLES[index] ?? "auditor", groups: [], metadata: {}, invitedAt: "2024-05-01T00:00:00.000Z", lastActiveAt: null },
        { userId: user.id, workspaceId: "ws-2", status: "invited" as const, role: "builder", groups: ["g-2-1"], metadata: { team: "x" }, invitedAt: "2024-05-02T00:00:00.000Z", lastActiveAt: null },
      ]),
    ],
  };
}

interface Pair {
  readonly memory: RosterEngine;
  readonly memoryStorage: MemoryStorage;
  readonly postgres: RosterEngine;
  readonly storage: RosterStorage;
  readonly client: SqlClient;
  readonly schema: string;
}

let schemas = 0;

/**
 * The same dataset in memory and in a new schema of a database (the file's PGlite unless another client
 * is given), each behind an engine on one clock.
 */
async function pair(data: RosterDataset, config: RosterConfig, clock: () => Date = () => new Date(NOW), client: SqlClient = fromPGlite(pglite())): Promise<Pair> {
  schemas += 1;
  const schema = `storage_${schemas}`;
  await migrate(client, { schema });
  await seedPostgres(client, data, { schema, config, now: NOW });
  const storage = await createPostgresStorage({ client, config, schema });
  const memoryStorage = createMemoryStorage({ dataset: data, config, clock: () => new Date(NOW) });
  return {
    memory: createRosterEngine({ storage: memoryStorage, config, invitations: INVITATIONS, clock }),
    memoryStorage,
    postgres: createRosterEngine({ storage, config, invitations: INVITATIONS, clock }),
    storage,
    client,
    schema,
  };
}

const SORT_FIELDS: readonly MemberSortField[] = ["name", "email", "status", "role", "invitedAt", "lastActiveAt"];
const STATUSES: readonly MemberStatus[] = ["requested", "invited", "active", "inactive", "archived"];

const queryArbitrary = (maxOffset: number): fc.Arbitrary<MemberQuery> =>
  fc.record({
    scope: fc.constantFrom({ kind: "instance" } as const, { kind: "workspace", workspaceId: "ws-1" } as const, { kind: "workspace", workspaceId: "ws-2" } as const),
    search: fc.constantFrom("", "", "ada", "  LOVE ", "example.org", "%", "_", "a_1", "\\", "an", "z", "ö", "e\nada", "nobody"),
    statuses: fc.subarray([...STATUSES], { maxLength: 3 }),
    roles: fc.subarray(["admin", "builder", "end-user", ...OTHER_ROLES], { maxLength: 3 }),
    sort: fc.record({ field: fc.constantFrom(...SORT_FIELDS), direction: fc.constantFrom("asc" as const, "desc" as const) }),
    page: fc.oneof(
      fc.record({ kind: fc.constant("offset" as const), offset: fc.integer({ min: 0, max: maxOffset }), limit: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ kind: fc.constant("cursor" as const), cursor: fc.constant(null), limit: fc.integer({ min: 1, max: 60 }) }),
    ),
  });

describe("Postgres storage on PGlite: the same answers as the memory storage", () => {
  const config = resolveConfig({ deployment: "cloud" });
  let both: Pair;
  beforeAll(async () => {
    both = await pair(dataset(300), config);
  }, 120_000);

  it("R25: search, filters, every sort and offset and cursor paging list the same rows, totals and cursors", async () => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary(320), async (query) => {
        expect(await pages(both.postgres, query)).toEqual(await pages(both.memory, query));
      }),
      { numRuns: 150 },
    );
  }, 240_000);

  it("R25: a malformed query, page or cursor is refused with the memory storage's error", async () => {
    const base: MemberQuery = { scope: { kind: "workspace", workspaceId: "ws-1" }, search: "", statuses: [], roles: [], sort: { field: "name", direction: "asc" }, page: { kind: "cursor", cursor: null, limit: 5 } };
    const first = await both.memory.listMembers("u-1", base);
    const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "");
    const bad: MemberQuery[] = [
      { ...base, page: { kind: "offset", offset: 0, limit: 0 } },
      { ...base, page: { kind: "offset", offset: 0, limit: 201 } },
      { ...base, page: { kind: "offset", offset: -1, limit: 10 } },
      { ...base, sort: { field: "password" as MemberSortField, direction: "asc" } },
      { ...base, sort: { field: "name", direction: "up" as "asc" } },
      { ...base, statuses: ["gone" as MemberStatus] },
      { ...base, page: { kind: "cursor", cursor: "not a cursor", limit: 5 } },
      { ...base, page: { kind: "cursor", cursor: encode(["name", "asc", 12, "u-1"]), limit: 5 } },
      { ...base, sort: { field: "invitedAt", direction: "asc" }, page: { kind: "cursor", cursor: encode(["invitedAt", "asc", "yesterday", "u-1"]), limit: 5 } },
      { ...base, sort: { field: "email", direction: "asc" }, page: { kind: "cursor", cursor: first.nextCursor, limit: 5 } },
    ];
    for (const query of bad.slice(0, 7).concat(bad.slice(9))) {
      expect(await refusal(both.postgres.listMembers("u-1", query))).toEqual(await refusal(both.memory.listMembers("u-1", query)));
    }
    // Keys of the wrong type for the order: the memory storage has no use for them either; Postgres refuses them.
    for (const query of bad.slice(7, 9)) {
      expect(await refusal(both.postgres.listMembers("u-1", query))).toMatchObject({ code: "validation", fieldErrors: { cursor: "Unknown or malformed cursor." } });
    }
  });
});

/** Every invitation link each storage queued an email with, oldest first. */
async function links(both: Pair): Promise<{ memory: string[]; postgres: string[] }> {
  const { rows } = await both.client.query<{ link: string }>(`SELECT payload->>'link' AS link FROM ${both.schema}.outbox ORDER BY id`);
  return { memory: both.memoryStorage.outbox().map((email) => email.url), postgres: rows.map((row) => row.link) };
}

/**
 * Counts kept by the storage, against counts of the rows: active admins and seats per workspace (R15,
 * R16), members, users, and each user's instance times kept by trigger.
 */
async function expectCountsExact(client: SqlClient, schema: string, config: RosterConfig): Promise<void> {
  const { rows } = await client.query<{ id: string; kept: string; counted: string }>(
    `SELECT w.id, concat_ws(',', w.active_admins, w.billable_seats, w.total_members) AS kept,
            concat_ws(',', count(m.*) FILTER (WHERE m.status = 'active' AND m.role = $1), count(m.*) FILTER (WHERE m.status IN ('active', 'invited', 'requested')), count(m.*)) AS counted
       FROM ${schema}.workspaces w LEFT JOIN ${schema}.memberships m ON m.workspace_id = w.id GROUP BY w.id ORDER BY w.id`,
    [config.adminRole],
  );
  expect(rows.map((row) => [row.id, row.kept])).toEqual(rows.map((row) => [row.id, row.counted]));
  const users = await client.query<{ kept: string; counted: string }>(`SELECT c.users::text AS kept, (SELECT count(*) FROM ${schema}.users)::text AS counted FROM ${schema}.counters c`);
  expect(users.rows[0]?.kept).toBe(users.rows[0]?.counted);
}

/** What a command answered, without the links (their tokens are random, so they differ between storages). */
async function outcome(work: Promise<unknown>): Promise<unknown> {
  try {
    return JSON.parse(JSON.stringify({ ok: await work }, (key, value: unknown) => (key === "url" || key === "invitationUrl" ? typeof value : value)));
  } catch (error) {
    if (!isRosterError(error)) throw error;
    const { code, message, fieldErrors, workspaces, existing, current, rule } = error;
    return JSON.parse(JSON.stringify({ error: { code, message, fieldErrors, workspaces, existing, current, rule } }));
  }
}

type Step = (engine: RosterEngine, link: (index: number) => string | undefined) => Promise<unknown>;

/** A step whose versions are read before it runs, so that it runs alike on both storages. */
type PlannedStep = () => Promise<Step>;

const TARGETS = ["u-2", "u-3", "u-4", "u-5", "u-6", "u-7", "u-8", "u-2", "u-4", "u-5", "u-7", "u-9", "u-10", "u-41", "u-42"];
const WORKSPACES = ["ws-1", "ws-2", "ws-3"];
const NEW_EMAILS = ["new.one@invite.test", "new.two@invite.test", "NEW.ONE@invite.test "];

function stepArbitrary(config: RosterConfig, versionOf: (scope: string | null, id: string) => Promise<number>): fc.Arbitrary<{ key: number; plan: PlannedStep }> {
  const actor = fc.constantFrom("u-1", "u-1", "u-1", "u-1", "u-2", "u-3");
  const stale = fc.integer({ min: 0, max: 5 }).map((roll) => roll === 0);
  const [stop, resume] = config.lifecycle === "archive" ? (["archive", "unarchive"] as const) : (["deactivate", "reactivate"] as const);
  const action = fc.constantFrom(stop, stop, resume, resume, "archive" as const, "reactivate" as const);
  const target = fc.constantFrom(...TARGETS);
  const workspace = fc.constantFrom("ws-1", "ws-1", "ws-1", ...WORKSPACES);
  const version = (scope: string | null, id: string, stale: boolean) => versionOf(scope, id).then((v) => (stale ? v - 1 : v));
  const now = (step: Step): PlannedStep => async () => step;
  const steps: fc.Arbitrary<PlannedStep>[] = [
    fc.tuple(actor, workspace, fc.constantFrom(...NEW_EMAILS, "ada_1@odd.test", "nobody@odd.test"), fc.constantFrom("admin", "builder", "end-user")).map(([by, ws, email, role]) =>
      now((engine) => engine.inviteMembers({ actorId: by, idempotencyKey: "" }, ws, [{ name: "New Person", email, role, groups: [], metadata: { via: "test" } }])),
    ),
    fc.tuple(actor, fc.option(workspace, { nil: null, freq: 4 }), target, action, stale).map(
      ([by, ws, id, action, stale]): PlannedStep =>
        async () => {
          const expected = await version(ws, id, stale);
          return (engine) => engine.changeStatus({ actorId: by, idempotencyKey: "" }, ws ? { kind: "workspace", workspaceId: ws } : { kind: "instance" }, id, action, expected);
        },
    ),
    fc.tuple(actor, workspace, target, fc.oneof(fc.record({ role: fc.constantFrom("admin", "builder", "end-user") }), fc.record({ groups: fc.subarray(["g-1-1", "g-1-2", "g-2-1", "g-3-3"]) })), stale).map(
      ([by, ws, id, update, stale]): PlannedStep =>
        async () => {
          const expected = await version(ws, id, stale);
          return (engine) => engine.updateMember({ actorId: by, idempotencyKey: "" }, ws, id, update, expected);
        },
    ),
    fc.tuple(actor, workspace, target).map(([by, ws, id]) => now((engine) => engine.resendInvitation({ actorId: by, idempotencyKey: "" }, ws, id))),
    fc.tuple(actor, workspace, target).map(([by, ws, id]) => now((engine) => engine.revokeInvitation({ actorId: by, idempotencyKey: "" }, ws, id))),
    fc.tuple(actor, workspace, target).map(([by, ws, id]) => now((engine) => engine.getInvitationLink(by, ws, id))),
    fc.nat(6).map((index) => now((engine, link) => engine.acceptInvitation(link(index) ?? "no-such-link"))),
  ];
  return fc.record({ key: fc.nat(200), plan: fc.oneof(...steps) });
}

/** Gives each step its idempotency key: a small pool, so that some steps reuse the key of an earlier one (R26). */
function keyed(step: Step, key: number): Step {
  return (engine, link) => {
    const withKey = new Proxy(engine, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const [origin] = args;
          if (typeof origin === "object" && origin !== null && "idempotencyKey" in origin) args[0] = { ...origin, idempotencyKey: `key-${key}` };
          return (value as (...rest: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return step(withKey, link);
  };
}

describe("Postgres storage on PGlite: the same writes as the memory storage", () => {
  it("R7–R28: random command sequences leave both storages with the same members, counts, answers and replays", async () => {
    const configs = [resolveConfig({ deployment: "cloud" }), resolveConfig({ lifecycle: "deactivate", deployment: "self-hosted" })];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), fc.context(), async (which, ctx) => {
        const config = configs[which] ?? resolveConfig();
        let now = Date.parse(NOW);
        const base = generateSeed({ members: 40, workspaces: 3, seed: 3 + run, lifecycle: config.lifecycle });
        run += 1;
        const both = await pair(base, config, () => new Date(now));
        const versionOf = async (ws: string | null, id: string) =>
          (await both.memory.getMember("u-1", ws ? { kind: "workspace", workspaceId: ws } : { kind: "instance" }, id).catch(() => null))?.version ?? 1;
        const sequence = fc.sample(fc.array(stepArbitrary(config, versionOf), { minLength: 60, maxLength: 60 }), { numRuns: 1, seed: run })[0] ?? [];
        for (const [index, { key, plan }] of sequence.entries()) {
          now += 60_000;
          const step = await plan();
          const { memory, postgres } = await links(both);
          const memoryAnswer = await outcome(keyed(step, key)(both.memory, (i) => memory[i]?.slice(INVITATIONS.baseUrl.length)));
          const postgresAnswer = await outcome(keyed(step, key)(both.postgres, (i) => postgres[i]?.slice(INVITATIONS.baseUrl.length)));
          ctx.log(`step ${index}: ${JSON.stringify(memoryAnswer).slice(0, 160)}`);
          expect(postgresAnswer).toEqual(memoryAnswer);
          expect(await both.postgres.listWorkspaces("u-1")).toEqual(await both.memory.listWorkspaces("u-1"));
        }
        for (const id of ["u-1", ...new Set(TARGETS), "u-43", "u-44"]) expect(await outcome(both.postgres.getMember("u-1", { kind: "instance" }, id))).toEqual(await outcome(both.memory.getMember("u-1", { kind: "instance" }, id)));
        for (const query of fc.sample(queryArbitrary(60), { numRuns: 25, seed: run })) expect(await pages(both.postgres, query)).toEqual(await pages(both.memory, query));
        await expectCountsExact(both.client, both.schema, config);
        expect((await links(both)).postgres.length).toBe((await links(both)).memory.length);
        const activity = await both.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${both.schema}.activity_events`);
        expect(activity.rows[0]?.n).toBe(both.memoryStorage.activity().length);
      }),
      { numRuns: 6 },
    );
  }, 300_000);
});

/** Rows of each table a write touches, to compare before and after. */
async function tableCounts(client: SqlClient, schema: string): Promise<Record<string, string>> {
  const tables = ["users", "memberships", "invitations", "idempotency_keys", "activity_events", "outbox"];
  const { rows } = await client.query<{ counts: Record<string, string> }>(
    `SELECT json_build_object(${tables.map((table) => `'${table}', (SELECT count(*) FROM ${schema}.${table})::text`).join(", ")},
       'workspaces', (SELECT string_agg(concat_ws(':', id, active_admins, billable_seats, total_members), ' ' ORDER BY id) FROM ${schema}.workspaces)) AS counts`,
  );
  return rows[0]?.counts ?? {};
}

describe("Postgres storage on PGlite: schema, seeding, links, emails, activity", () => {
  const config = resolveConfig();
  const invitee = { name: "Grace Newcomer", email: "grace@newcomer.test", role: "builder", groups: ["g-1-1"], metadata: { team: "design" } };

  it("refuses a schema migrate() has not brought to this version, saying which call to make", async () => {
    const client = fromPGlite(pglite());
    await expect(createPostgresStorage({ client, config, schema: "never_migrated" })).rejects.toThrow(/schema "never_migrated" is at version 0.*migrate\(client, \{ schema: "never_migrated" \}\)/);
    await expect(seedPostgres(client, generateSeed({ members: 3 }), { config, schema: "never_migrated" })).rejects.toThrow(/Run `await migrate/);
  });

  it("seeds only an empty schema, and refuses an incoherent dataset naming the problem", async () => {
    const both = await pair(generateSeed({ members: 10 }), config);
    await expect(seedPostgres(both.client, generateSeed({ members: 3 }), { config, schema: both.schema })).rejects.toThrow(/already holds data/);
    const data = generateSeed({ members: 5 });
    const [first, second] = data.users;
    const broken: [RosterDataset, RegExp][] = [
      [{ ...data, users: [...data.users, { ...second!, id: "u-99", email: ` ${first!.email.toUpperCase()} ` }] }, /users "u-1" and "u-99" share the email/],
      [{ ...data, memberships: [...data.memberships, { ...data.memberships[0]!, workspaceId: "ws-9" }] }, /refers to an unknown workspace/],
      [{ ...data, memberships: [...data.memberships, { ...data.memberships[1]! }] }, /"u-1" has two memberships in "ws-\d"/],
      [{ ...data, memberships: [{ ...data.memberships[0]!, status: "inactive" }] }, /"inactive" in "ws-1", which is not a status of the archive lifecycle/],
    ];
    const client = fromPGlite(pglite());
    await migrate(client, { schema: "broken_seed" });
    for (const [dataset, message] of broken) await expect(seedPostgres(client, dataset, { config, schema: "broken_seed" })).rejects.toThrow(message);
    expect(await tableCounts(client, "broken_seed")).toMatchObject({ users: "0", memberships: "0" });
  });

  it("R15: counts active admins again when the storage starts with another admin role", async () => {
    const both = await pair(generateSeed({ members: 60 }), config);
    const builders = resolveConfig({ adminRole: "builder" });
    await createPostgresStorage({ client: both.client, config: builders, schema: both.schema });
    await expectCountsExact(both.client, both.schema, builders);
    await createPostgresStorage({ client: both.client, config, schema: both.schema });
    await expectCountsExact(both.client, both.schema, config);
  });

  it("R27, R30: a link is stored only as its token's hash; its email is queued with a Message-ID from the queued id, and the link works once", async () => {
    const both = await pair(generateSeed({ members: 10 }), config);
    const [result] = (await both.postgres.inviteMembers({ actorId: "u-1", idempotencyKey: "invite-grace" }, "ws-1", [invitee])).results;
    const url = result?.ok ? result.invitationUrl : null;
    if (!url) throw new Error("The invite did not answer a link.");
    const token = url.slice(INVITATIONS.baseUrl.length);
    const stored = await both.client.query<Record<string, unknown>>(`SELECT * FROM ${both.schema}.invitations`);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect(stored.rows).toEqual([expect.objectContaining({ state: "pending", workspace_id: "ws-1", ended_at: null })]);
    const outbox = await both.client.query<{ kind: string; recipient: string; message_id: string; payload: { subject: string; text: string; link: string; to: { name: string } } }>(
      `SELECT kind, recipient, message_id, payload FROM ${both.schema}.outbox`,
    );
    expect(outbox.rows).toEqual([
      {
        kind: "invitation",
        recipient: "grace@newcomer.test",
        message_id: expect.stringMatching(/^<[0-9a-f]{32}@rosterkit\.invalid>$/),
        payload: expect.objectContaining({ subject: "You are invited to join Design", link: url, to: { address: "grace@newcomer.test", name: "Grace Newcomer" } }),
      },
    ]);
    expect(outbox.rows[0]?.payload.text).toContain(url);

    const accepted = await both.postgres.acceptInvitation(token);
    expect(accepted).toMatchObject({ status: "active", email: "grace@newcomer.test" });
    await expect(both.postgres.acceptInvitation(token)).rejects.toMatchObject({ code: "invalid_transition", rule: "R27" });
    expect((await both.client.query(`SELECT state FROM ${both.schema}.invitations`)).rows).toEqual([{ state: "accepted" }]);
  });

  it("R10, R27: a resent link replaces the old one, which then fails as replaced", async () => {
    const both = await pair(generateSeed({ members: 10 }), config);
    const old = (await both.postgres.getInvitationLink("u-1", "ws-1", "u-5")).url.slice(INVITATIONS.baseUrl.length);
    const fresh = await both.postgres.resendInvitation({ actorId: "u-1", idempotencyKey: "resend-u5" }, "ws-1", "u-5");
    await expect(both.postgres.acceptInvitation(old)).rejects.toMatchObject({ code: "invalid_transition", message: expect.stringMatching(/replaced by a newer one/) });
    expect(await both.postgres.acceptInvitation(fresh.url.slice(INVITATIONS.baseUrl.length))).toMatchObject({ id: "u-5", status: "active" });
    const states = await both.client.query<{ state: string }>(`SELECT state FROM ${both.schema}.invitations ORDER BY created_at, state`);
    expect(states.rows.map((row) => row.state).sort()).toEqual(["accepted", "resent"]);
  });

  it("R28: each change writes one activity event with actor, action, target, scope, before, after, time and request id", async () => {
    const both = await pair(generateSeed({ members: 10 }), config, () => new Date(NOW));
    const member = await both.postgres.getMember("u-1", { kind: "workspace", workspaceId: "ws-1" }, "u-4");
    await both.postgres.changeStatus({ actorId: "u-2", idempotencyKey: "archive-u4", requestId: "req-7" }, { kind: "workspace", workspaceId: "ws-1" }, "u-4", "archive", member.version);
    const { rows } = await both.client.query(`SELECT at, actor, action, target, target_email, scope_kind, workspace_id, before, after, request_id, idempotency_key FROM ${both.schema}.activity_events`);
    expect(rows).toEqual([
      {
        at: new Date(NOW),
        actor: "u-2",
        action: "archive",
        target: "u-4",
        target_email: member.email,
        scope_kind: "workspace",
        workspace_id: "ws-1",
        before: { status: "active", instanceStatus: "active", role: "end-user", groups: [...member.groups], version: member.version },
        after: { status: "archived", instanceStatus: "active", role: "end-user", groups: [...member.groups], version: member.version + 1 },
        request_id: "req-7",
        idempotency_key: "archive-u4",
      },
    ]);
  });

  it("R26, R28, R30: a transaction that fails after writing leaves nothing, and its key can be used again", async () => {
    const both = await pair(generateSeed({ members: 10 }), config);
    const before = await tableCounts(both.client, both.schema);
    const failing: RosterStorage = {
      read: (work) => both.storage.read(work),
      transaction: (work) =>
        both.storage.transaction((tx) =>
          work({
            ...tx,
            async enqueueEmail(email) {
              await tx.enqueueEmail(email);
              throw new Error("The mail queue is full.");
            },
          }),
        ),
    };
    const engine = createRosterEngine({ storage: failing, config, invitations: INVITATIONS, clock: () => new Date(NOW) });
    await expect(engine.inviteMembers({ actorId: "u-1", idempotencyKey: "invite-once" }, "ws-1", [invitee])).rejects.toThrow("The mail queue is full.");
    expect(await tableCounts(both.client, both.schema)).toEqual(before);
    const [result] = (await both.postgres.inviteMembers({ actorId: "u-1", idempotencyKey: "invite-once" }, "ws-1", [invitee])).results;
    expect(result).toMatchObject({ ok: true, member: { email: "grace@newcomer.test", status: "invited" } });
    await expectCountsExact(both.client, both.schema, config);
  });

  it("R26: a key replays its first answer, refuses another request, and is free again once expired", async () => {
    let now = Date.parse(NOW);
    const both = await pair(generateSeed({ members: 10 }), config, () => new Date(now));
    const origin = { actorId: "u-1", idempotencyKey: "same-key" };
    const first = await both.postgres.inviteMembers(origin, "ws-1", [invitee]);
    expect(await both.postgres.inviteMembers(origin, "ws-1", [invitee])).toEqual(first);
    const elsewhere = { ...invitee, groups: [] };
    await expect(both.postgres.inviteMembers(origin, "ws-2", [elsewhere])).rejects.toMatchObject({ code: "idempotency_mismatch" });
    const stored = await both.client.query(`SELECT response_status, completed_at IS NOT NULL AS done FROM ${both.schema}.idempotency_keys`);
    expect(stored.rows).toEqual([{ response_status: 200, done: true }]);
    now += 24 * 60 * 60 * 1000;
    const again = await both.postgres.inviteMembers(origin, "ws-2", [elsewhere]);
    expect(again.results[0]).toMatchObject({ ok: true, member: { scope: { kind: "workspace", workspaceId: "ws-2" } } });
  });
});

describe("Expired idempotency keys are forgotten (R26)", () => {
  const config = resolveConfig({ deployment: "cloud" });
  const invitee = (n: number) => ({ email: `key-${n}@newcomer.test`, name: `Key ${n}`, role: "end-user", groups: [] });
  const keysIn = async (client: SqlClient, schema: string) =>
    (await client.query<{ key: string }>(`SELECT key FROM ${schema}.idempotency_keys ORDER BY key`)).rows.map((row) => row.key);

  it("R26: a write forgets the keys whose window ended, at most every forgetExpiredKeysEveryMs; live keys stay and still replay", async () => {
    let now = Date.parse(NOW);
    const clock = () => new Date(now);
    const both = await pair(generateSeed({ members: 5 }), config, clock);
    const engine = createRosterEngine({ storage: both.storage, config, invitations: INVITATIONS, clock, forgetExpiredKeysEveryMs: 60 * 60 * 1000 });
    await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "old-1" }, "ws-1", [invitee(1)]);
    await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "old-2" }, "ws-1", [invitee(2)]);
    now += 23 * 60 * 60 * 1000;
    const live = await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "live" }, "ws-1", [invitee(3)]);
    now += 2 * 60 * 60 * 1000; // old-1 and old-2 have expired, live has not
    await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "new" }, "ws-1", [invitee(4)]);
    expect(await keysIn(both.client, both.schema)).toEqual(["live", "new"]);
    expect(await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "live" }, "ws-1", [invitee(3)])).toEqual(live);
    now += 24 * 60 * 60 * 1000 + 1;
    await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "later" }, "ws-1", [invitee(5)]);
    now += 30 * 60 * 1000; // within the hour: this write does not sweep
    await engine.inviteMembers({ actorId: "u-1", idempotencyKey: "soon" }, "ws-1", [invitee(6)]);
    expect(await keysIn(both.client, both.schema)).toEqual(["later", "soon"]);
  });

  it("R26: forgetExpiredKeys removes expired keys in batches on both storages and refuses a malformed limit", async () => {
    let now = Date.parse(NOW);
    const clock = () => new Date(now);
    const both = await pair(generateSeed({ members: 5 }), config, clock);
    const memory = createRosterEngine({ storage: both.memoryStorage, config, invitations: INVITATIONS, clock, forgetExpiredKeysEveryMs: false });
    const postgres = createRosterEngine({ storage: both.storage, config, invitations: INVITATIONS, clock, forgetExpiredKeysEveryMs: false });
    for (const engine of [memory, postgres]) {
      for (const n of [1, 2, 3]) await engine.inviteMembers({ actorId: "u-1", idempotencyKey: `k-${n}` }, "ws-1", [invitee(n)]);
    }
    expect(await memory.forgetExpiredKeys()).toBe(0);
    expect(await postgres.forgetExpiredKeys()).toBe(0);
    now += 24 * 60 * 60 * 1000;
    expect([await memory.forgetExpiredKeys(2), await memory.forgetExpiredKeys(2), await memory.forgetExpiredKeys(2)]).toEqual([2, 1, 0]);
    expect([await postgres.forgetExpiredKeys(2), await postgres.forgetExpiredKeys(2), await postgres.forgetExpiredKeys(2)]).toEqual([2, 1, 0]);
    expect(await keysIn(both.client, both.schema)).toEqual([]);
    await expect(postgres.forgetExpiredKeys(0)).rejects.toThrow(/`limit` must be a whole number from 1; got 0/);
    await expect(memory.forgetExpiredKeys(1.5)).rejects.toThrow(TypeError);
  });
});

/** Workspaces `w-1`… each with exactly two active admins, `a-<n>` and `b-<n>`, and one end user `e-<n>`. */
function adminPairs(count: number): RosterDataset {
  const workspaces = Array.from({ length: count }, (_, index) => ({ id: `w-${index + 1}`, name: `Team ${index + 1}` }));
  const people = workspaces.flatMap((workspace, index) =>
    (["a", "b", "e"] as const).map((kind) => ({ id: `${kind}-${index + 1}`, workspaceId: workspace.id, role: kind === "e" ? "end-user" : "admin" })),
  );
  return {
    instance: { id: "pairs", name: "Pairs" },
    workspaces,
    groups: [],
    users: [
      { id: "root", email: "root@pairs.test", name: "Root", instanceStatus: "active", superAdmin: true, hasAccount: true },
      ...people.map((person) => ({ id: person.id, email: `${person.id}@pairs.test`, name: `Person ${person.id}`, instanceStatus: "active" as const, superAdmin: false, hasAccount: true })),
    ],
    memberships: people.map((person) => ({ userId: person.id, workspaceId: person.workspaceId, status: "active" as const, role: person.role, groups: [], metadata: {}, invitedAt: "2025-01-01T00:00:00.000Z", lastActiveAt: null })),
  };
}

describe("Postgres storage on a real Postgres", () => {
  const config = resolveConfig({ deployment: "cloud" });
  let url = "";
  const client = (max = 30) => fromPgPool(postgres.pool(url, { max }));
  beforeAll(async () => {
    url = await postgres.cluster().createDatabase();
  }, 120_000);

  it("R25: search, filters, every sort and both pagings list what the memory storage lists", async () => {
    const both = await pair(dataset(300), config, undefined, client(4));
    await fc.assert(
      fc.asyncProperty(queryArbitrary(320), async (query) => {
        expect(await pages(both.postgres, query)).toEqual(await pages(both.memory, query));
      }),
      { numRuns: 80 },
    );
  }, 240_000);

  it("a large seed (indexes dropped for the load and built again) leaves every index as migrate() made it, and lists as memory does", async () => {
    const fresh = client(4);
    const indexes = async (schema: string) =>
      (await fresh.query<{ definition: string }>("SELECT replace(indexdef, $1, 'S.') AS definition FROM pg_indexes WHERE schemaname = $2 ORDER BY indexname", [`${schema}.`, schema])).rows;
    await migrate(fresh, { schema: "index_reference" });
    const both = await pair(generateSeed({ members: 12_000, workspaces: 4 }), config, undefined, fresh);
    expect(await indexes(both.schema)).toEqual(await indexes("index_reference"));
    for (const query of fc.sample(queryArbitrary(12_000), { numRuns: 20, seed: 5 })) {
      expect(await both.postgres.listMembers("u-1", query)).toEqual(await both.memory.listMembers("u-1", query));
    }
    await expectCountsExact(both.client, both.schema, config);
  }, 120_000);

  it("R15: twenty concurrent writes of admins archiving and demoting each other never leave a workspace without an active admin", async () => {
    const both = await pair(adminPairs(10), config, undefined, client());
    const ws = (n: number) => ({ kind: "workspace", workspaceId: `w-${n}` }) as const;
    const writes = Array.from({ length: 10 }, (_, index) => {
      const n = index + 1;
      const a = both.postgres.changeStatus({ actorId: `a-${n}`, idempotencyKey: `a-${n}` }, ws(n), `b-${n}`, "archive", 1);
      const b =
        n % 2 === 0
          ? both.postgres.updateMember({ actorId: `b-${n}`, idempotencyKey: `b-${n}` }, `w-${n}`, `a-${n}`, { role: "builder" }, 1)
          : both.postgres.changeStatus({ actorId: `b-${n}`, idempotencyKey: `b-${n}` }, ws(n), `a-${n}`, "archive", 1);
      return [a, b];
    }).flat();
    const settled = await Promise.allSettled(writes);
    for (let n = 1; n <= 10; n += 1) {
      const pairOf = settled.slice((n - 1) * 2, n * 2);
      expect(pairOf.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = pairOf.find((result) => result.status === "rejected");
      expect(refused?.status === "rejected" && isRosterError(refused.reason) ? refused.reason.code : refused).toMatch(/^(last_admin|forbidden)$/);
    }
    const { rows } = await both.client.query<{ id: string; admins: number }>(
      `SELECT w.id, count(m.*) FILTER (WHERE m.status = 'active' AND m.role = 'admin')::int AS admins FROM ${both.schema}.workspaces w LEFT JOIN ${both.schema}.memberships m ON m.workspace_id = w.id GROUP BY w.id`,
    );
    expect(rows.filter((row) => row.admins !== 1)).toEqual([]);
    await expectCountsExact(both.client, both.schema, config);
  });

  it("R26: two concurrent writes with one key have one effect and give both callers the same answer", async () => {
    const both = await pair(adminPairs(2), config, undefined, client());
    const invite = (n: number) =>
      both.postgres.inviteMembers({ actorId: "root", idempotencyKey: `twin-${n}` }, "w-1", [{ name: `Twin ${n}`, email: `twin${n}@pairs.test`, role: "builder", groups: [], metadata: {} }]);
    const twins = await Promise.all(Array.from({ length: 10 }, (_, n) => Promise.all([invite(n), invite(n)])));
    for (const [first, second] of twins) {
      expect(second).toEqual(first);
      expect(first.results[0]).toMatchObject({ ok: true });
    }
    const counts = await tableCounts(both.client, both.schema);
    expect(counts).toMatchObject({ users: String(1 + 6 + 10), activity_events: "10", outbox: "10", idempotency_keys: "10", invitations: "10" });
    await expectCountsExact(both.client, both.schema, config);
  });

  it("R7: concurrent invites of one new email with different keys create one user and one membership; the others are duplicates", async () => {
    const both = await pair(adminPairs(2), config, undefined, client());
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        both.postgres.inviteMembers({ actorId: "root", idempotencyKey: `same-email-${n}` }, n % 2 === 0 ? "w-1" : "w-2", [
          { name: "Same Person", email: n % 3 === 0 ? "SAME@pairs.test" : "same@pairs.test", role: "end-user", groups: [], metadata: {} },
        ]),
      ),
    );
    const answers = results.map((result) => result.results[0]);
    // The first invite into each workspace wins; every later one is a duplicate there (R7).
    expect(answers.filter((answer) => answer?.ok)).toHaveLength(2);
    expect(answers.filter((answer) => !answer?.ok).map((answer) => (answer && !answer.ok ? answer.error.code : null))).toEqual(Array.from({ length: 8 }, () => "duplicate"));
    const users = await both.client.query(`SELECT id FROM ${both.schema}.users WHERE email = 'same@pairs.test'`);
    expect(users.rowCount).toBe(1);
    expect((await tableCounts(both.client, both.schema)).memberships).toBe(String(6 + 2));
    await expectCountsExact(both.client, both.schema, config);
  });

  it("R22: concurrent changes made from one version of a member apply once; the others are conflicts", async () => {
    const both = await pair(adminPairs(1), config, undefined, client());
    const changes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) => both.postgres.updateMember({ actorId: "root", idempotencyKey: `edit-${n}` }, "w-1", "e-1", { role: n % 2 === 0 ? "builder" : "admin" }, 1)),
    );
    expect(changes.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(changes.flatMap((result) => (result.status === "rejected" && isRosterError(result.reason) ? [result.reason.code] : []))).toEqual(Array.from({ length: 9 }, () => "conflict"));
    expect((await both.postgres.getMember("root", { kind: "workspace", workspaceId: "w-1" }, "e-1")).version).toBe(2);
    await expectCountsExact(both.client, both.schema, config);
  });
});
