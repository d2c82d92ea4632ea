import type { AuditAction, AuditOutcome, AuditRecord } from "./audit.types";
import type { Member } from "./domain.types";
import type { RosterError } from "./errors";

/**
 * The audit record of an action on an existing member (a status change, an edit, an invitation link):
 * the member as the actor saw it, the member as the backend answered, and how it ended. Internal to the
 * core: not exported from `rosterkit/core`.
 * @module
 */

/** The {@link AuditRecord} of `type` on `member`; `after` is `null` and `error` is set when it failed. */
export function memberAuditRecord(
  type: AuditAction,
  member: Member,
  idempotencyKey: string | null,
  outcome: AuditOutcome,
  after: Member | null,
  error: RosterError | null,
): AuditRecord {
  return {
    type,
    target: member.id,
    targetEmail: member.email,
    scope: member.scope,
    before: member,
    after,
    idempotencyKey,
    outcome,
    error: error && { code: error.code, message: error.message },
  };
}
