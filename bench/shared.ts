/**
 * What both implementations of the bench (Rosterkit and the bare floor) share: one in-memory backend
 * over a generated roster of N members, all in one workspace (`workspaces: 1`, so the `ws-1` list has
 * N rows), seen by the super admin `u-1`; and, for the long-list mode, an adapter that answers the
 * whole list at once (`pagination: "none"`).
 *
 * Status changes answer after {@link STATUS_LATENCY_MS} (a fast network), reads at once: an optimistic
 * update is painted before the server's answer, as on any real network, so "confirm → badge painted"
 * measures the optimistic paint alone and "confirm → settled" the answer, applied and painted.
 * @module
 */
import type { ListMembersParams, ListMembersResult, RosterAdapter } from "../src/core/adapter.types";
import type { Actor, Member, Scope } from "../src/core/domain.types";
import { MAX_PAGE_SIZE } from "../src/core/vocabulary";
import type { MemoryBackend } from "../src/adapters";
import { createMemoryBackend, generateSeed } from "../src/adapters";

export const PAGE_SIZE = 50;
export const SCOPE: Scope = { kind: "workspace", workspaceId: "ws-1" };
export const ACTOR_ID = "u-1";
/** Matches ~1/60 of the generated members (last name "Hopper" in name and email). */
export const SEARCH_TERM = "hopper";

/** How long a status change takes to answer: a fast network's round trip. */
export const STATUS_LATENCY_MS = 30;

export interface BenchBackend {
  readonly backend: MemoryBackend;
  readonly adapter: RosterAdapter;
  readonly actor: Actor;
  /** How many status changes the backend has answered so far. */
  readonly statusAnswers: () => number;
}

/** `statusLatencyMs` 0: the backend answers in the same task (the core bench times the backend itself). */
export function createBenchBackend(members: number, statusLatencyMs = STATUS_LATENCY_MS): BenchBackend {
  const backend = createMemoryBackend({ dataset: generateSeed({ members, workspaces: 1 }), config: { lifecycle: "archive", deployment: "cloud" } });
  const inner = backend.as(ACTOR_ID);
  let answers = 0;
  const adapter: RosterAdapter = {
    ...inner,
    changeStatus: async (params) => {
      if (statusLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, statusLatencyMs));
      try {
        return await inner.changeStatus(params);
      } finally {
        answers += 1;
      }
    },
  };
  return { backend, adapter, actor: backend.actorFor(ACTOR_ID), statusAnswers: () => answers };
}

/** Reads the whole list of the scope, sorted by name, through pages of the backend's largest size. */
export async function loadAll(adapter: RosterAdapter, sort: ListMembersParams["sort"] = { field: "name", direction: "asc" }): Promise<Member[]> {
  const all: Member[] = [];
  const signal = new AbortController().signal;
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await adapter.listMembers({ scope: SCOPE, search: "", statuses: [], roles: [], sort, page: { kind: "offset", offset, limit: MAX_PAGE_SIZE }, signal });
    all.push(...page.members);
    if (page.members.length < MAX_PAGE_SIZE) return all;
  }
}

/**
 * The long-list adapter: declares `pagination: "none"` with a max page of the whole list, so the
 * Rosterkit store loads everything once and searches/sorts locally (list.machine local mode). The full
 * list is read from the backend before the measured mount (as a host would have it from one request)
 * and kept in step with status changes, so a reload never shows stale rows.
 */
export function createWholeListAdapter(inner: RosterAdapter, all: Member[]): RosterAdapter {
  const index = new Map(all.map((member, position) => [member.id, position]));
  return {
    ...inner,
    capabilities: { ...inner.capabilities, pagination: "none", maxPageSize: Math.max(all.length, 1) },
    listMembers: async (): Promise<ListMembersResult> => ({ members: all.slice(), total: all.length, nextCursor: null }),
    changeStatus: async (params) => {
      const result = await inner.changeStatus(params);
      const position = index.get(result.member.id);
      if (position !== undefined) all[position] = result.member;
      return result;
    },
  };
}
