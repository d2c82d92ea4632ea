/**
 * The little the page objects need of a test tool: find elements by accessible role and name, act on
 * them as a person would, and read what a person reads. `domDriver` implements it over testing-library
 * and user-event (jsdom tests, Storybook play functions), `playwrightDriver` over a Playwright page, so
 * one set of page objects serves the component tests, the stories and the end-to-end suite.
 * @module
 */

/** An accessible name: a string matches the whole name exactly (after trimming); a RegExp is tested against it. */
export type AccessibleName = string | RegExp;

/** Which elements of a role a query finds. */
export interface RoleQuery {
  /** The accessible name. */
  readonly name?: AccessibleName;
  /**
   * Also find elements hidden from assistive technology, such as the page behind an open modal
   * (`aria-hidden` outside the dialog).
   */
  readonly hidden?: boolean;
  /**
   * Only elements with this attribute value, `[name, value]`: the kit's documented parts (`data-part`,
   * `data-column`…) tell apart elements that ARIA gives no name, such as a table's cells.
   */
  readonly attribute?: readonly [name: string, value: string];
}

/** How long a wait may take. */
export interface WaitOptions {
  /** In milliseconds; the driver's own timeout when left out. */
  readonly timeout?: number;
}

/** How a click is made. */
export interface ClickOptions {
  /**
   * Click even an `aria-disabled` element, as a person can (Playwright otherwise waits for it to be
   * enabled). Use it to prove that a disabled item does nothing.
   */
  readonly force?: boolean;
}

/** The keys the page objects press. */
export type DriverKey = "Enter" | "Escape" | "Space" | "Tab" | "ArrowDown" | "ArrowUp" | "Home" | "End";

/**
 * A test tool seen by the page objects. `E` is the tool's element handle: an `HTMLElement` for
 * testing-library, a `Locator` for Playwright. Queries with `query` in their name never wait; `find…` and
 * `waitFor…` wait up to the timeout and then fail with a message saying what was missing.
 */
export interface RosterDriver<E> {
  /** The driver's default timeout for waits, in milliseconds. */
  readonly timeout: number;
  /** The same driver, searching inside `element` only. */
  within(element: E): RosterDriver<E>;
  /** The one element with `role` (and name) in scope; waits until it is there, fails if none or several. */
  findByRole(role: string, query?: RoleQuery & WaitOptions): Promise<E>;
  /** Every element with `role` (and name) in scope now, in document order; none is an empty list. */
  queryAllByRole(role: string, query?: RoleQuery): Promise<E[]>;
  /** The nearest row (`tr` or `role="row"`) holding `element`. */
  closestRow(element: E): Promise<E>;
  /** Clicks `element` with the pointer. */
  click(element: E, options?: ClickOptions): Promise<void>;
  /** Types `text` into `element` key by key, after what is there; braces and brackets are typed as they are. */
  type(element: E, text: string): Promise<void>;
  /** Replaces the value of `element` with `text` at once, as a paste into an emptied field does. */
  fill(element: E, text: string): Promise<void>;
  /** Empties the field `element`. */
  clear(element: E): Promise<void>;
  /** Moves the keyboard focus to `element`. */
  focus(element: E): Promise<void>;
  /** Presses `key` on whatever has the focus. */
  press(key: DriverKey): Promise<void>;
  /** The text a person reads in `element`, whitespace collapsed and trimmed. */
  text(element: E): Promise<string>;
  /** The value of an attribute of `element`, or `null`. */
  attribute(element: E, name: string): Promise<string | null>;
  /** The text of the elements `aria-describedby` names (hints, reasons, errors), joined by spaces. */
  description(element: E): Promise<string>;
  /** The current value of a text field. */
  value(element: E): Promise<string>;
  /** Whether a checkbox or radio is checked. */
  isChecked(element: E): Promise<boolean>;
  /** Whether `element` holds the keyboard focus. */
  isFocused(element: E): Promise<boolean>;
  /** Waits until `element` is visible (a portalled menu or dialog starts its entry animation at opacity 0). */
  waitForVisible(element: E, options?: WaitOptions): Promise<void>;
  /** Calls `check` until it resolves without throwing and returns its value; fails with its last error after the timeout. */
  waitFor<T>(check: () => Promise<T>, options?: WaitOptions): Promise<T>;
}

/** Collapses runs of whitespace to one space and trims: text as a person reads it. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}
