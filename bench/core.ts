/**
 * Core-only figures in Node, at 100,000 members: the memory backend answering a page, and a status
 * change through the backend and through the store; each next to a naive floor over a plain array
 * (filter + sort + slice per page; `map` to replace one member). Built by run.mjs with Vite (SSR) and
 * imported from there.
 * @module
 */
import type { ListMembersParams, MemberSort } from "../src/core/adapter.types";
import type { Member } from "../src/core/domain.types";
import { localListQuery } from "../src/core/list.machine";
import { statusChangeMachine } from "../src/core/status-change.machine";
import { createRosterStore } from "../src/core/store";
import type { RosterStore } from "../src/core/store";
import { PAGE_SIZE, SCOPE, SEARCH_TERM, createBenchBackend, createWholeListAdapter, loadAll } from "./shared";

export interface CoreFigure {
  readonly id: string;
  readonly label: string;
  /** Median milliseconds per operation. */
  readonly rosterkit: number;
  readonly floor: number;
  readonly runs: { readonly rosterkit: number; readonly floor: number };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Median time of `op` over up to `runs` runs or `budgetMs`, after two warm-up runs. */
async function time(op: (run: number) => unknown, runs: number, budgetMs = 4000): Promise<{ median: number; runs: number }> {
  await op(-1);
  await op(-2);
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let run = 0; run < runs && (run < 5 || performance.now() < deadline); run += 1) {
    const start = performance.now();
    await op(run);
    samples.push(performance.now() - start);
  }
  return { median: median(samples), runs: samples.length };
}

const signal = new AbortController().signal;
const query = (sort: MemberSort, search = "", offset = 0): ListMembersParams => ({
  scope: SCOPE,
  search,
  statuses: [],
  roles: [],
  sort,
  page: { kind: "offset", offset, limit: PAGE_SIZE },
  signal,
});

/** The naive floor backend: the whole array filtered, sorted and sliced per request. */
function floorPage(all: readonly Member[], sort: MemberSort, search = "", offset = 0): Member[] {
  const needle = search.toLowerCase();
  const sign = sort.direction === "asc" ? 1 : -1;
  const key = (member: Member): string => (sort.field === "name" ? member.name : sort.field === "lastActiveAt" ? (member.lastActiveAt ?? "") : member.email).toLowerCase();
  return all
    .filter((member) => needle === "" || member.name.toLowerCase().includes(needle) || member.email.toLowerCase().includes(needle))
    .sort((a, b) => {
      const left = key(a);
      const right = key(b);
      return left === right ? 0 : left < right ? -sign : sign;
    })
    .slice(offset, offset + PAGE_SIZE);
}

function nextSnapshot(store: RosterStore, test: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) return resolve();
    const timer = setTimeout(() => reject(new Error("store: timeout")), 30_000);
    const stop = store.subscribe(() => {
      if (!test()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

export async function runCore(members = 100_000, log: (line: string) => void = () => undefined): Promise<CoreFigure[]> {
  const figures: CoreFigure[] = [];
  const add = (id: string, label: string, kit: { median: number; runs: number }, floor: { median: number; runs: number }) => {
    figures.push({ id, label, rosterkit: kit.median, floor: floor.median, runs: { rosterkit: kit.runs, floor: floor.runs } });
    log(`  core ${label}: rosterkit ${kit.median.toFixed(3)} ms, floor ${floor.median.toFixed(3)} ms`);
  };

  const { adapter, actor } = createBenchBackend(members, 0);
  const all = await loadAll(adapter);
  const byName: MemberSort = { field: "name", direction: "asc" };
  const byActivity: MemberSort = { field: "lastActiveAt", direction: "desc" };

  add("list-page", "list query: first page of 50 by name", await time(() => adapter.listMembers(query(byName)), 300), await time(() => floorPage(all, byName), 30));
  add("list-page-deep", "list query: page at offset 50,000", await time(() => adapter.listMembers(query(byName, "", 50_000)), 300), await time(() => floorPage(all, byName, "", 50_000), 30));
  add("list-sorted", "list query: first page by last active, desc", await time(() => adapter.listMembers(query(byActivity)), 300), await time(() => floorPage(all, byActivity), 30));
  add("list-search", `list query: search "${SEARCH_TERM}"`, await time(() => adapter.listMembers(query(byName, SEARCH_TERM)), 300), await time(() => floorPage(all, byName, SEARCH_TERM), 30));

  // Status change through the backend: archive and unarchive alternately, the same active member.
  const target = all.find((member) => member.id !== actor.userId && member.status === "active" && member.role !== "admin");
  if (!target) throw new Error("core: no member to archive");
  let version = target.version;
  let key = 0;
  let archived = false;
  const backendChange = await time(async () => {
    key += 1;
    const action = archived ? "unarchive" : "archive";
    const result = await adapter.changeStatus({ scope: SCOPE, memberId: target.id, action, expectedVersion: version, idempotencyKey: `k${key}`, signal });
    version = result.member.version;
    archived = !archived;
  }, 300);
  let floorRows: Member[] = all.slice();
  const floorChange = await time((run) => {
    const status = run % 2 === 0 ? "archived" : "active";
    floorRows = floorRows.map((member) => (member.id === target.id ? { ...member, status } : member));
  }, 300);
  add("status-backend", "status change: backend changeStatus", backendChange, floorChange);

  // Optimistic status change in the store, STATUS.OPEN + CONFIRM until the pending status is in the
  // snapshot (synchronous), in server-paged mode and in local mode (all members loaded).
  for (const mode of ["paged", "long"] as const) {
    const list = mode === "long" ? await loadAll(adapter) : [];
    const store = createRosterStore({
      adapter: mode === "long" ? createWholeListAdapter(adapter, list) : adapter,
      actor,
      scope: SCOPE,
      pageSize: mode === "long" ? list.length : PAGE_SIZE,
      config: { lifecycle: "archive", deployment: "cloud" },
      machines: [statusChangeMachine],
      localQuery: localListQuery,
    });
    await nextSnapshot(store, () => store.getSnapshot().list.status === "ready" && store.getSnapshot().workspaces.status === "ready");
    const candidates = store.getSnapshot().rows.filter((id) => {
      const member = store.getSnapshot().members.get(id);
      return member !== undefined && id !== actor.userId && member.status === "active" && member.role !== "admin";
    });
    let next = 0;
    const optimisticSamples: number[] = [];
    const done = await time(async (run) => {
      // Archive and unarchive in turn: a page holds few candidates, and an archived member cannot be archived again.
      const id = candidates[next++ % candidates.length] ?? "";
      const action = store.getSnapshot().members.get(id)?.status === "archived" ? "unarchive" : "archive";
      const start = performance.now();
      store.send({ type: "STATUS.OPEN", memberId: id, action });
      store.send({ type: "STATUS.CONFIRM" });
      if (run >= 0) optimisticSamples.push(performance.now() - start);
      if (store.getSnapshot().statusChange.status !== "applying") throw new Error(`store: ${action} of ${id} not applying (${store.getSnapshot().statusChange.status})`);
      await nextSnapshot(store, () => store.getSnapshot().statusChange.status !== "applying" && store.getSnapshot().workspaces.status === "ready");
      const outcome = store.getSnapshot().statusChange.status;
      if (outcome !== "done") throw new Error(`store: status change of ${id} ended ${outcome}`);
    }, mode === "long" ? 15 : 60);
    store.destroy();
    // The floor's optimistic update of the same size: one member replaced in the array shown.
    let rows: Member[] = mode === "long" ? list.slice() : all.slice(0, PAGE_SIZE);
    const floor = await time((run) => {
      const id = rows[run < 0 ? 0 : run % rows.length]?.id;
      rows = rows.map((member) => (member.id === id ? { ...member, status: "archived" } : member));
    }, 300);
    // The floor's whole change: optimistic replace, the backend's answer, replace again.
    const floorDone = await time(async () => {
      key += 1;
      const action = archived ? "unarchive" : "archive";
      rows = rows.map((member) => (member.id === target.id ? { ...member, status: archived ? "active" : "archived" } : member));
      const result = await adapter.changeStatus({ scope: SCOPE, memberId: target.id, action, expectedVersion: version, idempotencyKey: `k${key}`, signal });
      version = result.member.version;
      archived = !archived;
      rows = rows.map((member) => (member.id === target.id ? result.member : member));
    }, mode === "long" ? 15 : 60);
    const where = mode === "long" ? "whole list loaded (local mode)" : "page of 50";
    add(`status-store-${mode}-optimistic`, `status change: store, ${where}, OPEN+CONFIRM → pending set (sync)`, { median: median(optimisticSamples), runs: optimisticSamples.length }, floor);
    add(`status-store-${mode}-done`, `status change: store, ${where}, OPEN → server answer applied`, done, floorDone);
  }
  return figures;
}
