import type { RoleQuery, RosterDriver } from "./driver";
import { normalizeText } from "./driver";

/**
 * The page objects' driver over Playwright (`playwright-core` or `@playwright/test`). Only the shape of
 * the page and locators it uses is declared here, so rosterkit depends on no Playwright package; a real
 * `Page` fits, and the elements the page objects hand back are real `Locator`s.
 * @module
 */

/** The parts of a Playwright `Locator` the driver uses; `L` is the locator type itself. */
export interface PlaywrightLocatorLike<L> {
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean; includeHidden?: boolean }): L;
  locator(selector: string): L;
  and(locator: L): L;
  all(): Promise<L[]>;
  waitFor(options?: { state?: "attached" | "detached" | "visible" | "hidden"; timeout?: number }): Promise<void>;
  click(options?: { force?: boolean; timeout?: number }): Promise<void>;
  pressSequentially(text: string, options?: { timeout?: number }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  clear(options?: { timeout?: number }): Promise<void>;
  focus(options?: { timeout?: number }): Promise<void>;
  innerText(options?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  inputValue(options?: { timeout?: number }): Promise<string>;
  isChecked(options?: { timeout?: number }): Promise<boolean>;
  evaluate<R>(pageFunction: (element: HTMLElement | SVGElement) => R): Promise<R>;
}

/** The parts of a Playwright `Page` the driver uses. */
export interface PlaywrightPageLike<L> {
  locator(selector: string): L;
  readonly keyboard: { press(key: string): Promise<void> };
}

/** Options of {@link playwrightDriver}. */
export interface PlaywrightDriverOptions {
  /** Default timeout of every wait, in milliseconds. @default 5000 */
  readonly timeout?: number;
}

/** How often {@link RosterDriver.waitFor} checks again. */
const POLL_MS = 100;

function roleOptions(query: RoleQuery): { name?: string | RegExp; exact?: boolean; includeHidden?: boolean } {
  return {
    ...(query.name === undefined ? {} : { name: query.name }),
    // A string names the whole accessible name, as in testing-library.
    ...(typeof query.name === "string" ? { exact: true } : {}),
    ...(query.hidden === undefined ? {} : { includeHidden: query.hidden }),
  };
}

function driverOver<L extends PlaywrightLocatorLike<L>>(page: PlaywrightPageLike<L>, scope: L, timeout: number): RosterDriver<L> {
  const own = { timeout };
  const limit = (waitTimeout: number | undefined) => ({ timeout: waitTimeout ?? timeout });
  const byRole = (role: string, query: RoleQuery): L => {
    const found = scope.getByRole(role, roleOptions(query));
    const { attribute } = query;
    return attribute === undefined ? found : found.and(page.locator(`[${attribute[0]}=${JSON.stringify(attribute[1])}]`));
  };
  return {
    timeout,
    within: (element) => driverOver(page, element, timeout),
    findByRole: async (role, query = {}) => {
      const found = byRole(role, query);
      // Attached, as testing-library finds it: the actions wait for it to be visible when they act on it.
      await found.waitFor({ state: "attached", ...limit(query.timeout) });
      return found;
    },
    queryAllByRole: (role, query = {}) => byRole(role, query).all(),
    closestRow: async (element) => element.locator("xpath=ancestor-or-self::*[self::tr or @role='row'][1]"),
    click: (element, options = {}) => element.click({ ...own, ...(options.force ? { force: true } : {}) }),
    type: (element, text) => element.pressSequentially(text, own),
    fill: (element, text) => element.fill(text, own),
    clear: (element) => element.clear(own),
    focus: (element) => element.focus(own),
    press: (key) => page.keyboard.press(key),
    text: async (element) => normalizeText(await element.innerText(own)),
    attribute: (element, name) => element.getAttribute(name, own),
    // Runs in the page: it may use nothing from this module.
    description: async (element) =>
      normalizeText(
        await element.evaluate((node) =>
          (node.getAttribute("aria-describedby") ?? "")
            .split(/\s+/)
            .filter((id) => id !== "")
            .map((id) => (node.ownerDocument.getElementById(id)?.textContent ?? "").trim())
            .join(" "),
        ),
      ),
    value: (element) => element.inputValue(own),
    isChecked: (element) => element.isChecked(own),
    isFocused: (element) => element.evaluate((node) => node.ownerDocument.activeElement === node),
    waitForVisible: (element, options = {}) => element.waitFor({ state: "visible", ...limit(options.timeout) }),
    waitFor: async (check, options = {}) => {
      const deadline = Date.now() + (options.timeout ?? timeout);
      for (;;) {
        try {
          return await check();
        } catch (error) {
          if (Date.now() >= deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
  };
}

/**
 * A {@link RosterDriver} over a Playwright page. Elements are `Locator`s, found from the page's root, so
 * portalled menus and dialogs are in scope.
 * @example
 * const pages = createRosterPages(playwrightDriver(page, { timeout: 20_000 }));
 * await pages.table.chooseRowAction("Ada Lovelace", "Archive user", { via: "keyboard" });
 */
export function playwrightDriver<L extends PlaywrightLocatorLike<L>>(page: PlaywrightPageLike<L>, options: PlaywrightDriverOptions = {}): RosterDriver<L> {
  return driverOver(page, page.locator(":root"), options.timeout ?? 5000);
}
