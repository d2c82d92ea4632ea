import type { InviteeResult } from "./adapter.types";
import type { BulkInviteContext, BulkInviteLoadIssue, BulkInviteRead, BulkInviteRow, BulkInviteRowStatus } from "./bulk-invite";
import { bulkInviteRowStatus, checkBulkInviteRow, createBulkInviteRow, hasBulkInviteProblem, isSendable, markDuplicates, planBulkInviteBatches, rosterByEmail } from "./bulk-invite";
import type { RosterError } from "./errors";
import type { InviteRequest } from "./invite.machine";
import { failureFieldErrors, inviteAudit, knownIssues } from "./invite.machine";
import type { Decision, Denied } from "./policy";
import { can, denial } from "./policy";
import type { MachineSlice, SharedEffect, StoreFacts, Transition } from "./store.types";
import { stay } from "./store.types";
import type { InviteeDraft } from "./validation";

/**
 * The bulk invite (R5–R8, R26, R29) as a machine: people loaded from a CSV file or a pasted list are
 * previewed row by row, each with its own checks, fixed or dropped, then sent in batches one after
 * another, with progress, a cancel that stops after the batch in flight, and per-row results. A row the
 * backend refused, or whose batch failed as a whole, stays for fix-and-retry; nothing loaded or typed is
 * lost on any error, and a refused file leaves the rows already loaded as they were.
 *
 * `empty → preview → sending ⇄ cancelling → results`; `BULK_INVITE.RESET` goes back to `empty`.
 * @module
 */

/** The states of a bulk invite, mirrored into `data-state` by the React layer. */
export type BulkInviteStatus = "empty" | "preview" | "sending" | "cancelling" | "results";

/** How far the current (or last) sending went, in rows. */
export interface BulkInviteProgress {
  readonly total: number;
  readonly done: number;
}

/** State of the bulk invite machine. */
export interface BulkInviteState {
  readonly status: BulkInviteStatus;
  readonly rows: readonly BulkInviteRow[];
  readonly nextRowId: number;
  /** Why the latest file or paste was refused as a whole; `null` once something else happens. */
  readonly loadIssue: BulkInviteLoadIssue | null;
  /** Header cells of the latest file that no field matched (they were ignored). */
  readonly ignoredColumns: readonly string[];
  /** The policy refused the send (R1); nothing was sent. */
  readonly refusal: Denied | null;
  /** The batch in flight. */
  readonly current: InviteRequest | null;
  /** The batches still to send, in order. */
  readonly queue: readonly InviteRequest[];
  /** Batches whose request failed as a whole, sent again with their own key by the next send (R26). */
  readonly held: readonly InviteRequest[];
  readonly progress: BulkInviteProgress;
  /** The latest whole-batch failure. */
  readonly error: RosterError | null;
}

/** Events a UI sends; the store adds what checking needs (see {@link BulkInviteEvent}). */
export type BulkInviteCommand =
  | { readonly type: "BULK_INVITE.LOAD"; readonly read: BulkInviteRead }
  | { readonly type: "BULK_INVITE.UPDATE"; readonly rowId: string; readonly patch: Partial<InviteeDraft> }
  | { readonly type: "BULK_INVITE.REMOVE"; readonly rowId: string }
  /** Drops every row with a problem found before sending (fields, repeated emails, R7, R8). */
  | { readonly type: "BULK_INVITE.REMOVE_INVALID" }
  /** Sends every sendable row; after a sending, retries the refused and failed ones. */
  | { readonly type: "BULK_INVITE.SEND" }
  /** Stops after the batch in flight; the rows not sent stay in the preview. */
  | { readonly type: "BULK_INVITE.CANCEL" }
  | { readonly type: "BULK_INVITE.RESET" };

/** Every event of the bulk invite machine. */
export type BulkInviteEvent =
  | Exclude<BulkInviteCommand, { type: "BULK_INVITE.LOAD" | "BULK_INVITE.UPDATE" | "BULK_INVITE.SEND" }>
  | { readonly type: "BULK_INVITE.LOAD"; readonly read: BulkInviteRead; readonly context: BulkInviteContext }
  | { readonly type: "BULK_INVITE.UPDATE"; readonly rowId: string; readonly patch: Partial<InviteeDraft>; readonly context: BulkInviteContext }
  | {
      readonly type: "BULK_INVITE.SEND";
      readonly decision: Decision;
      readonly context: BulkInviteContext;
      /** Fresh keys, one per batch that may be made. */
      readonly idempotencyKeys: readonly string[];
    }
  | { readonly type: "BULK_INVITE.BATCH_SUCCEEDED"; readonly idempotencyKey: string; readonly results: readonly InviteeResult[] }
  | { readonly type: "BULK_INVITE.BATCH_FAILED"; readonly idempotencyKey: string; readonly error: RosterError };

/** Effects of the bulk invite machine. */
export type BulkInviteEffect = { readonly type: "bulkInvite.send"; readonly request: InviteRequest } | SharedEffect;

/** The machine's initial state: nothing loaded. */
export const BULK_INVITE_EMPTY: BulkInviteState = Object.freeze({
  status: "empty",
  rows: Object.freeze([]),
  nextRowId: 1,
  loadIssue: null,
  ignoredColumns: Object.freeze([]),
  refusal: null,
  current: null,
  queue: Object.freeze([]),
  held: Object.freeze([]),
  progress: Object.freeze({ total: 0, done: 0 }),
  error: null,
});

/** Counts of rows by the status each one shows ({@link bulkInviteRowStatus}), and how many the next send would send. */
export function bulkInviteSummary(state: BulkInviteState): Readonly<Record<BulkInviteRowStatus | "sendable", number>> {
  const counts = { ready: 0, queued: 0, sending: 0, invited: 0, refused: 0, failed: 0, invalid: 0, sendable: 0 };
  for (const row of state.rows) {
    counts[bulkInviteRowStatus(row)] += 1;
    if (isSendable(row)) counts.sendable += 1;
  }
  return counts;
}

const locked = (state: BulkInviteState): boolean => state.status === "sending" || state.status === "cancelling";

/** The state after an edit of the rows: duplicates marked again, held batches that lost or changed a row dropped. */
function withRows(state: BulkInviteState, rows: readonly BulkInviteRow[], touched: ReadonlySet<string>, extra: Partial<BulkInviteState> = {}): BulkInviteState {
  const held = state.held.filter((batch) => !batch.draftIds.some((id) => touched.has(id)));
  const status = rows.length === 0 ? "empty" : state.status === "empty" ? "preview" : state.status;
  return { ...state, ...extra, status, rows: markDuplicates(rows), held, loadIssue: null, refusal: null };
}

function load(state: BulkInviteState, event: Extract<BulkInviteEvent, { type: "BULK_INVITE.LOAD" }>): Transition<BulkInviteState, BulkInviteEffect> {
  if (locked(state)) return stay(state);
  const { read, context } = event;
  if (!read.ok) return stay({ ...state, loadIssue: read.issue });
  const limit = context.config.bulkInviteMaxRows;
  if (state.rows.length + read.rows.length > limit) {
    return stay({ ...state, loadIssue: { code: "too_many_rows", params: { limit, count: state.rows.length + read.rows.length } } });
  }
  const added = read.rows.map((source, index) => createBulkInviteRow(`row-${String(state.nextRowId + index)}`, source, context));
  const next = withRows(state, [...state.rows, ...added], new Set(), { nextRowId: state.nextRowId + added.length, ignoredColumns: read.ignoredColumns });
  return stay({ ...next, status: "preview" });
}

function update(state: BulkInviteState, event: Extract<BulkInviteEvent, { type: "BULK_INVITE.UPDATE" }>): Transition<BulkInviteState, BulkInviteEffect> {
  const index = state.rows.findIndex((row) => row.id === event.rowId);
  const row = state.rows[index];
  if (locked(state) || !row || row.outcome === "invited") return stay(state);
  // An edited row is a new intent: its refusal or failure is gone and it is ready to send again.
  const edited = checkBulkInviteRow({ ...row, draft: { ...row.draft, ...event.patch }, failure: null, outcome: "ready" }, event.context);
  const rows = state.rows.map((candidate, position) => (position === index ? edited : candidate));
  return stay(withRows(state, rows, new Set([row.id])));
}

function remove(state: BulkInviteState, keep: (row: BulkInviteRow) => boolean): Transition<BulkInviteState, BulkInviteEffect> {
  if (locked(state)) return stay(state);
  const removed = new Set(state.rows.filter((row) => !keep(row)).map((row) => row.id));
  if (removed.size === 0) return stay(state);
  return stay(withRows(state, state.rows.filter(keep), removed));
}

/** Marks the rows of the batches in `current` and `queue` and emits the first batch. */
function dispatch(state: BulkInviteState, batches: readonly InviteRequest[], progress: BulkInviteProgress, rows = state.rows): Transition<BulkInviteState, BulkInviteEffect> {
  const [current, ...queue] = batches;
  if (!current) return finish({ ...state, rows, progress });
  const inCurrent = new Set(current.draftIds);
  const inQueue = new Set(queue.flatMap((batch) => batch.draftIds));
  const marked = rows.map((row): BulkInviteRow => {
    const outcome = inCurrent.has(row.id) ? "sending" : inQueue.has(row.id) ? "queued" : null;
    return outcome === null || row.outcome === outcome ? row : { ...row, outcome };
  });
  const next: BulkInviteState = { ...state, status: "sending", rows: marked, current, queue, progress };
  return { state: next, effects: [{ type: "bulkInvite.send", request: current }] };
}

function send(state: BulkInviteState, event: Extract<BulkInviteEvent, { type: "BULK_INVITE.SEND" }>): Transition<BulkInviteState, BulkInviteEffect> {
  if (locked(state) || state.status === "empty") return stay(state);
  if (!event.decision.ok) return stay({ ...state, refusal: event.decision });
  // Checked again against what the store knows now (new members, groups loaded since the preview).
  const rows = markDuplicates(state.rows.map((row) => (row.outcome === "invited" ? row : checkBulkInviteRow(row, event.context))));
  const held = state.held.filter((batch) => batch.draftIds.every((id) => rows.some((row) => row.id === id && isSendable(row))));
  const batches = planBulkInviteBatches(rows, held, event.context, event.context.config.limits.inviteesPerRequest, event.idempotencyKeys);
  if (batches.length === 0) return stay({ ...state, rows, held, refusal: null });
  const total = batches.reduce((sum, batch) => sum + batch.draftIds.length, 0);
  return dispatch({ ...state, held, refusal: null, loadIssue: null, error: null }, batches, { total, done: 0 }, rows);
}

/**
 * The end of a sending, complete or cancelled: rows still queued go back to the preview (a held batch
 * keeps its key for the next send), and the list and seat counts are read again when anyone was invited.
 */
function finish(state: BulkInviteState): Transition<BulkInviteState, BulkInviteEffect> {
  const rows = state.rows.map((row): BulkInviteRow => (row.outcome === "queued" ? { ...row, outcome: "ready" } : row));
  const done: BulkInviteState = { ...state, status: "results", rows, current: null, queue: [] };
  return { state: done, effects: rows.some((row) => row.outcome === "invited") ? [{ type: "list.reload" }, { type: "workspaces.refresh" }] : [] };
}

function answered(state: BulkInviteState, request: InviteRequest, event: Extract<BulkInviteEvent, { type: "BULK_INVITE.BATCH_SUCCEEDED" | "BULK_INVITE.BATCH_FAILED" }>): Transition<BulkInviteState, BulkInviteEffect> {
  const audits: BulkInviteEffect[] = [];
  const byId = new Map(request.draftIds.map((id, index) => [id, index]));
  const failed = event.type === "BULK_INVITE.BATCH_FAILED";
  const batchFailure = failed ? { code: event.error.code, message: event.error.message, fieldErrors: {} } : null;
  const rows = state.rows.map((row): BulkInviteRow => {
    const index = byId.get(row.id);
    if (index === undefined) return row;
    const result: InviteeResult | undefined = batchFailure ? { ok: false, error: batchFailure } : event.type === "BULK_INVITE.BATCH_SUCCEEDED" ? event.results[index] : undefined;
    if (!result) return { ...row, outcome: "failed" };
    audits.push(inviteAudit(request, row, result));
    if (batchFailure) return { ...row, outcome: "failed", failure: batchFailure };
    if (result.ok) return { ...row, outcome: "invited", failure: null, invited: { memberId: result.member.id, invitationUrl: result.invitationUrl } };
    return { ...row, outcome: "refused", failure: result.error, fieldErrors: failureFieldErrors(result.error), issues: knownIssues(result.error.issues ?? []) };
  });
  const progress = { ...state.progress, done: state.progress.done + request.draftIds.length };
  // A batch answered is forgotten; one that failed as a whole is held, to be sent again with its key.
  const held = [...state.held.filter((batch) => batch.idempotencyKey !== request.idempotencyKey), ...(failed ? [request] : [])];
  const base: BulkInviteState = { ...state, rows, held, progress, error: failed ? event.error : state.error };
  const next = state.status === "cancelling" ? finish(base) : dispatch(base, state.queue, progress, rows);
  return { state: next.state, effects: [...audits, ...next.effects] };
}

/**
 * The bulk invite transition function.
 * @example
 * let { state } = bulkInviteTransition(BULK_INVITE_EMPTY, { type: "BULK_INVITE.LOAD", read, context });
 * ({ state, effects } = bulkInviteTransition(state, { type: "BULK_INVITE.SEND", decision: { ok: true }, context, idempotencyKeys }));
 */
export function bulkInviteTransition(state: BulkInviteState, event: BulkInviteEvent): Transition<BulkInviteState, BulkInviteEffect> {
  switch (event.type) {
    case "BULK_INVITE.LOAD":
      return load(state, event);
    case "BULK_INVITE.UPDATE":
      return update(state, event);
    case "BULK_INVITE.REMOVE":
      return remove(state, (row) => row.id !== event.rowId);
    case "BULK_INVITE.REMOVE_INVALID":
      return remove(state, (row) => row.outcome === "invited" || !hasBulkInviteProblem(row));
    case "BULK_INVITE.SEND":
      return send(state, event);
    case "BULK_INVITE.CANCEL":
      return state.status === "sending" ? stay({ ...state, status: "cancelling" }) : stay(state);
    case "BULK_INVITE.RESET":
      return locked(state) ? stay(state) : stay(BULK_INVITE_EMPTY);
    case "BULK_INVITE.BATCH_SUCCEEDED":
    case "BULK_INVITE.BATCH_FAILED": {
      const { current } = state;
      if (!locked(state) || current === null || current.idempotencyKey !== event.idempotencyKey) return stay(state);
      return answered(state, current, event);
    }
  }
}

/** What checking a row reads from the snapshot, in a workspace (`null` in the instance scope: there is nobody to invite into). */
function bulkInviteContext(facts: StoreFacts): BulkInviteContext | null {
  const { scope, groups, config, policy, members } = facts;
  if (scope.kind !== "workspace") return null;
  const known = groups.status === "ready" ? { knownGroupIds: new Set(groups.data.map((group) => group.id)) } : {};
  return { config, policy, workspaceId: scope.workspaceId, roster: rosterByEmail(members.values(), scope.workspaceId), ...known };
}

/**
 * The bulk invite as a slice of the store: loading and editing read the workspace's groups and the
 * members the store knows (R7, R8); sending asks the policy (R1; the instance scope has no workspace, R5)
 * and brings a fresh key per batch. Its state outlives the dialog, so closing it loses nothing; a scope
 * switch keeps the rows but they are checked against the new workspace on the next send.
 * Public as `bulkInviteMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [bulkInviteMachine] })`, `store.use(bulkInviteMachine)`, or `InviteBulk` through
 * `useRosterMachine`); its state is then `snapshot.bulkInvite`.
 */
export const bulkInviteMachine: MachineSlice<"bulkInvite", BulkInviteState, BulkInviteCommand, BulkInviteEvent, Exclude<BulkInviteEffect, SharedEffect>> = {
  key: "bulkInvite",
  commands: ["BULK_INVITE.LOAD", "BULK_INVITE.UPDATE", "BULK_INVITE.REMOVE", "BULK_INVITE.REMOVE_INVALID", "BULK_INVITE.SEND", "BULK_INVITE.CANCEL", "BULK_INVITE.RESET"],
  initial: () => BULK_INVITE_EMPTY,
  resolve(command, state, { facts, createKey }) {
    switch (command.type) {
      case "BULK_INVITE.LOAD":
      case "BULK_INVITE.UPDATE": {
        const context = bulkInviteContext(facts);
        return context ? { ...command, context } : null;
      }
      case "BULK_INVITE.SEND": {
        const context = bulkInviteContext(facts);
        if (!context) return { type: "BULK_INVITE.SEND", decision: denial("R5.noWorkspace", {}), context: { config: facts.config, policy: facts.policy, workspaceId: "", roster: new Map() }, idempotencyKeys: [] };
        const batches = Math.ceil(state.rows.length / facts.config.limits.inviteesPerRequest);
        const idempotencyKeys = Array.from({ length: batches }, () => createKey());
        return { type: "BULK_INVITE.SEND", decision: can(facts.policy, { action: "invite", workspaceId: context.workspaceId }), context, idempotencyKeys };
      }
      default:
        return command;
    }
  },
  transition: bulkInviteTransition,
  run(effect, io) {
    const { workspaceId, invitees, idempotencyKey } = effect.request;
    io.request(
      io.uniqueId("bulk-invite"),
      (signal) => io.adapter.inviteMembers({ workspaceId, invitees, idempotencyKey, signal }),
      (outcome) =>
        outcome.ok
          ? { type: "BULK_INVITE.BATCH_SUCCEEDED", idempotencyKey, results: outcome.value.results }
          : { type: "BULK_INVITE.BATCH_FAILED", idempotencyKey, error: outcome.error },
    );
  },
};
