import type { AdapterCapabilities, RosterAdapter } from "../../core/adapter.types";
import { actorOf } from "../../core/commands/roster-facts";
import type { RosterConfig, RosterConfigInput } from "../../core/config";
import { resolveConfig } from "../../core/config";
import type { Actor, Member, RosterDataset } from "../../core/domain.types";
import type { RosterEngine } from "../../core/engine/roster-engine";
import { createRosterEngine } from "../../core/engine/roster-engine";
import type { SeededActivity, StoredActivity } from "./memory-storage";
import { sha256Hex } from "../../core/engine/invitation-token";
import { RosterError } from "../../core/errors";
import { BACKEND_CAPABILITIES } from "../../core/vocabulary";
import { DEFAULT_IDEMPOTENCY_WINDOW_MS } from "../../core/idempotency";
import { createEngineAdapter } from "./engine-adapter";
import { MemoryStorage } from "./memory-storage";
import { generateSeed } from "./seed";

/** One invitation email, as the backend queued it for the host to send (R10, R30). */
export interface OutboxEmail {
  /** Unique, stable id of the email (the `Message-ID` a mail server can deduplicate on). */
  readonly id: string;
  readonly kind: "invitation";
  /** The invitee's normalised email address. */
  readonly to: string;
  readonly userId: string;
  readonly workspaceId: string;
  /** The invitation link the email carries. */
  readonly url: string;
  /** ISO 8601 time the email was queued, with the change that caused it. */
  readonly sentAt: string;
}

/**
 * The in-memory reference backend: the roster engine (every rule decided and applied by the core's
 * commands) over the in-memory storage, for demos, tests, MSW mocks and development servers.
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
   * The secret invitation tokens derive from (R27); the in-memory backend makes a random one by default.
   * @default a random secret per backend
   */
  readonly invitationSecret?: string;
  /**
   * The paging the adapters declare in `capabilities` (both kinds of page request are answered anyway).
   * @default "offset"
   */
  readonly pagination?: "offset" | "cursor";
  /**
   * Activity events recorded before the backend started, oldest first (R28): a demo roster's past, so
   * that its history is not empty. The log starts with them; every change made afterwards is appended.
   * @default []
   */
  readonly history?: readonly SeededActivity[];
}

/** A running in-memory backend: adapters per signed-in user, plus what a test or a demo needs to look inside. */
export interface MemoryBackend {
  /** The resolved configuration. */
  readonly config: RosterConfig;
  /** What the backend's lists can do (R25): what its adapters and its HTTP handler declare. */
  readonly capabilities: AdapterCapabilities;
  /** The engine that runs every command; the HTTP server mounts the same one (`rosterkit/server`). */
  readonly engine: RosterEngine;
  /** The storage the engine writes to. */
  readonly storage: MemoryStorage;
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
  /** Every invitation email queued since the backend started, oldest first (R10, R30). */
  outbox(): readonly OutboxEmail[];
  /** Every activity event recorded since the backend started, oldest first (R28). */
  activity(): readonly StoredActivity[];
  /** Who an invitation link invites, or `null` when the link does not exist or no longer works (R10, R11, R12, R27). */
  invitationFor(url: string): Promise<{ userId: string; workspaceId: string } | null>;
  /**
   * The invitee follows the link and accepts (R27): the membership becomes `active`, the user has an
   * account and is `active` at instance level. The link stops working.
   * @throws RosterError `not_found` for an unknown link, `invalid_transition` for a used, replaced or expired one.
   */
  acceptInvitation(url: string): Promise<Member>;
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
  const storage = new MemoryStorage(dataset, config, clock().toISOString(), options.history);
  const engine = createRosterEngine({
    storage,
    config,
    clock,
    idempotencyWindowMs,
    invitations: { baseUrl: options.invitationBaseUrl ?? DEFAULT_INVITATION_BASE_URL, secret: options.invitationSecret ?? randomSecret() },
  });
  const capabilities: AdapterCapabilities = Object.freeze({ ...BACKEND_CAPABILITIES, pagination: options.pagination ?? "offset" });
  const actorFor = (userId: string): Actor => {
    const user = storage.records.user(userId);
    if (!user) throw new RosterError("not_found", "There is no such user on this instance.", { detail: `No user "${String(userId)}".` });
    return actorOf(storage.records.subjectOf(user));
  };

  return {
    config,
    capabilities,
    engine,
    storage,
    as(userId) {
      actorFor(userId); // throws not_found for an unknown user
      return createEngineAdapter(engine, userId, capabilities);
    },
    actorFor,
    outbox: () => storage.outbox().map((email) => ({ id: email.id, kind: email.kind, to: email.to, userId: email.userId, workspaceId: email.workspaceId, url: email.url, sentAt: email.queuedAt })),
    activity: () => storage.activity(),
    async invitationFor(url) {
      const token = engine.tokenOf(url);
      const invitation = token === null ? undefined : storage.invitation(await sha256Hex(token));
      return invitation && invitation.state === "live" && invitation.expiresAt > clock().toISOString() ? { userId: invitation.userId, workspaceId: invitation.workspaceId } : null;
    },
    async acceptInvitation(url) {
      return engine.acceptInvitation(engine.tokenOf(url) ?? "");
    },
    snapshot: () => storage.records.snapshot(),
  };
}

/** A random secret for a backend that was not given one. */
function randomSecret(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, "0")).join("");
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
