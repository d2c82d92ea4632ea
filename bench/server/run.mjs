/**
 * `npm run bench:server`: builds the server bench (bench/server/bench.ts) and the server process it
 * starts (test/support/server-process.ts) with esbuild into node_modules/.cache/rosterkit-bench-server/,
 * then runs the bench in a Node process of its own with room for a 1,000,000-member seed. Arguments
 * pass through: `--sizes=100000,1000000`, `--runs=200`, `--changes=200`, `--clients=50`,
 * `--changes-per-client=60`, `--quick` (10,000 members, few runs), `--writes-only` (no read figures), `--out=<path without extension>`.
 */
/* global process, URL */
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));
const outdir = `${root}node_modules/.cache/rosterkit-bench-server`;
await mkdir(outdir, { recursive: true });
// Packages stay external: they resolve from the project's node_modules, above the output folder.
await build({
  entryPoints: { bench: `${root}bench/server/bench.ts`, "server-process": `${root}test/support/server-process.ts` },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});

// The results' default place is the project's, not the built file's.
const args = process.argv.slice(2);
if (!args.some((arg) => arg.startsWith("--out="))) args.push(`--out=${root}bench/results/server-latest`);
const child = spawn(process.execPath, ["--max-old-space-size=8192", `${outdir}/bench.mjs`, ...args], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "development", ROSTERKIT_SERVER_PROCESS_BUNDLE: `${outdir}/server-process.mjs` },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
