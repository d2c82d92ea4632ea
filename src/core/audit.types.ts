import type { StatusAction } from "./adapter.types";
import type { InstanceStatus, Member, MemberStatus, RoleId, Scope } from "./domain.types";
import type { RosterErrorCode } from "./errors";
import type { PolicyAction } from "./policy";

/**
 * The audit trail the store reports through `onEvent`: one event per action the actor took against the
 * backend, whatever its outcome. Plain, serialisable data, so a host can ship it to its own log.
 * @module
 */

/**
 * What the actor did: a {@link StatusAction}, or one of the policy's invitation actions
 * ({@link PolicyAction}), or `updateMember`, which covers role and group edits (the before/after states
 * say which).
 */
export type AuditAction = StatusAction | Extract<PolicyAction, "invite" | "resendInvitation" | "copyInvitationLink"> | "updateMember";

/**
 * How the action ended: `conflict` is a write refused because the member changed meanwhile (R22);
 * `cancelled` is a write the actor abandoned before the backend answered: the backend may still have
 * applied it, and its idempotency key identifies it in the backend's own activity (R28).
 */
export type AuditOutcome = "succeeded" | "failed" | "conflict" | "cancelled";

/** The part of a member an audit event records, before and after the action. */
export interface AuditMemberState {
  readonly status: MemberStatus;
  readonly instanceStatus: InstanceStatus;
  readonly role: RoleId | null;
  readonly groups: readonly string[];
  readonly version: number;
}

/** Why an audited action failed. */
export interface AuditError {
  readonly code: RosterErrorCode;
  readonly message: string;
}

/**
 * One audited action.
 * @example
 * createRosterStore({ adapter, actor, config, scope, onEvent: (event) => auditLog.push(event) });
 */
export interface AuditEvent {
  readonly type: AuditAction;
  /** User id of the actor. */
  readonly actor: string;
  /** Id of the member acted on; `null` for an invitee the backend refused before any member existed. */
  readonly target: string | null;
  /** Email of the member acted on, or of the invitee. */
  readonly targetEmail: string;
  readonly scope: Scope;
  /** The member as the actor saw it when acting; `null` for invites. */
  readonly before: AuditMemberState | null;
  /** The member as the backend answered; `null` when the action failed. */
  readonly after: AuditMemberState | null;
  /** ISO 8601 time the outcome was known. */
  readonly at: string;
  /** The write's idempotency key; `null` for reads (copying a link). */
  readonly idempotencyKey: string | null;
  readonly outcome: AuditOutcome;
  readonly error: AuditError | null;
}

/**
 * What a machine knows about an audited action: the store adds the actor and the time and turns it into
 * an {@link AuditEvent}. Carried by the `audit` effect.
 */
export interface AuditRecord {
  readonly type: AuditAction;
  readonly target: string | null;
  readonly targetEmail: string;
  readonly scope: Scope;
  readonly before: Member | null;
  readonly after: Member | null;
  readonly idempotencyKey: string | null;
  readonly outcome: AuditOutcome;
  readonly error: AuditError | null;
}
