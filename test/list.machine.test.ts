import { describe, expect, it } from "vitest";
import type { AdapterCapabilities, Member, MemberStatus } from "../src/core";
import type { ListEffect, ListEvent, ListState } from "../src/core/list.machine";
import { RosterError } from "../src/core";
import { applyLocalQuery, createListState, listRefusalSentence, listTransition, localQueryChanged, pageInfo } from "../src/core/list.machine";
import { createMemberMap } from "../src/core/member-map";
import { runEvents } from "./support/machine";
import { makeMember } from "./support/member-fixture";

const WS = { kind: "workspace", workspaceId: "ws-1" } as const;

const LOCAL: AdapterCapabilities = { pagination: "none", search: false, filterByStatus: false, filterByRole: false, sortFields: [], maxPageSize: 10_000 };
const OFFSET_BARE: AdapterCapabilities = { pagination: "offset", search: false, filterByStatus: false, filterByRole: false, sortFields: ["name"], maxPageSize: 100 };
const OFFSET_FULL: AdapterCapabilities = { pagination: "offset", search: true, filterByStatus: true, filterByRole: true, sortFields: ["name", "email", "status"], maxPageSize: 100 };
const CURSOR: AdapterCapabilities = { ...OFFSET_FULL, pagination: "cursor" };

function member(id: string, name: string, status: MemberStatus = "active", role = "builder"): Member {
  return makeMember({ id, scope: WS, name, email: `${name.toLowerCase()}@example.com`, status, role });
}

/** Runs events in order; returns the last state and every effect. */
function run(state: ListState, events: readonly ListEvent[]): { state: ListState; effects: ListEffect[] } {
  return runEvents(listTransition, state, events);
}

function loaded(capabilities: AdapterCapabilities, members: readonly Member[], extra: { total?: number | null; nextCursor?: string | null } = {}): ListState {
  const start = createListState({ capabilities, scope: WS, pageSize: 2 });
  return run(start, [{ type: "LIST.LOAD" }, { type: "LIST.LOADED", requestId: 1, result: { members, total: extra.total === undefined ? members.length : extra.total, nextCursor: extra.nextCursor ?? null } }]).state;
}

const ada = member("u-ada", "Ada");
const bob = member("u-bob", "Bob", "invited");
const cy = member("u-cy", "Cy", "archived", "admin");

describe("list machine", () => {
  type Refused = [title: string, capabilities: AdapterCapabilities, event: ListEvent, feature: string];
  const refused: Refused[] = [
    ["R25: a server-paged list refuses a search the server does not declare", OFFSET_BARE, { type: "LIST.SEARCH", search: "ada" }, "search"],
    ["R25: a server-paged list refuses a status filter the server does not declare", OFFSET_BARE, { type: "LIST.FILTER_STATUS", statuses: ["active"] }, "filterByStatus"],
    ["R25: a server-paged list refuses a role filter the server does not declare", OFFSET_BARE, { type: "LIST.FILTER_ROLE", roles: ["admin"] }, "filterByRole"],
    ["R25: a server-paged list refuses a sort by a field the server does not declare", OFFSET_BARE, { type: "LIST.SORT", sort: { field: "email", direction: "asc" } }, "sort"],
  ];
  it.each(refused)("%s", (_title, capabilities, event, feature) => {
    const before = loaded(capabilities, [ada, bob]);
    const { state, effects } = listTransition(before, event);
    expect(effects).toEqual([]);
    expect(state.refusal).toMatchObject({ feature, rule: "R25" });
    expect(state.refusal && listRefusalSentence(state.refusal)).toMatch(/server pages this list/);
    expect({ search: state.search, statuses: state.statuses, roles: state.roles, sort: state.sort }).toEqual({
      search: before.search,
      statuses: before.statuses,
      roles: before.roles,
      sort: before.sort,
    });
  });

  type Sent = [title: string, event: ListEvent, expected: Record<string, unknown>];
  const sent: Sent[] = [
    ["R25: a declared server search goes to the server, from the first page", { type: "LIST.SEARCH", search: "ada" }, { search: "ada" }],
    ["R25: a declared status filter goes to the server", { type: "LIST.FILTER_STATUS", statuses: ["invited"] }, { statuses: ["invited"] }],
    ["R25: a declared role filter goes to the server", { type: "LIST.FILTER_ROLE", roles: ["admin"] }, { roles: ["admin"] }],
    ["R25: a declared sort goes to the server", { type: "LIST.SORT", sort: { field: "status", direction: "desc" } }, { sort: { field: "status", direction: "desc" } }],
  ];
  it.each(sent)("%s", (_title, event, expected) => {
    const onPage2 = run(loaded(OFFSET_FULL, [ada, bob], { total: 6 }), [{ type: "LIST.PAGE", pageIndex: 2 }]).state;
    expect(onPage2.pageIndex).toBe(2);
    const { state, effects } = listTransition(onPage2, event);
    expect(state.pageIndex).toBe(0);
    expect(effects).toEqual([
      { type: "list.abort", requestId: 2 },
      { type: "list.fetch", requestId: 3, query: expect.objectContaining({ ...expected, page: { kind: "offset", offset: 0, limit: 2 } }) },
    ]);
  });

  it("R25: without server paging the core searches, filters, sorts and pages the full list locally", () => {
    const dan = member("u-dan", "Dan");
    const state = loaded(LOCAL, [dan, cy, bob, ada]);
    const members = createMemberMap([ada, bob, cy, dan]);
    expect(applyLocalQuery(state, members)).toEqual({ ids: ["u-ada", "u-bob"], rowCount: 4, pageIndex: 0 });

    const searched = listTransition(state, { type: "LIST.SEARCH", search: "AN" });
    expect(searched.effects).toEqual([]);
    expect(applyLocalQuery(searched.state, members)).toEqual({ ids: ["u-dan"], rowCount: 1, pageIndex: 0 });

    const filtered = run(state, [{ type: "LIST.FILTER_STATUS", statuses: ["active", "archived"] }, { type: "LIST.SORT", sort: { field: "name", direction: "desc" } }]);
    expect(filtered.effects).toEqual([]);
    expect(applyLocalQuery(filtered.state, members)).toEqual({ ids: ["u-dan", "u-cy"], rowCount: 3, pageIndex: 0 });
    expect(applyLocalQuery(run(filtered.state, [{ type: "LIST.PAGE", pageIndex: 1 }]).state, members).ids).toEqual(["u-ada"]);
    expect(applyLocalQuery(run(state, [{ type: "LIST.FILTER_ROLE", roles: ["admin"] }]).state, members).ids).toEqual(["u-cy"]);
    // A page past the end (members changed meanwhile) shows the last page.
    expect(applyLocalQuery(run(state, [{ type: "LIST.PAGE", pageIndex: 5 }]).state, members)).toMatchObject({ ids: ["u-cy", "u-dan"], pageIndex: 1 });
  });

  it("R25: a new fetch aborts the previous one and its late result is dropped", () => {
    const start = createListState({ capabilities: OFFSET_FULL, scope: WS });
    const { state, effects } = run(start, [{ type: "LIST.LOAD" }, { type: "LIST.SEARCH", search: "b" }]);
    expect(effects.map((effect) => effect.type)).toEqual(["list.fetch", "list.abort", "list.fetch"]);
    expect(state.activeRequestId).toBe(2);

    const late = listTransition(state, { type: "LIST.LOADED", requestId: 1, result: { members: [ada], total: 1, nextCursor: null } });
    expect(late.state).toBe(state);
    expect(late.effects).toEqual([]);
    const lateFailure = listTransition(state, { type: "LIST.FAILED", requestId: 1, error: new RosterError("network", "offline") });
    expect(lateFailure.state).toBe(state);

    const current = listTransition(state, { type: "LIST.LOADED", requestId: 2, result: { members: [bob], total: 1, nextCursor: null } });
    expect(current.state).toMatchObject({ status: "ready", ids: ["u-bob"], total: 1, activeRequestId: null });
    expect(current.effects).toEqual([{ type: "members.upsert", members: [bob], replace: true }]);
  });

  it("R25: previous rows stay visible while the next query loads, and after it fails", () => {
    const ready = loaded(OFFSET_FULL, [ada, bob]);
    const reloading = listTransition(ready, { type: "LIST.SEARCH", search: "x" }).state;
    expect(reloading).toMatchObject({ status: "loading", ids: ["u-ada", "u-bob"] });
    const failed = listTransition(reloading, { type: "LIST.FAILED", requestId: 2, error: new RosterError("network", "offline") }).state;
    expect(failed).toMatchObject({ status: "error", ids: ["u-ada", "u-bob"], activeRequestId: null });
    expect(failed.error?.code).toBe("network");
  });

  it("R25: equal query changes fetch nothing and keep the state", () => {
    const ready = loaded(OFFSET_FULL, [ada, bob]);
    for (const event of [
      { type: "LIST.SEARCH", search: "  " },
      { type: "LIST.FILTER_STATUS", statuses: [] },
      { type: "LIST.SORT", sort: ready.sort },
      { type: "LIST.PAGE", pageIndex: 0 },
    ] satisfies ListEvent[]) {
      expect(listTransition(ready, event)).toEqual({ state: ready, effects: [] });
    }
  });

  it("R25: cursor paging follows the server's cursors forwards and back", () => {
    const first = loaded(CURSOR, [ada, bob], { total: null, nextCursor: "c-2" });
    expect(pageInfo(first, first.total, 2)).toMatchObject({ hasNextPage: true, hasPreviousPage: false, pageCount: null });
    expect(listTransition(first, { type: "LIST.PAGE", pageIndex: 2 }).state.refusal?.feature).toBe("page");

    const next = listTransition(first, { type: "LIST.PAGE", pageIndex: 1 });
    expect(next.effects).toContainEqual({ type: "list.fetch", requestId: 2, query: expect.objectContaining({ page: { kind: "cursor", cursor: "c-2", limit: 2 } }) });
    const second = listTransition(next.state, { type: "LIST.LOADED", requestId: 2, result: { members: [cy], total: null, nextCursor: null } }).state;
    expect(pageInfo(second, null, 1)).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const back = listTransition(second, { type: "LIST.PAGE", pageIndex: 0 });
    expect(back.effects).toContainEqual({ type: "list.fetch", requestId: 3, query: expect.objectContaining({ page: { kind: "cursor", cursor: null, limit: 2 } }) });
  });

  it("R25: offset paging stops at the last page the server counted", () => {
    const ready = loaded(OFFSET_FULL, [ada, bob], { total: 3 });
    expect(pageInfo(ready, 3, 2)).toEqual({ pageIndex: 0, pageSize: 2, pageCount: 2, hasPreviousPage: false, hasNextPage: true });
    expect(listTransition(ready, { type: "LIST.PAGE", pageIndex: 1 }).effects).toContainEqual(
      expect.objectContaining({ type: "list.fetch", query: expect.objectContaining({ page: { kind: "offset", offset: 2, limit: 2 } }) }),
    );
    expect(listTransition(ready, { type: "LIST.PAGE", pageIndex: 2 }).state.refusal?.feature).toBe("page");
  });

  it("R2: switching to instance scope reloads from the first page and drops the role filter", () => {
    const filtered = run(loaded(OFFSET_FULL, [ada]), [{ type: "LIST.FILTER_ROLE", roles: ["admin"] }, { type: "LIST.LOADED", requestId: 2, result: { members: [cy], total: 1, nextCursor: null } }]).state;
    const { state, effects } = listTransition(filtered, { type: "LIST.SCOPE", scope: { kind: "instance" } });
    expect(state).toMatchObject({ status: "loading", roles: [], ids: [], pageIndex: 0 });
    expect(effects).toEqual([{ type: "list.fetch", requestId: 3, query: expect.objectContaining({ scope: { kind: "instance" }, roles: [] }) }]);
  });

  it("caps the page size at the server's maximum", () => {
    expect(createListState({ capabilities: { ...OFFSET_FULL, maxPageSize: 50 }, scope: WS, pageSize: 500 }).pageSize).toBe(50);
  });
});

describe("local query invalidation", () => {
  const state = loaded(LOCAL, [ada, bob, cy]);
  const before = createMemberMap([ada, bob, cy]);

  it.each([
    ["the same members", before, false],
    ["a change to a field the query does not read", before.with([{ ...ada, groups: ["g-1"], version: 2 }]), false],
    ["a status change with no status filter (R20: the row repaints, the order stays)", before.with([{ ...bob, status: "archived" }]), false],
    ["a renamed member (the name sort moves it)", before.with([{ ...ada, name: "Zed" }]), true],
    ["a member who joins", before.with([member("u-new", "New")]), true],
    ["a member who leaves", createMemberMap([ada, bob]), true],
  ])("R25: %s → the local query runs again: %s", (_title, after, changed) => {
    expect(localQueryChanged(state, before, after)).toBe(changed);
  });

  it("R25: a status change under a status filter runs the local query again", () => {
    const filtered = run(state, [{ type: "LIST.FILTER_STATUS", statuses: ["invited"] }]).state;
    expect(localQueryChanged(filtered, before, before.with([{ ...bob, status: "archived" }]))).toBe(true);
  });
});
