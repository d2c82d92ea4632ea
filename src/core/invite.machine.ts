import type { InviteeFailure, InviteeInput, InviteeResult } from "./adapter.types";
import type { AuditRecord } from "./audit.types";
import type { RosterConfig } from "./config";
import type { Member } from "./domain.types";
import type { FieldErrors, FieldIssue, RosterError } from "./errors";
import type { Denied, Decision } from "./policy";
import { can, denial } from "./policy";
import type { MachineSlice, SharedEffect, StoreFacts, Transition } from "./store.types";
import { stay } from "./store.types";
import type { InviteeDraft, InviteeField, InviteeIssues, ValidationIssue } from "./validation";
import { normalizeEmail, validateInviteeDraft, validationIssueOf } from "./validation";

/**
 * The invite form (R5–R10): a list of invitee drafts, each validated and reported on its own. Successful
 * invitees leave the form and are listed with their invitation URL (self-hosted, R10); refused ones stay
 * exactly as typed, with the backend's errors on their fields; a failure of the whole request keeps
 * everything typed. One idempotency key per submission intent: a retry of the same drafts reuses it, an
 * edit starts a new intent.
 *
 * `editing → submitting → editing (some refused) | done (all invited) | failed (whole request)`.
 * @module
 */

/** The states of the invite form. */
export type InviteStatus = "editing" | "submitting" | "done" | "failed";

/** One invitee in the form. */
export interface InviteDraftEntry {
  /** Stable within the form, for React keys and events. */
  readonly id: string;
  readonly draft: InviteeDraft;
  /** Messages keyed by the draft's fields (`name`, `email`, `role`, `groups`, `metadata`). */
  readonly fieldErrors: FieldErrors;
  /**
   * The same fields' refusals with their codes and values, for a UI to word in its own language: the
   * validation's on submit, or the backend's when it sent a code (and values) this kit knows (R5, R6). A
   * field the backend refused without one, or with a code of a newer backend, has none.
   */
  readonly issues: InviteeIssues;
  /** The backend's refusal of this invitee (R7 `existing` offers an unarchive instead), if any. */
  readonly failure: InviteeFailure | null;
}

/** An invitee the backend accepted. */
export interface InvitedMember {
  readonly draftId: string;
  readonly member: Member;
  /** The invitation URL to copy, in self-hosted deployments (R10); `null` in cloud. */
  readonly invitationUrl: string | null;
}

/** A submission: what was sent, kept until it is answered so that a retry sends it again, same key. */
export interface InviteRequest {
  readonly workspaceId: string;
  /** Draft ids in request order: results come back by index. */
  readonly draftIds: readonly string[];
  readonly invitees: readonly InviteeInput[];
  /** One key per submission intent, reused by retries. */
  readonly idempotencyKey: string;
}

/** State of the invite machine. */
export interface InviteState {
  readonly status: InviteStatus;
  readonly drafts: readonly InviteDraftEntry[];
  /** Every invitee accepted since the form opened, oldest first. */
  readonly invited: readonly InvitedMember[];
  readonly nextDraftId: number;
  /** The request in flight (`submitting`) or that failed as a whole (`failed`); `null` once answered or edited. */
  readonly request: InviteRequest | null;
  /** Whole-request failure (`failed`). */
  readonly error: RosterError | null;
  /** The policy refused the invite (R1); nothing was sent. */
  readonly refusal: Denied | null;
}

/** What validation needs: the configuration and, when loaded, the workspace's group ids. */
export interface InviteValidationContext {
  readonly config: RosterConfig;
  readonly knownGroupIds?: ReadonlySet<string>;
}

/** Events a UI sends; the store adds validation context, decision and key (see {@link InviteEvent}). */
export type InviteCommand =
  | { readonly type: "INVITE.ADD"; readonly draft?: Partial<InviteeDraft> }
  | { readonly type: "INVITE.REMOVE"; readonly draftId: string }
  | { readonly type: "INVITE.UPDATE"; readonly draftId: string; readonly patch: Partial<InviteeDraft> }
  | { readonly type: "INVITE.VALIDATE" }
  | { readonly type: "INVITE.SUBMIT" }
  | { readonly type: "INVITE.RETRY" }
  | { readonly type: "INVITE.RESET" };

/** Every event of the invite machine. */
export type InviteEvent =
  | Exclude<InviteCommand, { type: "INVITE.VALIDATE" | "INVITE.SUBMIT" }>
  | ({ readonly type: "INVITE.VALIDATE" } & InviteValidationContext)
  | ({
      readonly type: "INVITE.SUBMIT";
      readonly workspaceId: string;
      readonly decision: Decision;
      /** A fresh key, used when the state holds none (a new intent). */
      readonly idempotencyKey: string;
    } & InviteValidationContext)
  | { readonly type: "INVITE.SUCCEEDED"; readonly idempotencyKey: string; readonly results: readonly InviteeResult[] }
  | { readonly type: "INVITE.FAILED"; readonly idempotencyKey: string; readonly error: RosterError };

/** Effects of the invite machine. */
export type InviteEffect =
  | { readonly type: "invite.submit"; readonly workspaceId: string; readonly invitees: readonly InviteeInput[]; readonly idempotencyKey: string }
  | SharedEffect;

/** An empty draft. */
export const EMPTY_DRAFT: InviteeDraft = Object.freeze({ name: "", email: "", role: "", groups: Object.freeze([]), metadata: "" });

function addDraft(state: InviteState, draft: Partial<InviteeDraft> = {}): InviteState {
  const entry: InviteDraftEntry = { id: `invitee-${state.nextDraftId}`, draft: { ...EMPTY_DRAFT, ...draft }, fieldErrors: {}, issues: {}, failure: null };
  return { ...state, drafts: [...state.drafts, entry], nextDraftId: state.nextDraftId + 1 };
}

/**
 * The form's initial state: one empty draft.
 * @example
 * const invite = createInviteState({ role: "end-user" }); // the first draft preselects a role
 */
export function createInviteState(draft?: Partial<InviteeDraft>): InviteState {
  const empty: InviteState = {
    status: "editing",
    drafts: [],
    invited: [],
    nextDraftId: 1,
    request: null,
    error: null,
    refusal: null,
  };
  return addDraft(empty, draft);
}

/** An edit: back to editing, as a new intent (new key), outside a submission. */
function edit(state: InviteState, drafts: readonly InviteDraftEntry[], nextDraftId = state.nextDraftId): Transition<InviteState, InviteEffect> {
  return stay({ ...state, status: "editing", drafts, nextDraftId, request: null, error: null, refusal: null });
}

function withoutKeys<T extends Readonly<Record<string, unknown>>>(errors: T, keys: readonly string[]): T {
  // A copy of `errors` with fewer keys: still a T, whose keys are all optional.
  return keys.some((key) => key in errors) ? (Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key))) as T) : errors;
}

function update(state: InviteState, draftId: string, patch: Partial<InviteeDraft>): Transition<InviteState, InviteEffect> {
  if (!state.drafts.some((entry) => entry.id === draftId)) return stay(state);
  const drafts = state.drafts.map((entry) =>
    entry.id === draftId
      ? { ...entry, draft: { ...entry.draft, ...patch }, fieldErrors: withoutKeys(entry.fieldErrors, Object.keys(patch)), issues: withoutKeys(entry.issues, Object.keys(patch)) }
      : entry,
  );
  return edit(state, drafts);
}

/** Validates every draft: the clean inputs, or the drafts with their field errors. */
function validateAll(drafts: readonly InviteDraftEntry[], context: InviteValidationContext): { inputs: InviteeInput[]; drafts: readonly InviteDraftEntry[]; valid: boolean } {
  const inputs: InviteeInput[] = [];
  let valid = true;
  const checked = drafts.map((entry) => {
    const result = validateInviteeDraft(entry.draft, context.config, context.knownGroupIds);
    if (result.ok) {
      inputs.push(result.value);
      return Object.keys(entry.fieldErrors).length === 0 ? entry : { ...entry, fieldErrors: {}, issues: {} };
    }
    valid = false;
    return { ...entry, fieldErrors: result.fieldErrors, issues: result.issues };
  });
  return { inputs, drafts: checked, valid };
}

function send(state: InviteState, request: InviteRequest, drafts = state.drafts): Transition<InviteState, InviteEffect> {
  const { workspaceId, invitees, idempotencyKey } = request;
  return {
    state: { ...state, status: "submitting", drafts, request, error: null, refusal: null },
    effects: [{ type: "invite.submit", workspaceId, invitees, idempotencyKey }],
  };
}

function submit(state: InviteState, event: Extract<InviteEvent, { type: "INVITE.SUBMIT" }>): Transition<InviteState, InviteEffect> {
  if (state.status === "submitting" || state.drafts.length === 0) return stay(state);
  if (!event.decision.ok) return stay({ ...state, refusal: event.decision });
  const checked = validateAll(state.drafts, event);
  if (!checked.valid) return stay({ ...state, status: "editing", drafts: checked.drafts, refusal: null });
  const request: InviteRequest = {
    workspaceId: event.workspaceId,
    draftIds: checked.drafts.map((entry) => entry.id),
    invitees: checked.inputs,
    // Submitting the same drafts again after a failed request is the same intent (R5: nothing twice).
    idempotencyKey: state.request?.idempotencyKey ?? event.idempotencyKey,
  };
  return send(state, request, checked.drafts.map((entry) => (entry.failure ? { ...entry, failure: null } : entry)));
}

/**
 * Errors on the invitee's own fields, those its issues name included; a duplicate or an R8 refusal
 * without field errors is about the email.
 */
export function failureFieldErrors(failure: InviteeFailure): FieldErrors {
  const named = Object.fromEntries((failure.issues ?? []).map((issue) => [issue.field, failure.message]));
  const errors = { ...named, ...failure.fieldErrors };
  if (Object.keys(errors).length > 0) return errors;
  return failure.code === "duplicate" || failure.code === "archived_in_instance" ? { email: failure.message } : {};
}

/**
 * A backend's issues on the invitee's own fields that this kit can word: a known code with values that
 * fit it (checked by `validationIssueOf`). The others leave their field with its message only, which a
 * UI words generically.
 */
export function knownIssues(issues: readonly FieldIssue[]): InviteeIssues {
  const known: Partial<Record<InviteeField, ValidationIssue>> = {};
  for (const { field, code, params } of issues) {
    const issue = Object.hasOwn(EMPTY_DRAFT, field) ? validationIssueOf(code, params) : undefined;
    if (issue) known[field as InviteeField] = issue; // a key of EMPTY_DRAFT: a field of the invitee
  }
  return known;
}

/** The audit record of one invitee's answer, for the host's `onEvent` sink. */
export function inviteAudit(request: InviteRequest, entry: InviteDraftEntry, result: InviteeResult): SharedEffect {
  const scope = { kind: "workspace", workspaceId: request.workspaceId } as const;
  const base = { type: "invite", scope, before: null, idempotencyKey: request.idempotencyKey } as const;
  const record: AuditRecord = result.ok
    ? { ...base, target: result.member.id, targetEmail: result.member.email, after: result.member, outcome: "succeeded", error: null }
    : {
        ...base,
        target: result.error.existing?.userId ?? null,
        targetEmail: normalizeEmail(entry.draft.email),
        after: null,
        outcome: "failed",
        error: { code: result.error.code, message: result.error.message },
      };
  return { type: "audit", record };
}

function receive(state: InviteState, request: InviteRequest, results: readonly InviteeResult[]): Transition<InviteState, InviteEffect> {
  const outcome = new Map(request.draftIds.map((draftId, index) => [draftId, results[index]]));
  const drafts: InviteDraftEntry[] = [];
  const invited: InvitedMember[] = [];
  const audits: InviteEffect[] = [];
  for (const entry of state.drafts) {
    const result = outcome.get(entry.id);
    if (result) audits.push(inviteAudit(request, entry, result));
    if (result?.ok) invited.push({ draftId: entry.id, member: result.member, invitationUrl: result.invitationUrl });
    else drafts.push(result ? { ...entry, fieldErrors: failureFieldErrors(result.error), issues: knownIssues(result.error.issues ?? []), failure: result.error } : entry);
  }
  const status: InviteStatus = drafts.length === 0 ? "done" : "editing";
  const next: InviteState = { ...state, status, drafts, invited: [...state.invited, ...invited], request: null };
  const refresh: InviteEffect[] = invited.length > 0 ? [{ type: "list.reload" }, { type: "workspaces.refresh" }] : [];
  return { state: next, effects: [...refresh, ...audits] };
}

/** What a whole-request error says about one draft's fields. */
interface DraftRefusal {
  readonly fieldErrors: Record<string, string>;
  readonly issues: FieldIssue[];
}

/**
 * Maps a whole-request validation error's `invitees.<index>.<field>` messages and issues onto the
 * submitted drafts; a field it names loses the issue it had before.
 */
function requestFieldErrors(state: InviteState, request: InviteRequest, error: RosterError): readonly InviteDraftEntry[] {
  const byDraft = new Map<string, DraftRefusal>();
  const refusalAt = (path: string): { readonly refusal: DraftRefusal; readonly field: string } | undefined => {
    const match = /^invitees\.(\d+)\.(.+)$/.exec(path);
    const draftId = match ? request.draftIds[Number(match[1])] : undefined;
    if (!match || draftId === undefined) return undefined;
    const refusal = byDraft.get(draftId) ?? { fieldErrors: {}, issues: [] };
    byDraft.set(draftId, refusal);
    return { refusal, field: match[2] ?? "" };
  };
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const at = refusalAt(path);
    if (at) at.refusal.fieldErrors[at.field] = message;
  }
  for (const issue of error.issues) {
    const at = refusalAt(issue.field);
    if (!at) continue;
    at.refusal.issues.push({ ...issue, field: at.field });
    at.refusal.fieldErrors[at.field] ??= error.message;
  }
  if (byDraft.size === 0) return state.drafts;
  return state.drafts.map((entry) => {
    const refusal = byDraft.get(entry.id);
    if (!refusal) return entry;
    const issues = { ...withoutKeys(entry.issues, Object.keys(refusal.fieldErrors)), ...knownIssues(refusal.issues) };
    return { ...entry, fieldErrors: { ...entry.fieldErrors, ...refusal.fieldErrors }, issues };
  });
}

function fail(state: InviteState, request: InviteRequest, error: RosterError): Transition<InviteState, InviteEffect> {
  const failure: InviteeResult = { ok: false, error: { code: error.code, message: error.message, fieldErrors: {} } };
  const effects = state.drafts.filter((entry) => request.draftIds.includes(entry.id)).map((entry) => inviteAudit(request, entry, failure));
  return { state: { ...state, status: "failed", drafts: requestFieldErrors(state, request, error), error }, effects };
}

/**
 * The invite transition function.
 * @example
 * let { state } = inviteTransition(createInviteState(), { type: "INVITE.UPDATE", draftId: "invitee-1", patch: { email: "ada@example.com" } });
 */
export function inviteTransition(state: InviteState, event: InviteEvent): Transition<InviteState, InviteEffect> {
  const locked = state.status === "submitting";
  switch (event.type) {
    case "INVITE.ADD": {
      if (locked) return stay(state);
      const added = addDraft(state, event.draft);
      return edit(state, added.drafts, added.nextDraftId);
    }
    case "INVITE.REMOVE":
      if (locked || !state.drafts.some((entry) => entry.id === event.draftId)) return stay(state);
      return edit(state, state.drafts.filter((entry) => entry.id !== event.draftId));
    case "INVITE.UPDATE":
      return locked ? stay(state) : update(state, event.draftId, event.patch);
    case "INVITE.VALIDATE":
      return locked ? stay(state) : stay({ ...state, drafts: validateAll(state.drafts, event).drafts });
    case "INVITE.SUBMIT":
      return submit(state, event);
    case "INVITE.RETRY":
      return state.status === "failed" && state.request ? send(state, state.request) : stay(state);
    case "INVITE.RESET":
      return locked ? stay(state) : stay(createInviteState());
    case "INVITE.SUCCEEDED":
    case "INVITE.FAILED": {
      const { request } = state;
      if (!locked || request === null || request.idempotencyKey !== event.idempotencyKey) return stay(state);
      return event.type === "INVITE.SUCCEEDED" ? receive(state, request, event.results) : fail(state, request, event.error);
    }
  }
}

/** What validation reads from the snapshot: the configuration and the workspace's groups, once loaded. */
function validationContext(facts: StoreFacts): InviteValidationContext {
  const { groups, scope, config } = facts;
  const known = scope.kind === "workspace" && groups.status === "ready" ? { knownGroupIds: new Set(groups.data.map((group) => group.id)) } : {};
  return { config, ...known };
}

/**
 * The invite form as a slice of the store: validating reads the workspace's groups; submitting asks the
 * policy (R1; in instance scope there is no workspace to invite into, R5) and brings a new idempotency key.
 * Public as `inviteMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [inviteMachine] })`, `store.use(inviteMachine)`, or `InviteUserForm` and `InviteUserDialog` through
 * `useRosterMachine`); its state is then `snapshot.invite`.
 */
export const inviteMachine: MachineSlice<"invite", InviteState, InviteCommand, InviteEvent, Exclude<InviteEffect, SharedEffect>> = {
  key: "invite",
  commands: ["INVITE.ADD", "INVITE.REMOVE", "INVITE.UPDATE", "INVITE.VALIDATE", "INVITE.SUBMIT", "INVITE.RETRY", "INVITE.RESET"],
  initial: ({ inviteDraft }) => createInviteState(inviteDraft),
  resolve(command, _state, { facts, createKey }) {
    switch (command.type) {
      case "INVITE.VALIDATE":
        return { type: "INVITE.VALIDATE", ...validationContext(facts) };
      case "INVITE.SUBMIT": {
        const { scope } = facts;
        const decision = scope.kind === "workspace" ? can(facts.policy, { action: "invite", workspaceId: scope.workspaceId }) : denial("R5.noWorkspace", {});
        const workspaceId = scope.kind === "workspace" ? scope.workspaceId : "";
        return { type: "INVITE.SUBMIT", workspaceId, decision, idempotencyKey: createKey(), ...validationContext(facts) };
      }
      default:
        return command;
    }
  },
  transition: inviteTransition,
  run(effect, io) {
    const { workspaceId, invitees, idempotencyKey } = effect;
    io.request(
      io.uniqueId("invite"),
      (signal) => io.adapter.inviteMembers({ workspaceId, invitees, idempotencyKey, signal }),
      (outcome) => (outcome.ok ? { type: "INVITE.SUCCEEDED", idempotencyKey, results: outcome.value.results } : { type: "INVITE.FAILED", idempotencyKey, error: outcome.error }),
    );
  },
};
