"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import type { KeyboardEvent, PointerEvent, ReactNode, Ref, RefObject } from "react";
import { forwardRef, useCallback, useEffect, useId, useRef, useState } from "react";
import type { Member } from "../core/domain.types";
import { invitationMachine } from "../core/invitation.machine";
import { statusChangeMachine } from "../core/status-change.machine";
import type { MemberAction, MemberActionOffer } from "../core/selectors";
import { memberActions } from "../core/selectors";
import type { InvitationState, RosterEvent, RosterSnapshot } from "../core/store";
import { isStatusAction, isStopAction } from "../core/vocabulary";
import { registerMemberTrigger } from "./focus-return";
import { useAnnounce } from "./live-region";
import type { ActionMessages } from "./messages/types";
import { useRosterFormat, useRosterMachine, useRosterPortalContainer, useRosterSelector, useRosterSend, useRosterSettings, useRunningMachine } from "./use-roster";
import { deniedReason, errorReason } from "./messages/reasons";
import { defaultActionMessages } from "./messages/actions";
import { defaultTableMessages } from "./messages/table";
import { defaultAnnouncementMessages } from "./messages/announcements";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The kebab menu of one member (R21, R24): the actions that apply to the member's status, each enabled
 * or shown disabled with the policy's reason (R3), never a delete (R19).
 *
 * Performance (PERF-NOTES): a mounted Radix menu listens on the whole document, so a long table must not
 * mount one per row. Until the first press the trigger is a plain `<button>` with no Radix code behind
 * it; the first pointer down, Enter, Space or ArrowDown mounts `DropdownMenu.Root` (controlled, opened at
 * once). Only menus that were opened stay mounted, and virtualised rows unmount theirs when they scroll
 * out. The closed trigger subscribes to nothing in the store: the policy is read by the open content only.
 *
 * Status actions do not render a dialog: they send `STATUS.OPEN` and the `ConfirmStatusModal`, a sibling
 * rendered from `snapshot.statusChange`, opens (Ark UI's open-from-menu pattern). The trigger registers
 * itself in `focus-return.ts`, so the modal can give focus back to it when it closes.
 * @module
 */

/** Props of {@link MemberActionsMenu}. */
export interface MemberActionsMenuProps {
  /** The member as the row shows it. */
  readonly member: Member;
  /** "Edit role and groups" was chosen: open the editor (the console opens its panel). Without it, the item is not shown. */
  readonly onEditMember?: (memberId: string) => void;
  /** "View details" was chosen: open the details panel. Without it, the item is not shown. */
  readonly onOpenDetails?: (memberId: string) => void;
  /**
   * Radix's modal mode (outside pointer events off, siblings `aria-hidden`). Non-modal opens faster on long
   * pages (PERF-NOTES) and avoids radix-ui/primitives#2459.
   * @default false
   */
  readonly modal?: boolean;
}

/** The label of an offered action: archive and unarchive name the instance level in instance scope (R2). */
export function memberActionLabel(actionMessages: ActionMessages, action: MemberAction, member: Member): string {
  const instance = member.scope.kind === "instance";
  switch (action) {
    case "archive":
      return instance ? actionMessages.archiveInstance : actionMessages.archive;
    case "unarchive":
      return instance ? actionMessages.unarchiveInstance : actionMessages.unarchive;
    case "edit":
      return actionMessages.edit;
    default:
      return actionMessages[action];
  }
}

/** The name a member is called by in labels: their name, or their email while they have none. */
export function memberDisplayName(member: Pick<Member, "name" | "email">): string {
  return member.name.trim() === "" ? member.email : member.name;
}

type InvitationOperation = "copy" | "resend";

const selectPolicy = (snapshot: RosterSnapshot) => snapshot.policy;

/**
 * A member's kebab menu: a trigger named "Actions for {name}" (`messages.actions.menuLabel`) that mounts a
 * Radix dropdown on first press. See the module comment for why and how.
 *
 * Parts: `data-scope="member-actions"`, `data-part="trigger" | "content" | "item" | "item-label" |
 * "item-reason" | "item-hint" | "separator" | "link-fallback" | "link-field" | "link-close"`, each also with
 * the class `rk-member-actions__<part>` (the theme styles the classes), `data-state="open" | "closed"` on the
 * trigger; a disabled item carries its refusal's `data-code`, `data-rule` and `data-reason-key` (R3).
 * @example
 * <MemberActionsMenu member={member} onEditMember={openEditor} onOpenDetails={openDetails} />
 */
export function MemberActionsMenu({ member, onEditMember, onOpenDetails, modal = false }: MemberActionsMenuProps): ReactNode {
  const format = useRosterFormat();
  const actionMessages = useMessageSection("actions", defaultActionMessages);
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  // The first keyboard opening happens before Radix listens for keys: the content then moves focus to
  // the first item itself, as Radix does for later keyboard openings (APG menu button).
  const openedByKeyboard = useRef(false);
  const memberId = member.id;
  // A ref callback called with `null` on unmount, not one returning a cleanup: React 18 ignores cleanups.
  const registered = useRef<HTMLButtonElement | null>(null);
  const registerTrigger = useCallback(
    (element: HTMLButtonElement | null) => {
      registerMemberTrigger(memberId, element, registered.current);
      registered.current = element;
    },
    [memberId],
  );
  const label = actionMessages.menuLabel({ name: memberDisplayName(member) }, format);

  const mountOpen = () => {
    setMounted(true);
    setOpen(true);
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0 || event.ctrlKey) return;
    event.preventDefault();
    mountOpen();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "Enter" && event.key !== " " && event.key !== "ArrowDown") return;
    event.preventDefault();
    openedByKeyboard.current = true;
    mountOpen();
  };

  if (!mounted) {
    return (
      <TriggerButton ref={registerTrigger} label={label} state="closed" onPointerDown={onPointerDown} onKeyDown={onKeyDown} />
    );
  }
  return (
    <MountedMenu
      member={member}
      label={label}
      open={open}
      setOpen={setOpen}
      modal={modal}
      triggerRef={registerTrigger}
      openedByKeyboard={openedByKeyboard}
      {...(onEditMember ? { onEditMember } : {})}
      {...(onOpenDetails ? { onOpenDetails } : {})}
    />
  );
}

/** U+22EE VERTICAL ELLIPSIS: the kebab, visible with or without the kit's theme and in forced colours. */
const KEBAB_GLYPH = "\u22EE";

interface TriggerButtonProps {
  readonly label: string;
  readonly state: "open" | "closed";
  readonly onPointerDown?: (event: PointerEvent<HTMLButtonElement>) => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * The kebab button, the same markup before and after the Radix root mounts. `forwardRef`, not a `ref`
 * prop: React 18 does not pass `ref` to function components, and Radix's `asChild` hands it one.
 */
const TriggerButton = forwardRef<HTMLButtonElement, TriggerButtonProps>(function TriggerButton({ label, state, ...handlers }, ref) {
  return (
    <button
      {...handlers}
      ref={ref}
      type="button"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={state === "open"}
      className="rk-member-actions__trigger"
      data-scope="member-actions"
      data-part="trigger"
      data-state={state}
    >
      {/* The three dots are a text glyph, not an <svg>: every row has this button, and an icon of its own
          would be two more elements per row to match, style and lay out. The name is aria-label's. */}
      {KEBAB_GLYPH}
    </button>
  );
});

interface MountedMenuProps {
  readonly member: Member;
  readonly label: string;
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly modal: boolean;
  readonly triggerRef: Ref<HTMLButtonElement>;
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

/** The Radix menu, mounted after the first press; also follows the invitation requests it started (R10). */
function MountedMenu({ member, label, open, setOpen, modal, triggerRef, openedByKeyboard, onEditMember, onOpenDetails }: MountedMenuProps): ReactNode {
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
  // Its status actions open the confirm modal's machine.
  useRunningMachine(statusChangeMachine);
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
                if (!handedOff.current) return;
                handedOff.current = false;
                event.preventDefault();
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
