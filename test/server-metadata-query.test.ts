import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createMemoryStorage } from "../src/adapters/memory/memory-storage";
import { generateSeed } from "../src/adapters/memory/seed";
import type { MemberQuery, MetadataFilter } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import type { Metadata, RosterDataset } from "../src/core/domain.types";
import { createRosterEngine } from "../src/core/engine/roster-engine";
import type { RosterEngine } from "../src/core/engine/roster-engine";
import { metadataField } from "../src/core/member-order";
import { migrate } from "../src/server/migrations";
import { seedPostgres } from "../src/server/postgres-seed";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { fromPGlite } from "../src/server/sql";
import { pages, refusal } from "./support/engine-answers";
import { usePGlite } from "./support/pglite";

/**
 * Metadata sorting and filtering on Postgres (R25) answer exactly as the in-memory storage, which uses
 * the core's one order and matcher: the same rows, totals and cursors for any metadata sort and filter, on
 * offset pages and along whole cursor chains. The metadata is made to hold what an order gets wrong:
 * numbers that sort differently as text (9, 10, 100, -1, 2.5), numbers and text under one key, booleans,
 * null, a missing key, ties, text beyond ASCII and keys that look like SQL.
 */

const pglite = usePGlite();
const NOW = "2026-03-01T12:00:00.000Z";
const INVITATIONS = { baseUrl: "https://app.test/join/", secret: "metadata-test-secret" };
const KEYS = ["size", "dept", "flag", "it's"] as const;
const VALUES: readonly Metadata[string][] = [9, 10, 100, -1, 2.5, 0, "9", "10", "Sales", "sales", "Zürich", "Ωmega", "", true, false, null];

/** The generated roster, every membership of `ws-1` and `ws-2` given metadata drawn from {@link VALUES}. */
function dataset(): RosterDataset {
  const base = generateSeed({ members: 160, workspaces: 3, seed: 7 });
  let roll = 0;
  const pick = (): Metadata[string] => {
    roll = (roll * 7 + 3) % 97;
    return VALUES[roll % VALUES.length] ?? null;
  };
  return {
    ...base,
    memberships: base.memberships.map((membership, index) => {
      if (membership.workspaceId === "ws-3") return membership;
      const metadata: Record<string, Metadata[string]> = {};
      for (const key of KEYS) if ((index + key.length) % 5 !== 0) metadata[key] = pick();
      return { ...membership, metadata };
    }),
  };
}

const filterArbitrary: fc.Arbitrary<MetadataFilter> = fc.record({
  key: fc.constantFrom(...KEYS, "missing"),
  value: fc.constantFrom("9", "10", "2.5", "-1", "Sales", "sales", "Zürich", "", "true", "false", "null"),
});

const queryArbitrary: fc.Arbitrary<MemberQuery> = fc.record({
  scope: fc.constantFrom({ kind: "workspace", workspaceId: "ws-1" } as const, { kind: "workspace", workspaceId: "ws-2" } as const),
  search: fc.constantFrom("", "", "", "a", "an"),
  statuses: fc.constantFrom([], [], ["active" as const], ["invited" as const, "active" as const]),
  roles: fc.constantFrom([], [], ["admin"]),
  metadata: fc.array(filterArbitrary, { maxLength: 2 }),
  sort: fc.record({ field: fc.constantFrom(...KEYS.map(metadataField), metadataField("missing")), direction: fc.constantFrom("asc" as const, "desc" as const) }),
  page: fc.oneof(
    fc.record({ kind: fc.constant("offset" as const), offset: fc.integer({ min: 0, max: 120 }), limit: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant("cursor" as const), cursor: fc.constant(null), limit: fc.integer({ min: 1, max: 40 }) }),
  ),
});

describe("metadata queries on Postgres (PGlite) and in memory", () => {
  const config = resolveConfig();
  let memory: RosterEngine;
  let postgres: RosterEngine;
  beforeAll(async () => {
    const data = dataset();
    const client = fromPGlite(pglite());
    await migrate(client, { schema: "metadata_query" });
    await seedPostgres(client, data, { schema: "metadata_query", config, now: NOW });
    const storage = await createPostgresStorage({ client, config, schema: "metadata_query" });
    memory = createRosterEngine({ storage: createMemoryStorage({ dataset: data, config, clock: () => new Date(NOW) }), config, invitations: INVITATIONS, clock: () => new Date(NOW) });
    postgres = createRosterEngine({ storage, config, invitations: INVITATIONS, clock: () => new Date(NOW) });
  }, 120_000);

  it("R25: any metadata sort and filter lists the same rows, totals and cursors, on offset pages and along cursor chains", async () => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary, async (query) => {
        expect(await pages(postgres, query)).toEqual(await pages(memory, query));
      }),
      { numRuns: 120 },
    );
    // The roster does hold every kind the order must get right, in that order.
    const [page] = await pages(postgres, { scope: { kind: "workspace", workspaceId: "ws-1" }, search: "", statuses: [], roles: [], sort: { field: metadataField("size"), direction: "asc" }, page: { kind: "offset", offset: 0, limit: 200 } });
    const kinds = (page?.members ?? []).map(({ metadata }) => (typeof metadata["size"] === "number" ? "number" : typeof metadata["size"] === "string" || typeof metadata["size"] === "boolean" ? "text" : "none"));
    expect(kinds.join(",").replace(/(number,)+/, "number,").replace(/(text,)+/, "text,").replace(/(none,?)+$/, "none")).toBe("number,text,none");
  }, 240_000);

  it("R25: a metadata sort or filter of the instance list, or a malformed one, is refused alike", async () => {
    const base: MemberQuery = { scope: { kind: "workspace", workspaceId: "ws-1" }, search: "", statuses: [], roles: [], sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset: 0, limit: 5 } };
    const first = await postgres.listMembers("u-1", { ...base, sort: { field: metadataField("size"), direction: "asc" }, page: { kind: "cursor", cursor: null, limit: 5 } });
    const queries: MemberQuery[] = [
      { ...base, scope: { kind: "instance" }, sort: { field: metadataField("size"), direction: "asc" } },
      { ...base, scope: { kind: "instance" }, metadata: [{ key: "size", value: "9" }] },
      { ...base, metadata: [{ key: "", value: "9" }] },
      { ...base, metadata: [{ key: "size", value: 9 as unknown as string }] },
      { ...base, metadata: Array.from({ length: 11 }, (_, index) => ({ key: `k${index}`, value: "v" })) },
      { ...base, sort: { field: metadataField("x".repeat(201)), direction: "asc" } },
      // A cursor of one metadata key does not continue another key's order.
      { ...base, sort: { field: metadataField("dept"), direction: "asc" }, page: { kind: "cursor", cursor: first.nextCursor, limit: 5 } },
    ];
    for (const query of queries) {
      const expected = await refusal(memory.listMembers("u-1", query));
      expect(expected).toMatchObject({ code: "validation" });
      expect(await refusal(postgres.listMembers("u-1", query))).toEqual(expected);
    }
  });
});
