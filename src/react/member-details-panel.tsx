"use client";

import type { ReactNode, Ref } from "react";
import { useEffect, useId, useRef } from "react";
import type { StatusAction } from "../core/adapter.types";
import type { Member, MetadataValue } from "../core/domain.types";
import { memberEditMachine } from "../core/member-edit.machine";
import type { MemberActionOffer } from "../core/selectors";
import { displayedStatus, memberActions } from "../core/selectors";
import { statusChangeMachine } from "../core/status-change.machine";
import { isStatusAction, isStopAction } from "../core/vocabulary";
import { confirmActionOf, roleLabel } from "./confirm-status-modal";
import { MemberEditForm } from "./member-edit-form";
import { MemberTimeline } from "./member-timeline";
import { withHostClass } from "./part-class";
import { StatusBadge } from "./status-badge";
import { shallowEqual, useRosterFormat, useRosterMachine, useRosterSelector, useRosterSend, useRunningMachine } from "./use-roster";
import { deniedReason } from "./messages/reasons";
import { defaultActionMessages } from "./messages/actions";
import { defaultMemberMessages } from "./messages/member";
import { defaultDetailsMessages } from "./messages/details";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/** Props of {@link MemberDetailsPanel}. */
export interface MemberDetailsPanelProps {
  /** The member to show (a user id). Loaded with `MEMBER.REFRESH` when the store does not hold it yet. */
  readonly memberId: string;
  /** Shows a close button that calls it. */
  readonly onClose?: () => void;
  /** Class of the panel's root element. */
  readonly className?: string;
}

function isStatusOffer(offer: MemberActionOffer): offer is MemberActionOffer & { readonly action: StatusAction } {
  return isStatusAction(offer.action);
}

function metadataText(value: MetadataValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A member's profile: name, email, status badge (the pending one while a change is applied, R20, R23),
 * role, groups, metadata, invitation and activity dates, and the user's other workspace memberships
 * (every membership in the "All users" view). Its status button ("Archive user", "Deactivate"…) sends the
 * same `STATUS.OPEN` as the row menu, so the same {@link ConfirmStatusModal} opens (R21); an action the
 * policy refuses is shown disabled with its reason (R3). "Edit role and groups" opens the
 * {@link MemberEditForm} in place. Under it, the member's history ({@link MemberTimeline}, R28) when the
 * adapter keeps one.
 *
 * Parts: `data-scope="member-details"`, `data-part="root" | "header" | "title" | "close-trigger" | "fields" |
 * "term" | "value" | "metadata" | "section-title" | "memberships" | "membership" | "actions" | "action" |
 * "action-reason" | "loading" | "you-marker" | "super-admin-marker"`, each also with the class
 * `rk-member-details__<part>` (the root `rk-member-details`; the theme styles the classes); a disabled
 * action carries its refusal's `data-code`, `data-rule` and `data-reason-key` (R3).
 * @example
 * <MemberDetailsPanel memberId={selectedId} onClose={() => setSelectedId(null)} />
 * <ConfirmStatusModal />
 */
export function MemberDetailsPanel({ memberId, onClose, className }: MemberDetailsPanelProps): ReactNode {
  const member = useRosterSelector((snapshot) => snapshot.members.get(memberId));
  const send = useRosterSend();
  const detailsMessages = useMessageSection("details", defaultDetailsMessages);

  // A member not on the current page (opened from a link or a search) is loaded on its own.
  const missing = member === undefined;
  useEffect(() => {
    if (missing) send({ type: "MEMBER.REFRESH", memberId });
  }, [missing, memberId, send]);

  if (member === undefined) {
    return (
      <section className={withHostClass("rk-member-details", className)} data-scope="member-details" data-part="root" aria-busy="true" aria-label={detailsMessages.loading}>
        <p role="status" className="rk-member-details__loading" data-scope="member-details" data-part="loading">
          {detailsMessages.loading}
        </p>
        {onClose && <CloseButton onClose={onClose} />}
      </section>
    );
  }
  return <MemberDetails member={member} onClose={onClose} className={className} />;
}

function CloseButton({ onClose }: { readonly onClose: () => void }): ReactNode {
  const detailsMessages = useMessageSection("details", defaultDetailsMessages);
  return (
    <button type="button" className="rk-member-details__close-trigger" data-scope="member-details" data-part="close-trigger" data-variant="ghost" aria-label={detailsMessages.close} onClick={onClose}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
        <path d="m4 4 8 8M12 4l-8 8" />
      </svg>
    </button>
  );
}

interface MemberDetailsProps {
  readonly member: Member;
  readonly onClose: (() => void) | undefined;
  readonly className: string | undefined;
}

function MemberDetails({ member, onClose, className }: MemberDetailsProps): ReactNode {
  // Its status buttons open the confirm modal's machine.
  useRunningMachine(statusChangeMachine);
  const { pending, policy, workspaces, roles, groups, config, editing, changing } = useRosterMachine(
    memberEditMachine,
    (memberEdit, snapshot) => ({
      pending: snapshot.pending[member.id],
      policy: snapshot.policy,
      workspaces: snapshot.workspaces.data,
      roles: snapshot.roles.data,
      groups: snapshot.groups.data,
      config: snapshot.config,
      editing: memberEdit.status !== "idle" && memberEdit.member.id === member.id,
      // One status change at a time: the modal is open or applying on this member.
      changing: snapshot.statusChange?.status === "applying" && snapshot.statusChange.member.id === member.id,
    }),
    shallowEqual,
  );
  const send = useRosterSend();
  const actionMessages = useMessageSection("actions", defaultActionMessages);
  const memberMessages = useMessageSection("member", defaultMemberMessages);
  const d = useMessageSection("details", defaultDetailsMessages);
  const format = useRosterFormat();
  const id = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const name = member.name === "" ? memberMessages.unnamed : member.name;
  const status = displayedStatus(member, pending);
  const offers = memberActions(policy, member);
  const statusOffers = offers.filter(isStatusOffer);
  const editOffer = offers.find((offer) => offer.action === "edit");
  const workspaceName = (workspaceId: string) => workspaces.find((workspace) => workspace.id === workspaceId)?.name ?? workspaceId;
  const groupName = (groupId: string) => groups.find((group) => group.id === groupId)?.name ?? groupId;
  const role = (roleId: string | null) => roleLabel(roleId, roles, config.roles);
  const currentWorkspace = member.scope.kind === "workspace" ? member.scope.workspaceId : null;
  const memberships = member.memberships.filter((membership) => membership.workspaceId !== currentWorkspace);
  const metadata = Object.entries(member.metadata);

  return (
    <section className={withHostClass("rk-member-details", className)} data-scope="member-details" data-part="root" aria-label={d.title({ name }, format)}>
      <header className="rk-member-details__header" data-scope="member-details" data-part="header">
        <h2 className="rk-member-details__title" data-scope="member-details" data-part="title">
          {name}
        </h2>
        {member.superAdmin && <span className="rk-member-details__super-admin-marker" data-part="super-admin-marker">{memberMessages.superAdmin}</span>}
        {member.id === policy.actor.userId && <span className="rk-member-details__you-marker" data-part="you-marker">{memberMessages.you}</span>}
      </header>
      {onClose && <CloseButton onClose={onClose} />}

      <dl className="rk-member-details__fields" data-scope="member-details" data-part="fields">
        <Field term={d.email}>{member.email}</Field>
        <Field term={d.status}>
          <StatusBadge status={status} data-state={pending ? "pending" : undefined} />
        </Field>
        {member.role !== null && <Field term={d.role}>{role(member.role)}</Field>}
        {member.scope.kind === "workspace" && (
          <Field term={d.groups}>{member.groups.length === 0 ? memberMessages.noGroups : format.list(member.groups.map(groupName))}</Field>
        )}
        <Field term={d.invitedAt}>
          <time dateTime={member.invitedAt}>{format.date(member.invitedAt)}</time>
        </Field>
        <Field term={d.lastActiveAt}>
          {member.lastActiveAt === null ? memberMessages.neverActive : <time dateTime={member.lastActiveAt}>{format.date(member.lastActiveAt)}</time>}
        </Field>
        <Field term={d.metadata}>
          {metadata.length === 0 ? (
            d.noMetadata
          ) : (
            <dl className="rk-member-details__metadata" data-scope="member-details" data-part="metadata">
              {metadata.map(([key, value]) => (
                <div key={key} className="rk-member-details__metadata-entry" data-scope="member-details" data-part="metadata-entry">
                  <dt>{key}</dt>
                  <dd>{metadataText(value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </Field>
      </dl>

      {memberships.length > 0 && (
        <section aria-labelledby={`${id}-workspaces`}>
          <h3 id={`${id}-workspaces`} className="rk-member-details__section-title" data-scope="member-details" data-part="section-title">
            {currentWorkspace === null ? d.workspaces : d.otherWorkspaces}
          </h3>
          <ul className="rk-member-details__memberships" data-scope="member-details" data-part="memberships">
            {memberships.map((membership) => (
              <li key={membership.workspaceId} className="rk-member-details__membership" data-scope="member-details" data-part="membership">
                <span>{workspaceName(membership.workspaceId)}</span>
                <StatusBadge status={membership.status} />
                <span>{role(membership.role)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(statusOffers.length > 0 || editOffer) && (
        <div role="group" aria-label={d.actions} className="rk-member-details__actions" data-scope="member-details" data-part="actions">
          {editOffer && (
            <ActionButton
              buttonRef={editButton}
              offer={editOffer}
              label={actionMessages.edit}
              reasonId={`${id}-reason-edit`}
              busy={false}
              expanded={editing}
              controls={editing ? `${id}-edit` : undefined}
              onPress={() => send({ type: "EDIT.OPEN", memberId: member.id })}
            />
          )}
          {statusOffers.map((offer) => (
            <ActionButton
              key="status"
              offer={offer}
              label={actionMessages[confirmActionOf(offer.action, member)]}
              reasonId={`${id}-reason-${offer.action}`}
              busy={changing || pending !== undefined}
              danger={isStopAction(offer.action)}
              onPress={() => send({ type: "STATUS.OPEN", memberId: member.id, action: offer.action })}
            />
          ))}
        </div>
      )}

      {editing && (
        <div id={`${id}-edit`}>
          <MemberEditForm memberId={member.id} onDone={() => editButton.current?.focus()} />
        </div>
      )}

      <MemberTimeline memberId={member.id} />
    </section>
  );
}

/** One of the member's fields: its term and its value. */
function Field({ term, children }: { readonly term: string; readonly children: ReactNode }): ReactNode {
  return (
    <>
      <dt className="rk-member-details__term" data-scope="member-details" data-part="term">
        {term}
      </dt>
      <dd className="rk-member-details__value" data-scope="member-details" data-part="value">
        {children}
      </dd>
    </>
  );
}

interface ActionButtonProps {
  readonly offer: MemberActionOffer;
  readonly label: string;
  readonly reasonId: string;
  /** A change of this member is under way: the button waits. */
  readonly busy: boolean;
  readonly danger?: boolean;
  readonly expanded?: boolean;
  readonly controls?: string | undefined;
  readonly onPress: () => void;
  /** Not `ref`: React 18 does not pass `ref` to function components. */
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

/** An action button; a disabled one stays focusable and says why (R3). */
function ActionButton({ offer, label, reasonId, busy, danger = false, expanded, controls, onPress, buttonRef }: ActionButtonProps): ReactNode {
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const { denied } = offer;
  const disabled = !offer.enabled || busy;
  const reason = denied ? deniedReason(denied, reasons, format) : null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="rk-member-details__action" data-scope="member-details"
        data-part="action"
        data-action={offer.action}
        data-variant={danger ? "danger" : "secondary"}
        data-code={denied?.code}
        data-rule={denied?.rule}
        data-reason-key={denied?.reasonKey}
        aria-disabled={disabled || undefined}
        aria-describedby={reason ? reasonId : undefined}
        aria-expanded={expanded}
        aria-controls={controls}
        onClick={() => {
          if (!disabled) onPress();
        }}
      >
        {label}
      </button>
      {reason && (
        <span id={reasonId} className="rk-member-details__action-reason" data-scope="member-details" data-part="action-reason">
          {reason}
        </span>
      )}
    </>
  );
}
