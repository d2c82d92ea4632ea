import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * docs/api.md is the public API (issue 9 item 6): each entry of package.json `exports` exports exactly the
 * names its tables list, values as values and types as types, each with a doc comment, by explicit name
 * (no `export *`). The values are read from the module as it runs; the types from its export statements.
 */
const root = fileURLToPath(new URL("..", import.meta.url));

const ENTRIES: Readonly<Record<string, string>> = {
  rosterkit: "src/react/index.ts",
  "rosterkit/core": "src/core/index.ts",
  "rosterkit/adapters": "src/adapters/index.ts",
  "rosterkit/mocks": "src/mocks/index.ts",
  "rosterkit/mocks/node": "src/mocks/node.ts",
  "rosterkit/mocks/browser": "src/mocks/browser.ts",
  "rosterkit/testing": "src/testing/index.ts",
  "rosterkit/server": "src/server/index.ts",
};

/**
 * `rosterkit/locales/*`: one file per language in src/locales, each exporting one constant named after
 * its tag without the dash (`pt-BR` → `ptBR`); docs/api.md lists them in one section.
 */
const LOCALES_ENTRY = "rosterkit/locales/*";
const LOCALE_FILES: readonly string[] = readdirSync(join(root, "src/locales"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => `src/locales/${file}`);

/** The export name of a locale file: its tag, camel-cased without the dash (`src/locales/zh-CN.ts` → `zhCN`). */
function localeExportName(file: string): string {
  return (file.split("/").at(-1) ?? "").replace(/\.ts$/, "").replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** What a table row's "Kind" may say; `type` is a type-only export, every other kind a runtime value. */
const KINDS = ["type", "function", "component", "hook", "constant", "class"] as const;

interface DocumentedExport {
  readonly name: string;
  readonly kind: string;
  readonly description: string;
}

/** The rows of docs/api.md's tables, by the entry whose `## \`…\`` section holds them. */
function documentedExports(markdown: string): Map<string, DocumentedExport[]> {
  const byEntry = new Map<string, DocumentedExport[]>();
  let entry: string | null = null;
  for (const line of markdown.split("\n")) {
    const heading = /^## (?:`([^`]+)`|.*)$/.exec(line);
    if (heading) {
      entry = heading[1] ?? null;
      if (entry !== null) byEntry.set(entry, []);
      continue;
    }
    const row = /^\| `([^`]+)` \| ([a-z]+) \| (.*) \|$/.exec(line);
    if (row && entry !== null) byEntry.get(entry)?.push({ name: row[1] ?? "", kind: row[2] ?? "", description: (row[3] ?? "").trim() });
  }
  return byEntry;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(root, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** The file a relative module specifier names, relative to the project root. */
function resolveModule(from: string, specifier: string): string {
  const base = relative(root, join(root, dirname(from), specifier));
  const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(join(root, candidate)));
  if (file === undefined) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return file;
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function declaredNames(statement: ts.Statement): { readonly names: readonly string[]; readonly type: boolean } {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) return { names: [statement.name.text], type: true };
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) return { names: [statement.name.text], type: false };
  if (ts.isVariableStatement(statement)) return { names: statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])), type: false };
  return { names: [], type: false };
}

interface EntryExports {
  readonly values: string[];
  readonly types: string[];
  /** `export *` and `export * as`: names nobody chose. */
  readonly stars: string[];
}

/** An entry file's exports, read from its statements. */
function exportsOf(file: string): EntryExports {
  const result: EntryExports = { values: [], types: [], stars: [] };
  for (const statement of parse(file).statements) {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause || ts.isNamespaceExport(statement.exportClause)) {
        result.stars.push(statement.getText());
        continue;
      }
      for (const element of statement.exportClause.elements) (statement.isTypeOnly || element.isTypeOnly ? result.types : result.values).push(element.name.text);
    } else if (hasExportModifier(statement)) {
      const { names, type } = declaredNames(statement);
      (type ? result.types : result.values).push(...names);
    }
  }
  return result;
}

function hasDocComment(node: ts.Node): boolean {
  const target = ts.isVariableStatement(node) ? node.declarationList.declarations[0] : node;
  return target !== undefined && ts.getJSDocCommentsAndTags(target).some((doc) => ts.isJSDoc(doc));
}

/** Whether the declaration an exported name leads to, through re-exports and imports, has a doc comment. */
function isDocumented(file: string, name: string, seen = new Set<string>()): boolean {
  const key = `${file}#${name}`;
  if (seen.has(key)) throw new Error(`Cycle of re-exports at ${key}`);
  seen.add(key);
  for (const statement of parse(file).statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const element = statement.exportClause.elements.find((e) => e.name.text === name);
      if (!element) continue;
      const original = (element.propertyName ?? element.name).text;
      const specifier = statement.moduleSpecifier;
      if (specifier && ts.isStringLiteral(specifier)) return isDocumented(resolveModule(file, specifier.text), original, seen);
      if (original !== name) return isDocumented(file, original, seen);
    }
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      const element = bindings && ts.isNamedImports(bindings) ? bindings.elements.find((e) => e.name.text === name) : undefined;
      if (element) return isDocumented(resolveModule(file, statement.moduleSpecifier.text), (element.propertyName ?? element.name).text, seen);
    }
    if (declaredNames(statement).names.includes(name)) return hasDocComment(statement);
  }
  throw new Error(`${file}: no declaration of ${name}`);
}

const documented = documentedExports(readFileSync(join(root, "docs/api.md"), "utf8"));

describe("docs/api.md lists the public API", () => {
  it("has one section for each entry of package.json exports, and no other", () => {
    const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const codeEntries = Object.keys(packageJson.exports)
      .filter((path) => !path.endsWith(".css") && !path.endsWith(".json"))
      .map((path) => (path === "." ? "rosterkit" : `rosterkit/${path.slice(2)}`));
    expect([...documented.keys()].sort()).toEqual([...codeEntries].sort());
    expect([...Object.keys(ENTRIES), LOCALES_ENTRY].sort()).toEqual([...codeEntries].sort());
  });

  it.each([...Object.keys(ENTRIES), LOCALES_ENTRY])("%s: every row names an export once, with a known kind and a description", (entry) => {
    const rows = documented.get(entry) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    const names = rows.map((row) => row.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index), "names listed twice").toEqual([]);
    expect(rows.filter((row) => !(KINDS as readonly string[]).includes(row.kind) || row.description === "")).toEqual([]);
  });
});

describe.each(Object.entries(ENTRIES))("%s (%s)", (entry, file) => {
  const rows = documented.get(entry) ?? [];
  const documentedValues = rows.filter((row) => row.kind !== "type").map((row) => row.name).sort();
  const documentedTypes = rows.filter((row) => row.kind === "type").map((row) => row.name).sort();
  const exported = exportsOf(file);

  it("exports by explicit name only (no export *)", () => {
    expect(exported.stars).toEqual([]);
  });

  it("exports at run time exactly the values docs/api.md lists", async () => {
    const module = (await import(/* @vite-ignore */ join(root, file))) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(documentedValues);
    expect([...exported.values].sort()).toEqual(documentedValues);
  });

  it("exports exactly the types docs/api.md lists", () => {
    expect([...exported.types].sort()).toEqual(documentedTypes);
  });

  it("has a doc comment on every export", () => {
    expect([...exported.values, ...exported.types].filter((name) => !isDocumented(file, name))).toEqual([]);
  });
});

describe(`${LOCALES_ENTRY}: one entry per file of src/locales`, () => {
  const rows = documented.get(LOCALES_ENTRY) ?? [];

  it("docs/api.md lists exactly one constant per locale file, named after its tag", () => {
    expect(rows.map((row) => row.name).sort()).toEqual(LOCALE_FILES.map(localeExportName).sort());
    expect(rows.filter((row) => row.kind !== "constant")).toEqual([]);
  });

  it.each(LOCALE_FILES)("%s exports its constant alone, by name, with a doc comment", async (file) => {
    const name = localeExportName(file);
    expect(exportsOf(file)).toEqual({ values: [name], types: [], stars: [] });
    const module = (await import(/* @vite-ignore */ join(root, file))) as Record<string, unknown>;
    expect(Object.keys(module)).toEqual([name]);
    expect(isDocumented(file, name)).toBe(true);
  });
});

describe("internals stay out of the public API", () => {
  const internals = [
    "stay",
    "NO_EFFECTS",
    "compareIds",
    "sortKey",
    "mulberry32",
    "registerMemberTrigger",
    "focusMemberTrigger",
    "getMemberTrigger",
    "createFormat",
    "formatDate",
    "billableSeats",
    "selectRowIds",
    "selectWorkspace",
    "UsersTableRow",
    "MembershipStatus",
  ];
  it.each(Object.entries(ENTRIES))("%s exports none of the kit's internals", (_entry, file) => {
    const { values, types } = exportsOf(file);
    expect([...values, ...types].filter((name) => internals.includes(name))).toEqual([]);
  });
});
