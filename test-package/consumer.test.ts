import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ar } from "../src/locales/ar";
import { de } from "../src/locales/de";
import { ja } from "../src/locales/ja";
import type { RosterLocale } from "../src/react/messages";
import type { ConsumerApp, LocaleCase } from "./consumer-support";
import { childEnv, exec, expectLocale, installApp, installedVersion, loadConsole, onEveryScreen, packageVersion, repoVersion, root, serve } from "./consumer-support";

/**
 * The packed tarball in fresh apps, as a customer would use it (helpers in consumer-support.ts):
 * - Vite apps with React 19 and 18 (test-package/consumer-app/): a typecheck against the published
 *   declarations without Vite's client types (React 19 app), server rendering with react-dom/server in
 *   plain Node (`ssr.mjs`: Node resolves the package itself), `require()` of the core, the adapters and
 *   the server from CommonJS (`require.cjs`), and a Vite build of `src/main.tsx` loaded in Chromium, in
 *   English and, by `?locale=<tag>`, in shipped locales loaded from `rosterkit/locales/<tag>` (German,
 *   Arabic right to left and Japanese in every build, every shipped locale in React 19's development
 *   build), on a desktop and on a phone, with no error or warning in the console;
 * - a project already on msw 3 and vitest 5 (test-package/latest-peers-app/): the tarball installs
 *   without ERESOLVE on its optional peers, and on Node 22 (which both need; the official binary from
 *   the npm package `node-<platform>-<arch>`) the adapter conformance suite of rosterkit/testing runs
 *   under vitest 5 against the REST adapter over rosterkit/mocks on msw 3.
 * The Next.js App Router app is in consumer-nextjs.test.ts. If the registry cannot be reached, the test
 * fails and says so: nothing is skipped.
 */

const fixture = fileURLToPath(new URL("./consumer-app/", import.meta.url));
const latestPeersFixture = fileURLToPath(new URL("./latest-peers-app/", import.meta.url));

interface SsrResult {
  readonly react: string;
  readonly status: string;
  readonly shell: string;
  readonly arabicShell: string;
  readonly loaded: string;
}

interface RequireResult {
  readonly decision: { readonly ok: boolean; readonly rule?: string; readonly reasonKey?: string };
  /** The decision's English sentence (`denialSentence`), when it is a refusal. */
  readonly sentence: string | null;
  readonly status: number;
  readonly members: number | null;
}

/** Shipped locales every build is checked in: left to right with Latin script, right to left, and CJK. */
const LOCALE_CASES: readonly LocaleCase[] = [
  { shipped: de, dir: "ltr" },
  { shipped: ar, dir: "rtl" },
  { shipped: ja, dir: "ltr" },
];

const RIGHT_TO_LEFT = new Set(["ar", "he"]);

/**
 * Every shipped locale, from its sources: src/locales/<tag>.ts exports one `RosterLocale` named after its
 * tag without the dash (docs/i18n.md). A new file here is a language the consumer app must offer too.
 */
const EVERY_LOCALE: readonly LocaleCase[] = Object.entries(import.meta.glob<Record<string, RosterLocale>>("../src/locales/*.ts", { eager: true })).map(([path, module]) => {
  const name = basename(path, ".ts").replace("-", "");
  const shipped = module[name];
  if (shipped === undefined) throw new Error(`${path} exports no locale named ${name}`);
  return { shipped, dir: RIGHT_TO_LEFT.has(shipped.locale) ? "rtl" : "ltr" };
});

/** The Vite builds the page is loaded from: React's development build logs the warnings production drops. */
const MODES = ["production", "development"] as const;

/** `once`: the app where the checks that do not depend on React's version run (typecheck, CommonJS). */
const APPS = [
  { react: "19.3.1", once: true },
  { react: "18.3.1", once: false },
] as const;

describe.each(APPS)("a fresh Vite app with React $react and the packed tarball", ({ react, once }) => {
  let app: ConsumerApp | undefined;

  beforeAll(async () => {
    // One typecheck is enough: @types/react follows React 19 here (the React 18 app has no @types).
    const types = once ? { "@types/react": repoVersion("@types/react"), "@types/react-dom": repoVersion("@types/react-dom") } : {};
    app = await installApp({
      name: `consumer-react${react.split(".")[0]}`,
      fixtures: [fixture],
      manifest: {
        name: "rosterkit-consumer",
        private: true,
        type: "module",
        dependencies: { react, "react-dom": react },
        devDependencies: { vite: repoVersion("vite"), "@vitejs/plugin-react": repoVersion("@vitejs/plugin-react"), ...types },
      },
    });
  });

  afterAll(async () => {
    if (app !== undefined) await rm(app.dir, { recursive: true, force: true });
  });

  function appDir(): string {
    if (app === undefined) throw new Error("the consumer app was not installed");
    return app.dir;
  }

  it("installs the tarball with its runtime dependencies, and the React asked for", () => {
    expect(installedVersion(appDir(), "react")).toBe(react);
    expect(installedVersion(appDir(), "react-dom")).toBe(react);
    expect(installedVersion(appDir(), "rosterkit")).toBe(packageVersion);
    for (const dependency of ["@radix-ui/react-dialog", "@radix-ui/react-dropdown-menu", "@tanstack/react-virtual"]) {
      expect(existsSync(join(appDir(), "node_modules", dependency, "package.json")), dependency).toBe(true);
    }
    // The tarball ships the build, not the sources or the tests.
    expect(existsSync(join(appDir(), "node_modules", "rosterkit", "dist", "styles.css"))).toBe(true);
    expect(existsSync(join(appDir(), "node_modules", "rosterkit", "src"))).toBe(false);
  });

  if (once) {
    it('typechecks against the published declarations without vite/client types, `import "rosterkit/styles.css"` and every `rosterkit/locales/<tag>` included', async () => {
      // consumer-app/tsconfig.json: "types": [] and noUncheckedSideEffectImports, so the stylesheet's
      // import resolves only through the package's own declaration (dist/styles.css.d.ts).
      await exec(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], appDir());
    });

    it("require()s rosterkit/core, rosterkit/adapters and rosterkit/server from CommonJS (Node ≥ 20.19)", async () => {
      const { stdout } = await exec(process.execPath, ["require.cjs"], appDir());
      const result = JSON.parse(stdout) as RequireResult;
      expect(result.decision).toMatchObject({ ok: false, rule: "R2" });
      expect(result.decision).toMatchObject({ reasonKey: "R2.notSuperAdmin" });
      expect(result.sentence).toMatch(/super admin/i);
      expect(result.status).toBe(200);
      expect(result.members).toBeGreaterThan(0);
    });
  }

  it("renders the console with react-dom/server in Node", async () => {
    const result = JSON.parse((await exec(process.execPath, ["ssr.mjs"], appDir())).stdout) as SsrResult;
    expect(result.react).toBe(react);
    expect(result.shell).toContain('data-scope="user-management"');
    expect(result.status).toBe("ready");
    const rows = result.loaded.match(/data-scope="users-table" data-part="row"/g) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    // Node resolves rosterkit/locales/ar through the wildcard export.
    expect(result.arabicShell).toContain('dir="rtl" lang="ar"');
    expect(result.arabicShell).toContain(ar.messages.invite.openButton);
  });

  const served = new Map<(typeof MODES)[number], Promise<{ url: string; server: Server }>>();

  afterAll(async () => {
    for (const build of served.values()) (await build).server.close();
  });

  /** The app built with Vite into `dist-<mode>` and served, once per mode. */
  function built(mode: (typeof MODES)[number]): Promise<{ url: string; server: Server }> {
    let build = served.get(mode);
    if (build === undefined) {
      const dir = appDir();
      const outDir = join(dir, `dist-${mode}`);
      const vite = join(dir, "node_modules", "vite", "bin", "vite.js");
      build = exec(process.execPath, [vite, "build", "--mode", mode, "--outDir", outDir, "--logLevel", "warn"], dir, 150_000, childEnv({ NODE_ENV: mode })).then(() => serve(outDir));
      served.set(mode, build);
    }
    return build;
  }

  it("builds with Vite for production, and the page renders the table's rows in Chromium without errors", async () => {
    expect(await loadConsole((await built("production")).url)).toEqual([]);
  });

  // React's development build reports what the production build silently drops (on React 18 and 19).
  it("with React's development build, the page logs no React warnings", async () => {
    expect(await loadConsole((await built("development")).url)).toEqual([]);
  });

  // Every shipped locale once, in the build that reports React's warnings; German, Arabic and Japanese in every build.
  describe.each(MODES)("the %s build, in a shipped locale from rosterkit/locales/<tag>", (mode) => {
    it.each(onEveryScreen(once && mode === "development" ? EVERY_LOCALE : LOCALE_CASES))(
      "in $tag on a $view: the locale's messages and direction, no error or warning",
      async ({ screen, ...locale }) => {
        const url = new URL(`?locale=${locale.tag}`, (await built(mode)).url).href;
        expect(await loadConsole(url, (page) => expectLocale(page, locale, screen), screen)).toEqual([]);
      },
    );
  });
});

/** The Node major msw 3 and vitest 5 need at run time (engines: ≥ 22.12). */
const NODE_22 = "22.12.0";

describe("a project already on msw 3 and vitest 5", () => {
  const msw = "3.0.5";
  const vitest = "5.1.2";
  let app: ConsumerApp | undefined;
  let nodeDir: string | undefined;

  beforeAll(async () => {
    app = await installApp({
      name: "consumer-latest-peers",
      fixtures: [latestPeersFixture],
      manifest: { name: "rosterkit-latest-peers", private: true, type: "module", devDependencies: { msw, vitest } },
    });
  });

  afterAll(async () => {
    if (app !== undefined) await rm(app.dir, { recursive: true, force: true });
    if (nodeDir !== undefined) await rm(nodeDir, { recursive: true, force: true });
  });

  function appDir(): string {
    if (app === undefined) throw new Error("the msw 3 / vitest 5 app was not installed");
    return app.dir;
  }

  it("installs the tarball next to them (no ERESOLVE on the optional peers)", () => {
    expect(installedVersion(appDir(), "msw")).toBe(msw);
    expect(installedVersion(appDir(), "vitest")).toBe(vitest);
    expect(installedVersion(appDir(), "rosterkit")).toBe(packageVersion);
  });

  it(`on Node ${NODE_22}, rosterkit/testing's conformance suite passes under vitest 5, over rosterkit/mocks on msw 3`, async () => {
    nodeDir = await mkdtemp(join(tmpdir(), "rosterkit-node22-"));
    const binary = `node-${process.platform}-${process.arch}@${NODE_22}`;
    const packed = JSON.parse((await exec("npm", ["pack", binary, "--json", "--prefer-offline", "--pack-destination", nodeDir], nodeDir)).stdout) as readonly { filename: string }[];
    const tarball = packed[0]?.filename;
    if (tarball === undefined) throw new Error(`npm pack ${binary} reported no tarball`);
    await exec("tar", ["-xzf", tarball], nodeDir);
    const node = join(nodeDir, "package", "bin", "node");
    expect((await exec(node, ["--version"], nodeDir)).stdout.trim()).toBe(`v${NODE_22}`);
    const reportFile = join(appDir(), "vitest-report.json");
    await exec(node, [join(appDir(), "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=json", `--outputFile=${reportFile}`], appDir(), 150_000, childEnv({ NODE_ENV: "test" }));
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as { success: boolean; numPassedTests: number; numFailedTests: number };
    expect(report.numFailedTests).toBe(0);
    expect(report.numPassedTests).toBeGreaterThan(50);
    expect(report.success).toBe(true);
  });
});
