// The esbuild configuration of a "first paint" size-limit entry (.size-limit.json `config`): what a page
// downloads before it can render, not what it may load later.
//
// size-limit's own esbuild step bundles without code splitting, so every dynamic `import()` is inlined and
// counted: right for "everything loaded", wrong for a first paint. This configuration bundles the entry
// as an app's bundler does (ESM, code splitting, minified, the package's peer dependencies external as
// size-limit makes them), and then keeps in the build's metafile only the entry's chunk and the chunks it
// imports statically: size-limit gzips exactly those files, one by one, as a browser downloads them.
// What loads on demand (the invite dialog, the member's details, the activity log, the table's bulk
// actions and export dialog, the CSV parser…) is left out.
//
// It builds as an app's production build does: `process.env.NODE_ENV` is defined as "production" (Vite
// and Next.js do this), so the kit's development-only code (the adapter result checks behind a
// `process.env.NODE_ENV` condition) drops out as it does in a real app.
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const { peerDependencies = {} } = createRequire(import.meta.url)("../../package.json");

/**
 * Output files of an esbuild metafile that load at once with `entry`: it and, transitively, the chunks
 * it imports with an `import` statement (not `import()`), external modules left out.
 * @param {Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>} outputs
 * @param {string} entry
 * @returns {Set<string>}
 */
export function staticClosure(outputs, entry) {
  const eager = new Set();
  const visit = (file) => {
    if (eager.has(file) || outputs[file] === undefined) return;
    eager.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === "import-statement" && imported.external !== true) visit(imported.path);
  };
  visit(entry);
  return eager;
}

/**
 * The esbuild configuration of one first-paint entry.
 * @param {{ name: string; contents: string }} entry `name` names its output directory; `contents` is the
 *   entry module (resolved from the package root, so `"rosterkit"` is the built package).
 */
export function firstPaint({ name, contents }) {
  const outdir = join(tmpdir(), `rosterkit-size-${name}`);
  return {
    stdin: { contents, resolveDir: root, sourcefile: `${name}.js`, loader: "js" },
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    treeShaking: true,
    define: { "process.env.NODE_ENV": '"production"' },
    external: Object.keys(peerDependencies),
    outdir,
    write: true,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "rosterkit:first-paint",
        setup(build) {
          build.onStart(() => rmSync(outdir, { recursive: true, force: true }));
          build.onEnd((result) => {
            const outputs = result.metafile?.outputs ?? {};
            const entryFile = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === `${name}.js`);
            if (entryFile === undefined) throw new Error(`first paint "${name}": esbuild made no entry chunk`);
            const eager = staticClosure(outputs, entryFile);
            for (const file of Object.keys(outputs)) if (!eager.has(file)) delete outputs[file];
          });
        },
      },
    ],
  };
}
