import { describe, expect, it } from "vitest";
import { memberQueryFromSearchParams, memberQueryToSearchParams, REST_DEFAULT_CAPABILITIES } from "../src/adapters/rest/rest-protocol";
import type { AdapterCapabilities, MemberQuery } from "../src/core/adapter.types";
import type { Member } from "../src/core/domain.types";
import { MemberMap } from "../src/core/member-map";
import { exportColumns, memberExportCells } from "../src/core/member-export";
import { matchesQuery, memberFilter, metadataText } from "../src/core/member-match";
import { compareSortKeys, isMetadataField, metadataField, metadataKeyOf, metadataSortKey } from "../src/core/member-order";
import { MAX_METADATA_INDEXES, ScopeMemberIndexes } from "../src/adapters/memory/member-index";
import { applyLocalQuery, createListState, listQuery, listTransition, localQueryChanged, supportsSort } from "../src/core/list.machine";
import type { ListState } from "../src/core/list.machine";
import { isRosterError } from "../src/core/errors";
import { makeMember as member } from "./support/member-fixture";

/**
 * Membership metadata in member lists (R25): the one order and matcher of the core (local mode and the
 * in-memory backend), the list machine's capability checks (never over one page), the export's metadata
 * columns, and the REST query string. The backends are proven by the conformance suite
 * (src/testing/contract-metadata-cases.ts).
 */

const WORKSPACE = { kind: "workspace", workspaceId: "ws-1" } as const;
const LOCAL: AdapterCapabilities = { pagination: "none", search: true, filterByStatus: true, filterByRole: true, sortFields: [], maxPageSize: 1000 };
const SERVER_WITHOUT: AdapterCapabilities = { pagination: "offset", search: true, filterByStatus: true, filterByRole: true, sortFields: ["name"], maxPageSize: 50 };
const SERVER_WITH: AdapterCapabilities = { ...SERVER_WITHOUT, metadata: { sort: true, filter: true } };

const people = [
  member({ id: "u-1", name: "Ann", metadata: { dept: "Sales", size: 10 } }),
  member({ id: "u-2", name: "Bob", metadata: { dept: "Ops", size: 9 } }),
  member({ id: "u-3", name: "Cid", metadata: { dept: "Sales", size: "n/a" } }),
  member({ id: "u-4", name: "Dee", metadata: {} }),
  member({ id: "u-5", name: "Eve", metadata: { dept: "Sales", size: 9, remote: true } }),
];

function loaded(capabilities: AdapterCapabilities): ListState {
  const list = createListState({ capabilities, scope: WORKSPACE, pageSize: 10 });
  const loading = listTransition(list, { type: "LIST.LOAD" }).state;
  return listTransition(loading, { type: "LIST.LOADED", requestId: loading.lastRequestId, result: { members: people, total: people.length, nextCursor: null } }).state;
}

describe("metadata order and matching", () => {
  it("R25: a metadata key sorts numbers by value, then text (booleans as true/false), then members without it", () => {
    const keys = [metadataSortKey("b"), metadataSortKey(undefined), metadataSortKey(10), metadataSortKey(true), metadataSortKey(9), metadataSortKey(null)];
    expect([...keys].sort(compareSortKeys)).toEqual([9, 10, "b", "true", null, null]);
  });

  it("R25: a metadata filter matches a value's text (a number or boolean as JSON writes it), never a missing or null value", () => {
    expect([metadataText("x"), metadataText(42), metadataText(1.5), metadataText(false), metadataText(null), metadataText(undefined)]).toEqual(["x", "42", "1.5", "false", null, null]);
    const filter = memberFilter({ scope: WORKSPACE, search: "", statuses: [], roles: [], metadata: [{ key: "size", value: "9" }] });
    const kept = people.filter((person) => matchesQuery(filter, { status: person.status, role: person.role, searchText: "", metadata: person.metadata }));
    expect(kept.map((person) => person.id)).toEqual(["u-2", "u-5"]);
    expect(memberFilter({ scope: { kind: "instance" }, search: "", statuses: [], roles: [], metadata: [{ key: "size", value: "9" }] }).filtering).toBe(false);
  });
});

describe("list machine and metadata", () => {
  it("R25: local mode sorts and filters by metadata itself, with the core's order and matcher", () => {
    let list = loaded(LOCAL);
    list = listTransition(list, { type: "LIST.SORT", sort: { field: metadataField("size"), direction: "asc" } }).state;
    const members = MemberMap.empty().with(people, (person) => person);
    expect(applyLocalQuery(list, members).ids).toEqual(["u-2", "u-5", "u-1", "u-3", "u-4"]);
    list = listTransition(list, { type: "LIST.FILTER_METADATA", metadata: [{ key: "dept", value: "Sales" }] }).state;
    expect(list.refusal).toBeNull();
    expect(applyLocalQuery(list, members)).toMatchObject({ ids: ["u-5", "u-1", "u-3"], rowCount: 3 });
  });

  it("R25: local mode recomputes when a field the query reads changes: the sort field under a metadata filter, metadata under a metadata sort", () => {
    const members = MemberMap.empty().with(people, (person) => person);
    const renamed = members.with([{ ...(people[0] as Member), name: "Zed" }], (person) => person);
    const remetadata = members.with([{ ...(people[0] as Member), metadata: { dept: "Ops", size: 1 } }], (person) => person);
    let list = listTransition(loaded(LOCAL), { type: "LIST.FILTER_METADATA", metadata: [{ key: "dept", value: "Sales" }] }).state;
    expect(localQueryChanged(list, members, renamed)).toBe(true);
    expect(localQueryChanged(list, members, remetadata)).toBe(true);
    list = listTransition(loaded(LOCAL), { type: "LIST.SORT", sort: { field: metadataField("size"), direction: "asc" } }).state;
    expect(localQueryChanged(list, members, remetadata)).toBe(true);
    expect(localQueryChanged(list, members, renamed)).toBe(false);
  });

  it("R25: a server that does not declare metadata is never asked to sort or filter by it, and the list says why", () => {
    const list = loaded(SERVER_WITHOUT);
    expect(supportsSort(list, metadataField("dept"))).toBe(false);
    const sorted = listTransition(list, { type: "LIST.SORT", sort: { field: metadataField("dept"), direction: "asc" } });
    expect(sorted.effects).toEqual([]);
    expect(sorted.state.refusal).toMatchObject({ feature: "sort", rule: "R25" });
    const filtered = listTransition(list, { type: "LIST.FILTER_METADATA", metadata: [{ key: "dept", value: "Sales" }] });
    expect(filtered.effects).toEqual([]);
    expect(filtered.state.refusal).toMatchObject({ feature: "filterByMetadata", rule: "R25" });
  });

  it("R25: a server that declares metadata gets the sort and the filter in its query, from the first page", () => {
    const list = listTransition(loaded(SERVER_WITH), { type: "LIST.PAGE", pageIndex: 0 }).state;
    const sorted = listTransition(list, { type: "LIST.SORT", sort: { field: metadataField("dept"), direction: "desc" } }).state;
    const filtered = listTransition(sorted, { type: "LIST.FILTER_METADATA", metadata: [{ key: "remote", value: "true" }] });
    const fetch = filtered.effects.find((effect) => effect.type === "list.fetch");
    expect(fetch).toMatchObject({ query: { sort: { field: "metadata.dept", direction: "desc" }, metadata: [{ key: "remote", value: "true" }], page: { kind: "offset", offset: 0 } } });
  });

  it("R25: switching to the list of every user drops the metadata filter and sort (metadata is a membership's)", () => {
    let list = loaded(SERVER_WITH);
    list = listTransition(list, { type: "LIST.SORT", sort: { field: metadataField("dept"), direction: "asc" } }).state;
    list = listTransition(list, { type: "LIST.FILTER_METADATA", metadata: [{ key: "dept", value: "Ops" }] }).state;
    const switched = listTransition(list, { type: "LIST.SCOPE", scope: { kind: "instance" } }).state;
    expect(listQuery(switched)).toMatchObject({ scope: { kind: "instance" }, sort: { field: "name", direction: "asc" } });
    expect(listQuery(switched).metadata).toBeUndefined();
    expect(supportsSort(switched, metadataField("dept"))).toBe(false);
  });
});

describe("in-memory indexes of metadata orders", () => {
  it("R25: keeps at most MAX_METADATA_INDEXES metadata orders per scope, dropping the least recently used, and rebuilds one on demand", () => {
    const byId = new Map(people.map((person) => [person.id, person]));
    const indexes = new ScopeMemberIndexes(
      () => byId.keys(),
      (field, id) => (isMetadataField(field) ? metadataSortKey(byId.get(id)?.metadata[metadataKeyOf(field)]) : (byId.get(id)?.name ?? null)),
    );
    indexes.get("name", "asc");
    for (let key = 0; key < MAX_METADATA_INDEXES + 3; key += 1) indexes.get(metadataField(`k${key}`), "asc");
    expect(indexes.builtCount).toBe(1 + MAX_METADATA_INDEXES);
    const bySize = indexes.get(metadataField("size"), "desc");
    // Descending: members without the key first, then text, then numbers; ties by id ascending.
    expect(Array.from({ length: bySize.size }, (_, position) => bySize.at(position))).toEqual(["u-4", "u-3", "u-1", "u-2", "u-5"]);
    expect(indexes.get(metadataField("k0"), "asc").size).toBe(people.length);
    expect(indexes.builtCount).toBe(1 + MAX_METADATA_INDEXES);
  });
});

describe("export and REST", () => {
  it("R25: an export column may name a metadata key: its value's text, empty when missing", () => {
    const columns = exportColumns(["name", metadataField("size"), metadataField("remote")]);
    expect(memberExportCells(people[4] as Member, columns, () => undefined)).toEqual(["Eve", "9", "true"]);
    expect(memberExportCells(people[3] as Member, columns, () => undefined)).toEqual(["Dee", "", ""]);
    expect(() => exportColumns(["metadata."])).toThrow(/Unknown export column "metadata\."/);
  });

  it("R25: the REST query string carries a metadata sort and filters, a key with a colon included, and refuses a malformed filter", () => {
    const query: MemberQuery = {
      scope: WORKSPACE,
      search: "",
      statuses: [],
      roles: [],
      metadata: [{ key: "dept", value: "R&D, \"core\"" }, { key: "a:b", value: "1" }],
      sort: { field: metadataField("start:date"), direction: "desc" },
      page: { kind: "offset", offset: 0, limit: 25 },
    };
    const params = memberQueryToSearchParams(query);
    expect(memberQueryFromSearchParams(WORKSPACE, params)).toEqual(query);
    const bad = new URLSearchParams({ metadata: "[1,2]" });
    let error: unknown;
    try {
      memberQueryFromSearchParams(WORKSPACE, bad);
    } catch (caught) {
      error = caught;
    }
    expect(isRosterError(error) && error.code === "validation" && error.fieldErrors["metadata"]).toMatch(/JSON object of metadata keys/);
    expect(REST_DEFAULT_CAPABILITIES.metadata).toEqual({ sort: true, filter: true });
  });
});
