"use client";

import type { FormEvent, ReactNode } from "react";
import { useEffect, useId, useRef } from "react";
import type { Denied } from "../core/policy";
import type { MemberEditState } from "../core/member-edit.machine";
import { decideMemberEdit, memberEditChanges, memberEditMachine } from "../core/member-edit.machine";
import { roleLabel } from "./confirm-status-modal";
import { useAnnounce } from "./live-region";
import { withHostClass } from "./part-class";
import { shallowEqual, useRosterFormat, useRosterMachine, useRosterSelector, useRosterSend } from "./use-roster";
import { deniedReason, errorReason } from "./messages/reasons";
import { defaultMemberMessages } from "./messages/member";
import { defaultMemberEditMessages } from "./messages/member-edit";
import { defaultAnnouncementMessages } from "./messages/announcements";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/** How an edit ended, for {@link MemberEditFormProps.onDone}. */
export type MemberEditOutcome = "saved" | "cancelled";

/** Props of {@link MemberEditForm}. */
export interface MemberEditFormProps {
  /** Render only while the editor is open on this member. @default any member */
  readonly memberId?: string;
  /** Called after a save succeeded (the editor then closes) or after Cancel; e.g. to move focus back. */
  readonly onDone?: (outcome: MemberEditOutcome) => void;
  /** Class of the form element. */
  readonly className?: string;
}

type OpenState = Exclude<MemberEditState, { status: "idle" }>;

/**
 * The role and groups editor of one member, driven by the store's member-edit machine
 * (`editing → saving → saved | failed | conflict`). Open it with `{ type: "EDIT.OPEN", memberId }`;
 * it renders nothing while the machine is idle. Exactly one role (a radio group) and any number of
 * groups (checkboxes from the workspace's groups). A demotion of the last active admin shows the
 * policy's reason before anything is sent (R15); a backend refusal is shown with everything chosen kept,
 * and a version conflict shows the member's current values with a way to edit those (R22). A successful
 * save is announced through the {@link LiveRegion} and closes the editor.
 *
 * Parts: `data-scope="member-edit"`, `data-part="root" | "title" | "role-field" | "groups-field" | "legend" |
 * "option" | "alert" | "current-values-label" | "current-values" | "footer" | "save" | "retry" | "start-again" |
 * "cancel"`, each also with the class `rk-member-edit__<part>` (the root `rk-member-edit`; the theme
 * styles the classes), with `data-state` (the machine's) on the root.
 * @example
 * <button onClick={() => send({ type: "EDIT.OPEN", memberId })}>Edit role and groups</button>
 * <MemberEditForm memberId={memberId} onDone={() => editButton.current?.focus()} />
 */
export function MemberEditForm({ memberId, onDone, className }: MemberEditFormProps): ReactNode {
  const state = useRosterMachine(memberEditMachine);
  const send = useRosterSend();
  const announce = useAnnounce();
  const announcementMessages = useMessageSection("announcements", defaultAnnouncementMessages);
  const format = useRosterFormat();
  const matches = state.status !== "idle" && (memberId === undefined || state.member.id === memberId);

  // A save that succeeded: announced once, then the editor closes.
  const settled = useRef<MemberEditState | null>(null);
  useEffect(() => {
    if (!matches || state.status !== "saved" || settled.current === state) return;
    settled.current = state;
    announce(announcementMessages.memberUpdated({ name: state.member.name }, format));
    send({ type: "EDIT.CANCEL" });
    onDone?.("saved");
  }, [matches, state, announce, announcementMessages, format, send, onDone]);

  if (!matches || state.status === "saved") return null;
  return <EditForm state={state} className={className} onCancel={() => onDone?.("cancelled")} />;
}

interface EditFormProps {
  readonly state: OpenState;
  readonly className: string | undefined;
  readonly onCancel: () => void;
}

function EditForm({ state, className, onCancel }: EditFormProps): ReactNode {
  const { policy, roles, groups, config } = useRosterSelector(
    ({ policy, roles, groups, config }) => ({ policy, roles: roles.data, groups: groups.data, config }),
    shallowEqual,
  );
  const send = useRosterSend();
  const memberMessages = useMessageSection("member", defaultMemberMessages);
  const m = useMessageSection("memberEdit", defaultMemberEditMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const id = useId();
  const { member } = state;
  const saving = state.status === "saving";
  const roleOptions = roles.length > 0 ? roles : config.roles;
  const workspaceId = member.scope.kind === "workspace" ? member.scope.workspaceId : null;
  const groupOptions = groups.filter((group) => group.workspaceId === workspaceId);
  const changes = memberEditChanges(state);
  const changed = changes.role !== undefined || changes.groups !== undefined;
  // R15: the policy's answer for what is chosen now, shown before anything is sent.
  const live = state.status === "editing" && changed ? decideMemberEdit(policy, state) : null;
  const refusal: Denied | null = state.refusal ?? (live && !live.ok ? live : null);
  const canSave = changed && refusal === null && (state.status === "editing" || state.status === "failed");
  const groupName = (groupId: string) => groups.find((group) => group.id === groupId)?.name ?? groupId;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (canSave) send({ type: "EDIT.SAVE" });
  };
  const toggleGroup = (groupId: string, checked: boolean) => {
    const next = checked ? [...state.groups, groupId] : state.groups.filter((group) => group !== groupId);
    send({ type: "EDIT.SET_GROUPS", groups: next });
  };

  return (
    <form
      data-scope="member-edit"
      data-part="root"
      data-state={state.status}
      aria-labelledby={`${id}-title`}
      aria-busy={saving || undefined}
      className={withHostClass("rk-member-edit", className)}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${id}-title`} className="rk-member-edit__title" data-scope="member-edit" data-part="title">
        {m.title({ name: member.name }, format)}
      </h3>
      <fieldset className="rk-member-edit__role-field" data-scope="member-edit" data-part="role-field" disabled={saving}>
        <legend className="rk-member-edit__legend" data-scope="member-edit" data-part="legend">
          {m.roleLabel}
        </legend>
        {roleOptions.map((role) => (
          <label key={role.id} className="rk-member-edit__option" data-scope="member-edit" data-part="option">
            <input
              type="radio"
              name={`${id}-role`}
              value={role.id}
              checked={state.role === role.id}
              aria-describedby={refusal ? `${id}-refusal` : undefined}
              onChange={() => send({ type: "EDIT.SET_ROLE", role: role.id })}
            />{" "}
            {role.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="rk-member-edit__groups-field" data-scope="member-edit" data-part="groups-field" disabled={saving}>
        <legend className="rk-member-edit__legend" data-scope="member-edit" data-part="legend">
          {m.groupsLabel}
        </legend>
        {groupOptions.length === 0 && <p data-part="hint">{m.noGroups}</p>}
        {groupOptions.map((group) => (
          <label key={group.id} className="rk-member-edit__option" data-scope="member-edit" data-part="option">
            <input
              type="checkbox"
              data-part="checkbox"
              value={group.id}
              checked={state.groups.includes(group.id)}
              onChange={(event) => toggleGroup(group.id, event.currentTarget.checked)}
            />{" "}
            {group.name}
          </label>
        ))}
      </fieldset>
      {refusal && (
        <p id={`${id}-refusal`} role="alert" className="rk-member-edit__alert" data-scope="member-edit" data-part="alert" data-kind="denied">
          {deniedReason(refusal, reasons, format)}
        </p>
      )}
      {state.status === "failed" && state.error && (
        <p role="alert" className="rk-member-edit__alert" data-scope="member-edit" data-part="alert" data-kind="failed">
          {m.failed({ reason: errorReason(state.error, reasons, format) }, format)}
        </p>
      )}
      {state.status === "conflict" && (
        <div role="alert" className="rk-member-edit__alert" data-scope="member-edit" data-part="alert" data-kind="conflict">
          <p>{m.conflict({ name: member.name }, format)}</p>
          {state.current && <p className="rk-member-edit__current-values-label" data-scope="member-edit" data-part="current-values-label">{m.currentValues}</p>}
          {state.current && (
            <dl className="rk-member-edit__current-values" data-scope="member-edit" data-part="current-values">
              <dt>{m.roleLabel}</dt>
              <dd>{roleLabel(state.current.role, roleOptions, config.roles)}</dd>
              <dt>{m.groupsLabel}</dt>
              <dd>{state.current.groups.length === 0 ? memberMessages.noGroups : format.list(state.current.groups.map(groupName))}</dd>
            </dl>
          )}
        </div>
      )}
      <div className="rk-member-edit__footer" data-scope="member-edit" data-part="footer">
        <button
          type="button"
          className="rk-member-edit__cancel" data-scope="member-edit"
          data-part="cancel"
          data-variant="secondary"
          aria-disabled={saving || undefined}
          onClick={() => {
            if (saving) return;
            send({ type: "EDIT.CANCEL" });
            onCancel();
          }}
        >
          {m.cancel}
        </button>
        {state.status === "failed" && state.error?.retryable && state.request && (
          <button type="button" className="rk-member-edit__retry" data-scope="member-edit" data-part="retry" data-variant="secondary" onClick={() => send({ type: "EDIT.RETRY" })}>
            {m.retry}
          </button>
        )}
        {state.status === "conflict" && state.current ? (
          <button type="button" className="rk-member-edit__start-again" data-scope="member-edit" data-part="start-again" data-variant="primary" onClick={() => send({ type: "EDIT.OPEN", memberId: member.id })}>
            {m.startAgain}
          </button>
        ) : (
          <button
            type="submit"
            className="rk-member-edit__save" data-scope="member-edit"
            data-part="save"
            data-variant="primary"
            data-state={saving ? "loading" : undefined}
            aria-disabled={!canSave || undefined}
            aria-describedby={refusal ? `${id}-refusal` : undefined}
          >
            {saving && <span className="rk-member-edit__spinner" data-part="spinner" aria-hidden="true" />}
            {saving ? m.saving : m.save}
          </button>
        )}
      </div>
    </form>
  );
}
