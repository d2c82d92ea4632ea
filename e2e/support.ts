import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { playwrightDriver } from "../src/testing/page-objects/playwright-driver";
import type { RosterPages } from "../src/testing/page-objects/roster-pages";
import type { DemoLanguageValue } from "../demo/demo-languages";
import { createRosterPages } from "../src/testing/page-objects/roster-pages";

/**
 * Helpers of the end-to-end tests: Chromium, a fresh demo per test with rosterkit/testing's page objects
 * over its page, axe, screenshots, and a one-shot network failure. The demo is built and served by
 * `global-setup.ts`.
 * @module
 */

/** How long a wait for the UI may take: generous, the machine is shared. */
export const WAIT_MS = 20_000;

/** What the demo's toolbar controls (`demo/demo-settings.ts`); unset keys take the demo's defaults. */
export interface DemoSettings {
  readonly scenario?: string;
  readonly actorId?: "u-1" | "u-2" | "u-3";
  readonly lifecycle?: "archive" | "deactivate";
  readonly deployment?: "self-hosted" | "cloud";
  readonly theme?: "light" | "dark" | "auto";
  readonly locale?: DemoLanguageValue;
}

const SETTINGS_KEY = "rosterkit-demo:settings";
const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));
/** The WCAG levels the kit promises (axe-core tags). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Launches Debian's Chromium with the flags of TOOLCHAIN.md (from vite.config.ts). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = inject("chromium");
  return chromium.launch({ executablePath, args, headless: true, timeout: 60_000 });
}

/** One test's demo: its own browser context (fresh localStorage, service worker and mock backend). */
export interface Demo {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The page objects of the console (users table, row menu, confirm modal, invite dialog) over `page`. */
  readonly pages: RosterPages<Locator>;
  /** Uncaught errors of the page; checked by {@link closeDemo}. */
  readonly errors: string[];
}

export interface OpenDemoOptions {
  /** Grant the Clipboard API (copy invitation link). */
  readonly clipboard?: boolean;
  /** Install the one-shot fetch failure of {@link armFetchFailure}. */
  readonly networkFaults?: boolean;
  /** The window's size in CSS pixels. @default { width: 1280, height: 900 } */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** A touch screen (`locator.tap()` works), as on a phone. */
  readonly touch?: boolean;
}

/**
 * Opens the built demo in a new context with `settings` written to localStorage before the app boots
 * (first load only: reloads keep what the demo saved), and waits for the members table.
 */
export async function openDemo(browser: Browser, settings: DemoSettings = {}, options: OpenDemoOptions = {}): Promise<Demo> {
  const url = inject("demoUrl");
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    hasTouch: options.touch ?? false,
    reducedMotion: "reduce",
    locale: "en-US",
    timezoneId: "UTC",
  });
  context.setDefaultTimeout(WAIT_MS);
  if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
  await context.addInitScript(
    ({ key, value }) => {
      if (sessionStorage.getItem("e2e:settings-written") !== null) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem("e2e:settings-written", "1");
    },
    { key: SETTINGS_KEY, value: JSON.stringify(settings) },
  );
  if (options.networkFaults) await context.addInitScript(installFetchFaults);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.stack ?? error.message));
  const pages = createRosterPages(playwrightDriver(page, { timeout: WAIT_MS }));
  await page.goto(url);
  await pages.table.waitForRows();
  return { context, page, pages, errors };
}

/** Closes the demo's context and fails on any uncaught page error. */
export async function closeDemo(demo: Demo | undefined): Promise<void> {
  if (!demo) return;
  const errors = [...demo.errors];
  await demo.context.close();
  expect(errors, "uncaught errors in the page").toEqual([]);
}

/** The console's polite live region. */
export function liveRegion(page: Page): Locator {
  return page.locator('[data-scope="live-region"][aria-live="polite"]').first();
}

/** Waits until the live region has said `text` (it clears itself after a few seconds). */
export async function expectAnnounced(page: Page, text: string | RegExp): Promise<void> {
  const region = liveRegion(page);
  await expect.poll(async () => ((await region.textContent()) ?? "").trim(), { timeout: WAIT_MS, message: "live region" }).toMatch(text);
}

/** Waits until `locator` holds the keyboard focus. */
export async function expectFocused(locator: Locator, message = "focus"): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false), { timeout: WAIT_MS, message }).toBe(true);
}

/** The accessible-ish name of the focused element, for failure messages and simple checks. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    const byId = labelledBy ? labelledBy.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : "";
    return (element.getAttribute("aria-label") ?? (byId || element.textContent) ?? "").trim();
  });
}

/** Presses `key` until the focused element's name is `name` (at most `max` presses). */
export async function pressUntilFocused(page: Page, key: string, name: string | RegExp, max = 30): Promise<void> {
  const matches = (value: string) => (typeof name === "string" ? value === name : name.test(value));
  for (let presses = 0; presses <= max; presses += 1) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Pressed ${key} ${max} times without reaching ${String(name)}; focus is on "${await focusedName(page)}".`);
}

export interface AxeOptions {
  /**
   * Rules to skip in this state only, each for a known third-party issue: give the upstream issue's URL.
   * Never for a bug of the kit: report those.
   */
  readonly knownThirdPartyIssues?: readonly { readonly rule: string; readonly issue: string }[];
}

/** Runs axe (WCAG 2.0–2.2 A/AA) on the page as it is and fails with every violation spelled out. */
export async function expectNoAxeViolations(page: Page, state: string, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const skipped = (options.knownThirdPartyIssues ?? []).map((known) => known.rule);
  if (skipped.length > 0) builder = builder.disableRules(skipped);
  const results = await builder.analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`).join("\n"),
  );
  expect(violations, `axe violations in state "${state}"`).toEqual([]);
}

/** Saves a screenshot as a test artifact: `e2e/artifacts/{name}.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true, animations: "disabled" });
}

/** What {@link installFetchFaults} adds to `window`. */
interface FaultWindow {
  __e2eFault?: { method: string; path: string; remaining: number; released: boolean; held: (() => void)[] } | null;
}

/**
 * Init script: wraps `fetch` so that the test can make the next matching requests fail like a dropped
 * connection (`TypeError: Failed to fetch`). MSW answers from a service worker, which `page.route` does
 * not see, so the fault is injected in front of it. Failures are held until the test releases them, so
 * that the optimistic state can be seen first.
 */
function installFetchFaults(): void {
  const faulty = window as unknown as FaultWindow & Window;
  const original = window.fetch.bind(window);
  faulty.__e2eFault = null;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const fault = faulty.__e2eFault;
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    if (fault && fault.remaining > 0 && method === fault.method && new URL(url, location.href).pathname.endsWith(fault.path)) {
      fault.remaining -= 1;
      return new Promise<Response>((_resolve, reject) => {
        const fail = () => reject(new TypeError("Failed to fetch"));
        if (fault.released) fail();
        else fault.held.push(fail);
      });
    }
    return original(input, init);
  };
}

/**
 * Makes the next `times` `method` requests whose path ends with `path` fail as if the network dropped
 * them; they wait for {@link releaseFetchFailures}. The REST adapter tries a write 3 times in all.
 */
export async function armFetchFailures(page: Page, method: string, path: string, times: number): Promise<void> {
  await page.evaluate(
    ({ method, path, times }) => {
      (window as unknown as FaultWindow).__e2eFault = { method, path, remaining: times, released: false, held: [] };
    },
    { method, path, times },
  );
}

/** Waits until a faulty request has been made, then lets it (and every later one) fail. */
export async function releaseFetchFailures(page: Page): Promise<void> {
  await page.waitForFunction(() => ((window as unknown as FaultWindow).__e2eFault?.held.length ?? 0) > 0, undefined, { timeout: WAIT_MS });
  await page.evaluate(() => {
    const fault = (window as unknown as FaultWindow).__e2eFault;
    if (!fault) return;
    fault.released = true;
    for (const fail of fault.held.splice(0)) fail();
  });
}

/** How many armed failures have not been used yet. */
export async function remainingFetchFailures(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as FaultWindow).__e2eFault?.remaining ?? 0);
}

/** Presses Tab until `locator` holds the focus (at most `max` presses): keyboard-only navigation. */
export async function tabTo(page: Page, locator: Locator, max = 40, key = "Tab"): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await locator.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Pressed ${key} ${max} times without reaching the element; focus is on "${await focusedName(page)}".`);
}

/** The billable seat count the console's header shows (R16): the number of "20 billable seats". */
export async function seatCount(page: Page): Promise<number> {
  const text = (await page.locator('[data-scope="seat-count"][data-part="root"]').first().textContent()) ?? "";
  // Counts of a thousand and more carry separators ("1,018 billable seats").
  const match = /(\d[\d,]*) billable seats?/.exec(text);
  return match ? Number(match[1]?.replace(/,/g, "")) : Number.NaN;
}

/** Waits until the header shows `count` billable seats. */
export async function expectSeats(page: Page, count: number): Promise<void> {
  await expect.poll(() => seatCount(page), { timeout: WAIT_MS, message: "billable seats in the header" }).toBe(count);
}

/**
 * One Chromium for the file, and a fresh demo per test, closed after it: what every e2e file needs.
 * @example
 * const demos = useDemos();
 * it("…", async () => { const { page } = await demos.open({ lifecycle: "deactivate" }); });
 */
export function useDemos(): { open: (settings?: DemoSettings, options?: OpenDemoOptions) => Promise<Demo> } {
  let browser: Browser | undefined;
  let current: Demo | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await closeDemo(current);
    current = undefined;
  });
  return {
    async open(settings = {}, options = {}) {
      if (!browser) throw new Error("useDemos: Chromium is not running; call open() inside a test.");
      current = await openDemo(browser, settings, options);
      return current;
    },
  };
}
