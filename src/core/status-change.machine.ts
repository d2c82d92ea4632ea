import type { StatusAction } from "./adapter.types";
import type { AuditOutcome } from "./audit.types";
import type { Member, MemberStatus } from "./domain.types";
import type { RosterError } from "./errors";
import { memberAuditRecord } from "./member-audit";
import type { Decision } from "./policy";
import { can } from "./policy";
import { predictStatusChange } from "./status-prediction";
import type { MachineSlice, SharedEffect, Transition } from "./store.types";
import { stay } from "./store.types";

/**
 * A status change (archive, unarchive, deactivate, reactivate) from the row menu or the detail panel,
 * through one confirm modal (R20, R21). The modal acts on the member as it was when it opened (R22);
 * confirming applies the change optimistically, a refusal rolls it back and keeps the error, and a retry
 * sends the same idempotency key so the backend cannot act twice.
 *
 * `idle → confirming → applying → done | failed | conflict`; `STATUS.CANCEL` leaves every state: in
 * `applying` it abandons the request (aborted, the row rolled back, audited as `cancelled`, the member
 * read again since the backend may have applied it); `STATUS.RETRY` leaves `failed`.
 * @module
 */

/** The states of a status change, mirrored into `data-state` by the React layer. */
export type StatusChangeStatus = "idle" | "confirming" | "applying" | "done" | "failed" | "conflict";

/** One user intent: what the modal shows and what confirming sends. */
export interface StatusIntent {
  /** The member as it was when the modal opened (R22); its `version` is sent as `expectedVersion`. */
  readonly member: Member;
  readonly action: StatusAction;
  /** The policy's answer; confirming is refused while it denies (R3). */
  readonly decision: Decision;
  /** The status the row shows at once when confirmed (R20). */
  readonly expectedStatus: MemberStatus;
  /** Created once per intent and reused by retries. */
  readonly idempotencyKey: string;
}

/** State of the status-change machine. */
export type StatusChangeState =
  | { readonly status: "idle" }
  | (StatusIntent & { readonly status: "confirming" | "applying" })
  | (StatusIntent & { readonly status: "done"; readonly result: Member })
  | (StatusIntent & { readonly status: "failed"; readonly error: RosterError })
  /** The backend answered `conflict`: nothing was applied; `current` is the member as it now is (R22). */
  | (StatusIntent & { readonly status: "conflict"; readonly error: RosterError; readonly current: Member | null });

/** Events a UI sends; the store resolves the member and the policy decision (see {@link StatusChangeEvent}). */
export type StatusChangeCommand =
  | { readonly type: "STATUS.OPEN"; readonly memberId: string; readonly action: StatusAction }
  | { readonly type: "STATUS.CONFIRM" }
  | { readonly type: "STATUS.RETRY" }
  | { readonly type: "STATUS.CANCEL" };

/** Events of the machine itself: commands with what the store resolved, and the backend's answers. */
export type StatusChangeEvent =
  | ({ readonly type: "STATUS.OPEN" } & StatusIntent)
  /** `decision`: the policy asked again at confirm time (counts may have changed since opening). */
  | { readonly type: "STATUS.CONFIRM"; readonly decision?: Decision }
  | { readonly type: "STATUS.RETRY" }
  | { readonly type: "STATUS.CANCEL" }
  | { readonly type: "STATUS.SUCCEEDED"; readonly idempotencyKey: string; readonly member: Member }
  | { readonly type: "STATUS.FAILED"; readonly idempotencyKey: string; readonly error: RosterError };

/**
 * Effects of the status-change machine. With them come `pending.set` (the expected status on the row at
 * once, outside the row data) and `pending.clear` (the row shows its data again: rolled back, or replaced
 * by the answer), which the store carries out.
 */
export type StatusChangeEffect =
  | { readonly type: "status.apply"; readonly intent: StatusIntent }
  /** Abort the request of a change cancelled while applying, and read the member again to show the truth. */
  | { readonly type: "status.abort"; readonly memberId: string; readonly idempotencyKey: string }
  | SharedEffect;

/** The machine's initial state. */
export const STATUS_CHANGE_IDLE: StatusChangeState = Object.freeze({ status: "idle" });

/** The intent part of a state, without its status and outcome. */
function intentOf(state: StatusIntent): StatusIntent {
  const { member, action, decision, expectedStatus, idempotencyKey } = state;
  return { member, action, decision, expectedStatus, idempotencyKey };
}

function apply(intent: StatusIntent): Transition<StatusChangeState, StatusChangeEffect> {
  const { member, action, expectedStatus: status, idempotencyKey } = intent;
  return {
    state: { ...intent, status: "applying" },
    effects: [
      { type: "pending.set", memberId: member.id, status, action, idempotencyKey },
      { type: "status.apply", intent },
    ],
  };
}

function audit(intent: StatusIntent, outcome: AuditOutcome, after: Member | null, error: RosterError | null): StatusChangeEffect {
  return { type: "audit", record: memberAuditRecord(intent.action, intent.member, intent.idempotencyKey, outcome, after, error) };
}

function settle(state: StatusIntent, event: Extract<StatusChangeEvent, { type: "STATUS.SUCCEEDED" | "STATUS.FAILED" }>): Transition<StatusChangeState, StatusChangeEffect> {
  const intent = intentOf(state);
  const clear: StatusChangeEffect = { type: "pending.clear", memberId: intent.member.id, idempotencyKey: intent.idempotencyKey };
  if (event.type === "STATUS.SUCCEEDED") {
    return {
      state: { ...intent, status: "done", result: event.member },
      effects: [clear, { type: "members.upsert", members: [event.member] }, { type: "workspaces.refresh" }, audit(intent, "succeeded", event.member, null)],
    };
  }
  const { error } = event;
  if (error.code !== "conflict") return { state: { ...intent, status: "failed", error }, effects: [clear, audit(intent, "failed", null, error)] };
  const current = error.current ?? null;
  const shown: StatusChangeEffect[] = current ? [{ type: "members.upsert", members: [current] }] : [];
  return { state: { ...intent, status: "conflict", error, current }, effects: [clear, ...shown, audit(intent, "conflict", null, error)] };
}

/** Cancel while applying: nothing waits for the answer any more; what the backend did is read back. */
function abandon(state: StatusIntent): Transition<StatusChangeState, StatusChangeEffect> {
  const { member, idempotencyKey } = state;
  return {
    state: STATUS_CHANGE_IDLE,
    effects: [
      { type: "status.abort", memberId: member.id, idempotencyKey },
      { type: "pending.clear", memberId: member.id, idempotencyKey },
      audit(intentOf(state), "cancelled", null, null),
    ],
  };
}

/**
 * The status-change transition function.
 * @example
 * let { state, effects } = statusChangeTransition(STATUS_CHANGE_IDLE, { type: "STATUS.OPEN", member, action: "archive", decision, expectedStatus: "archived", idempotencyKey: "k-1" });
 * ({ state, effects } = statusChangeTransition(state, { type: "STATUS.CONFIRM" })); // applying: pending.set + status.apply
 */
export function statusChangeTransition(state: StatusChangeState, event: StatusChangeEvent): Transition<StatusChangeState, StatusChangeEffect> {
  switch (event.type) {
    case "STATUS.OPEN":
      // One change at a time: the row already shows the pending one.
      if (state.status === "applying") return stay(state);
      return stay({ ...intentOf(event), status: "confirming" });
    case "STATUS.CONFIRM": {
      if (state.status !== "confirming") return stay(state);
      const decision = event.decision ?? state.decision;
      if (!decision.ok) return stay(decision === state.decision ? state : { ...state, decision });
      return apply({ ...intentOf(state), decision });
    }
    case "STATUS.RETRY":
      return state.status === "failed" ? apply(intentOf(state)) : stay(state);
    case "STATUS.CANCEL":
      if (state.status === "applying") return abandon(state);
      return state.status === "idle" ? stay(state) : stay(STATUS_CHANGE_IDLE);
    case "STATUS.SUCCEEDED":
    case "STATUS.FAILED":
      if (state.status !== "applying" || state.idempotencyKey !== event.idempotencyKey) return stay(state);
      return settle(state, event);
  }
}

/**
 * The status change as a slice of the store: opening resolves the member the store holds, the policy's
 * answer and the status the row will show (predicted with the status command's own `apply`); confirming
 * asks the policy again with fresh admin counts (R15); a scope switch cancels.
 * Public as `statusChangeMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [statusChangeMachine] })`, `store.use(statusChangeMachine)`, or `ConfirmStatusModal` and the row menus through
 * `useRosterMachine`); its state is then `snapshot.statusChange`.
 */
export const statusChangeMachine: MachineSlice<"statusChange", StatusChangeState, StatusChangeCommand, StatusChangeEvent, Exclude<StatusChangeEffect, SharedEffect>> = {
  key: "statusChange",
  commands: ["STATUS.OPEN", "STATUS.CONFIRM", "STATUS.RETRY", "STATUS.CANCEL"],
  initial: () => STATUS_CHANGE_IDLE,
  resolve(command, state, { facts, actor, createKey, now }) {
    switch (command.type) {
      case "STATUS.OPEN": {
        const member = facts.members.get(command.memberId);
        if (!member) return null;
        const { action } = command;
        const decision = can(facts.policy, { action, member });
        const expectedStatus = predictStatusChange(facts.config, member, action, actor.userId, now().toISOString()).after.status;
        return { type: "STATUS.OPEN", member, action, decision, expectedStatus, idempotencyKey: createKey() };
      }
      case "STATUS.CONFIRM":
        // Asked again: admin counts may have changed since the modal opened (R15).
        return state.status === "confirming" ? { type: "STATUS.CONFIRM", decision: can(facts.policy, { action: state.action, member: state.member }) } : command;
      default:
        return command;
    }
  },
  transition: statusChangeTransition,
  run(effect, io) {
    if (effect.type === "status.abort") {
      io.abort(`status:${effect.idempotencyKey}`);
      io.shared({ type: "member.refresh", memberId: effect.memberId });
      return;
    }
    const { member, action, idempotencyKey } = effect.intent;
    io.request(
      `status:${idempotencyKey}`,
      (signal) => io.adapter.changeStatus({ scope: member.scope, memberId: member.id, action, expectedVersion: member.version, idempotencyKey, signal }),
      (outcome) => (outcome.ok ? { type: "STATUS.SUCCEEDED", idempotencyKey, member: outcome.value.member } : { type: "STATUS.FAILED", idempotencyKey, error: outcome.error }),
    );
  },
  scopeChanged: () => ({ type: "STATUS.CANCEL" }),
};
