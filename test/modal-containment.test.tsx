import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { useModalContainment } from "../src/react/modal-containment";

/**
 * useModalContainment, the modality of the confirm modal (R20) and the invite dialog (R5) without
 * Radix's writes to <body>: what it lets through inside the dialog and what it keeps from the page.
 * jsdom has no layout: the tests give the scrollers their sizes.
 */

function Dialog({ onPressOutside }: { readonly onPressOutside?: () => void }): ReactNode {
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  useModalContainment(content, true, onPressOutside);
  return (
    <>
      <button type="button">Outside</button>
      <div ref={setContent} role="dialog" aria-modal="true" aria-label="Dialog" tabIndex={-1}>
        {/* What a dialog focuses as it opens, before the containment's listeners are there. */}
        <button type="button" autoFocus>
          First
        </button>
        <div data-testid="list" tabIndex={0} style={{ overflowY: "auto" }}>
          <button type="button">In the list</button>
        </div>
        <fieldset>
          <legend>Role</legend>
          <label>
            <input type="radio" name="role" value="admin" /> Admin
          </label>
          <label>
            <input type="checkbox" /> Core team
          </label>
        </fieldset>
        <div data-testid="overflowing">
          <p data-testid="text">Text that overflows a box that does not scroll</p>
        </div>
      </div>
    </>
  );
}

/** Gives `element` a scroll height of 1,000 px in a box of 100 px (jsdom has no layout). */
function overflowing(element: HTMLElement): void {
  Object.defineProperty(element, "scrollHeight", { configurable: true, value: 1000 });
  Object.defineProperty(element, "clientHeight", { configurable: true, value: 100 });
}

function wheel(target: Element, delta: { deltaX?: number; deltaY?: number }): boolean {
  const event = new WheelEvent("wheel", { bubbles: true, cancelable: true, ...delta });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function key(target: Element, name: string): boolean {
  const event = new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("useModalContainment", () => {
  it("R5, R20: a scroller inside a dialog that fits the screen (a virtualised preview) scrolls by wheel and keys; the page behind it does not", () => {
    render(<Dialog />);
    const list = screen.getByTestId("list");
    overflowing(list);
    overflowing(screen.getByTestId("overflowing"));
    const inList = screen.getByRole("button", { name: "In the list" });

    // The list scrolls: the wheel over it and the keys on it (or on a button in it) go on.
    expect(wheel(inList, { deltaY: 120 })).toBe(false);
    expect(key(list, "ArrowDown")).toBe(false);
    expect(key(inList, "PageDown")).toBe(false);
    // Along an axis it does not scroll, nothing inside moves: the page would.
    expect(wheel(inList, { deltaX: 120 })).toBe(true);
    expect(key(list, "ArrowRight")).toBe(true);
    // A box whose content overflows without scrolling (overflow: visible) is not a scroller.
    expect(wheel(screen.getByTestId("text"), { deltaY: 120 })).toBe(true);
    // Outside the dialog, nothing scrolls.
    expect(wheel(document.body, { deltaY: 120 })).toBe(true);
  });

  it("R5, R20: keys that a control uses go on where nothing scrolls: a radio's arrows move its choice, Space checks a checkbox or a radio and presses a button", () => {
    render(<Dialog />);
    const radio = screen.getByRole("radio", { name: "Admin" });
    const checkbox = screen.getByRole("checkbox", { name: "Core team" });
    expect(key(radio, "ArrowDown")).toBe(false);
    expect(key(radio, "ArrowRight")).toBe(false);
    expect(key(radio, " ")).toBe(false);
    expect(key(checkbox, " ")).toBe(false);
    expect(key(screen.getByRole("button", { name: "First" }), " ")).toBe(false);
    // Keys a control does not use would scroll the page behind the dialog.
    expect(key(radio, "PageDown")).toBe(true);
    expect(key(checkbox, "ArrowDown")).toBe(true);
    expect(key(screen.getByTestId("text"), " ")).toBe(true);
  });

  it("R5, R20: focus sent outside returns to what the dialog focused as it opened; a press outside reaches nothing and calls onPressOutside once, on its click", async () => {
    const onPressOutside = vi.fn();
    const user = userEvent.setup();
    let outsideClicks = 0;
    render(<Dialog onPressOutside={onPressOutside} />);
    const first = screen.getByRole("button", { name: "First" });
    expect(first).toHaveFocus();
    const outside = document.querySelector("button");
    if (!outside) throw new Error("no outside button");
    outside.addEventListener("click", () => (outsideClicks += 1));
    expect(outside).toHaveAttribute("aria-hidden", "true");

    act(() => outside.focus());
    expect(first).toHaveFocus();

    const down = new PointerEvent("pointerdown", { bubbles: true, cancelable: true });
    outside.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(onPressOutside).not.toHaveBeenCalled();
    await user.click(outside);
    expect(outsideClicks).toBe(0);
    expect(onPressOutside).toHaveBeenCalledTimes(1);
    // A press inside is the dialog's own.
    await user.click(screen.getByRole("button", { name: "In the list" }));
    expect(onPressOutside).toHaveBeenCalledTimes(1);
  });

  it("R25: a click on a download link that is not in the page (how the CSV export saves its file) still saves, and closes nothing", () => {
    const onPressOutside = vi.fn();
    render(<Dialog onPressOutside={onPressOutside} />);
    const link = document.createElement("a");
    link.href = "blob:members.csv";
    link.download = "design-members.csv";
    let saved = false;
    link.addEventListener("click", (event) => {
      saved = !event.defaultPrevented;
      event.preventDefault(); // jsdom cannot navigate
    });
    link.click();
    expect(saved).toBe(true);
    expect(onPressOutside).not.toHaveBeenCalled();
  });
});
