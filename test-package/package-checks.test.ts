import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * The published shape of the package, checked on `dist/` as `npm pack` ships it: the size budgets of
 * `.size-limit.json` (targets and measured figures in SIZE.md), publint, and are-the-types-wrong for
 * ESM consumers (bundler and node16 resolution). `dist/` is built by test-package/global-setup.ts.
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  /** stdout and stderr. */
  readonly output: string;
}

async function npmScript(script: string, ...args: readonly string[]): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", script, ...(args.length > 0 ? ["--", ...args] : [])], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    return { code: 0, stdout, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const { code, stdout = "", stderr = "" } = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof code === "number" ? code : 1, stdout, output: `${stdout}\n${stderr}` };
  }
}

interface SizeCheck {
  readonly name: string;
  readonly passed: boolean;
  readonly size: number;
  readonly sizeLimit?: number;
}

describe("the packed package", () => {
  it("is compiled for React's production JSX runtime (no react/jsx-dev-runtime, no jsxDEV)", () => {
    // A build run with NODE_ENV=development or test (e.g. from inside vitest) emits `jsxDEV` calls, which
    // throw in every app on React's production build.
    const built = readdirSync(join(root, "dist")).filter((name) => name.endsWith(".js"));
    expect(built.length).toBeGreaterThan(0);
    const offenders = built.filter((name) => /jsx-dev-runtime|\bjsxDEV\b/.test(readFileSync(join(root, "dist", name), "utf8")));
    expect(offenders).toEqual([]);
  });

  it('keeps "use client" at the top of every client module\'s output (React Server Components)', () => {
    const sources = readdirSync(join(root, "src", "react")).filter((name) => /\.tsx?$/.test(name) && readFileSync(join(root, "src", "react", name), "utf8").startsWith('"use client";'));
    const outputs = sources.map((name) => join(root, "dist", "react", name.replace(/\.tsx?$/, ".js"))).filter((path) => existsSync(path));
    expect(outputs.length).toBeGreaterThan(10);
    expect(outputs.filter((path) => !readFileSync(path, "utf8").startsWith('"use client";'))).toEqual([]);
  });

  it("stays within every size-limit budget (gzip, React external)", async () => {
    // The JSON report is stdout; esbuild's warnings go to stderr.
    const { code, stdout, output } = await npmScript("size", "--json");
    const json = stdout.slice(stdout.indexOf("["), stdout.lastIndexOf("]") + 1);
    let checks: readonly SizeCheck[];
    try {
      checks = JSON.parse(json) as readonly SizeCheck[];
    } catch {
      throw new Error(`size-limit printed no JSON report (exit ${code}):\n${output}`);
    }
    console.warn(
      ["size-limit (gzip):", ...checks.map((check) => `  ${check.passed ? "ok  " : "OVER"} ${(check.size / 1000).toFixed(2)} kB / ${((check.sizeLimit ?? 0) / 1000).toFixed(2)} kB  ${check.name}`)].join("\n"),
    );
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((check) => check.sizeLimit === undefined).map((check) => check.name), "every entry has a limit").toEqual([]);
    expect(checks.filter((check) => !check.passed).map((check) => `${check.name}: ${check.size} B > ${check.sizeLimit} B`)).toEqual([]);
    expect(code, output).toBe(0);
  });

  // Every entry, the stylesheet and each shipped locale included. The esm-only profile ignores node10 (no `exports` support) and
  // node16 from CommonJS: attw reads a `require()` of the ESM files as "dynamic import only", which is
  // what TypeScript's node16 mode assumes; Node ≥ 20.19 does require() them through the `default`
  // condition (consumer.test.ts runs require.cjs).
  it("passes publint (strict) and are-the-types-wrong (esm-only profile) for every entry", async () => {
    const { code, output } = await npmScript("lint:package");
    expect(code, output).toBe(0);
    expect(output).toContain("All good!");
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    // attw skips a wildcard export ("rosterkit/locales/*"): lint:package names each shipped locale.
    const locales = readdirSync(join(root, "src", "locales")).map((name) => `./locales/${name.replace(/\.ts$/, "")}`);
    expect(locales.length).toBeGreaterThan(1);
    for (const entry of [...Object.keys(manifest.exports).filter((name) => !name.includes("*")), ...locales]) {
      expect(output, `attw checked ${entry}`).toContain(`"${entry === "." ? "rosterkit" : `rosterkit${entry.slice(1)}`}"`);
    }
    // attw exits 0 when only ignored resolutions (node10, require from CJS) have problems; list the rest.
    const problems = output.split("\n").filter((line) => !line.includes("ignored") && /❌|💀|🥴|⚠️|❗️|🐛|🚭|🎭/u.test(line));
    expect(problems, output).toEqual([]);
  });
});
