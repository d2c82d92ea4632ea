import type { DriverKey, RoleQuery, RosterDriver, WaitOptions } from "./driver";
import { normalizeText } from "./driver";

/**
 * The page objects' driver over the DOM: testing-library's role queries and user-event. The host passes
 * its own `within`, `waitFor` and user-event instance (from `@testing-library/react`, `@testing-library/dom`
 * or `storybook/test`), so that queries and events go through the copy its tests already configured
 * (React's `act`, Storybook's instrumentation) and rosterkit needs no testing library of its own.
 * @module
 */

/** The testing-library role options the driver uses. */
export interface DomRoleOptions {
  name?: string | RegExp;
  hidden?: boolean;
}

/** The role queries of testing-library's `within(element)` that the driver uses. */
export interface DomQueries {
  findByRole(role: string, options?: DomRoleOptions, waitOptions?: { timeout?: number }): Promise<HTMLElement>;
  queryAllByRole(role: string, options?: DomRoleOptions): HTMLElement[];
}

/** What the driver needs of a user-event instance (`userEvent.setup()`, or `userEvent` of `storybook/test`). */
export interface DomUser {
  click(element: Element): Promise<unknown>;
  type(element: Element, text: string): Promise<unknown>;
  clear(element: Element): Promise<unknown>;
  keyboard(keys: string): Promise<unknown>;
  paste(text: string): Promise<unknown>;
}

/** Options of {@link domDriver}. */
export interface DomDriverOptions {
  /** Where queries start: usually `document.body`, which also holds the portalled menus and dialogs. */
  readonly root: HTMLElement;
  /** The user-event instance that clicks, types and presses keys. */
  readonly user: DomUser;
  /** testing-library's `within`. */
  readonly within: (element: HTMLElement) => DomQueries;
  /** testing-library's `waitFor`. */
  readonly waitFor: <T>(check: () => T | Promise<T>, options?: { timeout?: number }) => Promise<T>;
  /** Default timeout of every wait, in milliseconds. @default 1000, testing-library's own */
  readonly timeout?: number;
}

/** user-event's key names for the driver's keys. */
const KEYS: Readonly<Record<DriverKey, string>> = {
  Enter: "{Enter}",
  Escape: "{Escape}",
  Space: " ",
  Tab: "{Tab}",
  ArrowDown: "{ArrowDown}",
  ArrowUp: "{ArrowUp}",
  Home: "{Home}",
  End: "{End}",
};

function roleOptions(query: RoleQuery): DomRoleOptions {
  return { ...(query.name === undefined ? {} : { name: query.name }), ...(query.hidden === undefined ? {} : { hidden: query.hidden }) };
}

/** Visible as jest-dom's `toBeVisible` sees it: connected, and no ancestor hidden, undisplayed or fully transparent. */
function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (node.hasAttribute("hidden")) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === "none" || style.visibility === "hidden" || style.visibility === "collapse" || style.opacity === "0")) return false;
  }
  return true;
}

/** A form field, told by its tag name: a story's iframe and jsdom each have their own `HTMLInputElement`. */
function isField(element: HTMLElement): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return element.tagName === "INPUT" || element.tagName === "TEXTAREA" || element.tagName === "SELECT";
}

/**
 * A {@link RosterDriver} over testing-library and user-event.
 * @example
 * import { waitFor, within } from "@testing-library/react";
 * import userEvent from "@testing-library/user-event";
 * const pages = createRosterPages(domDriver({ root: document.body, user: userEvent.setup(), within, waitFor }));
 */
export function domDriver(options: DomDriverOptions): RosterDriver<HTMLElement> {
  const { root, user, within, waitFor } = options;
  const timeout = options.timeout ?? 1000;
  const queries = within(root);
  const queryAll = (role: string, query: RoleQuery): HTMLElement[] => {
    const found = queries.queryAllByRole(role, roleOptions(query));
    const { attribute } = query;
    return attribute === undefined ? found : found.filter((element) => element.getAttribute(attribute[0]) === attribute[1]);
  };
  const wait = (waitOptions: WaitOptions = {}) => ({ timeout: waitOptions.timeout ?? timeout });
  return {
    timeout,
    within: (element) => domDriver({ ...options, root: element }),
    // Present now: returned at once, as a `getBy` query would; testing-library's waits let a macrotask
    // run first (React's act drain), which a test of what is seen "at once" must not have.
    findByRole: async (role, query = {}) => {
      const [only, ...others] = queryAll(role, query);
      if (only !== undefined && others.length === 0) return only;
      const { attribute } = query;
      if (attribute === undefined) return queries.findByRole(role, roleOptions(query), wait(query));
      return waitFor(() => {
        const [first, ...more] = queryAll(role, query);
        if (first === undefined || more.length > 0) throw new Error(`Found ${more.length + (first ? 1 : 0)} elements with the role "${role}" and ${attribute[0]}="${attribute[1]}", not one.`);
        return first;
      }, wait(query));
    },
    queryAllByRole: async (role, query = {}) => queryAll(role, query),
    closestRow: async (element) => {
      const row = element.closest<HTMLElement>('tr, [role="row"]');
      if (row === null) throw new Error("The element is not inside a table row.");
      return row;
    },
    click: async (element) => {
      await user.click(element);
    },
    // user-event reads `{` and `[` as the start of a key name; doubled, they are typed as they are.
    type: async (element, text) => {
      await user.type(element, text.replace(/[{[]/g, (bracket) => bracket + bracket));
    },
    fill: async (element, text) => {
      await user.clear(element);
      if (text !== "") await user.paste(text);
    },
    clear: async (element) => {
      await user.clear(element);
    },
    focus: async (element) => element.focus(),
    press: async (key) => {
      await user.keyboard(KEYS[key]);
    },
    // innerText where there is layout (a browser); jsdom has none, and no innerText.
    text: async (element) => normalizeText(typeof element.innerText === "string" ? element.innerText : element.textContent),
    attribute: async (element, name) => element.getAttribute(name),
    description: async (element) =>
      (element.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .filter((id) => id !== "")
        .map((id) => normalizeText(element.ownerDocument.getElementById(id)?.textContent))
        .join(" "),
    value: async (element) => {
      if (isField(element)) return element.value;
      throw new Error(`A ${element.tagName.toLowerCase()} element has no value: pass a text field.`);
    },
    isChecked: async (element) => {
      if (element.tagName === "INPUT" && isField(element) && (element.type === "checkbox" || element.type === "radio")) return (element as HTMLInputElement).checked;
      throw new Error(`A ${element.tagName.toLowerCase()} element is never checked: pass a checkbox or a radio.`);
    },
    isFocused: async (element) => element.ownerDocument.activeElement === element,
    waitForVisible: async (element, waitOptions) => {
      if (isVisible(element)) return;
      await waitFor(() => {
        if (!isVisible(element)) throw new Error("The element is not visible yet.");
      }, wait(waitOptions));
    },
    // Once at once, for the same reason as findByRole; then testing-library's waiting.
    waitFor: async (check, waitOptions) => {
      try {
        return await check();
      } catch {
        return waitFor(check, wait(waitOptions));
      }
    },
  };
}
