"use client";

import type { RefCallback } from "react";
import { useCallback, useRef, useState } from "react";

/**
 * Whether a container's content is wider than it, for a cue that it scrolls sideways (the users table in
 * a container too narrow for its columns but too wide for cards, issue 12).
 * @module
 */

/** The sides of a scrolling element that hide content, logical (right to left too): `""`, `"start"`, `"end"` or `"start end"`. */
function hiddenSides(element: HTMLElement): string {
  const hidden = element.scrollWidth - element.clientWidth;
  if (hidden <= 1) return "";
  // Right to left, scrollLeft runs from 0 down to minus the hidden width: its size is the distance from the start.
  const fromStart = Math.abs(element.scrollLeft);
  return [fromStart > 1 ? "start" : "", fromStart < hidden - 1 ? "end" : ""].filter((side) => side !== "").join(" ");
}

/**
 * A ref callback for a container that scrolls sideways, and whether its content is wider than it. The
 * ref keeps the container's `data-overflow` attribute on the sides where content is hidden (`"end"`,
 * `"start end"`, `"start"`; none when everything fits), written on the element so that scrolling never
 * re-renders; the boolean changes only when the content starts or stops fitting (a resize, new rows).
 */
export function useSidewaysOverflow<T extends HTMLElement>(): readonly [RefCallback<T>, boolean] {
  const [overflowing, setOverflowing] = useState(false);
  // The listener's removal, kept here rather than returned from the ref: React 18 neither calls a
  // returned cleanup nor accepts one (it warns); both versions call the ref with null on detach.
  const detach = useRef<(() => void) | null>(null);
  const ref = useCallback<RefCallback<T>>((element) => {
    detach.current?.();
    detach.current = null;
    if (!element) return;
    const update = (): void => {
      const sides = hiddenSides(element);
      // Written only when it changes: a rule keyed on the attribute restyles the table's actions column.
      if (sides !== (element.getAttribute("data-overflow") ?? "")) {
        if (sides === "") element.removeAttribute("data-overflow");
        else element.setAttribute("data-overflow", sides);
      }
      setOverflowing(sides !== "");
    };
    element.addEventListener("scroll", update, { passive: true });
    // The first measure is the observer's first report, made after the page's layout: measuring here, in
    // React's commit, would lay the page out in the middle of it, and again once the commit is over. No
    // ResizeObserver in jsdom (no layout there either).
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    detach.current = () => {
      element.removeEventListener("scroll", update);
      observer?.disconnect();
      setOverflowing(false);
    };
  }, []);
  return [ref, overflowing];
}
