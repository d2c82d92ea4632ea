"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * A modal's containment without touching the page's styles: focus, pointer and scroll stay in the dialog
 * through event listeners alone.
 *
 * Radix's modal mode does the same by writing to `<body>`: `pointer-events: none` in its inline style,
 * a `data-scroll-locked` attribute with a stylesheet that sets a custom property on it
 * (react-remove-scroll-bar), and `aria-hidden` on its siblings. Each `<body>` write is inherited by the
 * whole page, and an element that uses `var()` or sits under the kit's root (which declares the theme's
 * custom properties) cannot take Blink's fast path for inherited changes: measured on a page of 50 rows,
 * each open and each close restyled ~600–670 elements (the bare floor, without custom properties, ~55).
 * Listeners cost no style work. For assistive technology the dialog carries `aria-modal="true"`, and the
 * page around it is hidden with `aria-hidden` (as Radix's `hideOthers` does), which no style depends on.
 * @module
 */

/** Keys whose default action scrolls the page when the focused element does not use them. */
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Home", "End", " "]);

/** Pointer events that an outside press must not reach (what `pointer-events: none` stopped). */
const POINTER_EVENTS = ["pointerdown", "pointerup", "mousedown", "mouseup", "click", "auxclick", "dblclick", "contextmenu"] as const;

/** Input types that Space activates (on key up, after a key down that was let through). */
const SPACE_ACTIVATED = new Set(["button", "checkbox", "radio", "submit", "reset", "image", "file", "color"]);

/** Whether Space activates the element rather than scrolling: a button, or an input that works as one. */
function activatedBySpace(element: Element): boolean {
  return element instanceof HTMLButtonElement || (element instanceof HTMLInputElement && SPACE_ACTIVATED.has(element.type));
}

/** Whether the element uses the scroll key `key` itself (text entry, selects, sliders; a radio's arrows move its choice). */
function usesScrollKeys(element: Element, key: string): boolean {
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  if (element.type === "radio") return key.startsWith("Arrow");
  return !SPACE_ACTIVATED.has(element.type);
}

/** Elements that are never hidden: they carry no content, or a screen reader must keep hearing them. */
const KEEP_SHOWN = "script, style, template, [aria-live]";

/**
 * Hides from assistive technology everything in the document but `content` and live regions: the
 * siblings of each ancestor of `content` (and of each live region), as `aria-hidden="true"`. Returns
 * the function that shows them again; an element that was hidden before is left as it was.
 */
function hideOutside(content: HTMLElement): () => void {
  const document = content.ownerDocument;
  const shown = new Set<Element>([content, ...document.querySelectorAll(KEEP_SHOWN)]);
  const onPath = new Set<Element>();
  for (const element of shown) {
    for (let node: Element | null = element; node !== null && node !== document.body; node = node.parentElement) onPath.add(node);
  }
  const hidden: Element[] = [];
  const hideChildren = (parent: Element) => {
    for (const child of parent.children) {
      if (shown.has(child)) continue;
      if (onPath.has(child)) hideChildren(child);
      else if (!child.matches(KEEP_SHOWN) && child.getAttribute("aria-hidden") !== "true") {
        child.setAttribute("aria-hidden", "true");
        hidden.push(child);
      }
    }
  };
  hideChildren(document.body);
  return () => {
    for (const element of hidden) element.removeAttribute("aria-hidden");
  };
}

/** The direction a scroll input moves: a wheel or a key says which; a touch move may go either way. */
type Axis = "x" | "y" | "any";

/** Overflow values with which an element scrolls its overflowing content. */
const SCROLLING_OVERFLOW = new Set(["auto", "scroll"]);

/** Whether the element scrolls along `axis`: its content overflows it there, and its overflow lets it scroll. */
function scrollable(element: HTMLElement, axis: Axis): boolean {
  const y = axis !== "x" && element.scrollHeight > element.clientHeight;
  const x = axis !== "y" && element.scrollWidth > element.clientWidth;
  if (!x && !y) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style !== undefined && ((y && SCROLLING_OVERFLOW.has(style.overflowY)) || (x && SCROLLING_OVERFLOW.has(style.overflowX)));
}

/**
 * Whether a scroll input at `target` has something to move inside `content`: the target, an element
 * between it and `content`, or `content` itself scrolls along `axis` (a virtualised list or a wide table
 * inside a dialog that fits the screen scrolls on its own).
 */
function scrollsWithin(target: Element, content: HTMLElement, axis: Axis): boolean {
  for (let node: Element | null = target; node !== null; node = node.parentElement) {
    if (node instanceof HTMLElement && scrollable(node, axis)) return true;
    if (node === content) return false;
  }
  return false;
}

/**
 * While `active`, keeps focus, pointer presses and scrolling inside the `content` element (pass the
 * element itself, kept in state by a ref callback: a portalled dialog mounts after its parent's commit): focus that lands outside
 * goes back to the last element focused inside (or the content); presses outside never reach their
 * target; the wheel, touch moves and scroll keys do not scroll the page; the rest of the page is hidden
 * from assistive technology. No style or attribute that a style depends on is written, so opening and
 * closing restyles nothing outside the dialog.
 *
 * Returns `release`, which ends the containment at once: call it before moving focus out of a dialog
 * that is about to close, so that focus leaves before the dialog's elements are removed.
 * @param onPressOutside - called after a press outside the dialog (its click, once the whole press was
 *   kept from its target): a dialog that closes when its backdrop is pressed, as Radix's modal dialog does.
 * @example
 * const [content, setContent] = useState<HTMLDivElement | null>(null);
 * const release = useModalContainment(content, open);
 * <Dialog.Root modal={false}>…<Dialog.Content ref={setContent} aria-modal="true">…
 */
export function useModalContainment(content: HTMLElement | null, active: boolean, onPressOutside?: () => void): () => void {
  const releaseRef = useRef<(() => void) | null>(null);
  const latestOnPressOutside = useRef(onPressOutside);
  latestOnPressOutside.current = onPressOutside;
  const release = useCallback(() => {
    releaseRef.current?.();
    releaseRef.current = null;
  }, []);
  useEffect(() => {
    const element = content;
    if (!active || element === null) return undefined;
    const view = element.ownerDocument.defaultView;
    if (view === null) return undefined;
    const inside = (target: EventTarget | null) => target instanceof Node && element.contains(target);
    // What the dialog focused as it opened (before these listeners) is where focus sent outside comes back to.
    const focusedOnOpen = element.ownerDocument.activeElement;
    let lastFocused: HTMLElement | null = focusedOnOpen instanceof HTMLElement && element.contains(focusedOnOpen) ? focusedOnOpen : null;

    const onFocusIn = (event: FocusEvent) => {
      if (inside(event.target)) {
        lastFocused = event.target as HTMLElement;
        return;
      }
      (lastFocused?.isConnected && element.contains(lastFocused) ? lastFocused : element).focus();
    };
    const onPointer = (event: Event) => {
      if (inside(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      // The whole press was kept from its target: closing now lets nothing under the dialog receive it.
      if (event.type === "click") latestOnPressOutside.current?.();
    };
    const onScroll = (event: Event) => {
      const axis: Axis = event instanceof WheelEvent ? (Math.abs(event.deltaX) > Math.abs(event.deltaY) ? "x" : "y") : "any";
      if (!(event.target instanceof Element && inside(event.target) && scrollsWithin(event.target, element, axis))) event.preventDefault();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!SCROLL_KEYS.has(event.key) || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const axis: Axis = event.key === "ArrowLeft" || event.key === "ArrowRight" ? "x" : "y";
      if (target !== null && inside(target) && (usesScrollKeys(target, event.key) || scrollsWithin(target, element, axis))) return;
      // Space activates a button, a checkbox or a radio on key up: its key down must go on.
      if (event.key === " " && target !== null && activatedBySpace(target)) return;
      event.preventDefault();
    };

    const capture = { capture: true } as const;
    const blocking = { capture: true, passive: false } as const;
    view.addEventListener("focusin", onFocusIn, capture);
    for (const type of POINTER_EVENTS) view.addEventListener(type, onPointer, capture);
    view.addEventListener("wheel", onScroll, blocking);
    view.addEventListener("touchmove", onScroll, blocking);
    view.addEventListener("keydown", onKeyDown);
    const showOutside = hideOutside(element);
    releaseRef.current = () => {
      showOutside();
      view.removeEventListener("focusin", onFocusIn, capture);
      for (const type of POINTER_EVENTS) view.removeEventListener(type, onPointer, capture);
      view.removeEventListener("wheel", onScroll, blocking);
      view.removeEventListener("touchmove", onScroll, blocking);
      view.removeEventListener("keydown", onKeyDown);
    };
    return release;
  }, [content, active, release]);
  return release;
}

/**
 * Lets go of a dialog that is closing, before React removes it, when focus is in it (or already fell to
 * the body): the containment is `release`d and `focusElsewhere` moves focus out. Removing the focused
 * element, or focusing after the removal, would force a style recalc of everything the close changed.
 * Returns what `focusElsewhere` returned (whether focus went back), or `false` when focus was elsewhere
 * and is left there.
 */
export function leaveClosingDialog(content: HTMLElement | null, release: () => void, focusElsewhere: () => boolean): boolean {
  if (content === null) return false;
  const { activeElement, body } = content.ownerDocument;
  if (activeElement !== body && !content.contains(activeElement)) return false;
  release();
  return focusElsewhere();
}

/** Focuses `element` when it is still in the page; returns whether it did. */
export function focusIfConnected(element: HTMLElement | null): boolean {
  if (!element?.isConnected) return false;
  element.focus();
  return true;
}
