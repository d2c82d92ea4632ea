import type { ActivityAction, ActivityEvent, ActivityPage } from "./activity.types";
import type { Scope } from "./domain.types";
import type { RosterError } from "./errors";
import type { MachineSlice, SharedEffect, Transition } from "./store.types";
import { stay } from "./store.types";

/**
 * Reading the activity history (R28): each open view of it (a member's timeline, the console's activity
 * log) is a feed under its own name, with its filter, the events loaded so far (newest first), the cursor
 * of the next page, and what is loading or failed. The store's scope says whose log: the workspace's, or
 * the instance's for super admins (R1, R2); the backend decides the rights and its refusal is the feed's
 * error. The history is read only: nothing here writes it.
 *
 * Per feed: `loading → ready | error`; from `ready`, `more` loads the next page (`loading` with
 * `page: "more"`, the events kept); from `error`, `retry` asks the failed page again. A new `load` (a new
 * filter, or the member changed) starts over and supersedes any request of the feed.
 * @module
 */

/** Which events a feed shows. Empty `actions` means every action. */
export interface ActivityFilter {
  /** Only events whose target is this member. */
  readonly memberId: string | null;
  /** Only events this user made. */
  readonly actorId: string | null;
  readonly actions: readonly ActivityAction[];
}

/** One view of the history, as the snapshot holds it. */
export interface ActivityFeed {
  readonly status: "loading" | "ready" | "error";
  /** Which page is loading or failed: the newest (`first`) or the next older one (`more`). */
  readonly page: "first" | "more";
  readonly filter: ActivityFilter;
  /** Events loaded so far, newest first; while the first page loads again, the previous ones. */
  readonly events: readonly ActivityEvent[];
  /** Cursor of the next older page; `null` when every event was loaded. */
  readonly nextCursor: string | null;
  readonly error: RosterError | null;
  /** How many events a page asks for. */
  readonly limit: number;
  /** The request the feed waits for: an answer for another one is late and dropped. */
  readonly request: number;
}

/** State of the activity machine. */
export interface ActivityState {
  /** Whether the backend keeps a history (the adapter has `listActivity`); without it no feed loads. */
  readonly available: boolean;
  /** The open feeds, by name. */
  readonly feeds: Readonly<Record<string, ActivityFeed>>;
  /** The number of the latest request, so each request is told apart from the ones before it. */
  readonly requests: number;
}

/** Events per page unless a feed asks for another size. */
export const ACTIVITY_PAGE_SIZE = 20;

/** Events a UI sends. `feed` names the view: one per timeline or log on screen. */
export type ActivityCommand =
  /** Open a feed, or start it over with a new filter: loads its newest page. */
  | { readonly type: "ACTIVITY.LOAD"; readonly feed: string; readonly filter?: Partial<ActivityFilter>; readonly limit?: number }
  /** Load the next older page of a ready feed. */
  | { readonly type: "ACTIVITY.MORE"; readonly feed: string }
  /** Ask a failed page again. */
  | { readonly type: "ACTIVITY.RETRY"; readonly feed: string }
  /** Forget a feed (its view closed); its request is aborted. */
  | { readonly type: "ACTIVITY.CLOSE"; readonly feed: string };

/** What one page request is: what its answer is reported against. */
export interface ActivityRequest {
  readonly feed: string;
  readonly request: number;
  readonly scope: Scope;
  readonly filter: ActivityFilter;
  readonly cursor: string | null;
  readonly limit: number;
}

/** Every event of the activity machine. */
export type ActivityMachineEvent =
  | (ActivityRequest & { readonly type: "ACTIVITY.REQUEST" })
  | { readonly type: "ACTIVITY.CLOSED"; readonly feed: string }
  | { readonly type: "ACTIVITY.SUCCEEDED"; readonly feed: string; readonly request: number; readonly page: ActivityPage }
  | { readonly type: "ACTIVITY.FAILED"; readonly feed: string; readonly request: number; readonly error: RosterError }
  /** The scope changed: every feed is of the previous scope's log. */
  | { readonly type: "ACTIVITY.RESET" };

/** Effects of the activity machine. */
export type ActivityEffect = (ActivityRequest & { readonly type: "activity.fetch" }) | { readonly type: "activity.abort"; readonly feed: string } | SharedEffect;

const NO_FILTER: ActivityFilter = Object.freeze({ memberId: null, actorId: null, actions: Object.freeze([]) });

/** The machine's first state: no feed open. */
export function initialActivityState(available: boolean): ActivityState {
  return { available, feeds: Object.freeze({}), requests: 0 };
}

function withFeed(state: ActivityState, feed: string, entry: ActivityFeed | undefined, requests = state.requests): ActivityState {
  const feeds = { ...state.feeds };
  if (entry === undefined) delete feeds[feed];
  else feeds[feed] = entry;
  return { ...state, requests, feeds };
}

function request(state: ActivityState, event: ActivityRequest): Transition<ActivityState, ActivityEffect> {
  const previous = state.feeds[event.feed];
  const more = event.cursor !== null;
  const feed: ActivityFeed = {
    status: "loading",
    page: more ? "more" : "first",
    filter: event.filter,
    events: previous?.events ?? [],
    nextCursor: more ? event.cursor : (previous?.nextCursor ?? null),
    error: null,
    limit: event.limit,
    request: event.request,
  };
  return { state: withFeed(state, event.feed, feed, event.request), effects: [{ ...event, type: "activity.fetch" }] };
}

function settle(state: ActivityState, event: Extract<ActivityMachineEvent, { type: "ACTIVITY.SUCCEEDED" | "ACTIVITY.FAILED" }>): Transition<ActivityState, ActivityEffect> {
  const feed = state.feeds[event.feed];
  if (feed?.status !== "loading" || feed.request !== event.request) return stay(state);
  if (event.type === "ACTIVITY.FAILED") return stay(withFeed(state, event.feed, { ...feed, status: "error", error: event.error }));
  const { events, nextCursor } = event.page;
  const loaded = feed.page === "more" ? [...feed.events, ...events] : events;
  return stay(withFeed(state, event.feed, { ...feed, status: "ready", events: loaded, nextCursor, error: null }));
}

/**
 * The activity transition function.
 * @example
 * const { state, effects } = activityTransition(initialActivityState(true), { type: "ACTIVITY.REQUEST", feed: "log", request: 1, scope, filter, cursor: null, limit: 20 });
 * // state.feeds.log.status === "loading"; effects: [activity.fetch]
 */
export function activityTransition(state: ActivityState, event: ActivityMachineEvent): Transition<ActivityState, ActivityEffect> {
  switch (event.type) {
    case "ACTIVITY.REQUEST":
      return request(state, event);
    case "ACTIVITY.SUCCEEDED":
    case "ACTIVITY.FAILED":
      return settle(state, event);
    case "ACTIVITY.CLOSED":
      if (state.feeds[event.feed] === undefined) return stay(state);
      return { state: withFeed(state, event.feed, undefined), effects: [{ type: "activity.abort", feed: event.feed }] };
    case "ACTIVITY.RESET":
      return stay(Object.keys(state.feeds).length === 0 ? state : { ...state, feeds: Object.freeze({}) });
  }
}

function filterOf(input: Partial<ActivityFilter> | undefined): ActivityFilter {
  if (input === undefined) return NO_FILTER;
  return { memberId: input.memberId ?? null, actorId: input.actorId ?? null, actions: input.actions ?? [] };
}

function resolveCommand(command: ActivityCommand, state: ActivityState, scope: Scope): ActivityMachineEvent | null {
  if (!state.available) return null;
  const feed = state.feeds[command.feed];
  const next = state.requests + 1;
  switch (command.type) {
    case "ACTIVITY.LOAD":
      return { type: "ACTIVITY.REQUEST", feed: command.feed, request: next, scope, filter: filterOf(command.filter), cursor: null, limit: command.limit ?? feed?.limit ?? ACTIVITY_PAGE_SIZE };
    case "ACTIVITY.MORE":
      if (feed?.status !== "ready" || feed.nextCursor === null) return null;
      return { type: "ACTIVITY.REQUEST", feed: command.feed, request: next, scope, filter: feed.filter, cursor: feed.nextCursor, limit: feed.limit };
    case "ACTIVITY.RETRY":
      if (feed?.status !== "error") return null;
      return { type: "ACTIVITY.REQUEST", feed: command.feed, request: next, scope, filter: feed.filter, cursor: feed.page === "more" ? feed.nextCursor : null, limit: feed.limit };
    case "ACTIVITY.CLOSE":
      return { type: "ACTIVITY.CLOSED", feed: command.feed };
  }
}

/**
 * The activity history as a slice of the store: a feed reads the store's scope (a workspace, or the
 * instance) when it loads, and a scope switch forgets every feed (the views load the new scope's log).
 * Public as `activityMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [activityMachine] })`, `store.use(activityMachine)`, or the activity views, `ActivityLog` and `MemberTimeline` (R28) through
 * `useRosterMachine`); its state is then `snapshot.activity`.
 */
export const activityMachine: MachineSlice<"activity", ActivityState, ActivityCommand, ActivityMachineEvent, Exclude<ActivityEffect, SharedEffect>> = {
  key: "activity",
  commands: ["ACTIVITY.LOAD", "ACTIVITY.MORE", "ACTIVITY.RETRY", "ACTIVITY.CLOSE"],
  initial: (setup) => initialActivityState(setup.canReadActivity ?? false),
  resolve: (command, state, { facts }) => resolveCommand(command, state, facts.scope),
  transition: activityTransition,
  run(effect, io) {
    const id = `activity:${effect.feed}`;
    if (effect.type === "activity.abort") return io.abort(id);
    const { feed, request: number, scope, filter, cursor, limit } = effect;
    const listActivity = io.adapter.listActivity;
    if (listActivity === undefined) return;
    io.request(
      id,
      (signal) => listActivity.call(io.adapter, { scope, memberId: filter.memberId, actorId: filter.actorId, actions: filter.actions, cursor, limit, signal }),
      (outcome) => (outcome.ok ? { type: "ACTIVITY.SUCCEEDED", feed, request: number, page: outcome.value } : { type: "ACTIVITY.FAILED", feed, request: number, error: outcome.error }),
    );
  },
  scopeChanged: () => ({ type: "ACTIVITY.RESET" }),
};
