"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import type { ReactNode, Ref, RefObject } from "react";
import { useEffect, useId, useRef, useState } from "react";
import type { Member } from "../core/domain.types";
import { invitationMachine } from "../core/invitation.machine";
import { memberEditMachine } from "../core/member-edit.machine";
import { statusChangeMachine } from "../core/status-change.machine";
import type { MemberAction, MemberActionOffer } from "../core/selectors";
import { memberActions } from "../core/selectors";
import type { InvitationState, RosterEvent, RosterSnapshot } from "../core/store";
import { isStatusAction, isStopAction } from "../core/vocabulary";
import { useAnnounce } from "./live-region";
import { memberActionLabel, memberDisplayName, TriggerButton } from "./member-actions-trigger";
import { useRosterFormat, useRosterMachine, useRosterPortalContainer, useRosterSelector, useRosterSend, useRosterSettings, useRunningMachine } from "./use-roster";
import { deniedReason, errorReason } from "./messages/reasons";
import { defaultActionMessages } from "./messages/actions";
import { defaultTableMessages } from "./messages/table";
import { defaultAnnouncementMessages } from "./messages/announcements";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The body of a member's row menu, loaded on demand (issue 11): the Radix dropdown, its items, and the
 * invitation requests it starts (copy link, resend: R10). `MemberActionsMenu`, the light shell in the
 * first paint, mounts it on the first press of its trigger (and loads it then, or earlier: see there).
 * The machines only this menu starts run from its first mount: the invitation requests, and the member
 * editor that its "Edit role and groups" opens before the details panel has downloaded.
 * @module
 */

type InvitationOperation = "copy" | "resend";

const selectPolicy = (snapshot: RosterSnapshot) => snapshot.policy;

/** Props of {@link MemberActionsMenuContent}: the shell's state, which outlives the swap of trigger. */
export interface MemberActionsMenuContentProps {
  readonly member: Member;
  /** The trigger's accessible name ("Actions for {name}"). */
  readonly label: string;
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** Radix's modal mode (see `MemberActionsMenuProps.modal`). */
  readonly modal: boolean;
  /** The shell's ref for every trigger it shows: registers it for focus return and keeps focus across the swap. */
  readonly triggerRef: Ref<HTMLButtonElement>;
  /** Set when the menu opens by keyboard before Radix listens for keys: the content then focuses its first item. */
  readonly openedByKeyboard: RefObject<boolean>;
  readonly onEditMember?: (memberId: string) => void;
  readonly onOpenDetails?: (memberId: string) => void;
}

/** Copies text; `false` when the Clipboard API is missing (SSR, insecure context) or refuses. */
async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Radix menu, mounted by the shell after the first press (opened, unless the press was taken back
 * while it downloaded); also follows the invitation requests it started (R10).
 */
export function MemberActionsMenuContent({ member, label, open, setOpen, modal, triggerRef, openedByKeyboard, onEditMember, onOpenDetails }: MemberActionsMenuContentProps): ReactNode {
  const format = useRosterFormat();
  const { dir } = useRosterSettings();
  const actionMessages = useMessageSection("actions", defaultActionMessages);
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const announcementMessages = useMessageSection("announcements", defaultAnnouncementMessages);
  const reasons = useReasonMessages();
  const container = useRosterPortalContainer();
  const send = useRosterSend<RosterEvent>();
  const announce = useAnnounce();
  const memberId = member.id;
  // Its status actions open the confirm modal's machine, and "Edit" the member editor's.
  useRunningMachine(statusChangeMachine);
  useRunningMachine(memberEditMachine);
  const invitation = useRosterMachine(invitationMachine, (invitations): InvitationState | undefined => invitations[memberId]);
  const [operation, setOperation] = useState<InvitationOperation | null>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  // An item that opens a dialog or panel keeps Radix from moving focus back to the trigger afterwards:
  // the dialog has taken focus by then (Radix returns focus after a timeout).
  const handedOff = useRef(false);
  const fieldId = useId();
  const content = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (operation === null || invitation === undefined || invitation.status === "loading") return;
    setOperation(null);
    if (invitation.status === "error" || invitation.link === null) {
      announce(actionMessages.invitationFailed({ reason: invitation.error ? errorReason(invitation.error, reasons, format) : reasons.errors.unknown }, format));
      return;
    }
    if (operation === "resend") {
      announce(announcementMessages.invitationResent({ email: member.email }, format));
      return;
    }
    const url = invitation.link.url;
    void copyText(url).then((copied) => {
      if (copied) announce(announcementMessages.linkCopied);
      else {
        setFallbackLink(url);
        announce(announcementMessages.linkCopyFailed);
      }
    });
  }, [operation, invitation, announce, actionMessages, announcementMessages, reasons, format, member.email]);

  const choose = (action: MemberAction | "details") => {
    switch (action) {
      case "details":
        handedOff.current = true;
        onOpenDetails?.(memberId);
        return;
      case "edit":
        handedOff.current = true;
        onEditMember?.(memberId);
        return;
      case "copyInvitationLink":
        setFallbackLink(null);
        setOperation("copy");
        send({ type: "INVITATION.GET_LINK", memberId });
        return;
      case "resendInvitation":
        setFallbackLink(null);
        setOperation("resend");
        send({ type: "INVITATION.RESEND", memberId });
        return;
      default:
        if (isStatusAction(action)) {
          handedOff.current = true;
          send({ type: "STATUS.OPEN", memberId, action });
        }
    }
  };

  return (
    <>
      <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={modal} dir={dir}>
        <DropdownMenu.Trigger asChild>
          <TriggerButton ref={triggerRef} label={label} state={open ? "open" : "closed"} />
        </DropdownMenu.Trigger>
        {open ? (
          <DropdownMenu.Portal container={container ?? undefined}>
            <DropdownMenu.Content
              className="rk-member-actions__content"
              data-scope="member-actions"
              data-part="content"
              align="end"
              sideOffset={4}
              collisionPadding={8}
              ref={content}
              onFocus={(event) => {
                // Radix focuses the content itself on open; after a first keyboard opening, move on to the first item.
                if (event.target !== event.currentTarget || !openedByKeyboard.current) return;
                openedByKeyboard.current = false;
                content.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
              }}
              onCloseAutoFocus={(event) => {
                // Radix gives focus back to the trigger a task after the menu closed. A key pressed before
                // that task runs (Escape then Enter on a busy page: input runs before timers) may already
                // have opened the menu again, with focus on its first item: leave it there, or the trigger
                // would take it and the open menu would close on that focus outside.
                const reopened = content.current !== null;
                const handOff = handedOff.current;
                handedOff.current = false;
                if (reopened || handOff) event.preventDefault();
              }}
            >
              <MenuItems member={member} hasEdit={onEditMember !== undefined} hasDetails={onOpenDetails !== undefined} onChoose={choose} />
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        ) : null}
      </DropdownMenu.Root>
      {fallbackLink === null ? null : (
        <span className="rk-member-actions__link-fallback" data-scope="member-actions" data-part="link-fallback">
          <input
            id={fieldId}
            className="rk-member-actions__link-field"
            data-scope="member-actions"
            data-part="link-field"
            readOnly
            value={fallbackLink}
            aria-label={actionMessages.invitationLinkField({ name: memberDisplayName(member) }, format)}
            ref={(element) => element?.select()}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" data-variant="ghost" className="rk-member-actions__link-close" data-scope="member-actions" data-part="link-close" onClick={() => setFallbackLink(null)}>
            {tableMessages.close}
          </button>
        </span>
      )}
    </>
  );
}

interface MenuItemsProps {
  readonly member: Member;
  readonly hasEdit: boolean;
  readonly hasDetails: boolean;
  readonly onChoose: (action: MemberAction | "details") => void;
}

/** The open menu's items: rendered only while open, so only an open menu reads the policy. */
function MenuItems({ member, hasEdit, hasDetails, onChoose }: MenuItemsProps): ReactNode {
  const format = useRosterFormat();
  const actionMessages = useMessageSection("actions", defaultActionMessages);
  const reasons = useReasonMessages();
  const policy = useRosterSelector(selectPolicy);
  const offers = memberActions(policy, member).filter((offer) => offer.action !== "edit" || hasEdit);
  return (
    <>
      {hasDetails ? (
        <DropdownMenu.Item className="rk-member-actions__item" data-scope="member-actions" data-part="item" data-action="details" onSelect={() => onChoose("details")}>
          <span className="rk-member-actions__item-label" data-scope="member-actions" data-part="item-label">
            {actionMessages.viewDetails}
          </span>
        </DropdownMenu.Item>
      ) : null}
      {hasDetails && offers.length > 0 ? <DropdownMenu.Separator className="rk-member-actions__separator" data-scope="member-actions" data-part="separator" /> : null}
      {offers.map((offer) => (
        <ActionItem
          key={offer.action}
          offer={offer}
          label={memberActionLabel(actionMessages, offer.action, member)}
          hint={offer.action === "archive" && (member.status === "invited" || member.status === "requested") ? actionMessages.archiveRevokesHint : null}
          reason={offer.denied ? deniedReason(offer.denied, reasons, format) : null}
          onChoose={onChoose}
        />
      ))}
    </>
  );
}

interface ActionItemProps {
  readonly offer: MemberActionOffer;
  readonly label: string;
  readonly hint: string | null;
  readonly reason: string | null;
  readonly onChoose: (action: MemberAction) => void;
}

/**
 * One action. A disabled one (R3) stays focusable so that keyboard and screen-reader users reach it and
 * hear why (`aria-disabled` + `aria-describedby` to the reason, which sighted users read under the label);
 * choosing it does nothing and keeps the menu open. Radix's own `disabled` would skip it in arrow
 * navigation, hiding the reason from keyboard users.
 */
function ActionItem({ offer, label, hint, reason, onChoose }: ActionItemProps): ReactNode {
  const id = useId();
  const noteId = `${id}-note`;
  const { denied } = offer;
  const disabled = !offer.enabled;
  const note = disabled ? reason : hint;
  const danger = isStopAction(offer.action);
  return (
    <>
      <DropdownMenu.Item
        className="rk-member-actions__item"
        data-scope="member-actions"
        data-part="item"
        data-action={offer.action}
        data-variant={danger ? "danger" : undefined}
        data-disabled={disabled ? "" : undefined}
        aria-disabled={disabled ? true : undefined}
        data-code={denied?.code}
        data-rule={denied?.rule}
        data-reason-key={denied?.reasonKey}
        aria-describedby={note === null ? undefined : noteId}
        onSelect={(event) => {
          if (disabled) {
            event.preventDefault();
            return;
          }
          onChoose(offer.action);
        }}
      >
        <span className="rk-member-actions__item-label" data-scope="member-actions" data-part="item-label">
          {label}
        </span>
      </DropdownMenu.Item>
      {/* Beside the item, not in it: the item's name is its label, and the note is its description. */}
      {note === null ? null : (
        <span id={noteId} className={disabled ? "rk-member-actions__item-reason" : "rk-member-actions__item-hint"} data-scope="member-actions" data-part={disabled ? "item-reason" : "item-hint"}>
          {note}
        </span>
      )}
    </>
  );
}
