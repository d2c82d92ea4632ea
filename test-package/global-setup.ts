import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { chromium } from "../vite.config";

/**
 * Global setup of the "package" project: makes sure `dist/` is the library build of the current
 * sources (CI builds right before `npm test`; a local run without a build, or with sources newer than
 * `dist/`, builds here with `npm run build`), then packs it once with `npm pack` into a temporary
 * directory. Tests read the tarball with `inject("packageTarball")`.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of `rosterkit-<version>.tgz`, packed from the current `dist/`. */
    packageTarball: string;
    /** How to launch Debian's Chromium (`chromium` of vite.config.ts: path and the TOOLCHAIN.md flags). */
    chromium: { executablePath: string; args: string[] };
  }
}

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
/** What the build reads: a change to any of these makes `dist/` stale. */
const BUILD_INPUTS = ["src", "package.json", "vite.config.ts", "tsconfig.json", "scripts/fix-dts-specifiers.mjs"];
const BUILD_OUTPUT = join(root, "dist", "index.js");

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function distIsStale(): boolean {
  if (!existsSync(BUILD_OUTPUT) || !existsSync(join(root, "dist", "react", "index.d.ts"))) return true;
  const built = statSync(BUILD_OUTPUT).mtimeMs;
  return BUILD_INPUTS.some((input) => existsSync(join(root, input)) && newestChange(join(root, input)) > built);
}

/**
 * A shell's environment, not vitest's: with vitest's NODE_ENV=test, `vite build` compiles JSX for
 * `react/jsx-dev-runtime`, whose `jsxDEV` is undefined in React's production build (apps crash).
 */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env["NODE_ENV"];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run("npm", [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: shellEnv() });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (distIsStale()) {
    console.warn("[package] dist/ is missing or older than the sources: running `npm run build`");
    await npm(["run", "build"], root);
  }
  const packDir = await mkdtemp(join(tmpdir(), "rosterkit-pack-"));
  const teardown = (): Promise<void> => rm(packDir, { recursive: true, force: true });
  try {
    const packed = JSON.parse(await npm(["pack", "--json", "--pack-destination", packDir], root)) as readonly { filename: string }[];
    const filename = packed[0]?.filename;
    if (filename === undefined) throw new Error("npm pack reported no tarball");
    project.provide("packageTarball", join(packDir, filename));
    project.provide("chromium", chromium);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
