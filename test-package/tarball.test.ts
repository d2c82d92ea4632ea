import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { root } from "./consumer-support";

/**
 * What `npm pack` ships besides the build: the project's reference (docs/), the protocol (openapi/),
 * the LICENSE and the README, and the package.json fields a registry page shows (repository, homepage,
 * bugs, keywords). Every `docs/…` reference in a shipped file (README, docs, JSDoc in the declarations,
 * `docs` fields of errors in the JavaScript), and every relative link of a shipped Markdown file, must
 * resolve inside the tarball, anchors included.
 */

const run = promisify(execFile);
let unpacked: string | undefined;

beforeAll(async () => {
  unpacked = await mkdtemp(join(tmpdir(), "rosterkit-unpacked-"));
  await run("tar", ["-xzf", inject("packageTarball"), "-C", unpacked]);
});

afterAll(async () => {
  if (unpacked !== undefined) await rm(unpacked, { recursive: true, force: true });
});

/** The unpacked package's directory (`package/` of the tarball). */
function packageDir(): string {
  if (unpacked === undefined) throw new Error("the tarball was not unpacked");
  return join(unpacked, "package");
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split("\\").join("/"))
    .sort();
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors a Markdown file has: `<a id="…">` and its headings' slugs (repeats numbered as GitHub does). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? "");
  const seen = new Map<string, number>();
  for (const match of markdown.replace(/```[\s\S]*?```/g, "").matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const slug = headingSlug(match[1] ?? "");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

interface Link {
  readonly from: string;
  /** Path of the target inside the package, with forward slashes. */
  readonly target: string;
  readonly anchor: string | null;
}

const DOCS_REFERENCE = /(?<![\w/.-])docs\/[\w/.-]+?\.md(?:#[\w-]+)?/g;
const MARKDOWN_LINK = /\]\(([^)\s]+)\)/g;
const TEXT_FILE = /\.(md|js|d\.ts|json|css)$/;

/** Every link to check: `docs/…` references from the package root, and relative links of Markdown files. */
function linksIn(dir: string): Link[] {
  const links: Link[] = [];
  const add = (from: string, reference: string, base: string): void => {
    const [path = "", anchor] = reference.split("#");
    links.push({ from, target: posix.normalize(posix.join(base, path)), anchor: anchor ?? null });
  };
  for (const file of filesUnder(dir).filter((path) => TEXT_FILE.test(path) && !path.endsWith(".map"))) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const match of text.matchAll(DOCS_REFERENCE)) add(file, match[0], "");
    if (!file.endsWith(".md")) continue;
    for (const match of text.replace(/```[\s\S]*?```/g, "").matchAll(MARKDOWN_LINK)) {
      const reference = match[1] ?? "";
      // Sites, mail and in-page anchors are not files of the package.
      if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith("#")) continue;
      // The README links files of the repository that npm does not ship (SIZE.md, bench/); the registry
      // shows those links on the repository. Its docs/ and openapi/ links must resolve in the package.
      if (file === "README.md" && !/^(docs|openapi)\//.test(reference)) continue;
      add(file, reference, posix.dirname(file));
    }
  }
  return links;
}

describe("the packed tarball", () => {
  it("ships the build, docs/, openapi/, LICENSE and README.md, and nothing of the sources, tests or examples", () => {
    const files = filesUnder(packageDir());
    expect(files).toContain("LICENSE");
    expect(files).toContain("README.md");
    expect(files).toContain("package.json");
    expect(files).toContain("dist/styles.css");
    expect(files).toContain("dist/styles.css.d.ts");
    for (const dir of ["docs", "openapi"]) {
      const shipped = files.filter((path) => path.startsWith(`${dir}/`));
      expect(shipped, `every file of ${dir}/`).toEqual(filesUnder(join(root, dir)).map((path) => `${dir}/${path}`));
    }
    expect(files).toContain("docs/rules.md");
    expect(files).toContain("openapi/rosterkit.openapi.json");
    expect(files.filter((path) => /^(src|test|test-package|examples|e2e|stories|demo|bench|scripts)\//.test(path))).toEqual([]);
  });

  it("is MIT licensed, in package.json and in LICENSE", () => {
    const manifest = JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as { license?: string };
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(packageDir(), "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it("names its repository, homepage, issue tracker and keywords in package.json", () => {
    const manifest = JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as {
      repository?: { type?: string; url?: string };
      homepage?: string;
      bugs?: { url?: string };
      keywords?: string[];
    };
    expect(manifest.repository?.type).toBe("git");
    const repository = /^git\+(https:\/\/.+)\.git$/.exec(manifest.repository?.url ?? "")?.[1];
    expect(repository, "repository.url is git+https://….git").toBeDefined();
    expect(manifest.homepage).toBe(`${repository}#readme`);
    expect(manifest.bugs?.url).toBe(`${repository}/issues`);
    expect(manifest.keywords?.length).toBeGreaterThanOrEqual(5);
    expect(manifest.keywords).toContain("react");
  });

  it("every docs/ reference and relative Markdown link in a shipped file resolves inside the tarball, anchors included", () => {
    const dir = packageDir();
    const links = linksIn(dir);
    expect(links.filter((link) => link.target.startsWith("docs/")).length).toBeGreaterThan(10);
    const anchors = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const { from, target, anchor } of links) {
      const path = join(dir, target);
      if (relative(dir, path).startsWith("..") || !existsSync(path)) {
        broken.push(`${from} → ${target} (not in the package)`);
        continue;
      }
      if (anchor === null || !target.endsWith(".md")) continue;
      if (!anchors.has(target)) anchors.set(target, anchorsOf(readFileSync(path, "utf8")));
      if (!anchors.get(target)?.has(anchor)) broken.push(`${from} → ${target}#${anchor} (no such anchor)`);
    }
    expect([...new Set(broken)]).toEqual([]);
  });
});
