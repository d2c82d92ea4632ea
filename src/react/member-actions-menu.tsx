"use client";

import type { KeyboardEvent, PointerEvent, ReactNode, RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Member } from "../core/domain.types";
import { RosterErrorBoundary } from "./error-boundary";
import { registerMemberTrigger } from "./focus-return";
import { lazyModule, useIdlePrefetch, useLazyModule } from "./lazy-module";
import { useAnnounce } from "./live-region";
import { memberDisplayName, TriggerButton } from "./member-actions-trigger";
import { useRosterFormat } from "./use-roster";
import { defaultActionMessages } from "./messages/actions";
import { defaultConsoleMessages } from "./messages/console";
import { useMessageSection } from "./messages/use-section";

export { memberActionLabel, memberDisplayName } from "./member-actions-trigger";

/**
 * The kebab menu of one member (R21, R24): the actions that apply to the member's status, each enabled
 * or shown disabled with the policy's reason (R3), never a delete (R19).
 *
 * Pay for what you use (issue 11): this module is a light shell. The Radix menu is in a module loaded on
 * demand (`member-actions-content.tsx`), prefetched once the page is idle after its first paint and when
 * the pointer or focus reaches a trigger. Until the first press the trigger is a plain `<button>` with the
 * same name, classes and attributes; the first pointer down, Enter, Space or ArrowDown mounts the Radix
 * menu, opened at once. Pressed before the module is there, the trigger is busy (`aria-busy`,
 * `data-state="loading"`, announced) and the menu opens as soon as it arrives, focus where Radix puts it
 * for that kind of opening (by keyboard: the first item); a press again, or Escape, takes the opening back.
 * A failed download shows "Try again" in place of the trigger (a `RosterErrorBoundary`, part `menu`),
 * which downloads it again and opens the menu.
 *
 * Performance (PERF-NOTES): a mounted Radix menu listens on the whole document, so a long table must not
 * mount one per row. Only menus that were opened stay mounted, and virtualised rows unmount theirs when
 * they scroll out. The closed trigger subscribes to nothing in the store: the policy is read by the open
 * content only.
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

/** The Radix row menu (`member-actions-content.tsx`), mounted on the first press of a trigger. */
export const memberActionsContent = /* @__PURE__ */ lazyModule(() => import("./member-actions-content").then((module) => module.MemberActionsMenuContent));
/** What the rows prefetch at the page's idle moment (with the confirm dialog, when the page has the modal). */
const PREFETCHED_WHEN_IDLE = [memberActionsContent];

/** How the person asked for the menu: by keyboard, the content moves focus to its first item (APG menu button). */
type Opening = "pointer" | "keyboard";

/**
 * The ref of every trigger the menu shows (the stand-in, the busy stand-in, Radix's): registers it in
 * `focus-return.ts`, and hands focus to the next one when the one that had it is replaced. React detaches
 * the old button's ref before it removes the button (it still has focus then) and attaches the new one's
 * in the same commit. A ref callback called with `null` on unmount, not one returning a cleanup: React 18
 * ignores cleanups.
 */
function useTriggerRef(memberId: string): (element: HTMLButtonElement | null) => void {
  const registered = useRef<HTMLButtonElement | null>(null);
  const hadFocus = useRef(false);
  return useCallback(
    (element: HTMLButtonElement | null) => {
      const previous = registered.current;
      registerMemberTrigger(memberId, element, previous);
      registered.current = element;
      if (element === null) {
        hadFocus.current = previous !== null && previous.ownerDocument.activeElement === previous;
        return;
      }
      if (!hadFocus.current) return;
      hadFocus.current = false;
      element.focus();
    },
    [memberId],
  );
}

/**
 * A member's kebab menu: a trigger named "Actions for {name}" (`messages.actions.menuLabel`) that mounts a
 * Radix dropdown, loaded on demand, on first press. See the module comment for why and how.
 *
 * Parts: `data-scope="member-actions"`, `data-part="trigger" | "content" | "item" | "item-label" |
 * "item-reason" | "item-hint" | "separator" | "link-fallback" | "link-field" | "link-close"`, each also with
 * the class `rk-member-actions__<part>` (the theme styles the classes), `data-state="open" | "closed" |
 * "loading"` on the trigger (`loading`: pressed while the menu downloads); a disabled item carries its
 * refusal's `data-code`, `data-rule` and `data-reason-key` (R3).
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
  const triggerRef = useTriggerRef(member.id);
  useIdlePrefetch(PREFETCHED_WHEN_IDLE);
  const label = actionMessages.menuLabel({ name: memberDisplayName(member) }, format);

  // Before Radix's trigger is there: the first press mounts the menu opened; a press while it downloads
  // toggles the opening, as Radix's trigger does, and ArrowDown opens.
  const press = (opening: Opening, toggle: boolean) => {
    const next = !(mounted && toggle && open);
    openedByKeyboard.current = next && opening === "keyboard";
    setMounted(true);
    setOpen(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0 || event.ctrlKey) return;
    event.preventDefault();
    press("pointer", true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "Escape" && mounted && open) {
      event.preventDefault();
      openedByKeyboard.current = false;
      setOpen(false);
      return;
    }
    if (event.key !== "Enter" && event.key !== " " && event.key !== "ArrowDown") return;
    event.preventDefault();
    press("keyboard", event.key !== "ArrowDown");
  };

  if (!mounted) {
    return (
      <TriggerButton
        ref={triggerRef}
        label={label}
        state="closed"
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        onPointerEnter={memberActionsContent.prefetch}
        onFocus={memberActionsContent.prefetch}
      />
    );
  }
  return (
    <RosterErrorBoundary part="menu">
      <MenuOnDemand
        member={member}
        label={label}
        open={open}
        setOpen={setOpen}
        modal={modal}
        triggerRef={triggerRef}
        openedByKeyboard={openedByKeyboard}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        {...(onEditMember ? { onEditMember } : {})}
        {...(onOpenDetails ? { onOpenDetails } : {})}
      />
    </RosterErrorBoundary>
  );
}

interface MenuOnDemandProps {
  readonly member: Member;
  readonly label: string;
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly modal: boolean;
  readonly triggerRef: (element: HTMLButtonElement | null) => void;
  readonly openedByKeyboard: RefObject<boolean>;
  /** The stand-in's handlers, while the menu downloads. */
  readonly onPointerDown: (event: PointerEvent<HTMLButtonElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  readonly onEditMember?: (memberId: string) => void;
  readonly onOpenDetails?: (memberId: string) => void;
}

/**
 * The Radix menu once its module is there; meanwhile the stand-in, busy while the opening waits (and
 * announced). A failed download is thrown here, for the boundary around it.
 */
function MenuOnDemand({ onPointerDown, onKeyDown, ...props }: MenuOnDemandProps): ReactNode {
  const Content = useLazyModule(memberActionsContent, true);
  const announce = useAnnounce();
  const format = useRosterFormat();
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const waiting = Content === undefined && props.open;
  const pendingText = consoleMessages.partLoading({ part: "menu" }, format);
  useEffect(() => {
    if (waiting) announce(pendingText);
  }, [waiting, announce, pendingText]);

  if (Content !== undefined) return <Content {...props} />;
  return <TriggerButton ref={props.triggerRef} label={props.label} state={props.open ? "loading" : "closed"} onPointerDown={onPointerDown} onKeyDown={onKeyDown} />;
}
