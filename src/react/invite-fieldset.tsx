"use client";

import type { ReactNode } from "react";
import { memo, useCallback, useMemo } from "react";
import type { RosterConfig } from "../core/config";
import type { InviteDraftEntry, InviteState } from "../core/invite.machine";
import { inviteMachine } from "../core/invite.machine";
import type { InviteeDraft, InviteeIssues } from "../core/validation";
import { validateEmail, validateInviteeDraft } from "../core/validation";
import type { DraftField, InviteFieldMessages } from "./invite-field-error";
import type { RosterFormat } from "./format";
import { INVITE_FIELD_MESSAGES, inviteFieldError, isFilled } from "./invite-field-error";
import type { InviteFieldOptions } from "./invite-field-options";
import { useMessageSections } from "./messages/use-section";
import { useRosterFormat, useRosterMachine, useRosterSend } from "./use-roster";

/**
 * One invitee's fieldset in the invite form ("Person N", R5, R6): name, email, exactly one role, custom
 * groups and metadata, each with its error. It subscribes to its own draft in the store and is
 * memoised on its props, so a key press in one invitee re-renders that invitee only, however many
 * people the form holds.
 * @module
 */

/** The draft with id `draftId`, looked up at `index` first (its place in the list) so that it costs O(1). */
function draftAt(drafts: readonly InviteDraftEntry[], draftId: string, index: number): InviteDraftEntry | undefined {
  const guess = drafts[index];
  return guess?.id === draftId ? guess : drafts.find((entry) => entry.id === draftId);
}

/** The live check's issues of the fields that were left filled, or `null` when there is nothing to check. */
function liveIssues(draft: InviteeDraft, touched: ReadonlySet<DraftField> | undefined, config: RosterConfig): InviteeIssues | null {
  const fields = touched ? [...touched].filter((field) => isFilled(draft, field)) : [];
  if (fields.length === 0) return null;
  const checked = validateInviteeDraft(draft, config);
  if (checked.ok) return null;
  return Object.fromEntries(fields.flatMap((field) => (checked.issues[field] === undefined ? [] : [[field, checked.issues[field]]])));
}

/** R5: the sentence saying how a valid email with an international domain is stored, or `undefined`. */
function convertedEmail(email: string, messages: InviteFieldMessages, format: RosterFormat): string | undefined {
  const checked = validateEmail(email);
  if (!checked.ok || checked.notice === undefined) return undefined;
  const { typed, stored, email: address } = checked.notice.params;
  return messages.invite.emailConverted({ typed: String(typed), stored: String(stored), email: String(address) }, format);
}

/**
 * The id of a field's control in an invitee's fieldset (the input, or the role's and groups' fieldset):
 * the form's error summary moves focus there.
 */
export function inviteFieldId(baseId: string, draftId: string, field: string): string {
  return `${baseId}-${draftId}-${field}`;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((value): value is string => typeof value === "string");
  return list.length > 0 ? list.join(" ") : undefined;
}

/** A field's error under it, when it has one; its id is what the field's `aria-describedby` names. */
function FieldError({ id, error }: { readonly id: string; readonly error: string | undefined }): ReactNode {
  return error ? (
    <p className="rk-invite-form__field-error" data-scope="invite-form" data-part="field-error" id={id}>
      {error}
    </p>
  ) : null;
}

interface TextFieldProps {
  readonly field: "name" | "email";
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  /** Something to know about the accepted value (an email's international domain stored as punycode). */
  readonly notice?: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  /** Shown under the error (the email's "Unarchive instead" offer, R7). */
  readonly children?: ReactNode;
}

/**
 * A required text input with its label, its error and its notice, tied together for assistive
 * technology. The email is a text input too (with the email keyboard): a browser's email input rewrites
 * what is typed (strips spaces and line breaks, converts some domains) before the core sees it, and what
 * is typed must be kept exactly, checked by the core and, when stored in another form, said so.
 */
function TextField({ field, id, name, label, value, error, notice, onChange, onBlur, children }: TextFieldProps): ReactNode {
  const errorId = `${id}-error`;
  const noticeId = `${id}-notice`;
  return (
    <div className="rk-invite-form__field" data-scope="invite-form" data-part="field" data-field={field}>
      <label className="rk-invite-form__label" data-scope="invite-form" data-part="label" htmlFor={id}>
        {label}
      </label>
      <input
        className="rk-invite-form__input"
        data-scope="invite-form"
        data-part="input"
        id={id}
        name={name}
        type="text"
        {...(field === "email" ? { inputMode: "email" as const, spellCheck: false, autoCapitalize: "none" } : {})}
        autoComplete="off"
        required
        aria-required="true"
        aria-invalid={error ? "true" : "false"}
        aria-describedby={describedBy(error && errorId, notice && noticeId)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      <FieldError id={errorId} error={error} />
      {notice && (
        <p className="rk-invite-form__hint" data-scope="invite-form" data-part="hint" data-kind="notice" id={noticeId}>
          {notice}
        </p>
      )}
      {children}
    </div>
  );
}

/** Props of {@link InviteeFieldset}; every one is stable while this invitee does not change. */
export interface InviteeFieldsetProps {
  /** The draft's id in the store (`snapshot.invite.drafts`). */
  readonly draftId: string;
  /** Its place in the form, from 0: "Person {index + 1}". */
  readonly index: number;
  /** Whether "Remove person N" is offered (more than one person in the form). */
  readonly removable: boolean;
  /** Prefix of the element ids (the form's `useId`). */
  readonly baseId: string;
  readonly options: InviteFieldOptions;
  /** The actor may not invite (R1, R3): every control disabled. */
  readonly locked: boolean;
  /** The fields of this invitee that were left: their live check shows. */
  readonly touched: ReadonlySet<DraftField> | undefined;
  readonly onTouch: (draftId: string, field: DraftField) => void;
  /** R7: offers "Unarchive instead" / "Reactivate instead" on a refused email; text only without it. */
  readonly onOfferExisting: ((memberId: string, action: "unarchive" | "reactivate") => void) | undefined;
}

function InviteeFieldsetImpl({ draftId, index, removable, baseId, options, locked, touched, onTouch, onOfferExisting }: InviteeFieldsetProps): ReactNode {
  const messages = useMessageSections(INVITE_FIELD_MESSAGES);
  const format = useRosterFormat();
  const send = useRosterSend();
  const entry = useRosterMachine(inviteMachine, useCallback((invite: InviteState) => draftAt(invite.drafts, draftId, index), [draftId, index]));
  const draft = entry?.draft;
  const live = useMemo(() => (draft ? liveIssues(draft, touched, options.config) : null), [draft, touched, options.config]);
  if (!entry) return null;

  const { invite: text } = messages;
  const id = (field: string): string => inviteFieldId(baseId, draftId, field);
  const errorOf = (field: DraftField): string | undefined => inviteFieldError(entry, field, live, messages, format);
  const update = (patch: Partial<InviteeDraft>): void => send({ type: "INVITE.UPDATE", draftId, patch });
  const touch = (field: DraftField) => () => onTouch(draftId, field);
  const position = index + 1;

  const nameError = errorOf("name");
  const emailError = errorOf("email");
  const roleError = errorOf("role");
  const groupsError = errorOf("groups");
  const metadataError = errorOf("metadata");
  const emailNotice = emailError === undefined && touched?.has("email") ? convertedEmail(entry.draft.email, messages, format) : undefined;
  const offer = entry.failure?.code === "duplicate" && entry.fieldErrors["email"] !== undefined ? (entry.failure.existing ?? null) : null;

  return (
    <fieldset className="rk-invite-form__invitee" data-scope="invite-form" data-part="invitee" data-state={Object.keys(entry.fieldErrors).length > 0 ? "invalid" : "valid"} disabled={locked}>
      <legend className="rk-invite-form__legend" data-scope="invite-form" data-part="legend">
        {text.inviteeLegend({ index: position }, format)}
      </legend>

      <TextField
        field="name"
        id={id("name")}
        name={`${draftId}.name`}
        label={text.nameLabel}
        value={entry.draft.name}
        error={nameError}
        onChange={(name) => update({ name })}
        onBlur={touch("name")}
      />

      <TextField
        field="email"
        id={id("email")}
        name={`${draftId}.email`}
        label={text.emailLabel}
        value={entry.draft.email}
        error={emailError}
        notice={emailNotice}
        onChange={(email) => update({ email })}
        onBlur={touch("email")}
      >
        {offer && offer.offer && onOfferExisting && (
          <button
            className="rk-invite-form__offer"
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
        className="rk-invite-form__role-field"
        id={id("role")}
        data-scope="invite-form"
        data-part="role-field"
        role="radiogroup"
        aria-required="true"
        aria-invalid={roleError ? "true" : "false"}
        aria-describedby={describedBy(roleError && id("role-error"))}
      >
        <legend className="rk-invite-form__label" data-scope="invite-form" data-part="label">
          {text.roleLabel}
        </legend>
        <div className="rk-invite-form__role-options" data-scope="invite-form" data-part="role-options">
          {options.roles.map((role) => (
            <label className="rk-invite-form__checkbox" key={role.id} data-scope="invite-form" data-part="checkbox">
              <input type="radio" name={id("role")} value={role.id} checked={entry.draft.role === role.id} onChange={() => update({ role: role.id })} />
              <span>{role.label}</span>
            </label>
          ))}
        </div>
        <FieldError id={id("role-error")} error={roleError} />
      </fieldset>

      {options.inWorkspace && (
        <fieldset className="rk-invite-form__groups-field" id={id("groups")} data-scope="invite-form" data-part="groups-field" aria-describedby={describedBy(id("groups-hint"), groupsError && id("groups-error"))}>
          <legend className="rk-invite-form__label" data-scope="invite-form" data-part="label">
            {text.groupsLabel} <span className="rk-invite-form__optional-marker" data-part="optional-marker">({text.optional})</span>
          </legend>
          <p className="rk-invite-form__hint" data-scope="invite-form" data-part="hint" id={id("groups-hint")}>
            {options.groupsReady && options.groups.length === 0 ? text.noGroups : text.groupsHint}
          </p>
          {options.groups.length > 0 && (
            <div className="rk-invite-form__group-options" data-scope="invite-form" data-part="group-options">
              {options.groups.map((group) => {
                const checked = entry.draft.groups.includes(group.id);
                return (
                  <label className="rk-invite-form__checkbox" key={group.id} data-scope="invite-form" data-part="checkbox">
                    <input
                      type="checkbox"
                      value={group.id}
                      checked={checked}
                      onChange={() => update({ groups: checked ? entry.draft.groups.filter((groupId) => groupId !== group.id) : [...entry.draft.groups, group.id] })}
                    />
                    <span>{group.name}</span>
                  </label>
                );
              })}
            </div>
          )}
          <FieldError id={id("groups-error")} error={groupsError} />
        </fieldset>
      )}

      <div className="rk-invite-form__metadata-field" data-scope="invite-form" data-part="metadata-field">
        <div className="rk-invite-form__field" data-scope="invite-form" data-part="field">
          <label className="rk-invite-form__label" data-scope="invite-form" data-part="label" htmlFor={id("metadata")}>
            {text.metadataLabel} <span className="rk-invite-form__optional-marker" data-part="optional-marker">({text.optional})</span>
          </label>
          <textarea
            className="rk-invite-form__textarea"
            data-scope="invite-form"
            data-part="textarea"
            id={id("metadata")}
            name={`${draftId}.metadata`}
            spellCheck={false}
            rows={3}
            aria-invalid={metadataError ? "true" : "false"}
            aria-describedby={describedBy(id("metadata-hint"), metadataError && id("metadata-error"))}
            value={entry.draft.metadata}
            onChange={(event) => update({ metadata: event.target.value })}
            onBlur={touch("metadata")}
          />
          <p className="rk-invite-form__hint" data-scope="invite-form" data-part="hint" id={id("metadata-hint")}>
            {text.metadataHint}
          </p>
          <FieldError id={id("metadata-error")} error={metadataError} />
        </div>
      </div>

      {removable && (
        <button className="rk-invite-form__remove-invitee" type="button" data-scope="invite-form" data-part="remove-invitee" data-variant="ghost" onClick={() => send({ type: "INVITE.REMOVE", draftId })}>
          {text.removeInvitee({ index: position }, format)}
        </button>
      )}
    </fieldset>
  );
}

/**
 * One invitee of the invite form, memoised: it re-renders when its own draft in the store or its own
 * props change, never because another invitee did.
 */
export const InviteeFieldset = memo(InviteeFieldsetImpl);
InviteeFieldset.displayName = "InviteeFieldset";
