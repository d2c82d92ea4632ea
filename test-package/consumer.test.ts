import { execFile } from "node:child_process";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * The packed tarball in a fresh app, as a customer would use it: a new directory in the OS temp dir,
 * `npm install` of the tarball with React (19, then 18) and the app's tooling from the registry (the npm
 * cache makes it fast: `--prefer-offline`), then
 * - a typecheck of the app against the published declarations (React 19 app, with @types/react),
 * - server rendering with react-dom/server in plain Node (`ssr.mjs`: Node resolves the package itself),
 * - a Vite production build of `src/main.tsx`, loaded in Debian's Chromium: rows render, no page errors.
 * The app's files are in test-package/consumer-app/. If the registry cannot be reached, the test fails
 * and says so: nothing is skipped.
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = fileURLToPath(new URL("./consumer-app/", import.meta.url));
const repoPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
};

/** The exact versions the repository builds with (package.json, so the lockfile's), for the app's tooling. */
function repoVersion(name: string): string {
  const version = repoPackage.devDependencies[name];
  if (version === undefined) throw new Error(`${name} is not a devDependency of rosterkit`);
  return version;
}

const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|socket hang up/i;

/** The environment of a shell, not of vitest: no NODE_ENV=test (it would make Vite bundle React's development build). */
function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  delete env["NODE_ENV"];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return { ...env, ...extra };
}

async function exec(command: string, args: readonly string[], cwd: string, timeout = 150_000, env = childEnv()): Promise<string> {
  try {
    const { stdout } = await run(command, [...args], { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env });
    return stdout;
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

interface ConsumerApp {
  readonly dir: string;
  readonly installSeconds: number;
}

async function createApp(react: string, withTypes: boolean): Promise<ConsumerApp> {
  const dir = await mkdtemp(join(tmpdir(), `rosterkit-consumer-react${react.split(".")[0]}-`));
  await cp(fixture, dir, { recursive: true });
  const devDependencies: Record<string, string> = {
    vite: repoVersion("vite"),
    "@vitejs/plugin-react": repoVersion("@vitejs/plugin-react"),
  };
  if (withTypes) {
    devDependencies["@types/react"] = repoVersion("@types/react");
    devDependencies["@types/react-dom"] = repoVersion("@types/react-dom");
  }
  const manifest = {
    name: "rosterkit-consumer",
    private: true,
    type: "module",
    dependencies: { rosterkit: `file:${inject("packageTarball")}`, react, "react-dom": react },
    devDependencies,
  };
  await writeFile(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const started = performance.now();
  await exec("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], dir);
  return { dir, installSeconds: (performance.now() - started) / 1000 };
}

const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves a directory on a free port of 127.0.0.1. */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
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

interface SsrResult {
  readonly react: string;
  readonly status: string;
  readonly shell: string;
  readonly loaded: string;
}

const APPS = [
  { react: "19.3.1", typecheck: true },
  { react: "18.3.1", typecheck: false },
] as const;

describe.each(APPS)("a fresh Vite app with React $react and the packed tarball", ({ react, typecheck }) => {
  let app: ConsumerApp | undefined;

  beforeAll(async () => {
    app = await createApp(react, typecheck);
    console.warn(`[consumer react ${react}] npm install took ${app.installSeconds.toFixed(1)} s in ${app.dir}`);
  });

  afterAll(async () => {
    if (app !== undefined) await rm(app.dir, { recursive: true, force: true });
  });

  function appDir(): string {
    if (app === undefined) throw new Error("the consumer app was not installed");
    return app.dir;
  }

  it("installs the tarball with its runtime dependencies, and the React asked for", () => {
    const installed = (name: string): string =>
      (JSON.parse(readFileSync(join(appDir(), "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    expect(installed("react")).toBe(react);
    expect(installed("react-dom")).toBe(react);
    expect(installed("rosterkit")).toBe((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version);
    for (const dependency of ["@radix-ui/react-dialog", "@radix-ui/react-dropdown-menu", "@tanstack/react-table", "@tanstack/react-virtual"]) {
      expect(existsSync(join(appDir(), "node_modules", dependency, "package.json")), dependency).toBe(true);
    }
    // The tarball ships the build, not the sources or the tests.
    expect(existsSync(join(appDir(), "node_modules", "rosterkit", "dist", "styles.css"))).toBe(true);
    expect(existsSync(join(appDir(), "node_modules", "rosterkit", "src"))).toBe(false);
  });

  // One typecheck is enough: @types/react follows React 19 here (the React 18 app has no @types).
  if (typecheck) {
    it("typechecks against the published declarations (tsc, moduleResolution bundler)", async () => {
      await exec(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], appDir());
    });
  }

  it("renders the console with react-dom/server in Node", async () => {
    const result = JSON.parse(await exec(process.execPath, ["ssr.mjs"], appDir())) as SsrResult;
    expect(result.react).toBe(react);
    expect(result.shell).toContain('data-scope="user-management"');
    expect(result.status).toBe("ready");
    const rows = result.loaded.match(/data-scope="users-table" data-part="row"/g) ?? [];
    expect(rows.length).toBeGreaterThan(0);
  });

  /** Builds the app with Vite into `outDir` and loads it in Chromium; returns the errors the page reported. */
  async function buildAndLoad(mode: "production" | "development"): Promise<readonly string[]> {
    const dir = appDir();
    const outDir = join(dir, `dist-${mode}`);
    const vite = join(dir, "node_modules", "vite", "bin", "vite.js");
    await exec(process.execPath, [vite, "build", "--mode", mode, "--outDir", outDir, "--logLevel", "warn"], dir, 150_000, childEnv({ NODE_ENV: mode }));
    const { url, server } = await serve(outDir);
    const browser = await chromium.launch({ ...inject("chromium"), headless: true });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console.error: ${message.text().split("\n")[0] ?? ""}`);
      });
      page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
      await page.goto(url);
      const rows = page.locator('[data-scope="users-table"][data-part="row"]');
      await rows.first().waitFor({ state: "visible", timeout: 30_000 });
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await page.locator('[data-scope="status-badge"][data-part="root"]').count()).toBeGreaterThan(0);
      // rosterkit/styles.css made it into the app's CSS: rules on the components' data-scope attributes.
      const styled = await page.evaluate(
        () =>
          Array.from(document.styleSheets)
            .flatMap((sheet) => Array.from(sheet.cssRules))
            .filter((rule) => rule.cssText.includes("data-scope")).length,
      );
      expect(styled).toBeGreaterThan(0);
      // Open the first row's menu: the kebab works, and the menu is anchored to its trigger.
      await page.locator('[data-scope="member-actions"][data-part="trigger"]').first().click();
      await page.getByRole("menu").waitFor({ state: "visible", timeout: 10_000 });
      await page.keyboard.press("Escape");
      await page.getByRole("menu").waitFor({ state: "hidden", timeout: 10_000 });
      return errors;
    } finally {
      await browser.close();
      server.close();
    }
  }

  it("builds with Vite for production, and the page renders the table's rows in Chromium without errors", async () => {
    expect(await buildAndLoad("production")).toEqual([]);
  });

  // React's development build reports what the production build silently drops (on React 18 and 19).
  it("with React's development build, the page logs no React warnings", async () => {
    expect(await buildAndLoad("development")).toEqual([]);
  });
});
