import { execFile } from "node:child_process";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { chromium } from "playwright-core";
import { expect, inject } from "vitest";
import type { RosterLocale } from "../src/react/messages";

/**
 * What the consumer tests share: fresh apps in the OS temp dir with the packed tarball installed from
 * the registry (the npm cache makes it fast: `--prefer-offline`), commands run with a shell's
 * environment, and the console loaded in Debian's Chromium with every error the page reports.
 * @module
 */

const run = promisify(execFile);

/** The repository's root directory. */
export const root = fileURLToPath(new URL("..", import.meta.url));

const repoPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  readonly version: string;
  readonly devDependencies: Record<string, string>;
};

/** The version of rosterkit being packed. */
export const packageVersion = repoPackage.version;

/** The exact version the repository builds with (package.json, so the lockfile's), for an app's tooling. */
export function repoVersion(name: string): string {
  const version = repoPackage.devDependencies[name];
  if (version === undefined) throw new Error(`${name} is not a devDependency of rosterkit`);
  return version;
}

const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|socket hang up/i;

/** The environment of a shell, not of vitest: no NODE_ENV=test (it would make Vite bundle React's development build). */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", NEXT_TELEMETRY_DISABLED: "1" };
  delete env["NODE_ENV"];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return { ...env, ...extra };
}

/** Output of a finished command. */
export interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command; a failure throws with its output (and says so when npm could not reach the registry). */
export async function exec(command: string, args: readonly string[], cwd: string, timeout = 150_000, env = childEnv()): Promise<Output> {
  try {
    const { stdout, stderr } = await run(command, [...args], { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env });
    return { stdout, stderr };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    const output = `${stdout}\n${stderr}`.trim();
    if (command === "npm" && NETWORK_ERROR.test(output)) {
      throw new Error(`The npm registry could not be reached, so the consumer app could not be installed (npm ${args.join(" ")}):\n${output}`, {
        cause: error,
      });
    }
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${output}`, { cause: error });
  }
}

/** A fresh app directory with its dependencies installed. */
export interface ConsumerApp {
  readonly dir: string;
  readonly installSeconds: number;
}

/** What a fresh app is made of. */
export interface AppRecipe {
  /** Prefix of the temporary directory's name. */
  readonly name: string;
  /** Directories whose files are copied into the app, in order. */
  readonly fixtures: readonly string[];
  /** The app's package.json; `rosterkit` is set to the packed tarball. */
  readonly manifest: { readonly dependencies?: Record<string, string>; readonly devDependencies?: Record<string, string>; readonly [key: string]: unknown };
}

/** Makes an app in the OS temp dir and runs `npm install` in it, with the packed tarball as `rosterkit`. */
export async function installApp(recipe: AppRecipe): Promise<ConsumerApp> {
  const dir = await mkdtemp(join(tmpdir(), `rosterkit-${recipe.name}-`));
  for (const fixture of recipe.fixtures) {
    await cp(fixture, dir, { recursive: true, filter: (source) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(source) });
  }
  const manifest = { ...recipe.manifest, dependencies: { ...recipe.manifest.dependencies, rosterkit: `file:${inject("packageTarball")}` } };
  await writeFile(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const started = performance.now();
  await exec("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], dir);
  const app = { dir, installSeconds: (performance.now() - started) / 1000 };
  console.warn(`[${recipe.name}] npm install took ${app.installSeconds.toFixed(1)} s in ${dir}`);
  return app;
}

/** The version of a package installed in an app. */
export function installedVersion(dir: string, name: string): string {
  return (JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves a directory on a free port of 127.0.0.1. */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** A free TCP port of 127.0.0.1, for a server the test starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A screen the console is loaded on. */
export interface Screen {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** A phone: touch, and the page's `<meta name="viewport">` honoured, as on a real one. */
  readonly mobile: boolean;
}

/** A laptop's window, 1280 px wide. */
export const DESKTOP: Screen = { name: "desktop 1280×800", width: 1280, height: 800, mobile: false };

/** A phone held upright, 390 × 844 CSS px (iPhone 12 to 14). */
export const PHONE: Screen = { name: "phone 390×844", width: 390, height: 844, mobile: true };

/**
 * Loads the page at `url` in Chromium on `screen` and checks the console there: rows render with status
 * badges, rosterkit/styles.css made it into the page's CSS, the first row's menu opens and closes, and
 * the page is no wider than the screen (nothing scrolls sideways but the table's own viewport). Returns
 * every error the page reported (page errors, `console.error` and warnings, failed requests), for the
 * test to expect none; `inspect` checks more on the loaded page.
 */
export async function loadConsole(url: string, inspect: (page: Page) => Promise<void> = async () => undefined, screen: Screen = DESKTOP): Promise<readonly string[]> {
  const browser = await chromium.launch({ ...inject("chromium"), headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, isMobile: screen.mobile, hasTouch: screen.mobile });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(`console.${message.type()}: ${message.text().split("\n")[0] ?? ""}`);
    });
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
    await page.goto(url);
    const rows = page.locator('[data-scope="users-table"][data-part="row"]');
    await rows.first().waitFor({ state: "visible", timeout: 30_000 });
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-scope="status-badge"][data-part="root"]').count()).toBeGreaterThan(0);
    // rosterkit/styles.css made it into the app's CSS: rules on the parts' rk- classes.
    const styled = await page.evaluate(
      () =>
        Array.from(document.styleSheets)
          .flatMap((sheet) => Array.from(sheet.cssRules))
          .filter((rule) => rule.cssText.includes(".rk-")).length,
    );
    expect(styled).toBeGreaterThan(0);
    // Open the first row's menu: the kebab works, and the menu is anchored to its trigger.
    await page.locator('[data-scope="member-actions"][data-part="trigger"]').first().click();
    await page.getByRole("menu").waitFor({ state: "visible", timeout: 10_000 });
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "hidden", timeout: 10_000 });
    const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(width.page, `the page scrolls sideways on a ${screen.name}`).toBeLessThanOrEqual(width.window);
    await inspect(page);
    return errors;
  } finally {
    await browser.close();
  }
}

/** A shipped locale as a test expects it on the page: its sources (src/locales/<tag>.ts) and its direction. */
export interface LocaleCase {
  readonly shipped: RosterLocale;
  readonly dir: "ltr" | "rtl";
}

/** A locale case on one screen, with the names `it.each` titles use (`$tag`, `$view`). */
export interface LocaleOnScreen extends LocaleCase {
  readonly screen: Screen;
  readonly tag: string;
  readonly view: string;
}

/** Every case on the desktop and on the phone. */
export function onEveryScreen(cases: readonly LocaleCase[]): readonly LocaleOnScreen[] {
  return cases.flatMap((locale) => [DESKTOP, PHONE].map((screen) => ({ ...locale, screen, tag: locale.shipped.locale, view: screen.name })));
}

/**
 * Checks that the loaded console speaks `shipped`: the kit's root carries its `lang` and `dir`, and the
 * invite button, the first row's status badge and the Name column's sort button (in the table's header on
 * a desktop, in the bar above the cards on a phone) show the locale's own messages, compared with its
 * sources so they never drift.
 */
export async function expectLocale(page: Page, { shipped, dir }: LocaleCase, screen: Screen): Promise<void> {
  const { locale, messages } = shipped;
  const root = page.locator('[data-scope="roster"][data-part="root"]').first();
  expect(await root.getAttribute("lang")).toBe(locale);
  expect(await root.getAttribute("dir")).toBe(dir);
  const invite = page.locator('[data-scope="invite-dialog"][data-part="trigger"]').first();
  expect(await invite.isVisible(), "the invite button is visible").toBe(true);
  expect((await invite.innerText()).trim()).toBe(messages.invite.openButton);
  const badge = page.locator('[data-scope="users-table"][data-part="row"] [data-scope="status-badge"][data-part="root"]').first();
  const status = (await badge.getAttribute("data-status")) as keyof typeof messages.status.label | null;
  if (status === null) throw new Error("the first row's status badge has no data-status");
  expect(await badge.isVisible(), "the first row's status badge is visible").toBe(true);
  expect((await badge.innerText()).trim()).toBe(messages.status.label[status]);
  const sortTriggers = await page.locator('[data-scope="users-table"][data-part="sort-trigger"]').filter({ visible: true }).allInnerTexts();
  expect(sortTriggers, `the sort buttons on a ${screen.name}`).toEqual(expect.arrayContaining([expect.stringContaining(messages.table.columns.name)]));
}
