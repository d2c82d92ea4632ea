import { describe, expect, it } from "vitest";
import type { PluralForms, RosterFormat } from "../src/react/format";
import { createFormat, directionOf } from "../src/react/format";
import type { RosterLocale } from "../src/react/messages";
import { defaultMessages } from "../src/react/messages";

/**
 * The shipped translations (issue 12): every file of src/locales is found here, so a new language is
 * checked by adding its file. Each must hold every message of the English defaults with the same shape;
 * every message, called with sample values, must say every value the English says (names, emails,
 * workspaces, counts…), for every variant of its values and for every plural category of its language;
 * no text may be left in English.
 */

const modules = import.meta.glob<Readonly<Record<string, RosterLocale>>>("../src/locales/*.ts", { eager: true });

interface ShippedLocale {
  /** The file's name without `.ts`: the BCP 47 tag. */
  readonly tag: string;
  readonly locale: RosterLocale;
}

const SHIPPED: readonly ShippedLocale[] = Object.entries(modules).map(([path, module]) => {
  const tag = (path.split("/").at(-1) ?? "").replace(/\.ts$/, "");
  const [locale] = Object.values(module);
  if (locale === undefined) throw new Error(`${path} exports no locale`);
  return { tag, locale };
});
const TRANSLATIONS = SHIPPED.filter(({ tag }) => tag !== "en");

/** The languages issue 12 names, besides enough others to make twelve. */
const REQUIRED_TAGS = ["ar", "he", "ja", "zh-CN", "ko", "de", "fr", "es", "pt-BR"];
const RIGHT_TO_LEFT = new Set(["ar", "he"]);

type Sample = string | number | boolean | null | undefined | readonly string[];

/**
 * Values of message parameters, by name. The first is what every message gets; each other is a variant
 * the messages that read that parameter are also called with (`undefined`: the parameter is absent).
 */
const SAMPLES: Readonly<Record<string, readonly Sample[]>> = {
  name: ["Zoë Quill"],
  email: ["zoe.quill@orbit.test"],
  workspace: ["Orbit Lab", undefined],
  workspaceName: ["Orbit Lab"],
  workspaces: [["Orbit Lab", "Delta Works"], ["Orbit Lab"]],
  workspaceNames: [["Orbit Lab", "Delta Works"], ["Orbit Lab"]],
  groups: [["Nightjar", "Kestrel"], ["Nightjar"]],
  roles: [["Auditor", "Steward"]],
  role: ["Auditor"],
  reason: ["The server said no."],
  message: ["Unexpected token"],
  column: ["Signup date"],
  typed: ["bücher.example"],
  stored: ["xn--bcher-kva.example"],
  domain: ["orbit.example"],
  label: ["orbitlab"],
  key: ["team_name"],
  character: ["§"],
  found: ["}", "\t"],
  escape: ["\\x", "\\u12"],
  codePoint: ["U+202E"],
  scripts: [["Latin", "Cyrillic"]],
  status: ["archived", "active", "invited", "requested", "inactive"],
  action: ["archive", "deactivate"],
  direction: ["asc", "desc"],
  feature: ["search", "filterByStatus", "filterByRole", "filterByMetadata", "sort", "page"],
  part: ["seat-count", "scope-switcher", "invite", "table", "details", "confirm", "activity"],
  lifecycle: ["archive", "deactivate"],
  offer: ["unarchive", "reactivate"],
  expected: ["value", "propertyName", "colon", "commaOrBracket", "commaOrBrace"],
  type: ["array", "object", "string", "number", "boolean", "null", "other"],
  count: [1234, 0, 1],
  index: [3],
  line: [12],
  length: [230],
  limit: [200],
  bytes: [9000, undefined],
  from: [21],
  to: [45],
  total: [1234, null],
  page: [3],
  pages: [52],
  before: [18],
  after: [17],
  delta: [-1, 1],
  sent: [7, 1],
  failed: [3, 0],
  succeeded: [5],
  refused: [4, 0],
  columns: [["E-mail address", "Full name"], []],
  field: ["Email"],
  row: [7],
  ready: [6],
  invalid: [4, 0],
  done: [9],
  invited: [7, 1],
  notInvited: [3, 0],
  filtered: [true, false],
  fileName: ["orbit-lab-members.csv"],
  actor: ["Wren Hollis"],
  target: ["Ivo Marsh"],
  self: [false, true],
  date: ["Dec 3, 2026"],
  relative: ["3 days ago"],
  text: ["Quill"],
  more: [true, false],
  person: [4],
  people: [5, 1],
  error: ["Enter a name."],
};

/** Where one message takes other values under a name than {@link SAMPLES} gives (path: `denials/R1.notAdmin`). */
const SAMPLES_AT: Readonly<Record<string, Readonly<Record<string, readonly Sample[]>>>> = {
  "invite/metadataPosition": { column: [34] },
  "announcements/statusConflict": { status: ["Archived", null] },
  "announcements/statusChanged": { status: ["Archived"] },
  "table/bulkSucceeded": { status: ["Archived"] },
  "invite/duplicate": { status: ["Invited"] },
  "denials/R1.notAdmin": { verb: ["invite", "archive", "unarchive", "deactivate", "reactivate", "edit"] },
  "denials/R2.notSuperAdmin": { verb: ["archiveInstance", "unarchiveInstance", "viewInstanceUsers", "viewInstanceActivity"] },
  "denials/R2.instanceScope": { verb: ["deactivate", "reactivate", "changeRole", "changeGroups", "resendInvitation", "copyInvitationLink"] },
  "denials/R4.superAdmin": { part: ["status", "role", "groups"] },
  "denials/R24.notActive": { part: ["role", "groups"] },
  "denials/R10.noPendingInvitation": { verb: ["resendInvitation", "copyInvitationLink"] },
  "denials/R15.lastAdmin": { verb: ["archive", "archiveInstance", "deactivate", "changeRole"], workspaces: [["ws-1", "ws-2"]] },
  "denials/R24.otherLifecycle": { verb: ["archive", "unarchive", "deactivate", "reactivate"] },
  "validation/email_domain_invalid": { character: ["§", undefined] },
  "bulkInvite/load/repeated_column": { field: ["email", "name", "role", "groups", "metadata"] },
  "bulkInvite/load/too_many_rows": { count: [1234, null] },
  "activity/statusChange": { before: ["Invited", null], after: ["Active"] },
  "activity/roleChange": { before: ["Auditor", null], after: ["Steward"] },
  "validation/json_not_text": { type: ["number", "undefined", "object"] },
};

/** Parameters whose values are shown as given (text of people, of the backend, labels already translated): a translation must say them. */
const SHOWN_AS_GIVEN = new Set([
  "before",
  "after",
  "columns",
  "field",
  "fileName",
  "actor",
  "target",
  "date",
  "relative",
  "text",
  "error",
  "name",
  "email",
  "workspace",
  "workspaceName",
  "workspaces",
  "workspaceNames",
  "groups",
  "roles",
  "role",
  "reason",
  "message",
  "column",
  "typed",
  "stored",
  "domain",
  "label",
  "key",
  "character",
  "found",
  "escape",
  "codePoint",
]);

/**
 * Strings a language writes as English does, by language: a word of that language too, not a text left
 * untranslated. Each entry is justified; nothing else may equal its English.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // German spells these words as English does: "Name", "Status", "optional", "Person".
  de: ["Name", "Status", "optional", "Person 3"],
  // French spells these words as English does.
  fr: ["Invitations", "Actions", "Pagination"],
  // Dutch spells "Status" as English does; Brazilian Portuguese interfaces use the word too.
  nl: ["Status"],
  "pt-BR": ["Status"],
};

type Leaf = string | ((params: unknown, format: RosterFormat) => string);
type Tree = { readonly [key: string]: Tree | Leaf };

/** Every message of a tree, by path (`confirm/title/archive`). */
function leaves(tree: Tree, prefix = ""): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}/${key}`;
    if (typeof value === "object") for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
    else found.set(path, value);
  }
  return found;
}

/** Every object path of a tree, with the kind of each key under it. */
function shape(tree: Tree, prefix = ""): Record<string, string> {
  const kinds: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}/${key}`;
    kinds[path] = typeof value === "object" ? "object" : typeof value;
    if (typeof value === "object") Object.assign(kinds, shape(value, path));
  }
  return kinds;
}

const ENGLISH = leaves(defaultMessages as unknown as Tree);
const english = createFormat("en");

/** The sample values of one message: the first of each list, as {@link SAMPLES_AT} overrides them. */
function samplesOf(path: string): Readonly<Record<string, readonly Sample[]>> {
  return { ...SAMPLES, ...SAMPLES_AT[path] };
}

/** Parameters that record which names a message reads, and fail on a name without a sample. */
function recordingParams(values: Readonly<Record<string, Sample>>, read: Set<string>): unknown {
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key !== "string") return undefined;
        read.add(key);
        if (!(key in values)) throw new Error(`no sample value for the parameter "${key}": add it to SAMPLES`);
        return values[key];
      },
      has(_target, key) {
        if (typeof key !== "string") return false;
        read.add(key);
        return values[key] !== undefined;
      },
    },
  );
}

interface Run {
  readonly text: string;
  readonly read: ReadonlySet<string>;
}

/** A message's text for some values; a message that throws gets its error as text, which no check accepts. */
function run(leaf: Leaf, values: Readonly<Record<string, Sample>>, format: RosterFormat): Run {
  const read = new Set<string>();
  try {
    const text = typeof leaf === "string" ? leaf : leaf(recordingParams(values, read), format);
    return { text, read };
  } catch (error) {
    return { text: `undefined (threw ${String(error)})`, read };
  }
}

/** The formatters of a language, recording every set of plural forms a message passes. */
function recordingFormat(tag: string, forms: PluralForms[]): RosterFormat {
  const format = createFormat(tag);
  return {
    ...format,
    plural: (count, given) => {
      forms.push(given);
      return format.plural(count, given);
    },
  };
}

/** What a value of `name` looks like in a message of a language: text as given, counts formatted. */
function shownValues(name: string, value: Sample, format: RosterFormat): string[] {
  if (typeof value === "number") return value > 2 ? [format.count(value)] : [];
  if (!SHOWN_AS_GIVEN.has(name)) return [];
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? [...value] : [];
}

/** Where a parameter that is usually text shown as given is a word of the kit, which a translation translates. */
const KEYWORDS_AT: Readonly<Record<string, readonly string[]>> = {
  "bulkInvite/load/repeated_column": ["field"],
};

/** The values English shows in `text` that a translation must show too, each as that language writes it. */
function mustShow(path: string, englishRun: Run, values: Readonly<Record<string, Sample>>, format: RosterFormat): string[] {
  const keywords = KEYWORDS_AT[path] ?? [];
  return [...englishRun.read].filter((name) => !keywords.includes(name)).flatMap((name) => {
    const value = values[name];
    const inEnglish = shownValues(name, value, english);
    return inEnglish.length > 0 && inEnglish.every((shown) => englishRun.text.includes(shown)) ? shownValues(name, value, format) : [];
  });
}

/** Defects of a message's text: empty, or printing a missing value where the English, given the same values, does not. */
function defects(text: string, englishText: string): string[] {
  const holes = [/\bundefined\b/, /\[object /, /\bNaN\b/, /\bnull\b/].filter((hole) => hole.test(text) && !hole.test(englishText)).map((hole) => hole.source);
  return text.trim() === "" ? ["empty", ...holes] : holes;
}

/** The values a message is called with first: the first sample of each name. */
function baseValues(path: string): Readonly<Record<string, Sample>> {
  return Object.fromEntries(Object.entries(samplesOf(path)).map(([name, values]) => [name, values[0]]));
}

/** Every set of values a message is called with: the first samples, then each parameter it reads varied alone. */
function variantsOf(path: string, read: ReadonlySet<string>): Readonly<Record<string, Sample>>[] {
  const samples = samplesOf(path);
  const base = baseValues(path);
  const variants = [base];
  for (const name of read) for (const value of (samples[name] ?? []).slice(1)) variants.push({ ...base, [name]: value });
  return variants;
}

/** Counts in 0…1000 by plural category of a language. */
function countsByCategory(tag: string): Map<Intl.LDMLPluralRule, number[]> {
  const rules = new Intl.PluralRules(tag);
  const byCategory = new Map<Intl.LDMLPluralRule, number[]>();
  for (let count = 0; count <= 1000; count += 1) {
    const category = rules.select(count);
    byCategory.set(category, [...(byCategory.get(category) ?? []), count]);
  }
  return byCategory;
}

describe("issue 12: the shipped locales", () => {
  it("issue 12: at least 12 locales ship, among them Arabic, Hebrew, Japanese, Chinese, Korean, German, French, Spanish and Brazilian Portuguese", () => {
    const tags = SHIPPED.map(({ tag }) => tag);
    expect(tags.length, `src/locales holds ${tags.join(", ")}`).toBeGreaterThanOrEqual(12);
    expect(REQUIRED_TAGS.filter((tag) => !tags.includes(tag))).toEqual([]);
  });

  it.each(SHIPPED)("$tag: its locale is its file's tag, and its direction is right to left exactly for Arabic and Hebrew", ({ tag, locale }) => {
    expect(locale.locale).toBe(tag);
    expect(directionOf(locale.locale)).toBe(RIGHT_TO_LEFT.has(tag) ? "rtl" : "ltr");
  });
});

describe.each(TRANSLATIONS)("issue 12: $tag", ({ tag, locale }) => {
  const messages = leaves(locale.messages as unknown as Tree);

  it("has every key of the English messages, of the same kind (text, message function or group), and no other", () => {
    expect(shape(locale.messages as unknown as Tree)).toEqual(shape(defaultMessages as unknown as Tree));
  });

  it("says every name, email, workspace, text and count the English says, for every variant of the values", () => {
    const problems: string[] = [];
    for (const [path, englishLeaf] of ENGLISH) {
      const leaf = messages.get(path);
      if (leaf === undefined || typeof englishLeaf === "string") continue;
      const format = createFormat(tag);
      const read = new Set([...run(englishLeaf, baseValues(path), english).read, ...run(leaf, baseValues(path), format).read]);
      for (const values of variantsOf(path, read)) {
        const englishRun = run(englishLeaf, values, english);
        const { text } = run(leaf, values, format);
        const missing = mustShow(path, englishRun, values, format).filter((shown) => !text.includes(shown));
        if (missing.length > 0) problems.push(`${path}: "${text}" does not say ${missing.map((shown) => `"${shown}"`).join(", ")}`);
        for (const defect of defects(text, englishRun.text)) problems.push(`${path}: "${text}" shows ${defect}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every plural message a form for each plural category of the language, and text for a count of each", () => {
    const byCategory = countsByCategory(tag);
    const problems: string[] = [];
    for (const [path, leaf] of messages) {
      if (typeof leaf === "string") continue;
      const forms: PluralForms[] = [];
      const format = recordingFormat(tag, forms);
      const base = baseValues(path);
      const { read } = run(leaf, base, format);
      if (forms.length === 0) continue;
      for (const given of forms) {
        for (const [category, counts] of byCategory) {
          const covered = given[category] !== undefined || counts.every((count) => given[`=${count}`] !== undefined);
          if (!covered) problems.push(`${path}: no "${category}" form (e.g. for ${counts.find((count) => count > 2) ?? counts[0]})`);
        }
      }
      const numeric = [...read].filter((name) => typeof base[name] === "number");
      for (const [category, counts] of byCategory) {
        const count = counts.find((n) => n > 2) ?? counts[0] ?? 0;
        const values = { ...base, ...Object.fromEntries(numeric.map((name) => [name, count])) };
        const { text } = run(leaf, values, createFormat(tag));
        const englishLeaf = ENGLISH.get(path);
        const englishText = englishLeaf === undefined ? "" : run(englishLeaf, values, english).text;
        for (const defect of defects(text, englishText)) problems.push(`${path} (${category}, ${count}): "${text}" shows ${defect}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("leaves no text in English: no string, no sentence without values", () => {
    const allowed = SAME_AS_ENGLISH[tag] ?? [];
    const same: string[] = [];
    for (const [path, englishLeaf] of ENGLISH) {
      const leaf = messages.get(path);
      if (leaf === undefined) continue;
      const values = baseValues(path);
      const englishRun = run(englishLeaf, values, english);
      // A message made with values ("Dec 3, 2026 (3 days ago)") may read the same: its words are checked above.
      if (englishRun.read.size > 0) continue;
      const englishText = englishRun.text;
      const text = run(leaf, values, createFormat(tag)).text;
      if (text === englishText && !allowed.includes(text)) same.push(`${path}: "${text}"`);
    }
    expect(same).toEqual([]);
  });

  it("R5, R6: quotes what a person typed cut to 60 characters (a JSON key to 40), and names a character that cannot be seen by its code point", () => {
    const format = createFormat(tag);
    const { validation } = locale.messages;
    const email = validation.email_missing_at({ email: "x".repeat(5000) }, format);
    expect(email).toContain(`${"x".repeat(60)}…`);
    expect(email).not.toContain("x".repeat(61));
    const key = validation.json_duplicate_key({ key: "k".repeat(500) }, format);
    expect(key).toContain(`${"k".repeat(40)}…`);
    expect(key).not.toContain("k".repeat(41));
    expect(validation.json_trailing_content({ found: "\t" }, format)).toContain("U+0009");
    const brace = validation.json_trailing_content({ found: "}" }, format);
    expect(brace).toContain("}");
    expect(brace).not.toContain("U+");
  });
});
