import type { AdapterCapabilities, RosterAdapter, StatusAction } from "./adapter.types";
import type { AuditRecord } from "./audit.types";
import type { RosterConfig } from "./config";
import type { Actor, CustomGroup, Member, MemberStatus, Role, Scope, WorkspaceSummary } from "./domain.types";
import type { RosterError } from "./errors";
import type { MemberMap } from "./member-map";
import type { Decision, PolicyContext } from "./policy";
import type { InviteeDraft } from "./validation";

/**
 * The contract between the machines and the store. A machine is a slice of the store: its transition
 * returns the next state and the effects, as data; its `resolve` turns a UI command into the machine's
 * own event from what it reads of the snapshot ({@link StoreFacts}); its `run` carries out its own effects
 * (requests) through the store's {@link SliceIO}. The store runs every slice the same way and carries out
 * the effects they share ({@link SharedEffect}); it is the only place that does I/O. Machines import
 * this module and never the store, so the core has no import cycle.
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

/** Status of a resource the store loads. `loading` keeps the previous `data`. */
export type ResourceStatus = "idle" | "loading" | "ready" | "error";

/** A resource the store loads (workspaces, roles, groups). */
export interface ResourceState<T> {
  readonly status: ResourceStatus;
  readonly data: T;
  readonly error: RosterError | null;
}

/** The status a row shows while a change is applied (R20), kept outside the row's data. */
export interface PendingStatus {
  readonly status: MemberStatus;
  readonly action: StatusAction;
  readonly idempotencyKey: string;
}

/**
 * What the store itself holds, besides the machines' states: what every machine may read to resolve a
 * command. Part of the snapshot.
 */
export interface StoreFacts {
  readonly scope: Scope;
  /** Whether the actor may see the current scope (R1, R2). */
  readonly access: Decision;
  /** The policy context, with admin counts from the workspace summaries (R15): pass it to `memberActions`. */
  readonly policy: PolicyContext;
  readonly config: RosterConfig;
  readonly capabilities: AdapterCapabilities;
  /**
   * The members the store holds, by id: the current page, plus members acted on (every member loaded,
   * with a `pagination: "none"` adapter). Read it as a `ReadonlyMap` (`members.get(id)`); one member's
   * change replaces one of its buckets, so it costs the same at 100 or 100,000 members.
   */
  readonly members: MemberMap;
  /** Optimistic statuses of members being changed, by member id (R20). */
  readonly pending: Readonly<Record<string, PendingStatus>>;
  readonly workspaces: ResourceState<readonly WorkspaceSummary[]>;
  readonly roles: ResourceState<readonly Role[]>;
  /** Custom groups of the current workspace (empty in instance scope). */
  readonly groups: ResourceState<readonly CustomGroup[]>;
  /**
   * Whether the adapter exports member lists (it has `exportMembers`, R25): a UI offers the export without
   * running the export machine until it is asked for.
   */
  readonly canExport: boolean;
  /** Whether the adapter keeps an activity history (it has `listActivity`, R28), known without the activity machine. */
  readonly canReadActivity: boolean;
}

/** Put members as the backend answered them into the store's member cache. */
export interface UpsertMembersEffect {
  readonly type: "members.upsert";
  readonly members: readonly Member[];
  /** Keep only these members (a list page replacing the previous one); the default adds to the cache. */
  readonly replace?: boolean;
}

/** Load one member again: what the backend did is not known (an abandoned write) or changed it (a resend). */
export interface RefreshMemberEffect {
  readonly type: "member.refresh";
  readonly memberId: string;
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

/** Show the expected status on a row at once, outside the row data (R20, PERF-NOTES). */
export interface SetPendingEffect {
  readonly type: "pending.set";
  readonly memberId: string;
  readonly status: MemberStatus;
  readonly action: StatusAction;
  readonly idempotencyKey: string;
}

/** Drop a row's optimistic status, if it is still the one of this change: the row shows its data again. */
export interface ClearPendingEffect {
  readonly type: "pending.clear";
  readonly memberId: string;
  readonly idempotencyKey: string;
}

/** Effects that several machines emit; the store carries them out. */
export type SharedEffect =
  | UpsertMembersEffect
  | RefreshMemberEffect
  | RefreshWorkspacesEffect
  | ReloadListEffect
  | AuditEffect
  | SetPendingEffect
  | ClearPendingEffect;

const SHARED_EFFECT_TYPES: ReadonlySet<string> = new Set<SharedEffect["type"]>([
  "members.upsert",
  "member.refresh",
  "workspaces.refresh",
  "list.reload",
  "audit",
  "pending.set",
  "pending.clear",
]);

/** Whether an effect is one the store carries out ({@link SharedEffect}) rather than its machine. */
export function isSharedEffect(effect: { readonly type: string }): effect is SharedEffect {
  return SHARED_EFFECT_TYPES.has(effect.type);
}

/** What a new store gives each machine to build its first state from. */
export interface StoreSetup {
  readonly config: RosterConfig;
  readonly capabilities: AdapterCapabilities;
  readonly scope: Scope;
  /** Rows per page asked for (the list caps it). */
  readonly pageSize?: number;
  /** The first invite draft's values (e.g. a preselected role). */
  readonly inviteDraft?: Partial<InviteeDraft>;
  /** Whether the adapter keeps an activity history (it has `listActivity`, R28). @default false */
  readonly canReadActivity?: boolean;
  /** Whether the adapter exports member lists (it has `exportMembers`). @default false */
  readonly canExport?: boolean;
}

/** What a machine reads when it resolves a command. */
export interface SliceContext {
  /** The store's part of the current snapshot. */
  readonly facts: StoreFacts;
  readonly actor: Actor;
  /** A new idempotency key: one per user intent. */
  createKey(): string;
  /** The store's clock. */
  now(): Date;
}

/** How a machine's own effects reach the backend: through the store, which tracks every request. */
export interface SliceIO<Event> {
  readonly adapter: RosterAdapter;
  /**
   * Starts an adapter call under `id` (a call already under that id is aborted: the new one supersedes
   * it). Its answer comes back to the machine as the event `answer` makes of it; an answer after an
   * abort, a timeout or `destroy()` is dropped. A call that does not settle in `requestTimeoutMs` is
   * answered with a retryable `network` error.
   */
  request<T>(id: string, call: (signal: AbortSignal) => Promise<T>, answer: (outcome: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RosterError }) => Event): void;
  /** Aborts the call under `id`, if any; its answer is dropped. */
  abort(id: string): void;
  /** A request id used once in this store, for writes that never supersede each other. */
  uniqueId(kind: string): string;
  /** Carries out an effect the store shares between machines. */
  shared(effect: SharedEffect): void;
}

/**
 * One machine as the store runs it. Adding a machine is writing one of these next to its transition and
 * listing it in `machines.ts`: the snapshot gets its state under `key`, and the store routes its
 * `commands` to it.
 */
export interface MachineSlice<Key extends string, State, Command extends { readonly type: string }, Event, Effect extends { readonly type: string }> {
  /** Where the machine's state lives in the snapshot. */
  readonly key: Key;
  /** The types of the UI events it handles. */
  readonly commands: readonly Command["type"][];
  /** Its state when the store starts. */
  initial(setup: StoreSetup): State;
  /** The machine's event for a UI command, from what it reads; `null` drops the command. */
  resolve(command: Command, state: State, context: SliceContext): Event | null;
  /** The machine's pure transition function. */
  transition(state: State, event: Event): Transition<State, Effect | SharedEffect>;
  /** Carries out one of its own effects (never a {@link SharedEffect}). */
  run(effect: Effect, io: SliceIO<Event>): void;
  /** The event it receives when the store switches scope, if it cares. */
  scopeChanged?(scope: Scope): Event;
}

/** Any machine slice, as the store holds them side by side. */
export type AnyMachineSlice = MachineSlice<string, unknown, { readonly type: string }, unknown, { readonly type: string }>;
