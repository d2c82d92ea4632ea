import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../src/locales/de";
import { he } from "../src/locales/he";
import type { ConsumerApp, LocaleCase } from "./consumer-support";
import { childEnv, exec, expectLocale, freePort, installApp, installedVersion, loadConsole, onEveryScreen, packageVersion, root } from "./consumer-support";

/**
 * The Next.js App Router example (examples/nextjs) from the packed tarball: its package.json with
 * `rosterkit` replaced by the tarball, `npm install`, `next build` (which typechecks it), `next start`,
 * and the page in Chromium. The page is a server component that reads the signed-in actor from
 * rosterkit/server's engine and renders a client component with `<UserManagement>` on the REST adapter;
 * the route handler app/api/rosterkit/[...path] serves the protocol with `createRosterHandler`. The
 * server's HTML holds the console, and hydrating it logs nothing: no React error #418, no warning, in
 * English and in the shipped German and Hebrew (`?locale=`), on a desktop and on a phone. The
 * test adds a page of its own (test-package/nextjs-overlay/): the console on the in-memory adapter, whose
 * answers arrive during hydration, where a store without a server snapshot made React log #418.
 */

const example = join(root, "examples", "nextjs");
const overlay = join(root, "test-package", "nextjs-overlay");
const exampleManifest = JSON.parse(readFileSync(join(example, "package.json"), "utf8")) as {
  readonly dependencies: Record<string, string>;
  readonly [key: string]: unknown;
};

/** The example's languages besides English: left to right and right to left. */
const LOCALE_CASES: readonly LocaleCase[] = [
  { shipped: de, dir: "ltr" },
  { shipped: he, dir: "rtl" },
];

/** Starts `next start` on a free port and resolves once it answers. */
async function startNext(dir: string): Promise<{ url: string; server: ChildProcess; output: () => string }> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(dir, "node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: dir,
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${log}`);
    try {
      if ((await fetch(url)).ok) return { url, server, output: () => log };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`next start did not answer ${url} within 60 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("the Next.js App Router example with the packed tarball", () => {
  let app: ConsumerApp | undefined;
  let next: Awaited<ReturnType<typeof startNext>> | undefined;

  beforeAll(async () => {
    app = await installApp({ name: "consumer-nextjs", fixtures: [example, overlay], manifest: exampleManifest });
  });

  afterAll(async () => {
    next?.server.kill();
    if (app !== undefined) await rm(app.dir, { recursive: true, force: true });
  });

  function appDir(): string {
    if (app === undefined) throw new Error("the Next.js app was not installed");
    return app.dir;
  }

  it("installs next, React and the tarball", () => {
    expect(installedVersion(appDir(), "next")).toBe(exampleManifest.dependencies["next"]);
    expect(installedVersion(appDir(), "react")).toBe(exampleManifest.dependencies["react"]);
    expect(installedVersion(appDir(), "rosterkit")).toBe(packageVersion);
  });

  it("builds with next build (typecheck included): the page and the route handler are rendered on demand", async () => {
    const { stdout } = await exec(process.execPath, [join(appDir(), "node_modules", "next", "dist", "bin", "next"), "build"], appDir(), 170_000);
    expect(stdout).toMatch(/Compiled successfully/);
    expect(stdout).toMatch(/ƒ \/api\/rosterkit\/\[\.\.\.path\]/);
  });

  it("serves the console rendered on the server, from a server component page", async () => {
    next = await startNext(appDir());
    const html = await (await fetch(next.url)).text();
    expect(html).toContain("<h1>Members</h1>");
    expect(html).toContain('data-scope="user-management"');
    const api = await fetch(new URL("api/rosterkit/workspaces/ws-1/members", next.url));
    expect(api.status).toBe(200);
  });

  it("hydrates in Chromium without an error or a warning (no #418), then loads rows and the seat count over the route handler", async () => {
    if (next === undefined) throw new Error("next start is not running");
    const errors = await loadConsole(next.url, async (page) => {
      await page.locator('[data-scope="seat-count"][data-part="root"]').waitFor({ state: "visible", timeout: 10_000 });
      expect(Number(await page.locator('[data-scope="seat-count"][data-part="root"]').getAttribute("data-count"))).toBeGreaterThan(0);
    });
    expect(errors).toEqual([]);
    expect(next.output()).not.toMatch(/\bError\b|⨯/);
  });

  it("renders the console in Hebrew on the server for ?locale=he: right to left, the locale's messages", async () => {
    if (next === undefined) throw new Error("next start is not running");
    const html = await (await fetch(new URL("?locale=he", next.url))).text();
    expect(html).toContain('dir="rtl" lang="he"');
    expect(html).toContain(he.messages.invite.openButton);
  });

  it.each(onEveryScreen(LOCALE_CASES))(
    "hydrates in $tag on a $view without an error or a warning: the locale's messages and direction",
    async ({ screen, ...locale }) => {
      if (next === undefined) throw new Error("next start is not running");
      const errors = await loadConsole(new URL(`?locale=${locale.tag}`, next.url).href, (page) => expectLocale(page, locale, screen), screen);
      expect(errors).toEqual([]);
    },
  );

  it("hydrates the in-memory console, whose answers arrive during hydration, without #418", async () => {
    if (next === undefined) throw new Error("next start is not running");
    const errors = await loadConsole(new URL("in-memory", next.url).href, async (page) => {
      await page.locator('[data-scope="seat-count"][data-part="root"]').waitFor({ state: "visible", timeout: 10_000 });
    });
    expect(errors).toEqual([]);
  });
});
