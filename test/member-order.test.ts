import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryBackend, generateSeed } from "../src/adapters";
import type { AdapterCapabilities, Member, MemberSortField, MemberStatus, RosterAdapter, Scope } from "../src/core";
import type { ListEvent } from "../src/core/list.machine";
import { MAX_PAGE_SIZE, MEMBER_SORT_FIELDS, MEMBER_STATUSES, resolveConfig } from "../src/core";
import { applyLocalQuery, createListState, listTransition } from "../src/core/list.machine";
import { compareSortKeys, sortKey } from "../src/core/member-order";
import { createMemberMap } from "../src/core/member-map";
import { runEvents } from "./support/machine";

const LOCAL: AdapterCapabilities = { pagination: "none", search: false, filterByStatus: false, filterByRole: false, sortFields: [], maxPageSize: 100_000 };
const SCOPES: readonly Scope[] = [{ kind: "workspace", workspaceId: "ws-1" }, { kind: "instance" }];
const config = resolveConfig({ lifecycle: "archive" });

/** Every member of a query, page after page, as the in-memory backend orders them on the server. */
async function serverOrder(adapter: RosterAdapter, scope: Scope, query: { search: string; statuses: readonly MemberStatus[]; field: MemberSortField; direction: "asc" | "desc" }): Promise<string[]> {
  const ids: string[] = [];
  const signal = new AbortController().signal;
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await adapter.listMembers({
      scope,
      search: query.search,
      statuses: query.statuses,
      roles: [],
      sort: { field: query.field, direction: query.direction },
      page: { kind: "offset", offset, limit: MAX_PAGE_SIZE },
      signal,
    });
    ids.push(...page.members.map((member) => member.id));
    if (page.members.length < MAX_PAGE_SIZE) return ids;
  }
}

describe("member order, shared by the core's local mode and the in-memory backend", () => {
  it("compares keys: text by code unit, numbers before text, null after every value", () => {
    expect(compareSortKeys("ada", "bob")).toBeLessThan(0);
    expect(compareSortKeys(2, 10)).toBeLessThan(0);
    expect(compareSortKeys(3, "admin")).toBeLessThan(0);
    expect(compareSortKeys(null, "zed")).toBeGreaterThan(0);
    expect(compareSortKeys("zed", null)).toBeLessThan(0);
    expect(compareSortKeys(null, null)).toBe(0);
  });

  it("keys names case-insensitively, statuses in lifecycle order and roles in the configured order", () => {
    const ranks = new Map([["admin", 0], ["builder", 1]]);
    expect(sortKey("name", "Émile Zola", ranks)).toBe("émile zola");
    expect(MEMBER_STATUSES.map((status) => sortKey("status", status, ranks))).toEqual(MEMBER_STATUSES.map((_, rank) => rank));
    expect(sortKey("role", "builder", ranks)).toBe(1);
    expect(sortKey("role", "custom-role", ranks)).toBe("custom-role");
    expect(sortKey("lastActiveAt", null, ranks)).toBeNull();
  });

  it("R25: a roster sorted, searched and filtered in the browser (pagination: none) is in the server's order (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...SCOPES),
        fc.constantFrom(...MEMBER_SORT_FIELDS),
        fc.constantFrom("asc" as const, "desc" as const),
        fc.constantFrom("", "a", "mar", "example"),
        fc.subarray([...MEMBER_STATUSES]),
        async (seed, scope, field, direction, search, statuses) => {
          const backend = createMemoryBackend({ dataset: generateSeed({ members: 60, workspaces: 2, seed }), config: { lifecycle: "archive" } });
          const adapter = backend.as("u-1");
          const expected = await serverOrder(adapter, scope, { search, statuses, field, direction });

          const all = await serverOrder(adapter, scope, { search: "", statuses: [], field: "email", direction: "asc" });
          const members: Member[] = [];
          for (const id of all) members.push(await adapter.getMember({ scope, memberId: id, signal: new AbortController().signal }));
          const events: ListEvent[] = [
            { type: "LIST.LOAD" },
            { type: "LIST.LOADED", requestId: 1, result: { members, total: members.length, nextCursor: null } },
            { type: "LIST.SORT", sort: { field, direction } },
            { type: "LIST.SEARCH", search },
            { type: "LIST.FILTER_STATUS", statuses },
          ];
          const { state } = runEvents(listTransition, createListState({ capabilities: LOCAL, scope, pageSize: 100_000 }), events);
          expect(applyLocalQuery(state, createMemberMap(members), config.roles).ids).toEqual(expected);
        },
      ),
      { numRuns: 60, seed: 2026_11_23 },
    );
  });
});
