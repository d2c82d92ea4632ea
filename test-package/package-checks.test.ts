import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
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
  readonly output: string;
}

async function npmScript(script: string, ...args: readonly string[]): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", script, ...(args.length > 0 ? ["--", ...args] : [])], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    return { code: 0, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const { code, stdout = "", stderr = "" } = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof code === "number" ? code : 1, output: `${stdout}\n${stderr}` };
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

  it("stays within every size-limit budget (gzip, React external)", async () => {
    const { code, output } = await npmScript("size", "--json");
    const json = output.slice(output.indexOf("["), output.lastIndexOf("]") + 1);
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

  it("passes publint (strict) and are-the-types-wrong (esm-only profile)", async () => {
    const { code, output } = await npmScript("lint:package");
    expect(code, output).toBe(0);
    expect(output).toContain("All good!");
    // attw exits 0 when only ignored resolutions (node10, require from CJS) have problems; list the rest.
    const problems = output.split("\n").filter((line) => !line.includes("ignored") && /❌|💀|🥴|⚠️|❗️|🐛|🚭|🎭/u.test(line));
    expect(problems, output).toEqual([]);
  });
});
