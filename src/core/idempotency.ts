import type { RosterLimits } from "./config";
import { RosterError } from "./errors";
import { canonicalJson } from "./request-limits";

/**
 * What makes a write idempotent (R26), for every backend: the fingerprint a key is bound to, and the
 * error for a key reused with another request. A backend stores, per acting user and key, the
 * fingerprint and the first answer: the same key with the same fingerprint replays the answer without
 * acting again; with another fingerprint it is refused; after the window the key is forgotten.
 * @module
 */

/** The kit-default lifetime of an idempotency key (R26): 24 hours, in milliseconds. */
export const DEFAULT_IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A write as its fingerprint sees it; the idempotency key itself is never part of it. */
export interface WriteRequest {
  /** The adapter method or REST operation, e.g. `changeStatus`. */
  readonly operation: string;
  /** What the write acts on: scope, workspace, member, and the version it expects (R22). */
  readonly target: Readonly<Record<string, string | number | null | undefined>>;
  /** The payload, as the client sent it (invitees, action, role, groups). */
  readonly body: unknown;
}

/**
 * The fingerprint of a write (R26): its operation, target and body as canonical JSON, so the same
 * request gives the same text whatever its key order. Built under the request limits (R29): a body past
 * `requestBodyBytes` or `jsonDepth` is refused while it is measured, before any work.
 * @throws RosterError `limit_exceeded` naming `requestBodyBytes` or `jsonDepth`.
 * @example
 * writeFingerprint({ operation: "changeStatus", target: { workspaceId: "ws-1", memberId: "u-4", expectedVersion: 3 }, body: { action: "archive" } }, config.limits)
 * // '["changeStatus",{"expectedVersion":3,"memberId":"u-4","workspaceId":"ws-1"},{"action":"archive"}]'
 */
export function writeFingerprint(request: WriteRequest, limits: Pick<RosterLimits, "requestBodyBytes" | "jsonDepth">): string {
  const body = canonicalJson(request.body, limits);
  // The target is a flat record of short values: it cannot pass a limit a body within them would not.
  const target = canonicalJson(request.target, { requestBodyBytes: Number.MAX_SAFE_INTEGER, jsonDepth: 1 });
  return `[${JSON.stringify(request.operation)},${target},${body}]`;
}

/**
 * The `idempotency_mismatch` error (R26): the key came before with a different request. Nothing was
 * done; the client must send a new key for a new request.
 */
export function idempotencyMismatch(): RosterError {
  return new RosterError(
    "idempotency_mismatch",
    "This request reuses the idempotency key of an earlier, different request, so nothing was changed. Send it again with a new key.",
    { rule: "R26" },
  );
}
