#!/usr/bin/env node
// `npm run release:check`: proves the package is ready to publish, step by step, and says "ready to
// publish" only when every step passed:
//   1. build: `npm run build` (dist/ from the current sources);
//   2. pack: `npm pack --dry-run`, the files and size the tarball would have;
//   3. publint (strict) and are-the-types-wrong: `npm run lint:package` (every entry, each shipped
//      locale `rosterkit/locales/<tag>` included);
//   4. the package tests: `vitest run --project package` (size budgets, the tarball's files and links,
//      tree-shaking, and the packed tarball installed into fresh apps: Vite with React 19 and 18,
//      Next.js App Router, in shipped locales on a desktop and a phone, a project on msw 3 and vitest 5;
//      they need the npm registry and Chromium).
// Stops at the first failing step, names it, and exits 1.
/* global process, URL */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function say(line) {
  process.stdout.write(`${line}\n`);
}

/** Runs a step with its output shown; returns its stdout when `capture` is set. */
function step(title, command, args, { capture = false } = {}) {
  say(`\n── ${title}: ${command} ${args.join(" ")}`);
  const env = { ...process.env };
  delete env.NODE_ENV; // the library build must use React's production JSX runtime
  const result = spawnSync(command, args, { cwd: root, env, stdio: capture ? ["inherit", "pipe", "inherit"] : "inherit", encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ NOT ready to publish: "${title}" failed${result.error ? ` (${result.error.message})` : ` with exit code ${result.status}`}.\n`);
    process.exit(1);
  }
  return result.stdout ?? "";
}

step("build", npm, ["run", "build"]);
const [packed] = JSON.parse(step("pack", npm, ["pack", "--dry-run", "--json", "--loglevel=error"], { capture: true }));
say(`${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1000).toFixed(1)} kB packed, ${(packed.unpackedSize / 1000).toFixed(1)} kB unpacked`);
step("publint and are-the-types-wrong", npm, ["run", "lint:package"]);
step("package tests (sizes, tarball, tree-shaking, consumer apps)", npm, ["exec", "--", "vitest", "run", "--project", "package"]);

say(`\n✓ ${name}@${version} is ready to publish: npm publish`);
