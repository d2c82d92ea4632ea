"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode, RefObject } from "react";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Role, WorkspaceSummary } from "../core/domain.types";
import { can } from "../core/policy";
import type { StatusConsequences } from "../core/selectors";
import { statusConsequences } from "../core/selectors";
import type { StatusChangeState } from "../core/status-change.machine";
import { statusChangeMachine } from "../core/status-change.machine";
import type { RosterSnapshot } from "../core/store";
import { isStopAction } from "../core/vocabulary";
import { confirmActionOf, roleLabel } from "./confirm-status-labels";
import type { ConfirmStatusModalProps } from "./confirm-status-modal";
import type { RosterFormat } from "./format";
import { focusMemberTrigger } from "./focus-return";
import { useAnnounce } from "./live-region";
import type { ConfirmMessages } from "./messages/types";
import { leaveClosingDialog, useModalContainment } from "./modal-containment";
import { StatusBadge } from "./status-badge";
import { shallowEqual, useRosterFormat, useRosterMachine, useRosterPortalContainer, useRosterSelector, useRosterSend, useRosterStore } from "./use-roster";
import { deniedReason, errorReason } from "./messages/reasons";
import { defaultStatusMessages } from "./messages/status";
import { defaultConfirmMessages } from "./messages/confirm";
import { defaultAnnouncementMessages } from "./messages/announcements";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The confirm modal's dialog, loaded on demand (issue 11): the Radix dialog, its consequences, refusals,
 * conflicts and focus handling. `ConfirmStatusModal`, the light shell in the first paint, renders it from
 * the first status change on (and loads it then, or earlier: prefetched at idle with the row menu).
 * @module
 */

/** A status-change state in which the modal is open. */
type OpenStatusChange = Extract<StatusChangeState, { status: "confirming" | "applying" | "failed" | "conflict" }>;
/** A state the modal renders: open, or `done` while it closes. */
type ShownStatusChange = Exclude<StatusChangeState, { status: "idle" }>;

function isOpen(state: StatusChangeState | undefined): state is OpenStatusChange {
  if (state === undefined) return false;
  return state.status === "confirming" || state.status === "applying" || state.status === "failed" || state.status === "conflict";
}

interface Consequence {
  readonly kind: string;
  readonly text: string;
}

/** The consequences as sentences, in the order people read them (R20, with R14 and R16 spelled out). */
function consequenceSentences(c: StatusConsequences, email: string, workspaces: readonly WorkspaceSummary[], m: ConfirmMessages, format: RosterFormat): Consequence[] {
  const nameOf = (id: string) => workspaces.find((workspace) => workspace.id === id)?.name ?? id;
  const name = c.memberName;
  const workspace = nameOf(c.workspaces[0] ?? "");
  const items: Consequence[] = [];
  const access = (() => {
    switch (c.action) {
      case "archive":
        return c.level === "instance" ? m.accessLostInstance({ name }, format) : m.accessLostWorkspace({ name, workspace }, format);
      case "unarchive":
        return c.level === "instance" ? m.accessRestoredInstance({ name }, format) : m.accessRestoredUnarchive({ name, workspace }, format);
      case "deactivate":
        return m.accessLostDeactivate({ name }, format);
      case "reactivate":
        return m.accessRestoredReactivate({ name }, format);
    }
  })();
  items.push({ kind: "access", text: access });
  if (c.workspaces.length > 0) items.push({ kind: "workspaces", text: m.workspacesAffected({ workspaces: c.workspaces.map(nameOf) }, format) });
  if (c.instanceUnarchived) items.push({ kind: "instance", text: m.instanceUnarchived({ name }, format) });
  if (c.invitationRevoked) items.push({ kind: "invitation", text: m.invitationRevoked });
  items.push({ kind: "email", text: c.invitationEmailSent ? m.emailSent({ email }, format) : m.noEmailSent });
  const several = c.seats.length > 1;
  const seats = c.seats.filter((seat) => seat.delta !== 0);
  if (seats.length === 0) items.push({ kind: "seats", text: m.seatUnchanged });
  for (const seat of seats) {
    const where = several ? { workspace: nameOf(seat.workspaceId) } : {};
    const text =
      seat.before !== null && seat.after !== null
        ? m.seatChange({ before: seat.before, after: seat.after, ...where }, format)
        : m.seatDelta({ delta: seat.delta, ...where }, format);
    items.push({ kind: "seats", text });
  }
  if (isStopAction(c.action)) items.push({ kind: "nothing-deleted", text: m.nothingDeleted });
  return items;
}

/**
 * Gives focus back to the element that opened the modal, else to the member's row trigger
 * (`focus-return`); forgets the opener.
 */
function returnFocus(returnTo: RefObject<HTMLElement | null>, memberId: string): void {
  const target = returnTo.current;
  returnTo.current = null;
  if (target?.isConnected) {
    target.focus();
    if (target.ownerDocument.activeElement === target) return;
  }
  focusMemberTrigger(memberId);
}

/** What the modal reads from the snapshot, besides the machine's state. */
interface ModalContext {
  readonly workspaces: readonly WorkspaceSummary[];
  readonly roles: readonly Role[];
  readonly snapshot: Pick<RosterSnapshot, "config" | "policy" | "members">;
}

/**
 * The Radix dialog of {@link ConfirmStatusModalProps | ConfirmStatusModal} (see there for what it shows
 * and how it keeps focus); mounted by the shell once loaded, it stays mounted and renders nothing while
 * the status-change machine is idle.
 */
export function ConfirmStatusDialog({ className }: ConfirmStatusModalProps): ReactNode {
  const state = useRosterMachine(statusChangeMachine);
  const workspaces = useRosterSelector((snapshot) => snapshot.workspaces.data);
  const roles = useRosterSelector((snapshot) => snapshot.roles.data);
  const snapshot = useRosterSelector(({ config, policy, members }) => ({ config, policy, members }), shallowEqual);
  const send = useRosterSend();
  const announce = useAnnounce();
  const statusMessages = useMessageSection("status", defaultStatusMessages);
  const announcementMessages = useMessageSection("announcements", defaultAnnouncementMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const container = useRosterPortalContainer();
  const open = isOpen(state);

  // Keeps the last shown state while the dialog closes, so its content does not go blank.
  const [shown, setShown] = useState<ShownStatusChange | null>(null);
  if (state.status !== "idle" && state !== shown) setShown(state);

  // Announces each outcome once (R20).
  const announced = useRef<StatusChangeState>(state);
  useEffect(() => {
    if (announced.current === state) return;
    announced.current = state;
    const name = state.status === "idle" ? "" : state.member.name;
    if (state.status === "done") {
      announce(announcementMessages.statusChanged({ name, status: statusMessages.label[state.result.status] }, format));
    } else if (state.status === "failed") {
      announce(announcementMessages.statusChangeFailed({ name, reason: errorReason(state.error, reasons, format) }, format));
    } else if (state.status === "conflict") {
      const status = state.current ? statusMessages.label[state.current.status] : null;
      announce(announcementMessages.statusConflict({ name, status }, format));
    }
  }, [state, announce, announcementMessages, statusMessages, reasons, format]);

  const returnTo = useRef<HTMLElement | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const newsRef = useRef<HTMLParagraphElement>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const [contentElement, setContentElement] = useState<HTMLDivElement | null>(null);
  const setContent = useCallback((element: HTMLDivElement | null) => {
    contentRef.current = element;
    setContentElement(element);
  }, []);
  const release = useModalContainment(contentElement, open);
  // Set when focus went back as the store closed the modal, so Radix's later close autofocus leaves it.
  const focusReturned = useRef(false);

  // Focus leaves as soon as the store closes the modal, before React removes the dialog (leaveClosingDialog).
  const store = useRosterStore();
  useEffect(() => {
    let last = store.getSnapshot().statusChange;
    return store.subscribe(() => {
      const previous = last;
      last = store.getSnapshot().statusChange;
      if (!isOpen(previous) || isOpen(last)) return;
      focusReturned.current = leaveClosingDialog(contentRef.current, release, () => {
        returnFocus(returnTo, previous.member.id);
        return true;
      });
    });
  }, [store, release]);

  // A button is never renamed under focus: each purpose (confirm, retry, start again) is its own button.
  // After a conflict focus moves to the news (R22); after a failure to Retry, else Cancel; any other
  // focus that fell out of the dialog (a button that went away) goes to Cancel.
  useEffect(() => {
    const content = contentRef.current;
    if (!open || content === null) return;
    if (state.status === "conflict") {
      newsRef.current?.focus();
      return;
    }
    const active = content.ownerDocument.activeElement;
    if (active !== content && content.contains(active)) return;
    const target = state.status === "failed" ? (primaryRef.current ?? cancelRef.current) : cancelRef.current;
    target?.focus();
  }, [open, state.status]);

  return (
    <Dialog.Root
      open={open}
      modal={false}
      onOpenChange={(next) => {
        if (!next) send({ type: "STATUS.CANCEL" });
      }}
    >
      <Dialog.Portal container={container}>
        <div data-scope="confirm-status" data-part="overlay" data-state="open" className="rk-confirm-status__overlay" />
        {shown && (
          <Dialog.Content
            ref={setContent}
            role="alertdialog"
            aria-modal="true"
            data-scope="confirm-status"
            data-part="content"
            data-phase={shown.status}
            data-tone={isStopAction(shown.action) ? "danger" : undefined}
            className={className === undefined ? "rk-confirm-status__content" : `rk-confirm-status__content ${className}`}
            onOpenAutoFocus={(event) => {
              // The element that opened the modal is still focused here: focus returns to it on close.
              const active = event.currentTarget instanceof Element ? event.currentTarget.ownerDocument.activeElement : null;
              returnTo.current = active instanceof HTMLElement && active !== active.ownerDocument.body ? active : null;
              focusReturned.current = false;
              event.preventDefault();
              cancelRef.current?.focus(); // the least destructive action of an alertdialog
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (focusReturned.current) focusReturned.current = false;
              else returnFocus(returnTo, shown.member.id);
            }}
            // An alertdialog is not dismissed by a click outside; Escape and Cancel remain.
            onPointerDownOutside={(event) => event.preventDefault()}
            onInteractOutside={(event) => event.preventDefault()}
          >
            <ModalBody state={shown} context={{ workspaces, roles, snapshot }} refs={{ cancel: cancelRef, primary: primaryRef, news: newsRef }} />
          </Dialog.Content>
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The elements the modal moves focus to. */
interface ModalRefs {
  readonly cancel: RefObject<HTMLButtonElement | null>;
  readonly primary: RefObject<HTMLButtonElement | null>;
  /** The conflict's explanation (R22), focused when it appears. */
  readonly news: RefObject<HTMLParagraphElement | null>;
}

interface ModalBodyProps {
  readonly state: ShownStatusChange;
  readonly context: ModalContext;
  readonly refs: ModalRefs;
}

function ModalBody({ state, context, refs }: ModalBodyProps): ReactNode {
  const send = useRosterSend();
  const m = useMessageSection("confirm", defaultConfirmMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const alertId = useId();
  const reasonId = useId();
  const { member, action } = state;
  const { snapshot, workspaces, roles } = context;
  const confirmAction = confirmActionOf(action, member);
  const name = member.name;

  const consequences = useMemo(
    () => consequenceSentences(statusConsequences(member, action, snapshot.config, workspaces), member.email, workspaces, m, format),
    [member, action, snapshot.config, workspaces, m, format],
  );

  const denied = state.status === "confirming" && !state.decision.ok ? state.decision : null;
  const applying = state.status === "applying";
  const current = state.status === "conflict" ? state.current : null;
  // R22: the action may be started again on the member's new state, when the policy still allows it.
  const restartable = current !== null && snapshot.members.get(current.id) !== undefined && can(snapshot.policy, { action, member: current }).ok;

  // `purpose` keys the button: a new purpose is a new button, so focus never sits on a renamed one.
  const primary = ((): { purpose: string; label: string; disabled: boolean; onClick: () => void } | null => {
    if (state.status === "confirming" || state.status === "applying") {
      const label = applying ? m.pending[confirmAction] : m.confirm[confirmAction];
      return { purpose: "confirm", label, disabled: applying || denied !== null, onClick: () => send({ type: "STATUS.CONFIRM" }) };
    }
    if (state.status === "failed" && state.error.retryable) return { purpose: "retry", label: m.retry, disabled: false, onClick: () => send({ type: "STATUS.RETRY" }) };
    if (state.status === "conflict" && restartable) {
      return { purpose: "restart", label: m.startAgain, disabled: false, onClick: () => send({ type: "STATUS.OPEN", memberId: member.id, action }) };
    }
    return null;
  })();

  return (
    <>
      <Dialog.Title className="rk-confirm-status__title" data-scope="confirm-status" data-part="title">
        {m.title[confirmAction]({ name }, format)}
      </Dialog.Title>
      <Dialog.Description asChild>
        <div className="rk-confirm-status__description" data-scope="confirm-status" data-part="description">
          {state.status === "conflict" ? (
            <p ref={refs.news} tabIndex={-1} className="rk-confirm-status__conflict" data-scope="confirm-status" data-part="conflict">
              {m.conflict({ name }, format)}
            </p>
          ) : (
            <>
              <span data-visually-hidden="">{m.consequencesLabel}</span>
              <ul className="rk-confirm-status__consequences" data-scope="confirm-status" data-part="consequences">
                {consequences.map((item, index) => (
                  <li key={`${item.kind}-${index}`} className="rk-confirm-status__consequence" data-scope="confirm-status" data-part="consequence" data-kind={item.kind}>
                    {item.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </Dialog.Description>
      {current && (
        <dl className="rk-confirm-status__current-state" data-scope="confirm-status" data-part="current-state">
          <dt>{m.currentStatus}</dt>
          <dd>
            <StatusBadge status={current.status} />
          </dd>
          {current.role !== null && (
            <>
              <dt>{m.currentRole}</dt>
              <dd>{roleLabel(current.role, roles, snapshot.config.roles)}</dd>
            </>
          )}
        </dl>
      )}
      {denied && (
        <p id={reasonId} role="alert" className="rk-confirm-status__alert" data-scope="confirm-status" data-part="alert" data-kind="denied">
          {deniedReason(denied, reasons, format)}
        </p>
      )}
      {state.status === "failed" && (
        <p id={alertId} role="alert" className="rk-confirm-status__alert" data-scope="confirm-status" data-part="alert" data-kind="failed">
          {m.failed({ name, reason: errorReason(state.error, reasons, format) }, format)}
        </p>
      )}
      <div className="rk-confirm-status__footer" data-scope="confirm-status" data-part="footer">
        <button
          ref={refs.cancel}
          type="button"
          className="rk-confirm-status__cancel"
          data-scope="confirm-status"
          data-part="cancel"
          data-variant="secondary"
          onClick={() => send({ type: "STATUS.CANCEL" })}
        >
          {state.status === "conflict" ? m.close : m.cancel}
        </button>
        {primary && (
          <button
            key={primary.purpose}
            ref={refs.primary}
            type="button"
            className="rk-confirm-status__confirm"
            data-scope="confirm-status"
            data-part="confirm"
            data-variant={isStopAction(action) && state.status !== "conflict" ? "danger" : "primary"}
            data-state={applying ? "loading" : undefined}
            aria-disabled={primary.disabled || undefined}
            aria-describedby={denied ? reasonId : undefined}
            onClick={() => {
              if (!primary.disabled) primary.onClick();
            }}
          >
            {applying && <span className="rk-confirm-status__spinner" data-part="spinner" aria-hidden="true" />}
            {primary.label}
          </button>
        )}
      </div>
    </>
  );
}
