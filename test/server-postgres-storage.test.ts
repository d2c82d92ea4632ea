import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ListMembersResult, MemberQuery, MemberSortField } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import type { RosterConfig } from "../src/core/config";
import type { MemberStatus, RosterDataset } from "../src/core/domain.types";
import { createRosterEngine } from "../src/core/engine/roster-engine";
import type { RosterEngine } from "../src/core/engine/roster-engine";
import type { RosterStorage } from "../src/core/engine/storage.types";
import { isRosterError } from "../src/core/errors";
import { MemoryStorage } from "../src/adapters/memory/memory-storage";
import { generateSeed } from "../src/adapters/memory/seed";
import { migrate } from "../src/server/migrations";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPGlite } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { usePGlite } from "./support/pglite";

const pglite = usePGlite();

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

/** The same dataset in memory and in a new schema of the file's PGlite, each behind an engine on one clock. */
async function pair(data: RosterDataset, config: RosterConfig, clock: () => Date = () => new Date(NOW)): Promise<Pair> {
  const client = fromPGlite(pglite());
  schemas += 1;
  const schema = `storage_${schemas}`;
  await migrate(client, { schema });
  await seedPostgres(client, data, { schema, config, now: NOW });
  const storage = await createPostgresStorage({ client, config, schema });
  const memoryStorage = new MemoryStorage(data, config, NOW);
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

/** Every page of a query: one answer for offset paging, the whole cursor chain for cursor paging. */
async function pages(engine: RosterEngine, query: MemberQuery): Promise<ListMembersResult[]> {
  const results = [await engine.listMembers("u-1", query)];
  for (let last = results[0]; last?.nextCursor; last = results[results.length - 1]) {
    results.push(await engine.listMembers("u-1", { ...query, page: { kind: "cursor", cursor: last.nextCursor, limit: query.page.limit } }));
    if (results.length > 500) throw new Error("The cursor chain does not end.");
  }
  return results;
}

async function refusal(work: Promise<unknown>): Promise<unknown> {
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isRosterError(error)) throw new Error(`Expected a RosterError, got ${String(error)}`);
  return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
}

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
