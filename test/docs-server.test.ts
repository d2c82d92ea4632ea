import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * docs/server.md ("Run the server"): every TypeScript sample compiles against the real exports of
 * `rosterkit/server`, `rosterkit/core` and `rosterkit/adapters` (mapped to src/), with the project's
 * strict compiler options. Each sample starts with a comment naming its file, so samples can import
 * each other the way the page says (`./rosterkit`, `@/rosterkit`).
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const page = readFileSync(join(root, "docs/server.md"), "utf8");

interface Sample {
  readonly path: string;
  readonly code: string;
}

function samplesOf(markdown: string): Sample[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => {
    const code = match[1] ?? "";
    const path = /^\/\/ (\S+\.ts)\n/.exec(code)?.[1];
    if (path === undefined) throw new Error(`A TypeScript sample of docs/server.md does not start with "// <file>.ts":\n${code.slice(0, 200)}`);
    return { path, code };
  });
}

/**
 * Express is not a dependency of the project: the part of its API the Express sample uses is declared
 * here, so that the sample's own calls (getRequestListener, the handler) are checked. The sample was
 * also run against express 5.
 */
const EXPRESS_SURFACE = `declare module "express" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";
  type Handler = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => unknown;
  interface Application {
    all(path: string, handler: Handler): Application;
    use(handler: Handler): Application;
    listen(port: number): Server;
  }
  interface Express {
    (): Application;
    json(): Handler;
  }
  const express: Express;
  export default express;
}
`;

describe("docs/server.md", () => {
  const samples = samplesOf(page);

  it("has a sample for each host it explains: plain Node, Hono, Express, a Next.js route handler", () => {
    expect(samples.map((sample) => sample.path)).toEqual(expect.arrayContaining(["rosterkit.ts", "server.ts", "hono-app.ts", "express-app.ts", "app/api/rosterkit/[...path]/route.ts", "session.ts", "join.ts"]));
    expect(new Set(samples.map((sample) => sample.path)).size).toBe(samples.length);
  });

  it("every TypeScript sample compiles against the real exports", async () => {
    // Inside the repository, so that the samples' packages (pg, hono, …) resolve from its node_modules.
    const cache = join(root, "node_modules", ".cache");
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(join(cache, "docs-server-samples-"));
    try {
      const files: string[] = [];
      for (const sample of samples) {
        const file = join(dir, sample.path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, sample.code);
        files.push(file);
      }
      const express = join(dir, "express.d.ts");
      await writeFile(express, EXPRESS_SURFACE);
      const options: ts.CompilerOptions = {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
        types: ["node"],
        typeRoots: [join(root, "node_modules", "@types")],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        noImplicitReturns: true,
        resolveJsonModule: true,
        skipLibCheck: true,
        noEmit: true,
        paths: {
          "rosterkit/server": [join(root, "src/server/index.ts")],
          "rosterkit/core": [join(root, "src/core/index.ts")],
          "rosterkit/adapters": [join(root, "src/adapters/index.ts")],
          "@/*": [join(dir, "*")],
        },
      };
      const program = ts.createProgram([...files, express], options);
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((diagnostic) => diagnostic.file === undefined || diagnostic.file.fileName.startsWith(dir))
        .map((diagnostic) => {
          const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
          const file = diagnostic.file ? diagnostic.file.fileName.slice(dir.length + 1) : "";
          return `${file}${where ? `:${String(where.line + 1)}` : ""}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
        });
      expect(problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
