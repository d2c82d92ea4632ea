import type { AdapterCapabilities, MemberSortField, StatusAction } from "./adapter.types";
import type { InstanceStatus, Lifecycle, MemberStatus, Scope } from "./domain.types";

/**
 * The words every layer shares, defined once: the status actions and which of them stop access, the
 * statuses and actions of each lifecycle, the instance statuses, the sort fields, the largest page and
 * the key of a scope. The core, the adapters, the mocks and the components import them from here; none
 * keeps a copy. The frozen constants are marked pure (`@__PURE__`), so a bundle that reads none of them,
 * like the store's, drops them.
 * @module
 */

/** Every status action, in the order menus list them. */
export const STATUS_ACTIONS: readonly StatusAction[] = /* @__PURE__ */ Object.freeze(["archive", "unarchive", "deactivate", "reactivate"]);

/** Whether a value is one of the {@link STATUS_ACTIONS} (a row action that goes through the confirm modal). */
export function isStatusAction(value: unknown): value is StatusAction {
  return STATUS_ACTIONS.includes(value as StatusAction);
}

/** Whether an action takes access away (archive, deactivate), as opposed to giving it back: shown as dangerous. */
export function isStopAction(action: string): boolean {
  return action === "archive" || action === "deactivate";
}

/** The words of one lifecycle (docs/rules.md#lifecycles). */
export interface LifecycleVocabulary {
  /** The action that takes access away (R11, R17). */
  readonly stop: StatusAction;
  /** The action that gives it back (R14, R18). */
  readonly resume: StatusAction;
  /** The status a stopped membership has. */
  readonly stopped: MemberStatus;
  /** Every membership status of the lifecycle, in display order. */
  readonly statuses: readonly MemberStatus[];
}

/** The two lifecycles: which action stops and resumes access, and the statuses a membership can have. */
export const LIFECYCLES: Readonly<Record<Lifecycle, LifecycleVocabulary>> = /* @__PURE__ */ Object.freeze({
  archive: /* @__PURE__ */ Object.freeze({ stop: "archive", resume: "unarchive", stopped: "archived", statuses: /* @__PURE__ */ Object.freeze<MemberStatus[]>(["requested", "invited", "active", "archived"]) }),
  deactivate: /* @__PURE__ */ Object.freeze({ stop: "deactivate", resume: "reactivate", stopped: "inactive", statuses: /* @__PURE__ */ Object.freeze<MemberStatus[]>(["invited", "active", "inactive"]) }),
});

/** Every status a user can have at instance level (R12, R13), in display order. */
export const INSTANCE_STATUSES: readonly InstanceStatus[] = /* @__PURE__ */ Object.freeze(["invited", "active", "archived"]);

/** Every field a member list can be sorted by. */
export const MEMBER_SORT_FIELDS: readonly MemberSortField[] = /* @__PURE__ */ Object.freeze(["name", "email", "status", "role", "invitedAt", "lastActiveAt"]);

/** The largest page a backend of the kit answers (the in-memory backend, the HTTP server, the mocks). */
export const MAX_PAGE_SIZE = 200;

/**
 * What every backend of the kit answers (the in-memory backend, the HTTP server, the mocks): offset paging,
 * search, both filters, every sort field, metadata sort and filter, pages up to {@link MAX_PAGE_SIZE}.
 */
export const BACKEND_CAPABILITIES: AdapterCapabilities = /* @__PURE__ */ Object.freeze({
  pagination: "offset",
  search: true,
  filterByStatus: true,
  filterByRole: true,
  sortFields: MEMBER_SORT_FIELDS,
  maxPageSize: MAX_PAGE_SIZE,
  metadata: /* @__PURE__ */ Object.freeze({ sort: true, filter: true }),
});

/**
 * A scope as one string, for maps, cache keys and form values: `"instance"`, or `"ws:"` and the workspace id.
 * @example
 * scopeKey({ kind: "workspace", workspaceId: "ws-1" }) // "ws:ws-1"
 */
export function scopeKey(scope: Scope): string {
  return scope.kind === "instance" ? "instance" : `ws:${scope.workspaceId}`;
}

/**
 * The scope a {@link scopeKey} names, or `null` for a string that is not one.
 * @example
 * scopeOfKey("ws:ws-1") // { kind: "workspace", workspaceId: "ws-1" }
 */
export function scopeOfKey(key: string): Scope | null {
  if (key === "instance") return { kind: "instance" };
  return key.startsWith("ws:") && key.length > 3 ? { kind: "workspace", workspaceId: key.slice(3) } : null;
}

/** Whether two scopes are the same: the instance, or the same workspace. */
export function sameScope(a: Scope, b: Scope): boolean {
  return scopeKey(a) === scopeKey(b);
}
