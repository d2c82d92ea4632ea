import { withAdapterChecks } from "./adapter-checks";
import type { RosterAdapter } from "./adapter.types";
import type { AuditEvent, AuditMemberState, AuditRecord } from "./audit.types";
import type { RosterConfig, RosterConfigInput } from "./config";
import { resolveConfig } from "./config";
import type { Actor, Member, Scope, WorkspaceSummary } from "./domain.types";
import type { RosterError } from "./errors";
import { toRosterError, isAbortError, timeoutError } from "./errors";
import type { LocalListQuery } from "./list.machine";
import { listMachine, pageInfo } from "./list.machine";
import type { RosterMachine } from "./machines";
import { MemberMap } from "./member-map";
import type { PolicyContext } from "./policy";
import { scopeAccess } from "./policy";
import type { RosterEvent, RosterSnapshot, RosterSnapshotWith } from "./snapshot.types";
import type { AnyMachineSlice, PendingStatus, ResourceState, SharedEffect, SliceContext, SliceIO, StoreSetup, Transition } from "./store.types";
import { isSharedEffect } from "./store.types";
import type { InviteeDraft } from "./validation";
import { sameScope } from "./vocabulary";

/**
 * The roster store: runs the machines against an adapter and holds one immutable snapshot for a UI to
 * subscribe to (`useSyncExternalStore`). It always runs the list; every other machine runs once the host
 * adds it (`machines`, `use`), so a bundle carries only the machines its host imports. It runs them all
 * the same way: a UI command goes to the machine that lists it, which resolves it from the snapshot; the
 * machine's state goes into the snapshot under its key; its own effects go to its handlers and the shared
 * ones (member cache, pending statuses, workspace and list reloads, audit) are the store's. The store's types are
 * re-exported here. Rows are kept by id with the page's order as ids, and optimistic
 * statuses live outside the row data, so one member's change touches one row (PERF-NOTES). Every request
 * has its own AbortController: superseded loads are aborted, late answers dropped, and `destroy()` aborts
 * everything. A request that has not settled after `requestTimeoutMs` is aborted and fails as a
 * retryable `network` error, whatever the adapter does with its signal: nothing waits forever.
 * @module
 */

export type { InvitationState } from "./invitation.machine";
export type { RosterEvent, RosterSnapshot, RosterSnapshotWith } from "./snapshot.types";
export type { PendingStatus, ResourceState, ResourceStatus } from "./store.types";
export type { RosterMachine } from "./machines";

/** Options of {@link createRosterStore}. */
export interface RosterStoreOptions {
  readonly adapter: RosterAdapter;
  readonly actor: Actor;
  /** Configuration (resolved with defaults). @default {} */
  readonly config?: RosterConfigInput;
  readonly scope: Scope;
  /** Rows per page, capped at the adapter's `maxPageSize`. @default 25 */
  readonly pageSize?: number;
  /** Audit sink: one event per action taken against the backend, whatever its outcome. */
  readonly onEvent?: (event: AuditEvent) => void;
  /** Creates idempotency keys, one per user intent. @default crypto.randomUUID */
  readonly createIdempotencyKey?: () => string;
  /** Check every adapter answer's shape in development; a production build (NODE_ENV "production") never does. @default true */
  readonly checkAdapterResults?: boolean;
  /** The first invite draft's values (e.g. a preselected role). */
  readonly inviteDraft?: Partial<InviteeDraft>;
  /** Clock for audit events. @default () => new Date() */
  readonly now?: () => Date;
  /**
   * Longest wait for any adapter call (retries included), in milliseconds; `false` waits forever. A call
   * without an answer by then has its signal aborted (reason: a `TimeoutError`) and fails as a retryable
   * `network` error with `timeoutMs` set: an optimistic row rolls back, the dialog can retry (same
   * idempotency key) or close, and a later answer is dropped.
   * @default 30000
   */
  readonly requestTimeoutMs?: number | false;
  /**
   * The machines to run from the start besides the list, which always runs: those whose commands the
   * host sends and whose state it reads (`statusChangeMachine` for status changes, `inviteMachine` for
   * the invite form, … or `allMachines`). Add more later with `store.use(…)`. A command whose machine
   * the store does not run throws an error naming that machine.
   * @default []
   */
  readonly machines?: readonly RosterMachine[];
  /**
   * The list's local mode, `localListQuery`: required when the adapter answers every member at once
   * (`capabilities.pagination` "none"), since the store then searches, filters, sorts and pages the
   * list itself (R25); without it such a store throws a TypeError naming it. Adapters that page on the
   * server do not need it, so their hosts do not bundle it.
   */
  readonly localQuery?: LocalListQuery;
}

/** How long the store waits for an adapter call unless told otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * The store a UI subscribes to.
 * @typeParam Snapshot - what `getSnapshot` returns: a {@link RosterSnapshotWith} the machines the store
 *   was created with.
 */
export interface RosterStore<Snapshot extends RosterSnapshot = RosterSnapshot> {
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot: the same reference until something changes. */
  getSnapshot(): Snapshot;
  /**
   * The store's first snapshot (its loads started, nothing answered yet), for React's
   * `getServerSnapshot`: server rendering and hydration render it, so the HTML of a store made on the
   * server and the browser's first render of one made from the same options agree, however soon the
   * browser's answers arrive. React renders the current snapshot right after hydrating. To put data
   * loaded on the server into the HTML, pass `{ ...store, getServerSnapshot: store.getSnapshot }`, and
   * hydrate from a store loaded with the same data.
   */
  getServerSnapshot(): Snapshot;
  /**
   * Sends a UI command to the machine that handles it, or a store event (`SCOPE.SET`, …).
   * @throws Error when no machine the store runs handles the command (the message names the machine to
   *   add with {@link RosterStore.use} or the `machines` option), or the event's type is unknown.
   */
  send(event: RosterEvent): void;
  /**
   * Runs more machines from now on (`inviteMachine`, `exportMachine`, …): each one's first state goes into
   * the snapshot and its commands are handled. Adding a machine the store already runs does nothing, so a
   * component may call it on every render: it notifies no listener (a new machine's first state changes
   * nothing a subscriber rendered), which makes it safe during a React render. The server snapshot
   * (`getServerSnapshot`) gets the machine's first state too.
   * @throws TypeError when an argument is not a machine, or another machine already runs under its key
   *   or handles one of its commands.
   * @example
   * store.use(inviteMachine, bulkInviteMachine);
   * store.send({ type: "INVITE.ADD" });
   */
  use(...machines: readonly RosterMachine[]): void;
  /** Aborts every request and stops the store; later events and answers are ignored. */
  destroy(): void;
}

type ResourceKey = "workspaces" | "roles" | "groups";
type Patch = { -readonly [K in keyof RosterSnapshot]?: RosterSnapshot[K] };

/**
 * The machine (its `rosterkit/core` export) that handles each command prefix, for the error of a command
 * no running machine handles. Names, not the machines: the store imports none of them.
 */
const MACHINE_OF_PREFIX: Readonly<Record<string, string>> = {
  STATUS: "statusChangeMachine",
  BULK: "bulkStatusMachine",
  INVITE: "inviteMachine",
  EDIT: "memberEditMachine",
  BULK_INVITE: "bulkInviteMachine",
  INVITATION: "invitationMachine",
  ACTIVITY: "activityMachine",
  EXPORT: "exportMachine",
};

/** The error of an event no running machine handles: the machine to add, or an unknown type. */
function unhandledEvent(event: unknown): Error {
  const type = typeof event === "object" && event !== null ? (event as { readonly type?: unknown }).type : undefined;
  if (typeof type !== "string") return new TypeError(`RosterStore.send: an event is an object with a string \`type\` (e.g. { type: "LIST.SEARCH", search: "ada" }); got ${JSON.stringify(event) ?? String(event)}.`);
  const prefix = type.slice(0, type.indexOf("."));
  const machine = Object.hasOwn(MACHINE_OF_PREFIX, prefix) ? MACHINE_OF_PREFIX[prefix] : undefined;
  return machine === undefined
    ? new Error(`RosterStore.send: unknown event type "${type}". The store handles SCOPE.SET, MEMBER.REFRESH, WORKSPACES.LOAD, LIST.* and the commands of the machines it runs (${Object.keys(MACHINE_OF_PREFIX).map((known) => `${known}.*`).join(", ")}).`)
    : new Error(`RosterStore.send: no machine of this store handles "${type}". Add ${machine} (from "rosterkit/core"): createRosterStore({ ..., machines: [${machine}] }) or store.use(${machine}).`);
}

/** The error of a store over an adapter that pages nothing, created without the list's local mode. */
function missingLocalQuery(): never {
  throw new TypeError(
    'createRosterStore: the adapter answers every member at once (capabilities.pagination "none"), so the store searches, filters, sorts and pages the list itself. Add localListQuery (from "rosterkit/core"): createRosterStore({ ..., localQuery: localListQuery }).',
  );
}

/** Whether `value` has the shape of a machine (`RosterMachine`). */
function isMachine(value: unknown): value is RosterMachine {
  if (typeof value !== "object" || value === null) return false;
  const machine = value as Partial<Record<keyof RosterMachine, unknown>>;
  return typeof machine.key === "string" && Array.isArray(machine.commands) && typeof machine.initial === "function" && typeof machine.resolve === "function" && typeof machine.transition === "function" && typeof machine.run === "function";
}

function defaultIdempotencyKey(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `rk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Structural equality of plain data (what adapters answer). */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && samePlainData(left[key], right[key]));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * Puts members into the cache, keeping the previous reference of every member that did not change, and
 * the previous map when none did. Members of another scope (a late answer after a switch) are skipped;
 * `replace` starts from an empty map (a new page or query).
 */
function mergeMembers(members: MemberMap, incoming: readonly Member[], scope: Scope, replace: boolean): MemberMap {
  const inScope = incoming.filter((member) => sameScope(member.scope, scope));
  const keep = (member: Member): Member => {
    const previous = members.get(member.id);
    return previous && samePlainData(previous, member) ? previous : member;
  };
  if (!replace) return members.with(inScope, keep);
  const next = MemberMap.empty().with(inScope, keep);
  return next.size === members.size && inScope.every((member) => members.get(member.id) === next.get(member.id)) ? members : next;
}

function auditState(member: Member | null): AuditMemberState | null {
  if (!member) return null;
  const { status, instanceStatus, role, groups, version } = member;
  return { status, instanceStatus, role, groups, version };
}

/** Turns a machine's audit record into the event the host's sink receives. */
export function toAuditEvent(record: AuditRecord, actorId: string, at: Date): AuditEvent {
  return { ...record, actor: actorId, before: auditState(record.before), after: auditState(record.after), at: at.toISOString() };
}

function policyContext(actor: Actor, config: RosterConfig, workspaces: readonly WorkspaceSummary[]): PolicyContext {
  const byId = new Map(workspaces.map((workspace) => [workspace.id, workspace]));
  return {
    actor,
    config,
    activeAdmins: (workspaceId) => byId.get(workspaceId)?.activeAdmins,
    workspaceName: (workspaceId) => byId.get(workspaceId)?.name,
  };
}

const IDLE_RESOURCE: ResourceState<readonly never[]> = Object.freeze({ status: "idle", data: Object.freeze([]), error: null });

/**
 * Adds the derived `rows`, `rowCount` and `page`, keeping previous references when they are equal; `local`
 * (a list held whole) searches, filters, sorts and pages the members, else the rows are the server's page.
 */
function withRows(next: RosterSnapshot, previous: RosterSnapshot | null, local: LocalListQuery | null): RosterSnapshot {
  const { list } = next;
  if (local && previous && previous.list === list && !local.changed(list, previous.members, next.members)) {
    return { ...next, rows: previous.rows, rowCount: previous.rowCount, page: previous.page };
  }
  const view = local ? local.apply(list, next.members, next.config.roles) : { ids: list.ids, rowCount: list.total, pageIndex: list.pageIndex };
  const rows = previous && sameIds(previous.rows, view.ids) ? previous.rows : view.ids;
  const page = pageInfo({ ...list, pageIndex: view.pageIndex }, view.rowCount, rows.length);
  return { ...next, rows, rowCount: view.rowCount, page: previous && samePlainData(previous.page, page) ? previous.page : page };
}

/**
 * Creates a roster store and starts loading the list, workspaces, roles and groups.
 * @example
 * const store = createRosterStore({
 *   adapter: createMemoryAdapter({ seed: generateSeed({ members: 50 }), actorId: "u-1" }),
 *   actor: { userId: "u-1", superAdmin: false, roles: { "ws-1": "admin" } },
 *   config: { lifecycle: "archive" },
 *   scope: { kind: "workspace", workspaceId: "ws-1" },
 *   onEvent: (event) => console.info(event),
 * });
 * store.send({ type: "LIST.SEARCH", search: "ada" });
 * @example
 * // The machines of the flows the host uses; the list always runs. Its snapshot type has their states.
 * const store = createRosterStore({ adapter, actor, scope, machines: [statusChangeMachine, inviteMachine] });
 * store.use(exportMachine); // later, e.g. when the export opens
 */
export function createRosterStore<const Machines extends readonly RosterMachine[] = readonly []>(
  options: RosterStoreOptions & { readonly machines?: Machines },
): RosterStore<RosterSnapshotWith<Machines>> {
  const { requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS } = options;
  if (requestTimeoutMs !== false && !(typeof requestTimeoutMs === "number" && Number.isFinite(requestTimeoutMs) && requestTimeoutMs > 0)) {
    throw new TypeError(`createRosterStore: \`requestTimeoutMs\` must be a positive number of milliseconds or false (no timeout); got ${String(requestTimeoutMs)}.`);
  }
  const config = resolveConfig(options.config);
  // Development only: the bare `process.env.NODE_ENV` at the use site is what bundlers replace and fold
  // (as React and TanStack write it), so a production bundle drops the checks and their code.
  const adapter = process.env.NODE_ENV !== "production" && options.checkAdapterResults !== false ? withAdapterChecks(options.adapter) : options.adapter;
  const local = adapter.capabilities.pagination === "none" ? (options.localQuery ?? missingLocalQuery()) : null;
  const createKey = options.createIdempotencyKey ?? defaultIdempotencyKey;
  const now = options.now ?? (() => new Date());
  const { actor } = options;
  const listeners = new Set<() => void>();
  const requests = new Map<string, AbortController>();
  let destroyed = false;
  let depth = 0;
  let dirty = false;
  let writes = 0;

  const canExport = typeof adapter.exportMembers === "function";
  const canReadActivity = typeof adapter.listActivity === "function";
  const setup: StoreSetup = {
    config,
    capabilities: adapter.capabilities,
    scope: options.scope,
    canExport,
    canReadActivity,
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    ...(options.inviteDraft === undefined ? {} : { inviteDraft: options.inviteDraft }),
  };
  // In the order a scope switch reaches them, the list last: the dialogs let go of the previous scope's
  // members before the list loads the new scope.
  const machines: AnyMachineSlice[] = [];
  const byCommand = new Map<string, AnyMachineSlice>();
  const byKey = new Map<string, AnyMachineSlice>();

  /** Runs `machine` from now on (before the list): the machine, or `null` when it already runs. */
  function register(machine: unknown, method: string): AnyMachineSlice | null {
    if (!isMachine(machine)) throw new TypeError(`${method}: expected machines from "rosterkit/core" (statusChangeMachine, inviteMachine, … or allMachines); got ${String(machine)}.`);
    const running = byKey.get(machine.key);
    if (running === machine) return null;
    if (running) throw new TypeError(`${method}: another machine already runs under the key "${machine.key}"; a store runs one machine per key.`);
    const taken = machine.commands.find((type) => byCommand.has(type));
    if (taken !== undefined) throw new TypeError(`${method}: the machine "${machine.key}" handles "${taken}", which the machine "${byCommand.get(taken)?.key ?? ""}" already handles.`);
    byKey.set(machine.key, machine);
    for (const type of machine.commands) byCommand.set(type, machine);
    machines.splice(Math.max(machines.length - 1, 0), 0, machine);
    return machine;
  }

  const policy = policyContext(actor, config, []);
  let snapshot: RosterSnapshot = withRows(
    {
      scope: options.scope,
      access: scopeAccess(policy, options.scope),
      scopeRefusal: null,
      policy,
      config,
      capabilities: adapter.capabilities,
      rows: [],
      rowCount: null,
      page: { pageIndex: 0, pageSize: 0, pageCount: null, hasNextPage: false, hasPreviousPage: false },
      members: MemberMap.empty(),
      pending: {},
      workspaces: IDLE_RESOURCE,
      roles: IDLE_RESOURCE,
      groups: IDLE_RESOURCE,
      canExport,
      canReadActivity,
      list: listMachine.initial(setup),
    },
    null,
    local,
  );
  let serverSnapshot = snapshot;
  register(listMachine, "createRosterStore");

  /** Runs more machines; their first states go into the snapshot without notifying anyone. */
  function use(added: readonly unknown[], method: string): void {
    for (const candidate of added) {
      const machine = register(candidate, method);
      if (machine === null) continue;
      const state = machine.initial(setup);
      snapshot = { ...snapshot, [machine.key]: state };
      serverSnapshot = { ...serverSnapshot, [machine.key]: state };
    }
  }
  if (options.machines !== undefined && !Array.isArray(options.machines)) {
    throw new TypeError(`createRosterStore: \`machines\` must be an array of machines from "rosterkit/core" (e.g. [statusChangeMachine] or allMachines); got ${String(options.machines)}.`);
  }
  use(options.machines ?? [], "createRosterStore: `machines`");

  function commit(patch: Patch): void {
    if ((Object.keys(patch) as (keyof RosterSnapshot)[]).every((key) => patch[key] === snapshot[key])) return;
    let next: RosterSnapshot = { ...snapshot, ...patch };
    if (next.workspaces.data !== snapshot.workspaces.data) next = { ...next, policy: policyContext(actor, config, next.workspaces.data) };
    if (next.list !== snapshot.list || next.members !== snapshot.members) next = withRows(next, snapshot, local);
    snapshot = next;
    dirty = true;
  }

  /** Runs `work` and notifies listeners once at the end, whatever it changed. */
  function batch(work: () => void): void {
    depth += 1;
    try {
      work();
    } finally {
      depth -= 1;
      if (depth === 0 && dirty) {
        dirty = false;
        for (const listener of [...listeners]) listener();
      }
    }
  }

  /** The state of a machine, as the snapshot holds it under its key. */
  function stateOf(machine: AnyMachineSlice): unknown {
    return snapshot[machine.key as keyof RosterSnapshot];
  }

  /** Runs one event through a machine: its next state goes into the snapshot, then its effects run. */
  function deliver(machine: AnyMachineSlice, event: unknown): void {
    const transition: Transition<unknown, { readonly type: string }> = machine.transition(stateOf(machine), event);
    commit({ [machine.key]: transition.state } as Patch);
    const io = ioOf(machine);
    for (const effect of transition.effects) {
      if (isSharedEffect(effect)) runShared(effect);
      else machine.run(effect, io);
    }
  }

  /** A UI command for a machine: resolved with what the machine reads, then delivered. */
  function command(machine: AnyMachineSlice, event: { readonly type: string }): void {
    const context: SliceContext = { facts: snapshot, actor, createKey, now };
    const resolved = machine.resolve(event, stateOf(machine), context);
    if (resolved !== null) deliver(machine, resolved);
  }

  function ioOf(machine: AnyMachineSlice): SliceIO<unknown> {
    return {
      adapter,
      request: (id, call, answer) =>
        track(
          id,
          call,
          (value) => deliver(machine, answer({ ok: true, value })),
          (error) => deliver(machine, answer({ ok: false, error })),
        ),
      abort,
      uniqueId(kind) {
        writes += 1;
        return `${kind}#${writes}`;
      },
      shared: runShared,
    };
  }

  /**
   * Starts a request with its own AbortController; answers after an abort or `destroy()` are dropped.
   * After `requestTimeoutMs` the request is aborted and settles as a timeout (`onError`).
   */
  function track<T>(id: string, call: (signal: AbortSignal) => Promise<T>, onResult: (value: T) => void, onError: (error: RosterError) => void): void {
    requests.get(id)?.abort();
    const controller = new AbortController();
    requests.set(id, controller);
    const settle = (work: () => void) => {
      if (destroyed || controller.signal.aborted) return;
      clearTimeout(timer);
      requests.delete(id);
      batch(work);
    };
    const timer =
      requestTimeoutMs === false
        ? undefined
        : setTimeout(() => {
            const error = timeoutError(requestTimeoutMs, { detail: `The adapter call "${id}" did not settle within ${String(requestTimeoutMs)} ms (requestTimeoutMs).` });
            settle(() => onError(error));
            controller.abort(new DOMException(`No answer within ${String(requestTimeoutMs)} ms.`, "TimeoutError"));
          }, requestTimeoutMs);
    controller.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
    new Promise<T>((resolve) => resolve(call(controller.signal))).then(
      (value) => settle(() => onResult(value)),
      (error: unknown) => {
        if (!isAbortError(error)) settle(() => onError(toRosterError(error)));
      },
    );
  }

  function abort(id: string): void {
    requests.get(id)?.abort();
    requests.delete(id);
  }

  function setResource<K extends ResourceKey>(key: K, value: RosterSnapshot[K]): void {
    commit({ [key]: value } as Patch);
  }

  function loadResource<K extends ResourceKey>(key: K, call: (signal: AbortSignal) => Promise<RosterSnapshot[K]["data"]>): void {
    setResource(key, { ...snapshot[key], status: "loading", error: null } as RosterSnapshot[K]);
    track(
      key,
      call,
      (data) => {
        const previous = snapshot[key].data;
        setResource(key, { status: "ready", data: samePlainData(previous, data) ? previous : data, error: null } as RosterSnapshot[K]);
      },
      (error) => setResource(key, { ...snapshot[key], status: "error", error } as RosterSnapshot[K]),
    );
  }

  function loadWorkspaces(): void {
    loadResource("workspaces", (signal) => adapter.listWorkspaces({ signal }));
  }

  function loadGroups(): void {
    const { scope } = snapshot;
    if (scope.kind === "instance") {
      abort("groups");
      setResource("groups", IDLE_RESOURCE);
      return;
    }
    loadResource("groups", (signal) => adapter.listGroups({ workspaceId: scope.workspaceId, signal }));
  }

  function audit(record: AuditRecord): void {
    try {
      options.onEvent?.(toAuditEvent(record, actor.userId, now()));
    } catch (error) {
      console.error("rosterkit: the onEvent sink threw", error);
    }
  }

  function setPending(memberId: string, entry: PendingStatus | null): void {
    const { [memberId]: current, ...rest } = snapshot.pending;
    if (entry) commit({ pending: { ...snapshot.pending, [memberId]: entry } });
    else if (current) commit({ pending: rest });
  }

  /** Carries out an effect several machines share. */
  function runShared(effect: SharedEffect): void {
    switch (effect.type) {
      case "members.upsert":
        return commit({ members: mergeMembers(snapshot.members, effect.members, snapshot.scope, effect.replace ?? false) });
      case "member.refresh":
        return refreshMember(effect.memberId);
      case "workspaces.refresh":
        return loadWorkspaces();
      case "list.reload":
        return machineAt("list", (list) => deliver(list, { type: "LIST.LOAD" }));
      case "audit":
        return audit(effect.record);
      case "pending.set":
        return setPending(effect.memberId, { status: effect.status, action: effect.action, idempotencyKey: effect.idempotencyKey });
      case "pending.clear":
        if (snapshot.pending[effect.memberId]?.idempotencyKey === effect.idempotencyKey) setPending(effect.memberId, null);
        return;
    }
  }

  /** Runs `work` with the machine under `key`. */
  function machineAt(key: string, work: (machine: AnyMachineSlice) => void): void {
    const machine = byKey.get(key);
    if (machine) work(machine);
  }

  function refreshMember(memberId: string): void {
    const { scope } = snapshot;
    track(
      `member:${memberId}`,
      (signal) => adapter.getMember({ scope, memberId, signal }),
      (member) => runShared({ type: "members.upsert", members: [member] }),
      () => undefined, // the cached row stays; the next list load tells more
    );
  }

  function loadScope(): void {
    if (!snapshot.access.ok) return;
    machineAt("list", (list) => deliver(list, { type: "LIST.LOAD" }));
    loadGroups();
  }

  function setScope(scope: Scope): void {
    if (sameScope(scope, snapshot.scope)) return;
    const access = scopeAccess(snapshot.policy, scope);
    if (!access.ok) return commit({ scopeRefusal: access });
    commit({ scope, access, scopeRefusal: null, members: MemberMap.empty(), pending: {} });
    for (const machine of machines) if (machine.scopeChanged) deliver(machine, machine.scopeChanged(scope));
    loadGroups();
  }

  function dispatch(event: RosterEvent): void {
    if (typeof event !== "object" || event === null) throw unhandledEvent(event);
    switch (event.type) {
      case "SCOPE.SET":
        return setScope(event.scope);
      case "MEMBER.REFRESH":
        return refreshMember(event.memberId);
      case "WORKSPACES.LOAD":
        return loadWorkspaces();
      default: {
        const machine = byCommand.get(event.type);
        if (!machine) throw unhandledEvent(event);
        command(machine, event);
      }
    }
  }

  batch(() => {
    loadWorkspaces();
    loadResource("roles", (signal) => adapter.listRoles({ signal }));
    loadScope();
  });
  serverSnapshot = snapshot;

  // Every machine of `options.machines` ran from the first snapshot on: their states are in each one.
  type Snapshot = RosterSnapshotWith<Machines>;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot as Snapshot,
    getServerSnapshot: () => serverSnapshot as Snapshot,
    send(event) {
      if (!destroyed) batch(() => dispatch(event));
    },
    use(...added) {
      use(added, "RosterStore.use");
    },
    destroy() {
      destroyed = true;
      for (const controller of requests.values()) controller.abort();
      requests.clear();
      listeners.clear();
    },
  };
}
