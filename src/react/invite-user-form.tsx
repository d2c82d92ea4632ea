"use client";

import type { FormEvent, ReactNode } from "react";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { InvitedMember, InviteState, InviteStatus } from "../core/invite.machine";
import { inviteMachine } from "../core/invite.machine";
import type { Decision, Denied } from "../core/policy";
import { can, denial } from "../core/policy";
import type { RosterEvent, RosterSnapshot } from "../core/store";
import type { DraftField, InviteFieldMessages } from "./invite-field-error";
import { INVITE_FIELD_MESSAGES, inviteFieldError } from "./invite-field-error";
import { InviteeFieldset, inviteFieldId } from "./invite-fieldset";
import { selectInviteFieldOptions } from "./invite-field-options";
import { InviteResults } from "./invite-results";
import { deniedReason, errorReason } from "./messages/reasons";
import { useMessageSections } from "./messages/use-section";
import { LiveRegion, useAnnounce } from "./live-region";
import { withHostClass } from "./part-class";
import { shallowEqual, useRosterFormat, useRosterMachine, useRosterSelector, useRosterSend } from "./use-roster";

/**
 * The invite form (R5–R10), driven by the core invite machine through the store: one fieldset per
 * invitee (`invite-fieldset.tsx`), each validated and reported on its own; succeeded invitees are listed
 * (`invite-results.tsx`, with their invitation link to copy in self-hosted deployments,
 * `invite-clipboard.tsx`); refused ones stay exactly as typed with the backend's errors on their fields;
 * a failed request keeps everything and offers a retry with the same idempotency key.
 *
 * What is typed lives in the store, not in the components, so it outlives the form (a closed dialog, an
 * error boundary's "Try again"). The form itself subscribes to a summary (status, the drafts' ids, error
 * counts) that a key press does not change: typing in one invitee re-renders that invitee's fieldset
 * only, so a form of 1,000 people stays as quick as a form of one.
 *
 * A refused submit changes nothing above the field it focuses: the error summary (each error named, a
 * button to its field) appears in the footer, next to the send button, never above the fields.
 * @module
 */

/** What a submission ended with, as {@link InviteUserFormProps.onSubmitted} receives it. */
export interface InviteOutcome {
  /** `done` when every invitee was accepted, `editing` when some were refused, `failed` when the request as a whole failed. */
  readonly status: Exclude<InviteStatus, "submitting">;
  /** Every invitee accepted since the form was opened (or reset), oldest first. */
  readonly invited: readonly InvitedMember[];
  /** Invitees still in the form with an error. */
  readonly failed: number;
}

/** Props of {@link InviteUserForm}. */
export interface InviteUserFormProps {
  /** Called once each submission is answered (not for a submission stopped by validation in the browser). */
  readonly onSubmitted?: (outcome: InviteOutcome) => void;
  /** Shows a Cancel button that calls it (the dialog closes itself with it). */
  readonly onCancel?: () => void;
  /**
   * R7: when an invited email belongs to an archived or inactive member, the hint offers
   * "Unarchive instead" / "Reactivate instead", which calls this with the existing member's id.
   * Without it the hint is text only.
   */
  readonly onOfferExisting?: (memberId: string, action: "unarchive" | "reactivate") => void;
  /** Id of the element that names the form (the dialog's title). */
  readonly labelledBy?: string;
  /** Class of the form element. */
  readonly className?: string;
}

/** What the form itself renders from: nothing here changes when a person types in a field. */
interface FormSummary {
  readonly status: InviteStatus;
  readonly error: InviteState["error"];
  readonly refusal: Denied | null;
  readonly invited: readonly InvitedMember[];
  readonly draftIds: readonly string[];
  /** Field errors from the machine (submit, backend), over every invitee. */
  readonly errorCount: number;
  /** Invitees the backend refused, still in the form. */
  readonly failedCount: number;
}

function selectSummary(invite: InviteState): FormSummary {
  let errorCount = 0;
  let failedCount = 0;
  for (const entry of invite.drafts) {
    errorCount += Object.keys(entry.fieldErrors).length;
    if (entry.failure !== null) failedCount += 1;
  }
  return {
    status: invite.status,
    error: invite.error,
    refusal: invite.refusal,
    invited: invite.invited,
    draftIds: invite.drafts.map((entry) => entry.id),
    errorCount,
    failedCount,
  };
}

function sameSummary(a: FormSummary, b: FormSummary): boolean {
  return (
    a.status === b.status &&
    a.error === b.error &&
    a.refusal === b.refusal &&
    a.invited === b.invited &&
    a.errorCount === b.errorCount &&
    a.failedCount === b.failedCount &&
    shallowEqual(a.draftIds, b.draftIds)
  );
}

interface Access {
  readonly scope: RosterSnapshot["scope"];
  readonly policy: RosterSnapshot["policy"];
}

function selectAccess(snapshot: RosterSnapshot): Access {
  return { scope: snapshot.scope, policy: snapshot.policy };
}

/** Whether the actor may invite here (R1); the instance scope has no workspace to invite into (R5). */
function inviteDecision({ scope, policy }: Access): Decision {
  if (scope.kind === "instance") return denial("R5.noWorkspace", {});
  return can(policy, { action: "invite", workspaceId: scope.workspaceId });
}

/**
 * Focuses a field's control: the input itself, or in a fieldset (role, groups) its checked or first
 * input. It is scrolled to the middle of its scroller first, so that the sticky footer of the dialog (where
 * the error summary is) never covers it. Returns whether there was something to focus.
 */
function focusControl(control: HTMLElement | null | undefined): boolean {
  const target = control instanceof HTMLFieldSetElement ? (control.querySelector<HTMLElement>("input:checked") ?? control.querySelector<HTMLElement>("input")) : control;
  if (!target) return false;
  // jsdom has no layout, and no scrollIntoView.
  if ("scrollIntoView" in target) target.scrollIntoView({ block: "center", inline: "nearest" });
  target.focus({ preventScroll: true });
  return true;
}

/** Focuses the first invalid control inside `root`, in document order. Returns whether one was found. */
function focusFirstInvalid(root: HTMLElement | null): boolean {
  return focusControl(root?.querySelector<HTMLElement>('[aria-invalid="true"]'));
}

/** An invitee's fields in the order the fieldset shows them. */
const FIELD_ORDER: readonly DraftField[] = ["name", "email", "role", "groups", "metadata"];

function fieldLabel(field: DraftField, messages: InviteFieldMessages): string {
  const text = messages.invite;
  return { name: text.nameLabel, email: text.emailLabel, role: text.roleLabel, groups: text.groupsLabel, metadata: text.metadataLabel }[field];
}

/** One error of the summary: its field's control and its sentence. */
interface SummaryEntry {
  readonly key: string;
  readonly controlId: string;
  readonly text: string;
}

function sameEntries(a: readonly SummaryEntry[], b: readonly SummaryEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.key === b[index]?.key && entry.text === b[index]?.text && entry.controlId === b[index]?.controlId);
}

interface ErrorSummaryProps {
  /** The errors from the machine, over every invitee (the title's count). */
  readonly count: number;
  /** The form's `useId`, the prefix of its fields' ids. */
  readonly baseId: string;
}

/**
 * The error summary (role `alert`): how many errors there are, then each one named with its field and
 * person ("Email of person 2: …") on a button that moves focus to that field. It subscribes to the
 * drafts' errors only while it is shown, and re-renders when their sentences change, not on each key.
 */
function ErrorSummary({ count, baseId }: ErrorSummaryProps): ReactNode {
  const messages = useMessageSections(INVITE_FIELD_MESSAGES);
  const format = useRosterFormat();
  const select = useCallback(
    ({ drafts }: InviteState): readonly SummaryEntry[] => {
      return drafts.flatMap((entry, index) =>
        FIELD_ORDER.flatMap((field): SummaryEntry[] => {
          if (entry.fieldErrors[field] === undefined) return [];
          const error = inviteFieldError(entry, field, null, messages, format);
          if (error === undefined) return [];
          const text = messages.invite.errorSummaryEntry({ field: fieldLabel(field, messages), person: index + 1, people: drafts.length, error }, format);
          return [{ key: `${entry.id}-${field}`, controlId: inviteFieldId(baseId, entry.id, field), text }];
        }),
      );
    },
    [messages, format, baseId],
  );
  const entries = useRosterMachine(inviteMachine, select, sameEntries);
  return (
    <div className="rk-invite-form__alert" data-scope="invite-form" data-part="alert" data-kind="errors" role="alert">
      <p className="rk-invite-form__error-summary-title" data-scope="invite-form" data-part="error-summary-title">
        {messages.invite.errorSummary({ count }, format)}
      </p>
      {entries.length > 0 && (
        <ul className="rk-invite-form__error-summary-list" data-scope="invite-form" data-part="error-summary-list">
          {entries.map((entry) => (
            <li key={entry.key}>
              <button
                className="rk-invite-form__error-summary-link"
                type="button"
                data-scope="invite-form"
                data-part="error-summary-link"
                // In its own direction: an English error (or an email) in a right-to-left form keeps its order.
                dir="auto"
                onClick={(event) => focusControl(event.currentTarget.form?.querySelector<HTMLElement>(`[id="${entry.controlId}"]`))}
              >
                {entry.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The fields left so far, per draft id. */
type Touched = ReadonlyMap<string, ReadonlySet<DraftField>>;

const NOTHING_TOUCHED: Touched = new Map();

/**
 * The invite form (R5–R10). Fields per invitee: name, email (checked with the core's messages), exactly
 * one role (radio group), custom groups (checkbox group) and metadata as JSON text, whose syntax errors
 * name the line and column (R6). "Add another person" invites several people in one submission; each
 * is reported on its own. On a failed submit focus moves to the first invalid field and the errors are
 * announced: the summary above the send button names each one, with a button to its field. When the
 * actor may not invite (R1, R3) the form is shown disabled with the reason.
 *
 * Must be inside a `<RosterProvider>` whose scope is a workspace. Parts: `data-scope="invite-form"`,
 * `data-part="root" | "invitees" | "invitee" | "field" | "role-field" | "groups-field" | "metadata-field"
 * | "field-error" | "alert" | "error-summary-title" | "error-summary-list" | "error-summary-link" | "results"
 * | "result" | "copy-link" | "footer"`, each also with the class `rk-invite-form__<part>` (the root:
 * `rk-invite-form`; the list of results: `rk-invite-form__results-list`); the theme styles the classes.
 * @example
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}>
 *   <InviteUserForm onSubmitted={({ status }) => status === "done" && close()} />
 * </RosterProvider>
 */
export function InviteUserForm({ onSubmitted, onCancel, onOfferExisting, labelledBy, className }: InviteUserFormProps): ReactNode {
  const summary = useRosterMachine(inviteMachine, selectSummary, sameSummary);
  const access = useRosterSelector(selectAccess, shallowEqual);
  const options = useRosterSelector(selectInviteFieldOptions, shallowEqual);
  const messages = useMessageSections(INVITE_FIELD_MESSAGES);
  const format = useRosterFormat();
  const send = useRosterSend<RosterEvent>();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const [touched, setTouched] = useState<Touched>(NOTHING_TOUCHED);
  /** Submissions so far (0: none yet): each one moves focus to what it ended with, even when nothing else changed. */
  const [submits, setSubmits] = useState(0);
  const announce = useAnnounce();
  /** Set by a submit: the next settled state moves focus and reports the outcome. */
  const awaiting = useRef(false);
  const latestOnSubmitted = useRef(onSubmitted);
  latestOnSubmitted.current = onSubmitted;
  // The fieldsets get one stable offer callback (when there is one), so a host's inline arrow does not
  // re-render every invitee.
  const latestOnOffer = useRef(onOfferExisting);
  latestOnOffer.current = onOfferExisting;
  const canOffer = onOfferExisting !== undefined;
  const offerExisting = useMemo(
    () => (canOffer ? (memberId: string, action: "unarchive" | "reactivate") => latestOnOffer.current?.(memberId, action) : undefined),
    [canOffer],
  );

  const { status, invited, draftIds, errorCount, failedCount } = summary;
  const text = messages.invite;
  const decision = useMemo(() => inviteDecision(access), [access]);
  const refusal: Denied | null = decision.ok ? summary.refusal : decision;
  const submitting = status === "submitting";
  const locked = !decision.ok;

  // Focus the added person's first field once it renders.
  const focusAdded = useRef(false);
  const draftCount = draftIds.length;
  useEffect(() => {
    if (!focusAdded.current) return;
    focusAdded.current = false;
    const fieldsets = formRef.current?.querySelectorAll<HTMLFieldSetElement>('[data-part="invitee"]');
    fieldsets?.[fieldsets.length - 1]?.querySelector<HTMLElement>("input")?.focus();
  }, [draftCount]);

  const wasSubmitting = useRef(submitting);
  useEffect(() => {
    const answered = wasSubmitting.current && !submitting;
    wasSubmitting.current = submitting;
    if (submitting || !awaiting.current) return;
    awaiting.current = false;
    if (status === "failed") {
      retryRef.current?.focus();
    } else if (!focusFirstInvalid(formRef.current) && status === "done") {
      formRef.current?.querySelector<HTMLElement>('[data-part="results-title"]')?.focus();
    }
    if (!answered) return;
    if (status !== "failed") announce(text.resultSummary({ sent: invited.length, failed: failedCount }, format));
    latestOnSubmitted.current?.({ status: status as InviteOutcome["status"], invited, failed: failedCount });
  }, [submits, status, invited, submitting, failedCount, format, text, announce]);

  const pointerDown = useRef(false);
  const onTouch = useCallback((draftId: string, field: DraftField): void => {
    const mark = (): void =>
      setTouched((previous) => {
        const fields = previous.get(draftId);
        if (fields?.has(field)) return previous;
        return new Map(previous).set(draftId, new Set(fields).add(field));
      });
    // Leaving a field with the mouse happens on press: showing its error then moves the controls below it
    // before the release, and the click lands beside its target. Show it once the click has happened.
    if (pointerDown.current) window.addEventListener("pointerup", () => setTimeout(mark, 0), { once: true });
    else mark();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (submitting || locked) return;
    setSubmits((count) => count + 1);
    awaiting.current = true;
    send({ type: "INVITE.SUBMIT" });
  };

  const reset = (): void => {
    setSubmits(0);
    setTouched(NOTHING_TOUCHED);
    send({ type: "INVITE.RESET" });
  };

  const titleId = `${baseId}-results-title`;
  const showResults = invited.length > 0 || (failedCount > 0 && status === "editing");

  return (
    <form
      ref={formRef}
      data-scope="invite-form"
      data-part="root"
      data-state={status}
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={submitting ? "true" : undefined}
      className={withHostClass("rk-invite-form", className)}
      onPointerDownCapture={() => {
        pointerDown.current = true;
        window.addEventListener("pointerup", () => (pointerDown.current = false), { once: true });
      }}
      onSubmit={submit}
    >
      {/* Silent when an enclosing console already mounted the provider's live region. */}
      <LiveRegion />

      {refusal && (
        <p className="rk-invite-form__disabled-reason" data-scope="invite-form" data-part="disabled-reason" role={decision.ok ? "alert" : undefined}>
          {deniedReason(refusal, messages, format)}
        </p>
      )}

      {status === "failed" && summary.error && (
        <div className="rk-invite-form__alert" data-scope="invite-form" data-part="alert" role="alert">
          <p>{text.requestFailed({ reason: errorReason(summary.error, messages, format) }, format)}</p>
          <button ref={retryRef} type="button" data-variant="primary" onClick={() => send({ type: "INVITE.RETRY" })}>
            {text.retry}
          </button>
        </div>
      )}

      {showResults && <InviteResults titleId={titleId} invited={invited} />}

      {draftCount > 0 && (
        <div className="rk-invite-form__invitees" data-scope="invite-form" data-part="invitees">
          {draftIds.map((draftId, index) => (
            <InviteeFieldset
              key={draftId}
              draftId={draftId}
              index={index}
              removable={draftCount > 1}
              baseId={baseId}
              options={options}
              locked={locked}
              touched={touched.get(draftId)}
              onTouch={onTouch}
              onOfferExisting={offerExisting}
            />
          ))}
        </div>
      )}

      <div className="rk-invite-form__footer" data-scope="invite-form" data-part="footer">
        {submits > 0 && errorCount > 0 && status !== "failed" && <ErrorSummary count={errorCount} baseId={baseId} />}
        {status === "done" ? (
          <button className="rk-invite-form__invite-more" type="button" data-scope="invite-form" data-part="invite-more" data-variant="secondary" onClick={reset}>
            {text.inviteMore}
          </button>
        ) : (
          <>
            <button
              className="rk-invite-form__add-invitee"
              type="button"
              data-scope="invite-form"
              data-part="add-invitee"
              data-variant="secondary"
              disabled={locked}
              aria-disabled={submitting ? "true" : undefined}
              onClick={() => {
                if (submitting) return;
                focusAdded.current = true;
                send({ type: "INVITE.ADD" });
              }}
            >
              {text.addInvitee}
            </button>
            {onCancel && (
              <button className="rk-invite-form__cancel" type="button" data-scope="invite-form" data-part="cancel" data-variant="ghost" onClick={onCancel}>
                {text.cancel}
              </button>
            )}
            <button
              className="rk-invite-form__submit"
              type="submit"
              data-scope="invite-form"
              data-part="submit"
              data-variant="primary"
              disabled={locked}
              // Not `disabled` while sending: a disabled button would drop the keyboard focus.
              aria-disabled={submitting ? "true" : undefined}
            >
              {submitting ? text.submitting : text.submit({ count: draftCount }, format)}
            </button>
          </>
        )}
        {status === "done" && onCancel && (
          <button className="rk-invite-form__close" type="button" data-scope="invite-form" data-part="close" data-variant="primary" onClick={onCancel}>
            {text.close}
          </button>
        )}
      </div>
    </form>
  );
}
