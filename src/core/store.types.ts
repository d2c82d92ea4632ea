import type { AuditRecord } from "./audit.types";
import type { Member } from "./domain.types";

/**
 * The contract between the machines and the store: a transition returns the next state and the effects,
 * as data, that the store runs (requests, aborts, cache updates, audit). Machines stay pure and
 * testable without an adapter; the store is the only place that does I/O.
 * @module
 */

/** What a transition function returns. An unchanged `state` reference means nothing changed. */
export interface Transition<State, Effect> {
  readonly state: State;
  readonly effects: readonly Effect[];
}

/** The shared empty effect list: transitions without effects return it. */
export const NO_EFFECTS: readonly never[] = Object.freeze([]);

/**
 * A transition that only moves to `state` (or stays, when given the current state), without effects.
 * @example
 * if (event.requestId !== state.activeRequestId) return stay(state); // a late result: dropped
 */
export function stay<State>(state: State): Transition<State, never> {
  return { state, effects: NO_EFFECTS };
}

/** Put members as the backend answered them into the store's member cache. */
export interface UpsertMembersEffect {
  readonly type: "members.upsert";
  readonly members: readonly Member[];
  /** Keep only these members (a list page replacing the previous one); the default adds to the cache. */
  readonly replace?: boolean;
}

/** Load the workspace summaries again (admin and seat counts changed, R15, R16). */
export interface RefreshWorkspacesEffect {
  readonly type: "workspaces.refresh";
}

/** Load the current list query again (new members may belong on the page). */
export interface ReloadListEffect {
  readonly type: "list.reload";
}

/** Report one action to the host's `onEvent` sink. */
export interface AuditEffect {
  readonly type: "audit";
  readonly record: AuditRecord;
}

/** Effects that several machines emit. */
export type SharedEffect = UpsertMembersEffect | RefreshWorkspacesEffect | ReloadListEffect | AuditEffect;
