import type { AdapterCapabilities, RosterAdapter } from "../../core/adapter.types";
import type { RosterConfig, RosterConfigInput } from "../../core/config";
import { resolveConfig } from "../../core/config";
import type { Actor, Member, RosterDataset } from "../../core/domain.types";
import { RosterError } from "../../core/errors";
import { DEFAULT_IDEMPOTENCY_WINDOW_MS } from "../../core/idempotency";
import { IdempotencyStore, createActingAdapter } from "./memory-adapter";
import { MEMORY_MAX_PAGE_SIZE, MEMORY_SORT_FIELDS, TotalCache } from "./member-query";
import type { OutboxEmail } from "./memory-state";
import { MemoryState } from "./memory-state";
import { generateSeed } from "./seed";

export type { OutboxEmail } from "./memory-state";

/**
 * The in-memory reference backend: a complete server-side implementation of the adapter contract,
 * enforcing every rule with the core policy, for demos, tests, MSW mocks and as a model to read when
 * writing a real adapter.
 * @module
 */

/** Options of {@link createMemoryBackend}. */
export interface MemoryBackendOptions {
  /**
   * The data to start from. It is copied: the backend never changes the object passed.
   * @default generateSeed({ members: 50, workspaces: 3, lifecycle: config.lifecycle })
   */
  readonly dataset?: RosterDataset;
  /** The configuration, resolved with `resolveConfig` (lifecycle, deployment, roles, guards, limits of R29). */
  readonly config?: RosterConfigInput;
  /**
   * The time source of `invitedAt`, `lastActiveAt` and `sentAt`, and of idempotency keys' expiry (R26):
   * a test moves time by returning a later date.
   * @default () => new Date()
   */
  readonly clock?: () => Date;
  /**
   * How long an idempotency key is remembered, in milliseconds (R26): the same key within the window
   * replays the first answer; after it, the key is forgotten and the request acts anew.
   * @default DEFAULT_IDEMPOTENCY_WINDOW_MS (24 hours)
   */
  readonly idempotencyWindowMs?: number;
  /**
   * Prefix of invitation links; a random token follows it.
   * @default "https://app.example.test/invitations/"
   */
  readonly invitationBaseUrl?: string;
  /**
   * The paging the adapters declare in `capabilities` (both kinds of page request are answered anyway).
   * @default "offset"
   */
  readonly pagination?: "offset" | "cursor";
}

/** A running in-memory backend: adapters per signed-in user, plus what a test or a demo needs to look inside. */
export interface MemoryBackend {
  /** The resolved configuration. */
  readonly config: RosterConfig;
  /**
   * The adapter for a signed-in user. Each call returns a new adapter acting as that user; rights are
   * derived from the data at every call, so they follow role and status changes.
   * @throws RosterError `not_found` when there is no such user.
   */
  as(userId: string): RosterAdapter;
  /**
   * The actor a user is, from the data: their super admin flag, and the role of each `active`
   * membership. A user archived at instance level has no rights (R12).
   * @throws RosterError `not_found` when there is no such user.
   */
  actorFor(userId: string): Actor;
  /** Every invitation email sent since the backend started, oldest first (R10). */
  outbox(): readonly OutboxEmail[];
  /** Who an invitation link invites, or `null` when the link does not exist or no longer works (R10, R11, R12). */
  invitationFor(url: string): { userId: string; workspaceId: string } | null;
  /**
   * Simulates the invitee following the link and accepting: the membership becomes `active`, the user
   * has an account and is `active` at instance level. The link stops working.
   * @throws RosterError `not_found` when the link does not work.
   */
  acceptInvitation(url: string): Member;
  /** A deep-frozen copy of every record. Nothing is ever deleted (R19): every user and membership stays. */
  snapshot(): RosterDataset;
}

const DEFAULT_INVITATION_BASE_URL = "https://app.example.test/invitations/";

/**
 * Starts an in-memory backend.
 * @example
 * const backend = createMemoryBackend({ dataset: generateSeed({ members: 200 }), config: { deployment: "cloud" } });
 * const admin = backend.as("u-1");
 * const page = await admin.listMembers({
 *   scope: { kind: "workspace", workspaceId: "ws-1" }, search: "", statuses: [], roles: [],
 *   sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset: 0, limit: 50 },
 *   signal: new AbortController().signal,
 * });
 */
export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const config = resolveConfig(options.config);
  const clock = options.clock ?? (() => new Date());
  const idempotencyWindowMs = options.idempotencyWindowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS;
  if (!Number.isFinite(idempotencyWindowMs) || idempotencyWindowMs <= 0) {
    throw new TypeError(`Memory backend: \`idempotencyWindowMs\` must be a positive number of milliseconds, got ${String(idempotencyWindowMs)}.`);
  }
  const dataset = options.dataset ?? generateSeed({ members: 50, workspaces: 3, lifecycle: config.lifecycle });
  const state = new MemoryState(dataset, config, clock, options.invitationBaseUrl ?? DEFAULT_INVITATION_BASE_URL);
  const capabilities: AdapterCapabilities = Object.freeze({
    pagination: options.pagination ?? "offset",
    search: true,
    filterByStatus: true,
    filterByRole: true,
    sortFields: MEMORY_SORT_FIELDS,
    maxPageSize: MEMORY_MAX_PAGE_SIZE,
  });
  const idempotency = new IdempotencyStore(() => clock().getTime(), idempotencyWindowMs, config.limits);
  const deps = { state, idempotency, totals: new TotalCache(), capabilities };

  return {
    config,
    as(userId) {
      state.actorFor(userId); // throws not_found for an unknown user
      return createActingAdapter(deps, userId);
    },
    actorFor: (userId) => state.actorFor(userId),
    outbox: () => state.outbox(),
    invitationFor: (url) => state.invitationFor(url),
    acceptInvitation(url) {
      const invitation = state.invitationFor(url);
      const membership = invitation ? state.workspace(invitation.workspaceId)?.members.get(invitation.userId) : undefined;
      const user = invitation ? state.user(invitation.userId) : undefined;
      if (!membership || !user || (membership.status !== "invited" && membership.status !== "requested")) {
        throw new RosterError("not_found", "This invitation link no longer works. Ask an admin of the workspace to send a new invitation.");
      }
      state.revokeInvitation(membership);
      state.patchUser(user, { hasAccount: true, instanceStatus: "active" });
      state.patchMembership(membership, { status: "active", lastActiveAt: clock().toISOString() });
      state.changed(user, "user");
      return state.workspaceMember(membership);
    },
    snapshot: () => state.snapshot(),
  };
}

/**
 * A backend and its adapter for one signed-in user in one call, for tests and demos that need a single
 * actor. The backend stays reachable as `backend` (outbox, links, snapshot, other actors).
 * @throws RosterError `not_found` when `actorId` is not a user of the dataset.
 * @example
 * const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 50 }), actorId: "u-1" });
 * const workspaces = await adapter.listWorkspaces({ signal: new AbortController().signal });
 */
export function createMemoryAdapter(options: MemoryBackendOptions & { readonly actorId: string }): RosterAdapter & { readonly backend: MemoryBackend } {
  const backend = createMemoryBackend(options);
  return { ...backend.as(options.actorId), backend };
}
