import type { StatusAction } from "./adapter.types";
import type { AuditOutcome } from "./audit.types";
import type { Member, MemberStatus } from "./domain.types";
import type { RosterError } from "./errors";
import { memberAuditRecord } from "./member-audit";
import type { Decision } from "./policy";
import { can } from "./policy";
import { denialSentence } from "./denials";
import { predictStatusChange } from "./status-prediction";
import type { MachineSlice, SharedEffect, Transition } from "./store.types";
import { stay } from "./store.types";

/**
 * A status change of several members at once (bulk archive or deactivate from the users table),
 * confirmed once and reported per member: each one succeeds, is refused by the policy before anything
 * is sent (R3, R4, R15), or fails at the backend (rolled back, R20). Every member is its own request
 * with its own idempotency key and expected version (R22), so one refusal never stops the others.
 *
 * `idle → confirming → applying → done`; `BULK.CANCEL` leaves `confirming` and `done`.
 * @module
 */

/** The states of a bulk status change, mirrored into `data-state` by the React layer. */
export type BulkStatusStatus = "idle" | "confirming" | "applying" | "done";

/** Where one member of a bulk change stands. */
export type BulkItemOutcome = "waiting" | "applying" | "succeeded" | "refused" | "failed";

/** One member of a bulk change. */
export interface BulkStatusItem {
  /** The member as it was when the change was opened (R22). */
  readonly member: Member;
  /** The policy's answer when opened; a denied item is reported `refused` without a request (R3). */
  readonly decision: Decision;
  /** The status the row shows while applying (R20). */
  readonly expectedStatus: MemberStatus;
  readonly idempotencyKey: string;
  readonly outcome: BulkItemOutcome;
  /** Why it was refused or failed: the policy's reason or the backend's message. */
  readonly reason: string | null;
  /** The backend's error, when it failed. */
  readonly error: RosterError | null;
  /** The member as the backend answered, when it succeeded. */
  readonly result: Member | null;
}

/** A bulk change under way: the action and every member's item. */
export interface ActiveBulkStatus {
  readonly status: "confirming" | "applying" | "done";
  readonly action: StatusAction;
  readonly items: readonly BulkStatusItem[];
}

/** State of the bulk status machine. */
export type BulkStatusState = { readonly status: "idle" } | ActiveBulkStatus;

/** Events a UI sends; the store resolves members, decisions and keys (see {@link BulkStatusEvent}). */
export type BulkStatusCommand =
  | { readonly type: "BULK.OPEN"; readonly memberIds: readonly string[]; readonly action: StatusAction }
  | { readonly type: "BULK.CONFIRM" }
  | { readonly type: "BULK.CANCEL" };

/** What the store resolved for one member when opening. */
export type BulkStatusIntent = Pick<BulkStatusItem, "member" | "decision" | "expectedStatus" | "idempotencyKey">;

/** Events of the machine: commands with what the store resolved, and the backend's answers per member. */
export type BulkStatusEvent =
  | { readonly type: "BULK.OPEN"; readonly action: StatusAction; readonly intents: readonly BulkStatusIntent[] }
  | { readonly type: "BULK.CONFIRM" }
  | { readonly type: "BULK.CANCEL" }
  | { readonly type: "BULK.ITEM_SUCCEEDED"; readonly idempotencyKey: string; readonly member: Member }
  | { readonly type: "BULK.ITEM_FAILED"; readonly idempotencyKey: string; readonly error: RosterError };

/** Effects of the bulk status machine; with them come `pending.set` and `pending.clear` per member (R20). */
export type BulkStatusEffect =
  /** Send one member's change (the store answers with `BULK.ITEM_SUCCEEDED` / `BULK.ITEM_FAILED`). */
  | { readonly type: "bulk.apply"; readonly action: StatusAction; readonly item: BulkStatusIntent }
  | SharedEffect;

/** The machine's initial state. */
export const BULK_STATUS_IDLE: BulkStatusState = Object.freeze({ status: "idle" });

/** Counts of a bulk change's outcomes, for a summary ("3 archived, 1 refused"). */
export function bulkSummary(state: BulkStatusState): Readonly<Record<BulkItemOutcome, number>> {
  const counts: Record<BulkItemOutcome, number> = { waiting: 0, applying: 0, succeeded: 0, refused: 0, failed: 0 };
  if (state.status !== "idle") for (const item of state.items) counts[item.outcome] += 1;
  return counts;
}

function audit(action: StatusAction, item: BulkStatusItem, outcome: AuditOutcome, after: Member | null, error: RosterError | null): BulkStatusEffect {
  return { type: "audit", record: memberAuditRecord(action, item.member, item.idempotencyKey, outcome, after, error) };
}

function confirm(state: ActiveBulkStatus): Transition<BulkStatusState, BulkStatusEffect> {
  const effects: BulkStatusEffect[] = [];
  const items = state.items.map((item): BulkStatusItem => {
    if (!item.decision.ok) return { ...item, outcome: "refused", reason: denialSentence(item.decision) };
    const { member, expectedStatus, idempotencyKey, decision } = item;
    effects.push(
      { type: "pending.set", memberId: member.id, status: expectedStatus, action: state.action, idempotencyKey },
      { type: "bulk.apply", action: state.action, item: { member, decision, expectedStatus, idempotencyKey } },
    );
    return { ...item, outcome: "applying" };
  });
  const status = items.some((item) => item.outcome === "applying") ? "applying" : "done";
  return { state: { status, action: state.action, items }, effects };
}

function settle(state: ActiveBulkStatus, event: Extract<BulkStatusEvent, { type: "BULK.ITEM_SUCCEEDED" | "BULK.ITEM_FAILED" }>): Transition<BulkStatusState, BulkStatusEffect> {
  const index = state.items.findIndex((item) => item.idempotencyKey === event.idempotencyKey && item.outcome === "applying");
  const item = state.items[index];
  if (!item) return stay(state);
  const effects: BulkStatusEffect[] = [{ type: "pending.clear", memberId: item.member.id, idempotencyKey: item.idempotencyKey }];
  let next: BulkStatusItem;
  if (event.type === "BULK.ITEM_SUCCEEDED") {
    next = { ...item, outcome: "succeeded", result: event.member };
    effects.push({ type: "members.upsert", members: [event.member] }, audit(state.action, item, "succeeded", event.member, null));
  } else {
    const { error } = event;
    const refused = error.code === "forbidden" || error.code === "last_admin" || error.code === "invalid_transition";
    next = { ...item, outcome: refused ? "refused" : "failed", reason: error.message, error };
    if (error.code === "conflict" && error.current) effects.push({ type: "members.upsert", members: [error.current] });
    effects.push(audit(state.action, item, error.code === "conflict" ? "conflict" : "failed", null, error));
  }
  const items = state.items.map((candidate, position) => (position === index ? next : candidate));
  const done = items.every((candidate) => candidate.outcome !== "applying");
  if (done) effects.push({ type: "workspaces.refresh" }, { type: "list.reload" });
  return { state: { status: done ? "done" : "applying", action: state.action, items }, effects };
}

/**
 * The bulk status transition function.
 * @example
 * let { state } = bulkStatusTransition(BULK_STATUS_IDLE, { type: "BULK.OPEN", action: "archive", intents });
 * ({ state, effects } = bulkStatusTransition(state, { type: "BULK.CONFIRM" })); // pending.set + bulk.apply per allowed member
 */
export function bulkStatusTransition(state: BulkStatusState, event: BulkStatusEvent): Transition<BulkStatusState, BulkStatusEffect> {
  switch (event.type) {
    case "BULK.OPEN": {
      if (state.status === "applying" || event.intents.length === 0) return stay(state);
      const items = event.intents.map((intent): BulkStatusItem => ({ ...intent, outcome: "waiting", reason: null, error: null, result: null }));
      return stay({ status: "confirming", action: event.action, items });
    }
    case "BULK.CONFIRM":
      return state.status === "confirming" ? confirm(state) : stay(state);
    case "BULK.CANCEL":
      return state.status === "confirming" || state.status === "done" ? stay(BULK_STATUS_IDLE) : stay(state);
    case "BULK.ITEM_SUCCEEDED":
    case "BULK.ITEM_FAILED":
      return state.status === "applying" ? settle(state, event) : stay(state);
  }
}

/**
 * The bulk status change as a slice of the store: opening resolves every member the store holds, with
 * the policy's answer, the status its row will show (the status command's own `apply`) and its own
 * idempotency key; a scope switch cancels.
 * Public as `bulkStatusMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [bulkStatusMachine] })`, `store.use(bulkStatusMachine)`, or the users table's bulk actions through
 * `useRosterMachine`); its state is then `snapshot.bulkStatus`.
 */
export const bulkStatusMachine: MachineSlice<"bulkStatus", BulkStatusState, BulkStatusCommand, BulkStatusEvent, Exclude<BulkStatusEffect, SharedEffect>> = {
  key: "bulkStatus",
  commands: ["BULK.OPEN", "BULK.CONFIRM", "BULK.CANCEL"],
  initial: () => BULK_STATUS_IDLE,
  resolve(command, _state, { facts, actor, createKey, now }) {
    if (command.type !== "BULK.OPEN") return command;
    const { action } = command;
    const at = now().toISOString();
    const intents = command.memberIds.flatMap((memberId): BulkStatusIntent[] => {
      const member = facts.members.get(memberId);
      if (!member) return [];
      const decision = can(facts.policy, { action, member });
      const expectedStatus = predictStatusChange(facts.config, member, action, actor.userId, at).after.status;
      return [{ member, decision, expectedStatus, idempotencyKey: createKey() }];
    });
    return { type: "BULK.OPEN", action, intents };
  },
  transition: bulkStatusTransition,
  run(effect, io) {
    const { member, idempotencyKey } = effect.item;
    io.request(
      io.uniqueId("bulk"),
      (signal) => io.adapter.changeStatus({ scope: member.scope, memberId: member.id, action: effect.action, expectedVersion: member.version, idempotencyKey, signal }),
      (outcome) =>
        outcome.ok ? { type: "BULK.ITEM_SUCCEEDED", idempotencyKey, member: outcome.value.member } : { type: "BULK.ITEM_FAILED", idempotencyKey, error: outcome.error },
    );
  },
  scopeChanged: () => ({ type: "BULK.CANCEL" }),
};
