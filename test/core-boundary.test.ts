import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const coreDir = join(import.meta.dirname, "../src/core");
const files = readdirSync(coreDir).filter((file) => file.endsWith(".ts"));
const importPattern = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g;

describe("core boundary (STYLE.md layers)", () => {
  it.each(files)("%s imports only other core modules", (file) => {
    const source = readFileSync(join(coreDir, file), "utf8");
    const specifiers = [...source.matchAll(importPattern)].map((match) => match[1] ?? "");
    expect(specifiers.filter((specifier) => !/^\.\/[\w.-]+$/.test(specifier))).toEqual([]);
  });

  it.each(files)("%s touches no browser globals", (file) => {
    const source = readFileSync(join(coreDir, file), "utf8");
    expect(source).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator)\.|\bfetch\(/);
  });
});
