"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from "react";
import type { InviteState } from "../core/invite.machine";
import { inviteMachine } from "../core/invite.machine";
import type { Decision } from "../core/policy";
import { sameDecision } from "../core/policy";
import type { RosterSnapshot } from "../core/store";
import type { RosterErrorBoundaryProps } from "./error-boundary";
import { RosterErrorBoundary } from "./error-boundary";
import { DeniedInviteTrigger, selectInviteDecision } from "./invite-trigger";
import type { InviteOutcome } from "./invite-user-form";
import { InviteUserForm } from "./invite-user-form";
import { focusIfConnected, leaveClosingDialog, useModalContainment } from "./modal-containment";
import { useRosterFormat, useRosterMachine, useRosterPortalContainer, useRosterSend } from "./use-roster";
import { deniedReason } from "./messages/reasons";
import { defaultInviteMessages } from "./messages/invite";
import { defaultBulkInviteMessages } from "./messages/bulk-invite";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The "Invite members" button and the dialog around {@link InviteUserForm}, or {@link InviteBulk} in its
 * "From a list or CSV" mode (Radix Dialog: focus kept inside, Escape closes, focus returns to the button).
 * It is modal through `modal-containment` rather than Radix's modal mode, whose writes to `<body>`
 * restyled the whole page on every open and close.
 * @module
 */

/**
 * The bulk invite, loaded when its mode is first chosen: an app whose admins never bulk invite never
 * downloads it, its virtualised preview or its CSV parser.
 */
const InviteBulk = lazy(() => import("./invite-bulk").then((module) => ({ default: module.InviteBulk })));

/** When the dialog closes by itself after a submission. */
export type InviteCloseOnSuccess = "always" | "never" | "auto";

/** Props of {@link InviteUserDialog}. */
export interface InviteUserDialogProps {
  /** Whether the dialog is open (controlled); leave unset for the dialog to manage it. */
  readonly open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  readonly defaultOpen?: boolean;
  /** Called when the dialog asks to open or close. */
  readonly onOpenChange?: (open: boolean) => void;
  /**
   * After every invitee was accepted: `always` closes, `never` shows the results, `auto` closes unless
   * there are invitation links to copy (self-hosted, R10).
   * @default "auto"
   */
  readonly closeOnSuccess?: InviteCloseOnSuccess;
  /** Called once each submission is answered. */
  readonly onSubmitted?: (outcome: InviteOutcome) => void;
  /** R7: "Unarchive instead" / "Reactivate instead" was chosen; the dialog closes first. */
  readonly onOfferExisting?: (memberId: string, action: "unarchive" | "reactivate") => void;
  /** Text of the trigger button. @default messages.invite.openButton */
  readonly triggerLabel?: ReactNode;
  /**
   * Called when the form fails to render (a bug, not bad input): the dialog stays open and shows a
   * message with "Try again" in the form's place; what was typed is kept in the store. For developers.
   */
  readonly onError?: RosterErrorBoundaryProps["onError"];
}

interface DialogSlice {
  readonly workspaceName: string | null;
  readonly decision: Decision;
  readonly done: boolean;
}

function selectDialog(invite: InviteState, snapshot: RosterSnapshot): DialogSlice {
  const { scope } = snapshot;
  const workspaceName = scope.kind === "instance" ? null : (snapshot.workspaces.data.find((entry) => entry.id === scope.workspaceId)?.name ?? scope.workspaceId);
  return { workspaceName, decision: selectInviteDecision(snapshot), done: invite.status === "done" };
}

function sameSlice(a: DialogSlice, b: DialogSlice): boolean {
  return a.workspaceName === b.workspaceName && a.done === b.done && sameDecision(a.decision, b.decision);
}

/**
 * The invite entry point: a button that opens {@link InviteUserForm} in a modal dialog (`role="dialog"`,
 * labelled by its title, described by the workspace it invites into). Escape or Cancel closes it and
 * focus returns to the button; what was typed stays for the next opening. When the actor may not invite
 * (R1, R3) the button is shown disabled with the reason next to it; in the instance scope it says to
 * choose a workspace. A switch above the form chooses one by one or from a list or CSV ({@link InviteBulk},
 * loaded then); the dialog opens on the first field either way.
 *
 * It is modal (`aria-modal="true"`; focus, presses and scrolling stay in it, the rest of the page is
 * hidden from assistive technology: `modal-containment`) without Radix's modal mode, so opening and
 * closing it restyles the dialog only, not the page. A press on the backdrop closes it, as before. Focus
 * goes back to the button as soon as it closes, before React removes its elements.
 *
 * Parts: `data-scope="invite-dialog"`, `data-part="trigger-group" | "trigger" | "disabled-reason" |
 * "overlay" | "content" | "title" | "description" | "mode" | "mode-option" | "loading" | "close-trigger"`,
 * each also with the class `rk-invite-dialog__<part>` (the theme styles the classes); the content carries
 * `data-mode="single" | "bulk"`, the mode shown.
 * @example
 * <RosterProvider store={store}>
 *   <InviteUserDialog closeOnSuccess="auto" onSubmitted={({ invited }) => toast(`${invited.length} invited`)} />
 * </RosterProvider>
 */
export function InviteUserDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  closeOnSuccess = "auto",
  onSubmitted,
  onOfferExisting,
  triggerLabel,
  onError,
}: InviteUserDialogProps): ReactNode {
  const inviteMessages = useMessageSection("invite", defaultInviteMessages);
  const bulkInviteMessages = useMessageSection("bulkInvite", defaultBulkInviteMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const send = useRosterSend();
  const container = useRosterPortalContainer();
  const slice = useRosterMachine(inviteMachine, selectDialog, sameSlice);
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  /** One by one (the invite form) or from a list or CSV (the bulk invite); kept while the dialog is closed. */
  const [mode, setMode] = useState<"single" | "bulk">("single");
  const controlled = openProp !== undefined;
  /** Set when the dialog closes to hand focus to what opens next (R7's offer): focus is not returned to the button. */
  const handedOff = useRef(false);
  const open = openProp ?? uncontrolledOpen;
  const baseId = useId();
  const reasonId = `${baseId}-reason`;
  const titleId = `${baseId}-title`;
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const [contentElement, setContentElement] = useState<HTMLDivElement | null>(null);
  const setContent = useCallback((element: HTMLDivElement | null) => {
    contentRef.current = element;
    setContentElement(element);
  }, []);
  /** Set when focus already went back as the dialog closed, so Radix's close autofocus leaves it. */
  const focusReturned = useRef(false);

  // Declared before `setOpen`, which releases it; a press on the backdrop closes through `setOpen` (latest).
  const closeRef = useRef<() => void>(() => undefined);
  const release = useModalContainment(
    contentElement,
    open,
    useCallback(() => closeRef.current(), []),
  );

  const setOpen = useCallback(
    (next: boolean) => {
      // A finished form starts fresh on the next opening; an unfinished one keeps what was typed.
      if (next && slice.done) send({ type: "INVITE.RESET" });
      const content = contentRef.current;
      // Uncontrolled, the dialog closes now: focus leaves before React removes it (leaveClosingDialog).
      // A host that controls `open` may keep it open: there Radix returns focus once it is gone.
      if (!next && !controlled) focusReturned.current = leaveClosingDialog(content, release, () => !handedOff.current && focusIfConnected(triggerRef.current));
      if (!controlled) setUncontrolledOpen(next);
      onOpenChange?.(next);
    },
    [controlled, onOpenChange, send, slice.done, release],
  );
  closeRef.current = () => setOpen(false);

  const handleSubmitted = useCallback(
    (outcome: InviteOutcome) => {
      onSubmitted?.(outcome);
      if (outcome.status !== "done" || closeOnSuccess === "never") return;
      const linksToCopy = outcome.invited.some((invited) => invited.invitationUrl !== null);
      if (closeOnSuccess === "always" || !linksToCopy) setOpen(false);
    },
    [closeOnSuccess, onSubmitted, setOpen],
  );

  const handleOffer = useMemo(
    () =>
      onOfferExisting
        ? (memberId: string, action: "unarchive" | "reactivate") => {
            handedOff.current = true;
            setOpen(false);
            onOfferExisting(memberId, action);
          }
        : undefined,
    [onOfferExisting, setOpen],
  );

  const denied = slice.decision.ok ? null : deniedReason(slice.decision, reasons, format);

  if (denied !== null) return <DeniedInviteTrigger label={triggerLabel ?? inviteMessages.openButton} reason={denied} reasonId={reasonId} />;

  return (
    <Dialog.Root open={open} onOpenChange={setOpen} modal={false}>
      <Dialog.Trigger ref={triggerRef} className="rk-invite-dialog__trigger" data-scope="invite-dialog" data-part="trigger" data-variant="primary">
        {triggerLabel ?? inviteMessages.openButton}
      </Dialog.Trigger>
      <Dialog.Portal container={container ?? undefined}>
        {/* The kit's own backdrop: Radix renders none when not modal. A press on it closes (useModalContainment). */}
        <div className="rk-invite-dialog__overlay" data-scope="invite-dialog" data-part="overlay" data-state="open" />
        <Dialog.Content
          ref={setContent}
          aria-modal="true"
          className="rk-invite-dialog__content"
          data-scope="invite-dialog"
          data-part="content"
          data-mode={mode}
          aria-labelledby={titleId}
          onOpenAutoFocus={(event) => {
            focusReturned.current = false;
            // The first field of the form, not the mode switch above it, as before the switch was there.
            const field = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>('[data-part="mode"] ~ * :is(input, textarea, select)');
            if (!field) return;
            event.preventDefault();
            field.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (!handedOff.current && !focusReturned.current) return;
            handedOff.current = false;
            focusReturned.current = false;
            event.preventDefault();
          }}
          // Presses outside never reach the page (useModalContainment closes on the backdrop's), and focus
          // sent outside comes back: neither dismisses the dialog the way Radix's non-modal one would.
          onPointerDownOutside={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title className="rk-invite-dialog__title" data-scope="invite-dialog" data-part="title" id={titleId}>
            {inviteMessages.title}
          </Dialog.Title>
          <Dialog.Description className="rk-invite-dialog__description" data-scope="invite-dialog" data-part="description">
            {inviteMessages.description({ workspace: slice.workspaceName ?? "" }, format)}
          </Dialog.Description>
          <div role="group" aria-label={bulkInviteMessages.modeLabel} className="rk-invite-dialog__mode" data-scope="invite-dialog" data-part="mode">
            {(["single", "bulk"] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                className="rk-invite-dialog__mode-option"
                data-scope="invite-dialog"
                data-part="mode-option"
                data-variant="ghost"
                aria-pressed={mode === choice}
                onClick={() => setMode(choice)}
              >
                {choice === "single" ? bulkInviteMessages.modeSingle : bulkInviteMessages.modeBulk}
              </button>
            ))}
          </div>
          <RosterErrorBoundary part="invite" {...(onError ? { onError } : {})}>
            {mode === "bulk" ? (
              <Suspense
                fallback={
                  <p className="rk-invite-dialog__loading" data-scope="invite-dialog" data-part="loading">
                    {bulkInviteMessages.loading}
                  </p>
                }
              >
                <InviteBulk labelledBy={titleId} onCancel={() => setOpen(false)} {...(handleOffer ? { onOfferExisting: handleOffer } : {})} />
              </Suspense>
            ) : (
              <InviteUserForm labelledBy={titleId} onCancel={() => setOpen(false)} onSubmitted={handleSubmitted} {...(handleOffer ? { onOfferExisting: handleOffer } : {})} />
            )}
          </RosterErrorBoundary>
          <Dialog.Close className="rk-invite-dialog__close-trigger" data-scope="invite-dialog" data-part="close-trigger" data-variant="ghost" aria-label={inviteMessages.close}>
            <span aria-hidden="true">×</span>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
