import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * docs/rules.md is the project's own statement of R1…R30. These checks keep it honest: every rule has
 * its anchor, every file a "Proven by" line names exists and names that rule, every link to the
 * reference lands on an anchor, and nothing in the project points outside the repository for its rules.
 */

const root = join(import.meta.dirname, "..");
const reference = readFileSync(join(root, "docs/rules.md"), "utf8");
const RULE_COUNT = 30;
const ruleIds = Array.from({ length: RULE_COUNT }, (_, index) => `R${String(index + 1)}`);

/** The text of one rule: from its anchor to the next rule's anchor (or the end). */
function ruleSection(id: string): string {
  const start = reference.indexOf(`<a id="${id.toLowerCase()}"></a>`);
  if (start === -1) return "";
  const next = reference.slice(start + 1).search(/<a id="r\d+"><\/a>/);
  return next === -1 ? reference.slice(start) : reference.slice(start, start + 1 + next);
}

/** Files under the project's own folders, skipping dependencies and build output. */
function projectFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return projectFiles(path, extensions);
    return extensions.some((extension) => name.endsWith(extension)) ? [path] : [];
  });
}

const documented = ["README.md", ...projectFiles("docs", [".md"]), ...projectFiles("src", [".ts", ".tsx"]), ...projectFiles("stories", [".tsx", ".mdx"]), "openapi/rosterkit.openapi.json"];

describe("docs/rules.md, the rules reference", () => {
  it("has one anchor per rule, R1 to R30 in order, and no other rule anchor", () => {
    const anchors = [...reference.matchAll(/<a id="(r\d+)"><\/a>/g)].map((match) => match[1]);
    expect(anchors).toEqual(ruleIds.map((id) => id.toLowerCase()));
  });

  it.each(ruleIds)("%s is stated under its own heading and ends with the files that prove it", (id) => {
    const section = ruleSection(id);
    expect(section).toMatch(new RegExp(`\\n#### ${id} · \\S`));
    const provenBy = section.split("\n").find((line) => line.startsWith("**Proven by:**"));
    expect(provenBy, `${id} has no "Proven by" line`).toBeDefined();
    const files = [...(provenBy ?? "").matchAll(/`([^`]+\/[^`]+)`/g)].map((match) => match[1] ?? "");
    expect(files.length).toBeGreaterThan(0);
    const stale = files.filter((file) => !existsSync(join(root, file)) || !new RegExp(`\\b${id}\\b`).test(readFileSync(join(root, file), "utf8")));
    expect(stale, `files named for ${id} that do not exist or never name it`).toEqual([]);
  });

  it("every link to the reference lands on one of its anchors", () => {
    const anchors = new Set([...reference.matchAll(/<a id="([\w-]+)"><\/a>/g)].map((match) => match[1]));
    const broken = documented.flatMap((file) =>
      [...readFileSync(join(root, file), "utf8").matchAll(/rules\.md#([\w-]+)/g)]
        .filter((match) => !anchors.has(match[1]))
        .map((match) => `${file}: #${match[1] ?? ""}`),
    );
    expect(broken).toEqual([]);
  });

  it("the project states its rules itself: no file points at a specification outside the repository", () => {
    const outside = documented.filter((file) => /\.\.\/shared\/|\bSPEC(?:\.md)?\b/.test(readFileSync(join(root, file), "utf8")));
    expect(outside).toEqual([]);
  });
});
