"use client";

/**
 * Where focus goes back after a dialog opened from a row (R20, R21): each member's kebab trigger
 * registers its element here, keyed by member id, and the confirm modal (or any panel opened from the
 * row menu) calls {@link focusMemberTrigger} when it closes. The dialog is a sibling of the menu, opened
 * by store state (Ark UI's "open-from-menu" pattern), so it cannot hold a ref to the trigger itself.
 *
 * One registry per document is enough: a member id has one trigger on screen at a time. A virtualised
 * row that scrolled out unregisters its trigger; `focusMemberTrigger` then answers `false` and the
 * caller keeps Radix's default (focus returns to the element focused before the dialog opened).
 * @module
 */

const triggers = new Map<string, HTMLElement>();

/**
 * Registers (or, with `null`, unregisters) the element focus returns to for a member. Use it as a ref
 * callback: `ref={(element) => registerMemberTrigger(memberId, element)}`. Unregistering only removes
 * the entry when it is still the given element's (a remounted trigger may have replaced it).
 * @example
 * <button ref={(element) => registerMemberTrigger(member.id, element)}>…</button>
 */
export function registerMemberTrigger(memberId: string, element: HTMLElement | null, previous?: HTMLElement | null): void {
  if (element) {
    triggers.set(memberId, element);
    return;
  }
  if (previous === undefined || triggers.get(memberId) === previous) triggers.delete(memberId);
}

/** The registered trigger of a member, if it is on screen (still in the document). */
export function getMemberTrigger(memberId: string): HTMLElement | null {
  const element = triggers.get(memberId);
  if (!element) return null;
  if (!element.isConnected) {
    triggers.delete(memberId);
    return null;
  }
  return element;
}

/**
 * Moves focus to a member's row trigger; `true` when it did. Call it from a dialog's
 * `onCloseAutoFocus` and `preventDefault()` the event when it answers `true`.
 * @example
 * <Dialog.Content onCloseAutoFocus={(event) => { if (focusMemberTrigger(memberId)) event.preventDefault(); }}>
 */
export function focusMemberTrigger(memberId: string): boolean {
  const element = getMemberTrigger(memberId);
  if (!element) return false;
  element.focus({ preventScroll: false });
  return element.ownerDocument.activeElement === element;
}
