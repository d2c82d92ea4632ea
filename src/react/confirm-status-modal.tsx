"use client";

import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import { useEffect } from "react";
import { statusChangeMachine } from "../core/status-change.machine";
import { lazyModule, useIdlePrefetch, useLazyModule } from "./lazy-module";
import { useAnnounce } from "./live-region";
import { useRosterFormat, useRosterMachine, useRosterPortalContainer } from "./use-roster";
import { defaultConsoleMessages } from "./messages/console";
import { useMessageSection } from "./messages/use-section";

export { confirmActionOf, roleLabel } from "./confirm-status-labels";

/** The Radix confirm dialog (`confirm-status-dialog.tsx`), rendered from the first status change on. */
export const confirmStatusDialog = /* @__PURE__ */ lazyModule(() => import("./confirm-status-dialog").then((module) => module.ConfirmStatusDialog));
/** What the modal prefetches at the page's idle moment: with the row menu, whose status actions lead to it. */
const PREFETCHED_WHEN_IDLE = [confirmStatusDialog];

/**
 * The one confirm modal of every status change (R20–R22): opened by the store's status-change machine,
 * whichever entry point sent `STATUS.OPEN` (row menu, details panel), so they all share it (R21).
 *
 * Pay for what you use (issue 11): this module is a light shell that runs the status-change machine and
 * renders nothing while it is idle. The Radix dialog is in a module loaded on demand
 * (`confirm-status-dialog.tsx`), prefetched with the row menu once the page is idle after its first
 * paint; from the first status change on, the shell renders it. A confirmation asked for before the
 * module is there shows a pending note where the dialog opens (announced), and the dialog opens in its
 * place when it arrives; a failed download is thrown for the error boundary around the modal.
 * @module
 */

/** Props of {@link ConfirmStatusModal}. */
export interface ConfirmStatusModalProps {
  /** Class of the dialog's content element. */
  readonly className?: string;
}

/**
 * The confirm modal of status changes (R20): an `alertdialog` that names the member, the action and its
 * consequences (access lost or restored, workspaces affected, invitation email, billable seats, R14,
 * R16), applies the change optimistically on confirm, shows a refusal in an alert with Retry (same
 * idempotency key) and Cancel, and after a version conflict shows the member's new state (R22), moves
 * focus to that news and announces it. Cancel and Escape work in every phase: while the change is on
 * its way they abandon it (the request is aborted, the row rolls back, the member is read again). Errors
 * are shown in words for people (`errorReason`), never with the request's path or ids.
 *
 * It renders nothing until the store's status-change machine opens it: place it once, inside the
 * `<RosterProvider>`, and send `{ type: "STATUS.OPEN", memberId, action }` from any entry point (R21).
 * Focus returns to the element that opened it, or to the member's row trigger (`focus-return`). Outcomes
 * are announced through the {@link LiveRegion}.
 *
 * It is modal (`aria-modal="true"`; focus, presses and scrolling stay in it: `modal-containment`) without
 * Radix's modal mode, whose writes to `<body>` restyled the whole page on every open and close. Focus
 * goes back to the opener as soon as the store closes the modal, before React removes its elements.
 *
 * Parts: `data-scope="confirm-status"`, `data-part="overlay" | "content" | "title" | "description" |
 * "consequences" | "consequence" (with data-kind) | "alert" | "current-state" | "footer" | "cancel" | "confirm"`,
 * each also with the class `rk-confirm-status__<part>` (the theme styles the classes);
 * the content carries `data-phase` (the machine's state) and `data-tone="danger"` for stop actions.
 * While the dialog downloads, the overlay and a box `data-part="pending"` (`data-phase="loading"`, styled
 * as the content by its class `rk-confirm-status__content`) with a `description` saying so stand in for it.
 * @example
 * <RosterProvider store={store}>
 *   <LiveRegion />
 *   <UsersTable />
 *   <ConfirmStatusModal />
 * </RosterProvider>
 */
export function ConfirmStatusModal(props: ConfirmStatusModalProps): ReactNode {
  const asked = useRosterMachine(statusChangeMachine, (state) => state.status !== "idle");
  useIdlePrefetch(PREFETCHED_WHEN_IDLE);
  const Dialog = useLazyModule(confirmStatusDialog, asked || confirmStatusDialog.current() !== undefined);
  if (Dialog !== undefined) return <Dialog {...props} />;
  return asked ? <DialogPending /> : null;
}

/**
 * Where the dialog opens, while it downloads: the modal's overlay and a box that says the confirmation
 * is loading (a status, announced). Focus stays where it was, so the dialog, once there, returns it there.
 */
function DialogPending(): ReactNode {
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const format = useRosterFormat();
  const announce = useAnnounce();
  const container = useRosterPortalContainer();
  const text = consoleMessages.partLoading({ part: "confirm" }, format);
  useEffect(() => announce(text), [announce, text]);
  if (typeof document === "undefined") return null;
  return createPortal(
    <>
      <div data-scope="confirm-status" data-part="overlay" data-state="open" className="rk-confirm-status__overlay" />
      <div className="rk-confirm-status__content" data-scope="confirm-status" data-part="pending" data-phase="loading">
        <p className="rk-confirm-status__description" data-scope="confirm-status" data-part="description">
          {text}
        </p>
      </div>
    </>,
    container ?? document.body,
  );
}
