import { readFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_DIR, coreFiles, importsOf, resolveImport } from "./support/core-imports";

describe("core boundary (STYLE.md layers)", () => {
  const files = coreFiles();

  it("walks the subfolders of src/core too", () => {
    expect(files).toEqual(expect.arrayContaining(["commands/status.command.ts", "engine/roster-engine.ts", "store.ts"]));
  });

  it.each(files)("%s imports only other core modules", (file) => {
    const outside = importsOf(file).filter((specifier) => {
      if (!specifier.startsWith(".")) return true;
      const target = relative(CORE_DIR, resolveImport(file, specifier));
      return target.startsWith("..") || !/^[\w./-]+\.ts$/.test(target);
    });
    expect(outside, `${file} imports from outside src/core (from ${dirname(file) || "."})`).toEqual([]);
  });

  it.each(files)("%s touches no browser globals", (file) => {
    const source = readFileSync(`${CORE_DIR}/${file}`, "utf8");
    expect(source).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator)\.|\bfetch\(/);
  });
});
