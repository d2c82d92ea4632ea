/**
 * The import graph of `src/core`, read from the sources: every `.ts` file of the folder and its
 * subfolders, and the modules each one imports or re-exports (type-only imports included).
 * @module
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** Absolute path of `src/core`. */
export const CORE_DIR = resolve(import.meta.dirname, "../../src/core");

const importPattern = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g;

/** Every `.ts` file of `src/core` and its subfolders, as a path relative to it with `/` separators, sorted. */
export function coreFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith(".ts") ? [relative(CORE_DIR, path).split(sep).join("/")] : [];
    });
  return walk(CORE_DIR).sort();
}

/** The module specifiers a core file imports or re-exports from, in source order. */
export function importsOf(file: string): string[] {
  const source = readFileSync(join(CORE_DIR, file), "utf8");
  return [...source.matchAll(importPattern)].map((match) => match[1] ?? "");
}

/** The absolute path of the `.ts` file a relative specifier of `file` names. */
export function resolveImport(file: string, specifier: string): string {
  return `${resolve(CORE_DIR, dirname(file), specifier)}.ts`;
}

/** The core files a core file imports, as paths relative to `src/core`; imports from elsewhere are left out. */
export function coreImportsOf(file: string): string[] {
  return importsOf(file)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(CORE_DIR, resolveImport(file, specifier)).split(sep).join("/"))
    .filter((target) => !target.startsWith(".."));
}
