"use client";

import type { ReactNode } from "react";
import { useEffect, useId } from "react";
import { sameDecision } from "../core/policy";
import type { ActivityLogProps } from "./activity-log";
import { DeniedInviteTrigger, InviteTriggerGroup, selectInviteDecision } from "./invite-trigger";
import type { InviteUserDialogProps } from "./invite-user-dialog";
import { lazyModule, useLazyModule, useLazyTrigger } from "./lazy-module";
import type { MemberDetailsPanelProps } from "./member-details-panel";
import type { ConsolePart } from "./messages/types";
import { useRosterFormat, useRosterSelector } from "./use-roster";
import { deniedReason } from "./messages/reasons";
import { defaultInviteButtonMessages } from "./messages/invite-button";
import { defaultConsoleMessages } from "./messages/console";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The parts of `<UserManagement>` that load on demand (issue 11): the invite dialog (with its bulk mode),
 * the member details panel (with its edit form and timeline) and the activity log. The console's first
 * paint ships only the header, the table, its menu and the confirm modal; each of these parts is
 * downloaded the first time it is asked for (and prefetched when the pointer or focus reaches what asks
 * for it), with a visible pending state meanwhile. A part whose download fails throws where it stands
 * (`lazy-module.ts`), so its own error boundary shows the failure with "Try again", which downloads it again.
 *
 * Nothing loads on the server or during hydration: a part is asked for by an event, so the server's HTML
 * and the first client render are the same.
 * @module
 */

const inviteDialog = lazyModule(() => import("./invite-user-dialog").then((module) => module.InviteUserDialog));
const memberDetails = lazyModule(() => import("./member-details-panel").then((module) => module.MemberDetailsPanel));
const activityLog = lazyModule(() => import("./activity-log").then((module) => module.ActivityLog));

/** Prefetches the member details panel (pointer or focus on a row menu's trigger, which opens it). */
export const prefetchMemberDetails: () => void = memberDetails.prefetch;
/** Prefetches the activity log (pointer or focus on the console's "Activity" button). */
export const prefetchActivityLog: () => void = activityLog.prefetch;

/** A part's pending state: says what is loading; focusable so that focus handed to the part has a place. */
function PartLoading({ part }: { readonly part: ConsolePart }): ReactNode {
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const format = useRosterFormat();
  return (
    <p className="rk-user-management__loading" data-scope="user-management" data-part="loading" data-for={part} role="status" tabIndex={-1}>
      {consoleMessages.partLoading({ part }, format)}
    </p>
  );
}

/** Props of {@link LazyInviteUserDialog}: those the console gives the invite dialog. */
export type LazyInviteUserDialogProps = Pick<InviteUserDialogProps, "closeOnSuccess" | "onOfferExisting" | "onError">;

/**
 * The console's "Invite members": the button alone until it is first pressed, then the
 * {@link InviteUserDialog} (loaded then, or earlier when the pointer or focus reaches the button), opened.
 * While it downloads the button is busy (`aria-busy`, `data-state="loading"`) and a message next to it
 * says the form is opening (and is announced). When the actor may not invite, the button is disabled
 * with the reason next to it, as the dialog's own trigger is, and nothing is loaded.
 */
export function LazyInviteUserDialog(props: LazyInviteUserDialogProps): ReactNode {
  const inviteMessages = useMessageSection("invite", defaultInviteButtonMessages);
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const decision = useRosterSelector(selectInviteDecision, sameDecision);
  const trigger = useLazyTrigger(inviteDialog, consoleMessages.partLoading({ part: "invite" }, format));
  const reasonId = useId();
  const Dialog = trigger.part;

  if (Dialog !== undefined) return <Dialog {...props} defaultOpen />;

  const label = inviteMessages.openButton;
  if (!decision.ok) return <DeniedInviteTrigger label={label} reason={deniedReason(decision, reasons, format)} reasonId={reasonId} />;
  return <InviteTriggerGroup label={label} note={trigger.pending && { ...trigger.pending, part: "pending" }} {...trigger.button} />;
}

/** Props of {@link LazyMemberDetailsPanel}. */
export interface LazyMemberDetailsPanelProps extends MemberDetailsPanelProps {
  /** Called once the pending state, then once the panel, is in the page (the console moves focus into it). */
  readonly onShown: () => void;
}

/** The {@link MemberDetailsPanel}, loaded the first time a member's details are opened. */
export function LazyMemberDetailsPanel({ onShown, ...props }: LazyMemberDetailsPanelProps): ReactNode {
  const Panel = useLazyModule(memberDetails, true);
  useEffect(() => onShown(), [Panel, onShown]);
  return Panel === undefined ? <PartLoading part="details" /> : <Panel {...props} />;
}

/** The {@link ActivityLog}, loaded the first time the console's activity view is shown. */
export function LazyActivityLog(props: ActivityLogProps): ReactNode {
  const Log = useLazyModule(activityLog, true);
  return Log === undefined ? <PartLoading part="activity" /> : <Log {...props} />;
}
