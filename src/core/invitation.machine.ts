import type { InvitationLink } from "./adapter.types";
import type { Member } from "./domain.types";
import type { RosterError } from "./errors";
import { memberAuditRecord } from "./member-audit";
import type { Decision } from "./policy";
import { can, deniedError } from "./policy";
import type { MachineSlice, SharedEffect, Transition } from "./store.types";
import { stay } from "./store.types";

/**
 * A pending member's invitation link (R10): fetched to copy it (self-hosted), or sent again, which
 * replaces the link. One entry per member; a new request for a member supersedes the previous one. A
 * refusal by the policy is shown without a request (R3); every request is audited, and a resend reads
 * the member again (its `invitedAt` changed).
 *
 * Per member: `(none) → loading → ready | error`, and `loading` again on the next request.
 * @module
 */

/** A member's invitation link, fetched to copy it or after resending it (R10). */
export interface InvitationState {
  readonly status: "loading" | "ready" | "error";
  /** The link; while loading again, the previous one. */
  readonly link: InvitationLink | null;
  readonly error: RosterError | null;
  /** Whether the last request sent the invitation again (its old link stopped working). */
  readonly resent: boolean;
}

/** State of the invitation machine: each member's link, by member id. */
export type InvitationsState = Readonly<Record<string, InvitationState>>;

/** Events a UI sends; the store resolves the member, the policy's answer and a key (see {@link InvitationEvent}). */
export type InvitationCommand =
  /** Fetch a pending invitation's link to copy it (self-hosted, R10). */
  | { readonly type: "INVITATION.GET_LINK"; readonly memberId: string }
  /** Send a pending invitation again; the old link stops working (R10). */
  | { readonly type: "INVITATION.RESEND"; readonly memberId: string };

/** One request for a member's link: what the answer is reported against. */
export interface InvitationRequest {
  /** The member as the store held it when asked. */
  readonly member: Member;
  readonly resend: boolean;
  /** The write's key for a resend; `null` for fetching the link (a read). */
  readonly idempotencyKey: string | null;
}

/** Every event of the invitation machine. */
export type InvitationEvent =
  | (InvitationRequest & { readonly type: "INVITATION.REQUEST"; readonly decision: Decision })
  | (InvitationRequest & { readonly type: "INVITATION.SUCCEEDED"; readonly link: InvitationLink })
  | (InvitationRequest & { readonly type: "INVITATION.FAILED"; readonly error: RosterError })
  /** The scope changed: links of the previous scope are no longer shown. */
  | { readonly type: "INVITATION.RESET" };

/** Effects of the invitation machine. */
export type InvitationEffect = (InvitationRequest & { readonly type: "invitation.fetch"; readonly workspaceId: string }) | SharedEffect;

/** The machine's initial state: no link asked for. */
export const INVITATIONS_NONE: InvitationsState = Object.freeze({});

function withEntry(state: InvitationsState, memberId: string, entry: InvitationState): InvitationsState {
  return { ...state, [memberId]: entry };
}

function audit(request: InvitationRequest, outcome: "succeeded" | "failed", error: RosterError | null): InvitationEffect {
  const { member, resend, idempotencyKey } = request;
  return { type: "audit", record: memberAuditRecord(resend ? "resendInvitation" : "copyInvitationLink", member, idempotencyKey, outcome, outcome === "succeeded" ? member : null, error) };
}

function request(state: InvitationsState, event: Extract<InvitationEvent, { type: "INVITATION.REQUEST" }>): Transition<InvitationsState, InvitationEffect> {
  const { member, resend, idempotencyKey, decision } = event;
  if (!decision.ok) return stay(withEntry(state, member.id, { status: "error", link: null, error: deniedError(decision), resent: false }));
  if (member.scope.kind !== "workspace") return stay(state);
  return {
    state: withEntry(state, member.id, { status: "loading", link: state[member.id]?.link ?? null, error: null, resent: false }),
    effects: [{ type: "invitation.fetch", member, resend, idempotencyKey, workspaceId: member.scope.workspaceId }],
  };
}

function settle(state: InvitationsState, event: Extract<InvitationEvent, { type: "INVITATION.SUCCEEDED" | "INVITATION.FAILED" }>): Transition<InvitationsState, InvitationEffect> {
  const { member, resend } = event;
  const succeeded = event.type === "INVITATION.SUCCEEDED";
  const audited = audit(event, succeeded ? "succeeded" : "failed", succeeded ? null : event.error);
  // An answer after a scope switch is still audited: the backend acted, but its link is no longer shown.
  if (state[member.id]?.status !== "loading") return { state, effects: [audited] };
  if (!succeeded) return { state: withEntry(state, member.id, { status: "error", link: null, error: event.error, resent: false }), effects: [audited] };
  const refresh: InvitationEffect[] = resend ? [{ type: "member.refresh", memberId: member.id }] : [];
  return { state: withEntry(state, member.id, { status: "ready", link: event.link, error: null, resent: resend }), effects: [audited, ...refresh] };
}

/**
 * The invitation transition function.
 * @example
 * let { state, effects } = invitationTransition(INVITATIONS_NONE, { type: "INVITATION.REQUEST", member, resend: false, idempotencyKey: null, decision: { ok: true } });
 * // state[member.id].status === "loading"; effects: [invitation.fetch]
 */
export function invitationTransition(state: InvitationsState, event: InvitationEvent): Transition<InvitationsState, InvitationEffect> {
  switch (event.type) {
    case "INVITATION.REQUEST":
      return request(state, event);
    case "INVITATION.SUCCEEDED":
    case "INVITATION.FAILED":
      return settle(state, event);
    case "INVITATION.RESET":
      return stay(Object.keys(state).length === 0 ? state : INVITATIONS_NONE);
  }
}

/**
 * The invitation links as a slice of the store: a request resolves the member the store holds and the
 * policy's answer (`copyInvitationLink` or `resendInvitation`, R3, R10), and a resend brings a new
 * idempotency key; a scope switch forgets the links.
 * Public as `invitationMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [invitationMachine] })`, `store.use(invitationMachine)`, or a row menu's invitation actions through
 * `useRosterMachine`); its state is then `snapshot.invitations`.
 */
export const invitationMachine: MachineSlice<"invitations", InvitationsState, InvitationCommand, InvitationEvent, Exclude<InvitationEffect, SharedEffect>> = {
  key: "invitations",
  commands: ["INVITATION.GET_LINK", "INVITATION.RESEND"],
  initial: () => INVITATIONS_NONE,
  resolve(command, _state, { facts, createKey }) {
    const member = facts.members.get(command.memberId);
    if (!member || member.scope.kind !== "workspace") return null;
    const resend = command.type === "INVITATION.RESEND";
    const decision = can(facts.policy, { action: resend ? "resendInvitation" : "copyInvitationLink", member });
    return { type: "INVITATION.REQUEST", member, resend, decision, idempotencyKey: resend && decision.ok ? createKey() : null };
  },
  transition: invitationTransition,
  run(effect, io) {
    const { member, resend, idempotencyKey, workspaceId } = effect;
    const request = { member, resend, idempotencyKey };
    io.request(
      `invitation:${member.id}`,
      (signal) =>
        idempotencyKey === null
          ? io.adapter.getInvitationLink({ workspaceId, memberId: member.id, signal })
          : io.adapter.resendInvitation({ workspaceId, memberId: member.id, idempotencyKey, signal }),
      (outcome) => (outcome.ok ? { type: "INVITATION.SUCCEEDED", ...request, link: outcome.value } : { type: "INVITATION.FAILED", ...request, error: outcome.error }),
    );
  },
  scopeChanged: () => ({ type: "INVITATION.RESET" }),
};
