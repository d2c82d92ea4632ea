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
  return {
    memory: createRosterEngine({ storage: new MemoryStorage(data, config, NOW), config, invitations: INVITATIONS, clock }),
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
