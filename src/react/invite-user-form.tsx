"use client";

import type { FormEvent, ReactNode } from "react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { RosterConfig } from "../core/config";
import type { CustomGroup, Role } from "../core/domain.types";
import type { InviteDraftEntry, InvitedMember, InviteState, InviteStatus } from "../core/invite.machine";
import { parseJson } from "../core/json-parse";
import type { Decision, Denied } from "../core/policy";
import { can } from "../core/policy";
import type { RosterEvent, RosterSnapshot } from "../core/store";
import type { InviteeDraft } from "../core/validation";
import { validateInviteeDraft } from "../core/validation";
import type { RosterFormat } from "./format";
import type { RosterMessages } from "./messages";
import { LiveRegion, useAnnounce } from "./live-region";
import { StatusBadge } from "./status-badge";
import { shallowEqual, useRosterFormat, useRosterMessages, useRosterSelector, useRosterSend } from "./use-roster";

/**
 * The invite form (R5–R10), driven by the core invite machine through the store: one fieldset per
 * invitee, each validated and reported on its own; succeeded invitees are listed (with their
 * invitation link to copy in self-hosted deployments); refused ones stay exactly as typed with the
 * backend's errors on their fields; a failed request keeps everything and offers a retry with the same
 * idempotency key.
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

type DraftField = keyof InviteeDraft;

const EMPTY_GROUPS: readonly CustomGroup[] = [];

interface FormSlice {
  readonly invite: InviteState;
  readonly config: RosterConfig;
  readonly roles: readonly Role[];
  readonly groups: readonly CustomGroup[];
  readonly groupsReady: boolean;
  readonly scope: RosterSnapshot["scope"];
  readonly policy: RosterSnapshot["policy"];
}

function selectForm(snapshot: RosterSnapshot): FormSlice {
  return {
    invite: snapshot.invite,
    config: snapshot.config,
    roles: snapshot.roles.status === "ready" && snapshot.roles.data.length > 0 ? snapshot.roles.data : snapshot.config.roles,
    groups: snapshot.scope.kind === "workspace" ? snapshot.groups.data : EMPTY_GROUPS,
    groupsReady: snapshot.groups.status === "ready",
    scope: snapshot.scope,
    policy: snapshot.policy,
  };
}

/** Whether the actor may invite here (R1); the instance scope has no workspace to invite into. */
function inviteDecision(slice: FormSlice, messages: RosterMessages): Decision {
  if (slice.scope.kind === "instance") return { ok: false, code: "invalid_transition", rule: "R5", reason: messages.invite.needsWorkspace };
  return can(slice.policy, { action: "invite", workspaceId: slice.scope.workspaceId });
}

/** The error to show on one field: the machine's (submit, backend) or, once the field was left with a value, the live check's. */
function fieldError(
  entry: InviteDraftEntry,
  field: DraftField,
  touched: boolean,
  config: RosterConfig,
  messages: RosterMessages,
  format: RosterFormat,
): string | undefined {
  const fromMachine = entry.fieldErrors[field];
  const { failure } = entry;
  if (fromMachine !== undefined && field === "email" && failure) {
    const email = entry.draft.email.trim();
    if (failure.code === "archived_in_instance") return messages.invite.archivedInInstance({ email }, format);
    if (failure.code === "duplicate") {
      const offer = failure.existing?.offer ?? null;
      if (offer === "unarchive") return messages.invite.offerUnarchive({ email }, format);
      if (offer === "reactivate") return messages.invite.offerReactivate({ email }, format);
      const status = failure.existing ? messages.status.label[failure.existing.status] : "";
      return status === "" ? fromMachine : messages.invite.duplicate({ email, status }, format);
    }
  }
  let message = fromMachine;
  const value = entry.draft[field];
  const filled = typeof value === "string" ? value.trim() !== "" : value.length > 0;
  // Live checks start once a filled field is left: an empty field is only "required" on submit.
  if (message === undefined && touched && filled) {
    const checked = validateInviteeDraft(entry.draft, config);
    if (!checked.ok) message = checked.fieldErrors[field];
  }
  if (message === undefined) return undefined;
  if (field === "metadata") {
    // R6: name the line and column, in the host's words; the text itself is never touched.
    const parsed = parseJson(entry.draft.metadata);
    if (!parsed.ok) return messages.invite.metadataPosition({ message: parsed.message, line: parsed.line, column: parsed.column }, format);
  }
  return message;
}

function countErrors(drafts: readonly InviteDraftEntry[]): number {
  return drafts.reduce((sum, entry) => sum + Object.keys(entry.fieldErrors).length, 0);
}

/** Focuses the first invalid control inside `root`, in document order. Returns whether one was found. */
function focusFirstInvalid(root: HTMLElement | null): boolean {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return false;
  const target = invalid instanceof HTMLFieldSetElement ? (invalid.querySelector<HTMLElement>("input:checked") ?? invalid.querySelector<HTMLElement>("input")) : invalid;
  target?.focus();
  return target !== null && target !== undefined;
}

interface InviteeFieldsetProps {
  readonly entry: InviteDraftEntry;
  readonly index: number;
  readonly count: number;
  readonly baseId: string;
  readonly slice: FormSlice;
  readonly locked: boolean;
  readonly touched: ReadonlySet<string>;
  readonly onTouch: (key: string) => void;
  readonly onOfferExisting: InviteUserFormProps["onOfferExisting"];
}

interface TextFieldProps {
  readonly field: "name" | "email";
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly type: "text" | "email";
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  /** Shown under the error (the email's "Unarchive instead" offer, R7). */
  readonly children?: ReactNode;
}

/** A required text input with its label and its error, tied together for assistive technology. */
function TextField({ field, id, name, label, type, value, error, onChange, onBlur, children }: TextFieldProps): ReactNode {
  const errorId = `${id}-error`;
  return (
    <div data-scope="invite-form" data-part="field" data-field={field}>
      <label data-scope="invite-form" data-part="label" htmlFor={id}>
        {label}
      </label>
      <input
        data-scope="invite-form"
        data-part="input"
        id={id}
        name={name}
        type={type}
        {...(type === "email" ? { inputMode: "email" as const, spellCheck: false } : {})}
        autoComplete="off"
        required
        aria-required="true"
        aria-invalid={error ? "true" : "false"}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <p data-scope="invite-form" data-part="field-error" id={errorId}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

function InviteeFieldset({ entry, index, count, baseId, slice, locked, touched, onTouch, onOfferExisting }: InviteeFieldsetProps): ReactNode {
  const messages = useRosterMessages();
  const format = useRosterFormat();
  const send = useRosterSend();
  const { invite: text } = messages;
  const id = (field: string): string => `${baseId}-${entry.id}-${field}`;
  const errorOf = (field: DraftField): string | undefined => fieldError(entry, field, touched.has(`${entry.id}:${field}`), slice.config, messages, format);
  const update = (patch: Partial<InviteeDraft>): void => send({ type: "INVITE.UPDATE", draftId: entry.id, patch });
  const touch = (field: DraftField) => () => onTouch(`${entry.id}:${field}`);
  const position = index + 1;

  const nameError = errorOf("name");
  const emailError = errorOf("email");
  const roleError = errorOf("role");
  const groupsError = errorOf("groups");
  const metadataError = errorOf("metadata");
  const offer = entry.failure?.code === "duplicate" && entry.fieldErrors["email"] !== undefined ? (entry.failure.existing ?? null) : null;

  const describedBy = (...ids: (string | false | undefined)[]): string | undefined => {
    const list = ids.filter((value): value is string => typeof value === "string");
    return list.length > 0 ? list.join(" ") : undefined;
  };

  return (
    <fieldset data-scope="invite-form" data-part="invitee" data-state={Object.keys(entry.fieldErrors).length > 0 ? "invalid" : "valid"} disabled={locked}>
      <legend data-scope="invite-form" data-part="legend">
        {text.inviteeLegend({ index: position }, format)}
      </legend>

      <TextField
        field="name"
        id={id("name")}
        name={`${entry.id}.name`}
        label={text.nameLabel}
        type="text"
        value={entry.draft.name}
        error={nameError}
        onChange={(name) => update({ name })}
        onBlur={touch("name")}
      />

      <TextField
        field="email"
        id={id("email")}
        name={`${entry.id}.email`}
        label={text.emailLabel}
        type="email"
        value={entry.draft.email}
        error={emailError}
        onChange={(email) => update({ email })}
        onBlur={touch("email")}
      >
        {offer && offer.offer && onOfferExisting && (
          <button
            type="button"
            data-scope="invite-form"
            data-part="offer"
            data-variant="secondary"
            onClick={() => onOfferExisting(offer.userId, offer.offer ?? "unarchive")}
          >
            {offer.offer === "reactivate" ? text.reactivateInstead : text.unarchiveInstead}
          </button>
        )}
      </TextField>

      <fieldset
        data-scope="invite-form"
        data-part="role-field"
        role="radiogroup"
        aria-required="true"
        aria-invalid={roleError ? "true" : "false"}
        aria-describedby={describedBy(roleError && id("role-error"))}
      >
        <legend data-scope="invite-form" data-part="label">
          {text.roleLabel}
        </legend>
        <div data-scope="invite-form" data-part="role-options">
          {slice.roles.map((role) => (
            <label key={role.id} data-scope="invite-form" data-part="checkbox">
              <input
                type="radio"
                name={id("role")}
                value={role.id}
                checked={entry.draft.role === role.id}
                onChange={() => update({ role: role.id })}
              />
              <span>{role.label}</span>
            </label>
          ))}
        </div>
        {roleError && (
          <p data-scope="invite-form" data-part="field-error" id={id("role-error")}>
            {roleError}
          </p>
        )}
      </fieldset>

      {slice.scope.kind === "workspace" && (
        <fieldset data-scope="invite-form" data-part="groups-field" aria-describedby={describedBy(id("groups-hint"), groupsError && id("groups-error"))}>
          <legend data-scope="invite-form" data-part="label">
            {text.groupsLabel} <span data-part="optional-marker">({text.optional})</span>
          </legend>
          <p data-scope="invite-form" data-part="hint" id={id("groups-hint")}>
            {slice.groupsReady && slice.groups.length === 0 ? text.noGroups : text.groupsHint}
          </p>
          {slice.groups.length > 0 && (
            <div data-scope="invite-form" data-part="group-options">
              {slice.groups.map((group) => {
                const checked = entry.draft.groups.includes(group.id);
                return (
                  <label key={group.id} data-scope="invite-form" data-part="checkbox">
                    <input
                      type="checkbox"
                      value={group.id}
                      checked={checked}
                      onChange={() =>
                        update({ groups: checked ? entry.draft.groups.filter((groupId) => groupId !== group.id) : [...entry.draft.groups, group.id] })
                      }
                    />
                    <span>{group.name}</span>
                  </label>
                );
              })}
            </div>
          )}
          {groupsError && (
            <p data-scope="invite-form" data-part="field-error" id={id("groups-error")}>
              {groupsError}
            </p>
          )}
        </fieldset>
      )}

      <div data-scope="invite-form" data-part="metadata-field">
        <div data-scope="invite-form" data-part="field">
          <label data-scope="invite-form" data-part="label" htmlFor={id("metadata")}>
            {text.metadataLabel} <span data-part="optional-marker">({text.optional})</span>
          </label>
          <textarea
            data-scope="invite-form"
            data-part="textarea"
            id={id("metadata")}
            name={`${entry.id}.metadata`}
            spellCheck={false}
            rows={3}
            aria-invalid={metadataError ? "true" : "false"}
            aria-describedby={describedBy(id("metadata-hint"), metadataError && id("metadata-error"))}
            value={entry.draft.metadata}
            onChange={(event) => update({ metadata: event.target.value })}
            onBlur={touch("metadata")}
          />
          <p data-scope="invite-form" data-part="hint" id={id("metadata-hint")}>
            {text.metadataHint}
          </p>
          {metadataError && (
            <p data-scope="invite-form" data-part="field-error" id={id("metadata-error")}>
              {metadataError}
            </p>
          )}
        </div>
      </div>

      {count > 1 && (
        <button
          type="button"
          data-scope="invite-form"
          data-part="remove-invitee"
          data-variant="ghost"
          onClick={() => send({ type: "INVITE.REMOVE", draftId: entry.id })}
        >
          {text.removeInvitee({ index: position }, format)}
        </button>
      )}
    </fieldset>
  );
}

interface InvitedResultProps {
  readonly invited: InvitedMember;
  readonly copied: boolean;
  readonly onCopy: (invited: InvitedMember) => void;
}

function InvitedResult({ invited, copied, onCopy }: InvitedResultProps): ReactNode {
  const messages = useRosterMessages();
  const format = useRosterFormat();
  const { member, invitationUrl } = invited;
  const email = member.email;
  const sentence = member.status === "requested" ? messages.invite.resultRequested({ email }, format) : messages.invite.resultInvited({ email }, format);
  return (
    <li data-scope="invite-form" data-part="result" data-outcome={member.status}>
      <StatusBadge status={member.status} />
      <span data-scope="invite-form" data-part="result-text">
        {sentence}
      </span>
      {invitationUrl !== null && (
        <>
          <input
            data-scope="invite-form"
            data-part="input"
            data-kind="invitation-link"
            type="text"
            readOnly
            value={invitationUrl}
            aria-label={messages.invite.invitationLinkLabel({ email }, format)}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" data-scope="invite-form" data-part="copy-link" data-variant="secondary" onClick={() => onCopy(invited)}>
            {messages.invite.copyLink({ email }, format)}
          </button>
          {copied && (
            <span data-scope="invite-form" data-part="copied">
              {messages.invite.copied}
            </span>
          )}
        </>
      )}
    </li>
  );
}

/**
 * The invite form (R5–R10). Fields per invitee: name, email (checked with the core's messages), exactly
 * one role (radio group), custom groups (checkbox group) and metadata as JSON text, whose syntax errors
 * name the line and column (R6). "Add another person" invites several people in one submission; each
 * is reported on its own. On a failed submit focus moves to the first invalid field and the errors are
 * announced. When the actor may not invite (R1, R3) the form is shown disabled with the reason.
 *
 * Must be inside a `<RosterProvider>` whose scope is a workspace. Parts: `data-scope="invite-form"`,
 * `data-part="root" | "invitees" | "invitee" | "field" | "role-field" | "groups-field" | "metadata-field"
 * | "field-error" | "alert" | "results" | "result" | "copy-link" | "footer"`.
 * @example
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}>
 *   <InviteUserForm onSubmitted={({ status }) => status === "done" && close()} />
 * </RosterProvider>
 */
export function InviteUserForm({ onSubmitted, onCancel, onOfferExisting, labelledBy, className }: InviteUserFormProps): ReactNode {
  const slice = useRosterSelector(selectForm, shallowEqual);
  const messages = useRosterMessages();
  const format = useRosterFormat();
  const send = useRosterSend<RosterEvent>();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const announce = useAnnounce();
  const [copiedId, setCopiedId] = useState<string | null>(null);
  /** Set by a submit: the next settled state moves focus and reports the outcome. */
  const awaiting = useRef(false);
  const latestOnSubmitted = useRef(onSubmitted);
  latestOnSubmitted.current = onSubmitted;

  const { invite } = slice;
  const { text, errors } = { text: messages.invite, errors: messages.errors };
  const decision = useMemo(() => inviteDecision(slice, messages), [slice, messages]);
  const refusal: Denied | null = decision.ok ? invite.refusal : decision;
  const submitting = invite.status === "submitting";
  const locked = !decision.ok;
  const errorCount = countErrors(invite.drafts);
  const failedCount = invite.drafts.filter((entry) => entry.failure !== null).length;

  // Focus the added person's first field once it renders.
  const focusAdded = useRef(false);
  const draftCount = invite.drafts.length;
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
    if (invite.status === "failed") {
      retryRef.current?.focus();
    } else if (!focusFirstInvalid(formRef.current) && invite.status === "done") {
      formRef.current?.querySelector<HTMLElement>('[data-part="results-title"]')?.focus();
    }
    if (!answered) return;
    if (invite.status !== "failed") announce(text.resultSummary({ sent: invite.invited.length, failed: failedCount }, format));
    latestOnSubmitted.current?.({ status: invite.status as InviteOutcome["status"], invited: invite.invited, failed: failedCount });
  }, [invite, submitting, failedCount, format, text, announce]);

  const pointerDown = useRef(false);
  const onTouch = (key: string): void => {
    const mark = (): void => setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
    // Leaving a field with the mouse happens on press: showing its error then moves the controls below it
    // before the release, and the click lands beside its target. Show it once the click has happened.
    if (pointerDown.current) window.addEventListener("pointerup", () => setTimeout(mark, 0), { once: true });
    else mark();
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (submitting || locked) return;
    setAttempted(true);
    awaiting.current = true;
    send({ type: "INVITE.SUBMIT" });
  };

  const copy = (invited: InvitedMember): void => {
    const url = invited.invitationUrl;
    if (url === null) return;
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    const done = (ok: boolean): void => {
      setCopiedId(ok ? invited.draftId : null);
      announce(ok ? messages.announcements.linkCopied : messages.announcements.linkCopyFailed);
    };
    if (!clipboard) return done(false);
    clipboard.writeText(url).then(
      () => done(true),
      () => done(false),
    );
  };

  const reset = (): void => {
    setAttempted(false);
    setTouched(new Set());
    setCopiedId(null);
    send({ type: "INVITE.RESET" });
  };

  const titleId = `${baseId}-results-title`;
  const showResults = invite.invited.length > 0 || (failedCount > 0 && invite.status === "editing");

  return (
    <form
      ref={formRef}
      data-scope="invite-form"
      data-part="root"
      data-state={invite.status}
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={submitting ? "true" : undefined}
      className={className}
      onPointerDownCapture={() => {
        pointerDown.current = true;
        window.addEventListener("pointerup", () => (pointerDown.current = false), { once: true });
      }}
      onSubmit={submit}
    >
      {/* Silent when an enclosing console already mounted the provider's live region. */}
      <LiveRegion />

      {refusal && (
        <p data-scope="invite-form" data-part="disabled-reason" role={decision.ok ? "alert" : undefined}>
          {messages.actions.deniedReason({ denied: refusal }, format)}
        </p>
      )}

      {invite.status === "failed" && invite.error && (
        <div data-scope="invite-form" data-part="alert" role="alert">
          <p>{text.requestFailed({ reason: errors[invite.error.code] }, format)}</p>
          <button ref={retryRef} type="button" data-variant="primary" onClick={() => send({ type: "INVITE.RETRY" })}>
            {text.retry}
          </button>
        </div>
      )}

      {attempted && errorCount > 0 && invite.status !== "failed" && (
        <div data-scope="invite-form" data-part="alert" data-kind="errors" role="alert">
          {text.errorSummary({ count: errorCount }, format)}
        </div>
      )}

      {showResults && (
        <section data-scope="invite-form" data-part="results" aria-labelledby={titleId}>
          <h3 data-scope="invite-form" data-part="results-title" id={titleId} tabIndex={-1}>
            {text.resultsTitle}
          </h3>
          <p data-scope="invite-form" data-part="results-summary">
            {text.resultSummary({ sent: invite.invited.length, failed: failedCount }, format)}
          </p>
          <ul data-scope="invite-form" data-part="results">
            {invite.invited.map((invited) => (
              <InvitedResult key={invited.draftId} invited={invited} copied={copiedId === invited.draftId} onCopy={copy} />
            ))}
            {invite.drafts
              .filter((entry) => entry.failure !== null)
              .map((entry) => (
                <li key={entry.id} data-scope="invite-form" data-part="result" data-outcome="failed">
                  {text.resultFailed(
                    { email: entry.draft.email.trim(), reason: fieldError(entry, "email", false, slice.config, messages, format) ?? entry.failure?.message ?? "" },
                    format,
                  )}
                </li>
              ))}
          </ul>
        </section>
      )}

      {invite.drafts.length > 0 && (
        <div data-scope="invite-form" data-part="invitees">
          {invite.drafts.map((entry, index) => (
            <InviteeFieldset
              key={entry.id}
              entry={entry}
              index={index}
              count={invite.drafts.length}
              baseId={baseId}
              slice={slice}
              locked={locked}
              touched={touched}
              onTouch={onTouch}
              onOfferExisting={onOfferExisting}
            />
          ))}
        </div>
      )}

      <div data-scope="invite-form" data-part="footer">
        {invite.status === "done" ? (
          <button type="button" data-scope="invite-form" data-part="invite-more" data-variant="secondary" onClick={reset}>
            {text.inviteMore}
          </button>
        ) : (
          <>
            <button
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
              <button type="button" data-scope="invite-form" data-part="cancel" data-variant="ghost" onClick={onCancel}>
                {text.cancel}
              </button>
            )}
            <button
              type="submit"
              data-scope="invite-form"
              data-part="submit"
              data-variant="primary"
              disabled={locked}
              // Not `disabled` while sending: a disabled button would drop the keyboard focus.
              aria-disabled={submitting ? "true" : undefined}
            >
              {submitting ? text.submitting : text.submit({ count: invite.drafts.length }, format)}
            </button>
          </>
        )}
        {invite.status === "done" && onCancel && (
          <button type="button" data-scope="invite-form" data-part="close" data-variant="primary" onClick={onCancel}>
            {text.close}
          </button>
        )}
      </div>
    </form>
  );
}
