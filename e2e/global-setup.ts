import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import type { PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { chromium } from "../vite.config";

/**
 * Global setup of the "e2e" project: builds the demo console once with Vite's JS API and serves the
 * build with `vite preview` on a free port of 127.0.0.1; the tests read its URL with `inject("demoUrl")` and
 * the Chromium launch options (the ones vite.config.ts gives the storybook project) with `inject("chromium")`.
 *
 * The build goes to a fresh temporary directory rather than `demo/dist`, so that two runs at once (or
 * someone's `npm run build:demo`) never serve each other half-written files. It is removed at teardown.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** The built demo console, e.g. `http://127.0.0.1:41234/`. */
    demoUrl: string;
    /** How to launch Debian's Chromium (`chromium` of vite.config.ts: path and the TOOLCHAIN.md flags). */
    chromium: { executablePath: string; args: string[] };
  }
}

const configFile = fileURLToPath(new URL("../demo/vite.config.ts", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), "rosterkit-e2e-demo-"));
  let server: PreviewServer | undefined;
  try {
    // The demo bundles React, the kit and MSW in one chunk: Vite's 500 kB advice is noise here.
    await build({ configFile, logLevel: "warn", build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 } });
    server = await preview({ configFile, logLevel: "warn", build: { outDir }, preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  const teardown = async (): Promise<void> => {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  };
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await teardown();
    throw new Error("vite preview did not report a local URL for the demo.");
  }
  project.provide("demoUrl", url);
  project.provide("chromium", chromium);
  return teardown;
}
