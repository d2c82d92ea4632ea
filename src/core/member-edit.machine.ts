import type { UpdateMemberParams } from "./adapter.types";
import type { AuditOutcome } from "./audit.types";
import type { Member, RoleId } from "./domain.types";
import type { RosterError } from "./errors";
import { memberAuditRecord } from "./member-audit";
import type { Decision, Denied, PolicyContext } from "./policy";
import { can } from "./policy";
import type { MachineSlice, SharedEffect, Transition } from "./store.types";
import { stay } from "./store.types";

/**
 * Editing one member's role and groups (R1, R15 for demotions, R24 for who can be edited). The save
 * sends the member's version as it was when the editor opened, so a change made meanwhile is a
 * `conflict` and is not overwritten (R22). One idempotency key per save intent; a retry reuses it.
 *
 * `idle → editing → saving → saved | failed | conflict`; `EDIT.CANCEL` leaves every state but `saving`.
 * @module
 */

/** The states of the member editor. */
export type MemberEditStatus = "idle" | "editing" | "saving" | "saved" | "failed" | "conflict";

/** A save: the parameters of `updateMember` but its signal, kept so that a retry sends the same. */
export type MemberEditRequest = Omit<UpdateMemberParams, "signal">;

/** An open editor. */
export interface OpenMemberEdit {
  readonly status: Exclude<MemberEditStatus, "idle">;
  /** The member as it was when the editor opened (R22). */
  readonly member: Member;
  /** The role chosen. */
  readonly role: RoleId | null;
  /** The groups chosen. */
  readonly groups: readonly string[];
  /** The save in flight, or that failed; `null` after an edit (a new intent). */
  readonly request: MemberEditRequest | null;
  /** The policy refused the save (R1, R15); nothing was sent. */
  readonly refusal: Denied | null;
  /** The backend's refusal (`failed`, `conflict`). */
  readonly error: RosterError | null;
  /** The member as the backend now holds it (`saved`, or `conflict` when the backend said, R22). */
  readonly current: Member | null;
}

/** State of the member-edit machine. */
export type MemberEditState = { readonly status: "idle" } | OpenMemberEdit;

/** Events a UI sends; the store resolves the member, the decision and the key (see {@link MemberEditEvent}). */
export type MemberEditCommand =
  | { readonly type: "EDIT.OPEN"; readonly memberId: string }
  | { readonly type: "EDIT.SET_ROLE"; readonly role: RoleId }
  | { readonly type: "EDIT.SET_GROUPS"; readonly groups: readonly string[] }
  | { readonly type: "EDIT.SAVE" }
  | { readonly type: "EDIT.RETRY" }
  | { readonly type: "EDIT.CANCEL" };

/** Every event of the member-edit machine. */
export type MemberEditEvent =
  | Exclude<MemberEditCommand, { type: "EDIT.OPEN" | "EDIT.SAVE" }>
  | { readonly type: "EDIT.OPEN"; readonly member: Member }
  /** `decision`: {@link decideMemberEdit} for the changes; `idempotencyKey`: used when the state holds none. */
  | { readonly type: "EDIT.SAVE"; readonly decision: Decision; readonly idempotencyKey: string }
  | { readonly type: "EDIT.SUCCEEDED"; readonly idempotencyKey: string; readonly member: Member }
  | { readonly type: "EDIT.FAILED"; readonly idempotencyKey: string; readonly error: RosterError };

/** Effects of the member-edit machine. */
export type MemberEditEffect = { readonly type: "member.update"; readonly request: MemberEditRequest } | SharedEffect;

/** The editor's initial state. */
export const MEMBER_EDIT_IDLE: MemberEditState = Object.freeze({ status: "idle" });

/** The fields the editor changes, compared with the member as opened: only those are sent. */
export function memberEditChanges(state: OpenMemberEdit): { readonly role?: RoleId; readonly groups?: readonly string[] } {
  const { member, role, groups } = state;
  const sameGroups = groups.length === member.groups.length && groups.every((group) => member.groups.includes(group));
  return { ...(role !== null && role !== member.role ? { role } : {}), ...(sameGroups ? {} : { groups }) };
}

/**
 * The policy's answer for a save: `changeRole` with the new role (R15 refuses demoting the last active
 * admin) and `changeGroups`, for what changed.
 */
export function decideMemberEdit(ctx: PolicyContext, state: OpenMemberEdit): Decision {
  const changes = memberEditChanges(state);
  const role = changes.role === undefined ? null : can(ctx, { action: "changeRole", member: state.member, role: changes.role });
  if (role && !role.ok) return role;
  return changes.groups === undefined ? { ok: true } : can(ctx, { action: "changeGroups", member: state.member });
}

function edit(state: MemberEditState, patch: Partial<Pick<OpenMemberEdit, "role" | "groups">>): Transition<MemberEditState, MemberEditEffect> {
  if (state.status === "idle" || state.status === "saving") return stay(state);
  return stay({ ...state, ...patch, status: "editing", request: null, refusal: null, error: null });
}

function save(state: OpenMemberEdit, request: MemberEditRequest): Transition<MemberEditState, MemberEditEffect> {
  return { state: { ...state, status: "saving", request, refusal: null, error: null }, effects: [{ type: "member.update", request }] };
}

function requestFor(state: OpenMemberEdit, idempotencyKey: string): MemberEditRequest | null {
  const scope = state.member.scope;
  const changes = memberEditChanges(state);
  if (scope.kind !== "workspace" || (changes.role === undefined && changes.groups === undefined)) return null;
  return { workspaceId: scope.workspaceId, memberId: state.member.id, ...changes, expectedVersion: state.member.version, idempotencyKey };
}

function audit(state: OpenMemberEdit, request: MemberEditRequest, outcome: AuditOutcome, after: Member | null, error: RosterError | null): MemberEditEffect {
  return { type: "audit", record: memberAuditRecord("updateMember", state.member, request.idempotencyKey, outcome, after, error) };
}

function settle(state: OpenMemberEdit, request: MemberEditRequest, event: Extract<MemberEditEvent, { type: "EDIT.SUCCEEDED" | "EDIT.FAILED" }>): Transition<MemberEditState, MemberEditEffect> {
  if (event.type === "EDIT.SUCCEEDED") {
    const effects: MemberEditEffect[] = [{ type: "members.upsert", members: [event.member] }, { type: "workspaces.refresh" }, audit(state, request, "succeeded", event.member, null)];
    return { state: { ...state, status: "saved", current: event.member }, effects };
  }
  const { error } = event;
  if (error.code !== "conflict") return { state: { ...state, status: "failed", error }, effects: [audit(state, request, "failed", null, error)] };
  const current = error.current ?? null;
  const shown: MemberEditEffect[] = current ? [{ type: "members.upsert", members: [current] }] : [];
  return { state: { ...state, status: "conflict", error, current }, effects: [...shown, audit(state, request, "conflict", null, error)] };
}

/**
 * The member-edit transition function.
 * @example
 * let { state } = memberEditTransition(MEMBER_EDIT_IDLE, { type: "EDIT.OPEN", member });
 * ({ state } = memberEditTransition(state, { type: "EDIT.SET_ROLE", role: "builder" }));
 */
export function memberEditTransition(state: MemberEditState, event: MemberEditEvent): Transition<MemberEditState, MemberEditEffect> {
  switch (event.type) {
    case "EDIT.OPEN":
      if (state.status === "saving") return stay(state);
      return stay({ status: "editing", member: event.member, role: event.member.role, groups: event.member.groups, request: null, refusal: null, error: null, current: null });
    case "EDIT.SET_ROLE":
      return edit(state, { role: event.role });
    case "EDIT.SET_GROUPS":
      return edit(state, { groups: event.groups });
    case "EDIT.SAVE": {
      if (state.status !== "editing" && state.status !== "failed") return stay(state);
      if (!event.decision.ok) return stay({ ...state, status: "editing", refusal: event.decision });
      const request = state.request ?? requestFor(state, event.idempotencyKey);
      return request ? save(state, request) : stay(state);
    }
    case "EDIT.RETRY":
      return state.status === "failed" && state.request ? save(state, state.request) : stay(state);
    case "EDIT.CANCEL":
      return state.status === "idle" || state.status === "saving" ? stay(state) : stay(MEMBER_EDIT_IDLE);
    case "EDIT.SUCCEEDED":
    case "EDIT.FAILED":
      if (state.status !== "saving" || state.request === null || state.request.idempotencyKey !== event.idempotencyKey) return stay(state);
      return settle(state, state.request, event);
  }
}

/**
 * The member editor as a slice of the store: opening resolves the member the store holds; saving asks
 * the policy for what changed (R1, R15) and brings a new idempotency key; a scope switch cancels.
 * Public as `memberEditMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [memberEditMachine] })`, `store.use(memberEditMachine)`, or `MemberEditForm` and `MemberDetailsPanel` through
 * `useRosterMachine`); its state is then `snapshot.memberEdit`.
 */
export const memberEditMachine: MachineSlice<"memberEdit", MemberEditState, MemberEditCommand, MemberEditEvent, Exclude<MemberEditEffect, SharedEffect>> = {
  key: "memberEdit",
  commands: ["EDIT.OPEN", "EDIT.SET_ROLE", "EDIT.SET_GROUPS", "EDIT.SAVE", "EDIT.RETRY", "EDIT.CANCEL"],
  initial: () => MEMBER_EDIT_IDLE,
  resolve(command, state, { facts, createKey }) {
    switch (command.type) {
      case "EDIT.OPEN": {
        const member = facts.members.get(command.memberId);
        return member ? { type: "EDIT.OPEN", member } : null;
      }
      case "EDIT.SAVE":
        return state.status === "idle" ? null : { type: "EDIT.SAVE", decision: decideMemberEdit(facts.policy, state), idempotencyKey: createKey() };
      default:
        return command;
    }
  },
  transition: memberEditTransition,
  run(effect, io) {
    const { request } = effect;
    io.request(
      io.uniqueId("edit"),
      (signal) => io.adapter.updateMember({ ...request, signal }),
      (outcome) =>
        outcome.ok
          ? { type: "EDIT.SUCCEEDED", idempotencyKey: request.idempotencyKey, member: outcome.value }
          : { type: "EDIT.FAILED", idempotencyKey: request.idempotencyKey, error: outcome.error },
    );
  },
  scopeChanged: () => ({ type: "EDIT.CANCEL" }),
};
