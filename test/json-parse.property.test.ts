import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ValidationCode } from "../src/core";
import type { InviteeDraft } from "../src/core/validation";
import type { JsonErrorCode, JsonParseResult } from "../src/core/json-parse";
import { normalizeEmail, resolveConfig, validateEmail, validateInviteeInput, validateName } from "../src/core";
import { FORBIDDEN_METADATA_KEYS, validateInviteeDraft } from "../src/core/validation";
import { parseJson } from "../src/core/json-parse";
import { ALL_BAD_INPUTS } from "./support/bad-inputs";

/**
 * Property-based fuzzing of the input path (issue 14): the JSON parser and the invite validation
 * return a result for any input, never throw and never hang (each property runs inside the test
 * runner's timeout, with deep-nesting and multi-megabyte inputs among its cases), and valid JSON
 * parses exactly as `JSON.parse` parses it. Runs are seeded, so a failure replays.
 */

const SEED = 20261206;
const config = resolveConfig();

const JSON_CODES: ReadonlySet<JsonErrorCode> = new Set<JsonErrorCode>([
  "json_unexpected_end",
  "json_unexpected_character",
  "json_trailing_content",
  "json_unterminated_string",
  "json_control_character",
  "json_invalid_escape",
  "json_duplicate_key",
  "json_forbidden_key",
  "json_too_deep",
  "json_too_long",
  "json_not_text",
]);

/** A failure is well formed: a known code, a sentence, params, and a position inside the text. */
function expectWellFormed(result: JsonParseResult, text: string): void {
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) return;
  expect(JSON_CODES.has(result.code)).toBe(true);
  expect(result.message.length).toBeGreaterThan(0);
  expect(typeof result.params).toBe("object");
  expect(result.line).toBeGreaterThanOrEqual(1);
  expect(result.column).toBeGreaterThanOrEqual(1);
  expect(result.offset).toBeGreaterThanOrEqual(0);
  expect(result.offset).toBeLessThanOrEqual(text.length);
}

function nativeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Options a caller may pass, including none, a depth of 0 and an infinite depth. */
const options = fc.record(
  {
    maxDepth: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.constant(Infinity)),
    maxLength: fc.oneof(fc.nat({ max: 300 }), fc.constant(Infinity)),
    forbiddenKeys: fc.constantFrom([], ["__proto__"], ["a", ""]),
  },
  { requiredKeys: [] },
);

/** Text made of JSON's own characters, so that most of it is almost JSON. */
const jsonish = fc.string({ unit: fc.constantFrom(..."{}[]\",:0123456789.-+eEtrufalsn \t\n\r\\u_ab\u00E9\u{1F600}"), maxLength: 80 });

/** Deep nesting: up to 20,000 levels of arrays or objects, closed or not, cut anywhere. */
const deepNesting = fc
  .record({ depth: fc.integer({ min: 0, max: 20_000 }), opener: fc.constantFrom("[", '{"a":', '[{"a":'), closed: fc.boolean(), cut: fc.option(fc.nat()) })
  .map(({ depth, opener, closed, cut }) => {
    const closer = opener === "[" ? "]" : opener === '{"a":' ? "}" : "}]";
    const text = `${opener.repeat(depth)}0${closed ? closer.repeat(depth) : ""}`;
    return cut === null ? text : text.slice(0, cut % (text.length + 1));
  });

/** The deepest nesting of brackets in `text` (the generated texts hold no brackets inside strings). */
function maxNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if (char === "]" || char === "}") depth -= 1;
  }
  return deepest;
}

/** Up to 2 million repeats of one character, alone or inside a string or an array: megabytes of input. */
const hugeText = fc
  .record({ size: fc.integer({ min: 0, max: 2_000_000 }), unit: fc.constantFrom("a", " ", "\n", "[", "{", '"', "\\", "\u00E9", "\u{1F600}", "\uD800"), wrap: fc.constantFrom("raw", "string", "array") })
  .map(({ size, unit, wrap }) => {
    const body = unit.repeat(size);
    return wrap === "raw" ? body : wrap === "string" ? `"${body}"` : `["${body}"]`;
  });

describe("parseJson properties", () => {
  it("R6: returns a well-formed result and never throws on any text (any UTF-16, lone surrogates included), with any options", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), jsonish), options, (text, parseOptions) => {
        expectWellFormed(parseJson(text, parseOptions), text);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("R29: returns a result and never overflows the stack on nesting up to 20,000 levels deep", () => {
    fc.assert(
      fc.property(deepNesting, fc.oneof(fc.integer({ min: 0, max: 64 }), fc.constant(Infinity)), (text, maxDepth) => {
        const result = parseJson(text, { maxDepth });
        expectWellFormed(result, text);
        if (maxNesting(text) > maxDepth) expect(result).toMatchObject({ ok: false, code: "json_too_deep" });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("R29: returns a result on multi-megabyte input, and refuses it unread past maxLength", () => {
    fc.assert(
      fc.property(hugeText, fc.option(fc.integer({ min: 0, max: 20_000 })), (text, maxLength) => {
        const result = parseJson(text, maxLength === null ? {} : { maxLength });
        expectWellFormed(result, text);
        if (maxLength !== null && text.length > maxLength) expect(result).toMatchObject({ ok: false, code: "json_too_long", offset: maxLength });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("R6: valid JSON round-trips equal to JSON.parse, compact or indented", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJson(text, { forbiddenKeys: [], maxDepth: Infinity })).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("R6: on arbitrary text, accepts what JSON.parse accepts and parses it alike, except repeated and prototype keys and nesting past the limit", () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const ours = parseJson(text);
        const native = nativeParse(text);
        if (ours.ok) expect(native).toEqual({ ok: true, value: ours.value });
        else if (native.ok) expect(["json_duplicate_key", "json_forbidden_key", "json_too_deep"]).toContain(ours.code);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

/** Any text a person or a script can put in a field: arbitrary code units and graphemes, corpus cases, huge and deeply nested text. */
const fieldText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.emailAddress(),
  fc.constantFrom(...ALL_BAD_INPUTS.flatMap((input) => [input.name, input.email, input.metadata].filter((text): text is string => text !== undefined))),
  hugeText,
  deepNesting,
);

/** Metadata text: any field text, or real JSON (objects with any keys, forbidden ones included). */
const metadataText = fc.oneof(
  fieldText,
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...FORBIDDEN_METADATA_KEYS)), fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null))).map((value) => JSON.stringify(value)),
);

const draft: fc.Arbitrary<InviteeDraft> = fc.record({
  name: fieldText,
  email: fieldText,
  role: fc.oneof(fc.constantFrom(...config.roles.map((role) => role.id)), fc.string()),
  groups: fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  metadata: metadataText,
});

const NAME_CODES = ["name_required", "name_too_long", "name_malformed_unicode", "name_control_character", "name_bidi_control", "name_invisible", "name_invisible_character"];

describe("validateInviteeDraft properties", () => {
  it("R5, R6, R29: returns a result for any draft and never throws; each refused field has its message and its issue", () => {
    fc.assert(
      fc.property(draft, (input) => {
        const result = validateInviteeDraft(input, config);
        if (result.ok) return;
        expect(Object.keys(result.issues)).toEqual(Object.keys(result.fieldErrors));
        for (const [field, message] of Object.entries(result.fieldErrors)) {
          const issue = result.issues[field as keyof typeof result.issues];
          expect(issue?.message).toBe(message);
          expect(message.length).toBeGreaterThan(0);
          expect(message.length).toBeLessThan(600);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("R5, R6: what it accepts is clean: validating it again changes nothing, and metadata is a small flat object without prototype keys", () => {
    fc.assert(
      fc.property(draft, (input) => {
        const result = validateInviteeDraft(input, config);
        if (!result.ok) return;
        const { name, email, metadata } = result.value;
        expect(validateName(name)).toEqual({ ok: true, value: name });
        expect(validateEmail(email)).toEqual({ ok: true, value: email });
        expect(normalizeEmail(email)).toBe(email);
        expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
        expect(Object.keys(metadata ?? {}).filter((key) => FORBIDDEN_METADATA_KEYS.includes(key))).toEqual([]);
        expect(new TextEncoder().encode(JSON.stringify(metadata)).length).toBeLessThanOrEqual(config.metadataMaxBytes);
        expect(validateInviteeInput(result.value, config)).toEqual({ ok: true, value: result.value });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("R5: a draft of any shape at all (numbers, arrays, nested objects, null) gets a result, never an exception", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, field) => {
        expect(typeof validateInviteeDraft(input as InviteeDraft, config).ok).toBe("boolean");
        expect(typeof validateInviteeDraft({ name: field, email: field, role: field, groups: field, metadata: field } as unknown as InviteeDraft, config).ok).toBe("boolean");
        expect(typeof validateInviteeInput(input, config).ok).toBe("boolean");
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("R5: names are accepted or refused with a name code, for any text", () => {
    fc.assert(
      fc.property(fieldText, (text) => {
        const result = validateName(text);
        if (!result.ok) expect(NAME_CODES).toContain(result.code satisfies ValidationCode);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("R5: every valid address is accepted as its lower-case form", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(validateEmail(email)).toEqual({ ok: true, value: email.toLowerCase() });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("R5: international domains convert consistently: the identity of an accepted address is the stored address", () => {
    const label = fc.string({ unit: fc.constantFrom(..."abcxyz09-\u00FC\u00E9\u00DF\u00C5\u043F\u0440\u0438\u4F8B\u3048\u30C6"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom("ada", "Ada.Lovelace", "x+tag"), fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom("com", "example", "\u30C6\u30B9\u30C8"), (local, labels, tld) => {
        const typed = `${local}@${[...labels, tld].join(".")}`;
        const result = validateEmail(typed);
        if (!result.ok) return;
        expect(normalizeEmail(typed)).toBe(result.value);
        expect(result.value).toMatch(/^[\x21-\x7E]+$/);
        expect(validateEmail(result.value)).toEqual({ ok: true, value: result.value });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
