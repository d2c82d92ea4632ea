// Adds explicit `.js` extensions to the relative imports of the emitted declarations in dist/.
//
// The sources use extensionless relative imports (moduleResolution "Bundler"), and vite-plugin-dts
// copies them as written. TypeScript consumers with `moduleResolution: "node16"`/"nodenext" then
// cannot follow `export * from "./policy"` and see most of the API as missing (are-the-types-wrong:
// "InternalResolutionError"). Each specifier becomes `./x.js` or `./x/index.js`, whichever the
// declaration files say exists; a specifier that matches neither fails the build.
/* global process, console */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
// `from "./x"`, `import("./x")` and side-effect `import "./x"` in declaration files.
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g;

/** @param {string} dir @returns {string[]} */
function declarationFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return name.endsWith(".d.ts") ? [path] : [];
  });
}

/** @param {string} file @param {string} specifier */
function withExtension(file, specifier) {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, "index.d.ts"))) return `${specifier.replace(/\/$/, "")}/index.js`;
  throw new Error(`${file}: no declaration file for "${specifier}"`);
}

if (!existsSync(root)) throw new Error(`${root} does not exist: run the library build first`);
let changed = 0;
for (const file of declarationFiles(root)) {
  const text = readFileSync(file, "utf8");
  const fixed = text.replace(SPECIFIER, (_, head, quote, specifier) => `${head}${quote}${withExtension(file, specifier)}${quote}`);
  if (fixed !== text) {
    writeFileSync(file, fixed);
    changed += 1;
  }
}
console.warn(`fix-dts-specifiers: ${changed} declaration files updated in ${root}`);
