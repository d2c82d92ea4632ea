import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * React Server Components (Next.js App Router): a module that uses hooks, context or a client-only
 * library must start with the "use client" directive, or a server component importing it fails. A module
 * of src/react is a client module when it imports a value from React or a React library, or from another
 * client module of src/react; each must start with the directive. Modules without React (formatting,
 * messages) stay usable from server components. The build keeps one output file per module with its
 * directive (test-package/package-checks.test.ts checks dist/).
 */

const reactDir = fileURLToPath(new URL("../src/react/", import.meta.url));
const REACT_LIBRARY = /^(react|react-dom)(\/|$)|^@radix-ui\/|^@tanstack\//;
/** `import { a } from "x"`, `import a from "x"`: value imports (type-only imports are left out). */
const VALUE_IMPORT = /^import\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)";/gm;

interface SourceModule {
  readonly name: string;
  readonly source: string;
  readonly imports: readonly string[];
}

const modules: readonly SourceModule[] = readdirSync(reactDir)
  .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
  .map((name) => {
    const source = readFileSync(join(reactDir, name), "utf8");
    return { name, source, imports: [...source.matchAll(VALUE_IMPORT)].map((match) => match[1] ?? "") };
  });

/** The client modules: React importers, then whatever imports one of them, until nothing changes. */
function clientModules(): ReadonlySet<string> {
  const client = new Set(modules.filter(({ imports }) => imports.some((specifier) => REACT_LIBRARY.test(specifier))).map(({ name }) => name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const { name, imports } of modules) {
      if (client.has(name)) continue;
      const local = imports.filter((specifier) => specifier.startsWith("./")).map((specifier) => specifier.slice(2));
      if (local.some((stem) => client.has(`${stem}.ts`) || client.has(`${stem}.tsx`))) {
        client.add(name);
        grew = true;
      }
    }
  }
  return client;
}

describe('"use client" in src/react', () => {
  const client = clientModules();

  it("finds the client modules, and leaves the React-free ones to server components", () => {
    expect(client.size).toBeGreaterThan(20);
    expect(client).toContain("status-badge.tsx");
    expect(client).not.toContain("messages.ts");
    expect(client).not.toContain("format.ts");
  });

  it('every client module starts with "use client"', () => {
    const missing = modules.filter(({ name, source }) => client.has(name) && !source.startsWith('"use client";\n')).map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
