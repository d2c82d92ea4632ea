import { withAdapterChecks } from "./adapter-checks";
import type { BulkStatusCommand, BulkStatusEffect, BulkStatusIntent, BulkStatusState } from "./bulk-status.machine";
import { BULK_STATUS_IDLE, bulkStatusTransition } from "./bulk-status.machine";
import type { AdapterCapabilities, InvitationLink, RosterAdapter, StatusAction } from "./adapter.types";
import type { AuditEvent, AuditMemberState, AuditRecord } from "./audit.types";
import type { RosterConfig, RosterConfigInput } from "./config";
import { resolveConfig } from "./config";
import type { Actor, CustomGroup, Member, MemberStatus, Role, Scope, WorkspaceSummary } from "./domain.types";
import { RosterError, toRosterError, isAbortError, timeoutError } from "./errors";
import type { InviteCommand, InviteEffect, InviteState, InviteValidationContext } from "./invite.machine";
import { createInviteState, inviteTransition } from "./invite.machine";
import type { ListCommand, ListEffect, ListState, PageInfo } from "./list.machine";
import { applyLocalQuery, createListState, listTransition, localQueryChanged, pageInfo } from "./list.machine";
import { memberAuditRecord } from "./member-audit";
import { MemberMap } from "./member-map";
import type { MemberEditCommand, MemberEditEffect, MemberEditState } from "./member-edit.machine";
import { MEMBER_EDIT_IDLE, decideMemberEdit, memberEditTransition } from "./member-edit.machine";
import type { Decision, Denied, PolicyContext } from "./policy";
import { can, deniedError, denial } from "./policy";
import { statusAfter } from "./selectors";
import type { StatusChangeCommand, StatusChangeEffect, StatusChangeState } from "./status-change.machine";
import { STATUS_CHANGE_IDLE, statusChangeTransition } from "./status-change.machine";
import type { Transition } from "./store.types";
import type { InviteeDraft } from "./validation";

/**
 * The roster store: runs the machines against an adapter and holds one immutable snapshot for a UI to
 * subscribe to (`useSyncExternalStore`). Rows are kept by id with the page's order as ids, and optimistic
 * statuses live outside the row data, so one member's change touches one row (PERF-NOTES). Every request
 * has its own AbortController: superseded loads are aborted, late answers dropped, and `destroy()` aborts
 * everything. A request that has not settled after `requestTimeoutMs` is aborted and fails as a
 * retryable `network` error, whatever the adapter does with its signal: nothing waits forever.
 * @module
 */

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

/** A member's invitation link, fetched to copy it or after resending it (R10). */
export interface InvitationState {
  readonly status: "loading" | "ready" | "error";
  readonly link: InvitationLink | null;
  readonly error: RosterError | null;
  /** Whether the last request sent the invitation again (its old link stopped working). */
  readonly resent: boolean;
}

/** Everything a UI renders, immutable; unchanged parts keep their references from one snapshot to the next. */
export interface RosterSnapshot {
  readonly scope: Scope;
  /** Whether the actor may see the current scope (R1, R2). */
  readonly access: Decision;
  /** The latest refused scope switch (instance scope requires super admin, R2). */
  readonly scopeRefusal: Denied | null;
  /** The policy context, with admin counts from the workspace summaries (R15): pass it to `memberActions`. */
  readonly policy: PolicyContext;
  readonly config: RosterConfig;
  readonly capabilities: AdapterCapabilities;
  readonly list: ListState;
  /** Ids of the rows on the current page, in order. */
  readonly rows: readonly string[];
  /** Members matching the query, `null` when the server cannot count. */
  readonly rowCount: number | null;
  readonly page: PageInfo;
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
  readonly invitations: Readonly<Record<string, InvitationState>>;
  readonly statusChange: StatusChangeState;
  /** A status change of several members at once, reported per member (bulk archive/deactivate). */
  readonly bulkStatus: BulkStatusState;
  readonly invite: InviteState;
  readonly memberEdit: MemberEditState;
}

/** Every event a UI sends to the store. */
export type RosterEvent =
  | ListCommand
  | StatusChangeCommand
  | BulkStatusCommand
  | InviteCommand
  | MemberEditCommand
  /** Switch between a workspace and the instance ("All users" requires super admin, R2). */
  | { readonly type: "SCOPE.SET"; readonly scope: Scope }
  /** Load one member again (a detail panel opened on a member not on the page). */
  | { readonly type: "MEMBER.REFRESH"; readonly memberId: string }
  /** Fetch a pending invitation's link to copy it (self-hosted, R10). */
  | { readonly type: "INVITATION.GET_LINK"; readonly memberId: string }
  /** Send a pending invitation again; the old link stops working (R10). */
  | { readonly type: "INVITATION.RESEND"; readonly memberId: string }
  | { readonly type: "WORKSPACES.LOAD" };

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
  /** Check every adapter answer's shape. @default true, unless NODE_ENV is "production" */
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
}

/** How long the store waits for an adapter call unless told otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** The store a UI subscribes to. */
export interface RosterStore {
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot: the same reference until something changes. */
  getSnapshot(): RosterSnapshot;
  send(event: RosterEvent): void;
  /** Aborts every request and stops the store; later events and answers are ignored. */
  destroy(): void;
}

type StoreEffect = ListEffect | StatusChangeEffect | BulkStatusEffect | InviteEffect | MemberEditEffect;
type MachineKey = "list" | "statusChange" | "bulkStatus" | "invite" | "memberEdit";
type ResourceKey = "workspaces" | "roles" | "groups";
type Patch = { -readonly [K in keyof RosterSnapshot]?: RosterSnapshot[K] };

/**
 * Bundlers replace `process.env.NODE_ENV` with a string literal in browser builds, so this must read that
 * exact expression; where nothing replaces it and there is no `process`, it is not production.
 */
function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === "production";
  } catch {
    return false;
  }
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

function sameScope(a: Scope, b: Scope): boolean {
  return a.kind === b.kind && (a.kind === "instance" || (b.kind === "workspace" && a.workspaceId === b.workspaceId));
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

function accessTo(policy: PolicyContext, scope: Scope): Decision {
  return scope.kind === "instance" ? can(policy, { action: "viewInstanceUsers" }) : can(policy, { action: "viewMembers", workspaceId: scope.workspaceId });
}

const IDLE_RESOURCE: ResourceState<readonly never[]> = Object.freeze({ status: "idle", data: Object.freeze([]), error: null });

/** Adds the derived `rows`, `rowCount` and `page`, keeping previous references when they are equal. */
function withRows(next: RosterSnapshot, previous: RosterSnapshot | null): RosterSnapshot {
  const { list } = next;
  if (list.mode === "local" && previous && previous.list === list && !localQueryChanged(list, previous.members, next.members)) {
    return { ...next, rows: previous.rows, rowCount: previous.rowCount, page: previous.page };
  }
  const view = list.mode === "local" ? applyLocalQuery(list, next.members, next.config.roles) : { ids: list.ids, rowCount: list.total, pageIndex: list.pageIndex };
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
 */
export function createRosterStore(options: RosterStoreOptions): RosterStore {
  const { requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS } = options;
  if (requestTimeoutMs !== false && !(typeof requestTimeoutMs === "number" && Number.isFinite(requestTimeoutMs) && requestTimeoutMs > 0)) {
    throw new TypeError(`createRosterStore: \`requestTimeoutMs\` must be a positive number of milliseconds or false (no timeout); got ${String(requestTimeoutMs)}.`);
  }
  const config = resolveConfig(options.config);
  const adapter = (options.checkAdapterResults ?? !isProduction()) ? withAdapterChecks(options.adapter) : options.adapter;
  const createKey = options.createIdempotencyKey ?? defaultIdempotencyKey;
  const now = options.now ?? (() => new Date());
  const { actor } = options;
  const listeners = new Set<() => void>();
  const requests = new Map<string, AbortController>();
  let destroyed = false;
  let depth = 0;
  let dirty = false;
  let writes = 0;

  const policy = policyContext(actor, config, []);
  let snapshot: RosterSnapshot = withRows(
    {
      scope: options.scope,
      access: accessTo(policy, options.scope),
      scopeRefusal: null,
      policy,
      config,
      capabilities: adapter.capabilities,
      list: createListState({ capabilities: adapter.capabilities, scope: options.scope, ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }) }),
      rows: [],
      rowCount: null,
      page: { pageIndex: 0, pageSize: 0, pageCount: null, hasNextPage: false, hasPreviousPage: false },
      members: MemberMap.empty(),
      pending: {},
      workspaces: IDLE_RESOURCE,
      roles: IDLE_RESOURCE,
      groups: IDLE_RESOURCE,
      invitations: {},
      statusChange: STATUS_CHANGE_IDLE,
      bulkStatus: BULK_STATUS_IDLE,
      invite: createInviteState(options.inviteDraft),
      memberEdit: MEMBER_EDIT_IDLE,
    },
    null,
  );

  function commit(patch: Patch): void {
    if ((Object.keys(patch) as (keyof RosterSnapshot)[]).every((key) => patch[key] === snapshot[key])) return;
    let next: RosterSnapshot = { ...snapshot, ...patch };
    if (next.workspaces.data !== snapshot.workspaces.data) next = { ...next, policy: policyContext(actor, config, next.workspaces.data) };
    if (next.list !== snapshot.list || next.members !== snapshot.members) next = withRows(next, snapshot);
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

  function step<K extends MachineKey>(key: K, transition: Transition<RosterSnapshot[K], StoreEffect>): void {
    commit({ [key]: transition.state } as Patch);
    for (const effect of transition.effects) run(effect);
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

  function writeId(kind: string): string {
    writes += 1;
    return `${kind}#${writes}`;
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

  function run(effect: StoreEffect): void {
    switch (effect.type) {
      case "list.fetch": {
        const { requestId, query } = effect;
        track(
          `list:${requestId}`,
          (signal) => adapter.listMembers({ ...query, signal }),
          (result) => step("list", listTransition(snapshot.list, { type: "LIST.LOADED", requestId, result })),
          (error) => step("list", listTransition(snapshot.list, { type: "LIST.FAILED", requestId, error })),
        );
        return;
      }
      case "list.abort":
        return abort(`list:${effect.requestId}`);
      case "list.reload":
        return step("list", listTransition(snapshot.list, { type: "LIST.LOAD" }));
      case "members.upsert":
        return commit({ members: mergeMembers(snapshot.members, effect.members, snapshot.scope, effect.replace ?? false) });
      case "workspaces.refresh":
        return loadWorkspaces();
      case "audit":
        return audit(effect.record);
      case "pending.set":
        return setPending(effect.memberId, { status: effect.status, action: effect.action, idempotencyKey: effect.idempotencyKey });
      case "pending.clear":
        if (snapshot.pending[effect.memberId]?.idempotencyKey === effect.idempotencyKey) setPending(effect.memberId, null);
        return;
      case "status.abort":
        abort(`status:${effect.idempotencyKey}`);
        return refreshMember(effect.memberId);
      case "status.apply": {
        const { member, action, idempotencyKey } = effect.intent;
        track(
          `status:${idempotencyKey}`,
          (signal) => adapter.changeStatus({ scope: member.scope, memberId: member.id, action, expectedVersion: member.version, idempotencyKey, signal }),
          (result) => step("statusChange", statusChangeTransition(snapshot.statusChange, { type: "STATUS.SUCCEEDED", idempotencyKey, member: result.member })),
          (error) => step("statusChange", statusChangeTransition(snapshot.statusChange, { type: "STATUS.FAILED", idempotencyKey, error })),
        );
        return;
      }
      case "bulk.apply": {
        const { member, idempotencyKey } = effect.item;
        track(
          writeId("bulk"),
          (signal) => adapter.changeStatus({ scope: member.scope, memberId: member.id, action: effect.action, expectedVersion: member.version, idempotencyKey, signal }),
          (result) => step("bulkStatus", bulkStatusTransition(snapshot.bulkStatus, { type: "BULK.ITEM_SUCCEEDED", idempotencyKey, member: result.member })),
          (error) => step("bulkStatus", bulkStatusTransition(snapshot.bulkStatus, { type: "BULK.ITEM_FAILED", idempotencyKey, error })),
        );
        return;
      }
      case "invite.submit": {
        const { workspaceId, invitees, idempotencyKey } = effect;
        track(
          writeId("invite"),
          (signal) => adapter.inviteMembers({ workspaceId, invitees, idempotencyKey, signal }),
          (result) => step("invite", inviteTransition(snapshot.invite, { type: "INVITE.SUCCEEDED", idempotencyKey, results: result.results })),
          (error) => step("invite", inviteTransition(snapshot.invite, { type: "INVITE.FAILED", idempotencyKey, error })),
        );
        return;
      }
      case "member.update": {
        const { request } = effect;
        track(
          writeId("edit"),
          (signal) => adapter.updateMember({ ...request, signal }),
          (member) => step("memberEdit", memberEditTransition(snapshot.memberEdit, { type: "EDIT.SUCCEEDED", idempotencyKey: request.idempotencyKey, member })),
          (error) => step("memberEdit", memberEditTransition(snapshot.memberEdit, { type: "EDIT.FAILED", idempotencyKey: request.idempotencyKey, error })),
        );
        return;
      }
    }
  }

  function refreshMember(memberId: string): void {
    const { scope } = snapshot;
    track(
      `member:${memberId}`,
      (signal) => adapter.getMember({ scope, memberId, signal }),
      (member) => run({ type: "members.upsert", members: [member] }),
      () => undefined, // the cached row stays; the next list load tells more
    );
  }

  function setInvitation(memberId: string, state: InvitationState): void {
    commit({ invitations: { ...snapshot.invitations, [memberId]: state } });
  }

  function invitation(memberId: string, resend: boolean): void {
    const member = snapshot.members.get(memberId);
    if (!member || member.scope.kind !== "workspace") return;
    const { workspaceId } = member.scope;
    const type = resend ? "resendInvitation" : "copyInvitationLink";
    const decision = can(snapshot.policy, { action: type, member });
    if (!decision.ok) return setInvitation(memberId, { status: "error", link: null, error: deniedError(decision), resent: false });
    const idempotencyKey = resend ? createKey() : null;
    setInvitation(memberId, { status: "loading", link: snapshot.invitations[memberId]?.link ?? null, error: null, resent: false });
    track(
      `invitation:${memberId}`,
      (signal) =>
        idempotencyKey === null ? adapter.getInvitationLink({ workspaceId, memberId, signal }) : adapter.resendInvitation({ workspaceId, memberId, idempotencyKey, signal }),
      (link) => {
        setInvitation(memberId, { status: "ready", link, error: null, resent: resend });
        audit(memberAuditRecord(type, member, idempotencyKey, "succeeded", member, null));
        if (resend) refreshMember(memberId);
      },
      (error) => {
        setInvitation(memberId, { status: "error", link: null, error, resent: false });
        audit(memberAuditRecord(type, member, idempotencyKey, "failed", null, error));
      },
    );
  }

  function loadScope(): void {
    if (!snapshot.access.ok) return;
    step("list", listTransition(snapshot.list, { type: "LIST.LOAD" }));
    loadGroups();
  }

  function setScope(scope: Scope): void {
    if (sameScope(scope, snapshot.scope)) return;
    const access = accessTo(snapshot.policy, scope);
    if (!access.ok) return commit({ scopeRefusal: access });
    commit({ scope, access, scopeRefusal: null, members: MemberMap.empty(), pending: {}, invitations: {} });
    step("statusChange", statusChangeTransition(snapshot.statusChange, { type: "STATUS.CANCEL" }));
    step("bulkStatus", bulkStatusTransition(snapshot.bulkStatus, { type: "BULK.CANCEL" }));
    step("memberEdit", memberEditTransition(snapshot.memberEdit, { type: "EDIT.CANCEL" }));
    step("list", listTransition(snapshot.list, { type: "LIST.SCOPE", scope }));
    loadGroups();
  }

  function inviteContext(): InviteValidationContext {
    const { groups, scope } = snapshot;
    const known = scope.kind === "workspace" && groups.status === "ready" ? { knownGroupIds: new Set(groups.data.map((group) => group.id)) } : {};
    return { config, ...known };
  }

  function submitInvite(): void {
    const { scope } = snapshot;
    const decision: Decision =
      scope.kind === "workspace"
        ? can(snapshot.policy, { action: "invite", workspaceId: scope.workspaceId })
        : denial("R5.noWorkspace", {});
    const workspaceId = scope.kind === "workspace" ? scope.workspaceId : "";
    step("invite", inviteTransition(snapshot.invite, { type: "INVITE.SUBMIT", workspaceId, decision, idempotencyKey: createKey(), ...inviteContext() }));
  }

  function openStatusChange(memberId: string, action: StatusAction): void {
    const member = snapshot.members.get(memberId);
    if (!member) return;
    const intent = { member, action, decision: can(snapshot.policy, { action, member }), expectedStatus: statusAfter(member, action, config), idempotencyKey: createKey() };
    step("statusChange", statusChangeTransition(snapshot.statusChange, { type: "STATUS.OPEN", ...intent }));
  }

  function openBulkStatus(memberIds: readonly string[], action: StatusAction): void {
    const intents = memberIds.flatMap((memberId): BulkStatusIntent[] => {
      const member = snapshot.members.get(memberId);
      if (!member) return [];
      return [{ member, decision: can(snapshot.policy, { action, member }), expectedStatus: statusAfter(member, action, config), idempotencyKey: createKey() }];
    });
    step("bulkStatus", bulkStatusTransition(snapshot.bulkStatus, { type: "BULK.OPEN", action, intents }));
  }

  function confirmStatusChange(): void {
    const state = snapshot.statusChange;
    // Asked again: admin counts may have changed since the modal opened (R15).
    const decision = state.status === "confirming" ? can(snapshot.policy, { action: state.action, member: state.member }) : undefined;
    step("statusChange", statusChangeTransition(state, { type: "STATUS.CONFIRM", ...(decision ? { decision } : {}) }));
  }

  function saveMemberEdit(): void {
    const state = snapshot.memberEdit;
    if (state.status === "idle") return;
    step("memberEdit", memberEditTransition(state, { type: "EDIT.SAVE", decision: decideMemberEdit(snapshot.policy, state), idempotencyKey: createKey() }));
  }

  function dispatch(event: RosterEvent): void {
    switch (event.type) {
      case "LIST.LOAD":
      case "LIST.SEARCH":
      case "LIST.FILTER_STATUS":
      case "LIST.FILTER_ROLE":
      case "LIST.SORT":
      case "LIST.PAGE":
        if (snapshot.access.ok) step("list", listTransition(snapshot.list, event));
        return;
      case "SCOPE.SET":
        return setScope(event.scope);
      case "STATUS.OPEN":
        return openStatusChange(event.memberId, event.action);
      case "STATUS.CONFIRM":
        return confirmStatusChange();
      case "STATUS.RETRY":
      case "STATUS.CANCEL":
        return step("statusChange", statusChangeTransition(snapshot.statusChange, event));
      case "BULK.OPEN":
        return openBulkStatus(event.memberIds, event.action);
      case "BULK.CONFIRM":
      case "BULK.CANCEL":
        return step("bulkStatus", bulkStatusTransition(snapshot.bulkStatus, event));
      case "INVITE.VALIDATE":
        return step("invite", inviteTransition(snapshot.invite, { type: "INVITE.VALIDATE", ...inviteContext() }));
      case "INVITE.SUBMIT":
        return submitInvite();
      case "INVITE.ADD":
      case "INVITE.REMOVE":
      case "INVITE.UPDATE":
      case "INVITE.RETRY":
      case "INVITE.RESET":
        return step("invite", inviteTransition(snapshot.invite, event));
      case "EDIT.OPEN": {
        const member = snapshot.members.get(event.memberId);
        if (member) step("memberEdit", memberEditTransition(snapshot.memberEdit, { type: "EDIT.OPEN", member }));
        return;
      }
      case "EDIT.SAVE":
        return saveMemberEdit();
      case "EDIT.SET_ROLE":
      case "EDIT.SET_GROUPS":
      case "EDIT.RETRY":
      case "EDIT.CANCEL":
        return step("memberEdit", memberEditTransition(snapshot.memberEdit, event));
      case "MEMBER.REFRESH":
        return refreshMember(event.memberId);
      case "INVITATION.GET_LINK":
      case "INVITATION.RESEND":
        return invitation(event.memberId, event.type === "INVITATION.RESEND");
      case "WORKSPACES.LOAD":
        return loadWorkspaces();
    }
  }

  batch(() => {
    loadWorkspaces();
    loadResource("roles", (signal) => adapter.listRoles({ signal }));
    loadScope();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    send(event) {
      if (!destroyed) batch(() => dispatch(event));
    },
    destroy() {
      destroyed = true;
      for (const controller of requests.values()) controller.abort();
      requests.clear();
      listeners.clear();
    },
  };
}
