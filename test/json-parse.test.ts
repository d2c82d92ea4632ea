import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/core";
import { jsonErrorSentence, parseJson } from "../src/core/json-parse";

/** `depth` nested arrays around `inner`: `[[…inner…]]`. */
const arrays = (depth: number, inner = ""): string => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

describe("parseJson: where and why it failed", () => {
  it.each([
    ['{"a": }', "json_unexpected_character", 1, 7, 'Unexpected "}": expected a value'],
    ['{\n  "team": "design",\n  "level": 3,\n}', "json_unexpected_character", 4, 1, 'Expected a property name in double quotes but found "}"'],
    ['{"a": "b"', "json_unexpected_end", 1, 10, 'Expected "," or "}" after a property value but found the end of the text'],
    ["{'a': 1}", "json_unexpected_character", 1, 2, 'Expected a property name in double quotes but found "\'"'],
    ['{"a" 1}', "json_unexpected_character", 1, 6, 'Expected ":" but found "1"'],
    ["[1 2]", "json_unexpected_character", 1, 4, 'Expected "," or "]" after an array item but found "2"'],
    ['{"a": 1} x', "json_trailing_content", 1, 10, 'Unexpected "x" after the end of the JSON value'],
    ["", "json_unexpected_end", 1, 1, "Unexpected end of the text: a value is missing"],
    ['"abc', "json_unterminated_string", 1, 1, "Unterminated string: a closing double quote is missing"],
    ['"a\tb"', "json_control_character", 1, 3, "The control character U+0009 must be escaped inside strings"],
    ['"a\u0000b"', "json_control_character", 1, 3, "The control character U+0000 must be escaped inside strings"],
    ['"\\x41"', "json_invalid_escape", 1, 2, 'Invalid escape "\\x" in a string'],
    ['"\\u12"', "json_invalid_escape", 1, 2, 'Invalid escape "\\u12" in a string: \\u takes four hexadecimal digits'],
    ["\uFEFF{}", "json_unexpected_character", 1, 1, "Unexpected U+FEFF: expected a value"],
  ])("R6: %j fails with %s at line %i, column %i", (text, code, line, column, message) => {
    const result = parseJson(text);
    expect(result).toMatchObject({ ok: false, code, line, column, message });
    // The message is the sentence of its code made from its params: a host words it from the same values.
    if (!result.ok) expect(jsonErrorSentence(result.code, result.params)).toBe(message);
  });

  it("R6: columns count characters as people see them: an emoji is one column", () => {
    expect(parseJson('["\u{1F600}", x]')).toMatchObject({ ok: false, line: 1, column: 7, offset: 7, params: { found: "x" } });
  });

  it("R6: gives the parts of the message as params, for hosts that word it themselves", () => {
    expect(parseJson("[1,}")).toEqual({
      ok: false,
      code: "json_unexpected_character",
      message: 'Unexpected "}": expected a value',
      params: { expected: "value", found: "}" },
      line: 1,
      column: 4,
      offset: 3,
    });
  });

  it("R6: something that is not text gets an error, not an exception", () => {
    expect(parseJson(undefined as unknown as string)).toMatchObject({ ok: false, code: "json_not_text", line: 1, column: 1 });
    expect(parseJson({ length: 3 } as unknown as string)).toMatchObject({ ok: false, code: "json_not_text" });
  });
});

describe("parseJson: keys", () => {
  it("R6: a repeated key is refused where it repeats, instead of the last one silently winning", () => {
    expect(parseJson('{"role": "end-user",\n  "role": "admin"}')).toEqual({
      ok: false,
      code: "json_duplicate_key",
      message: 'The key "role" appears twice in the same object; each key may appear only once',
      params: { key: "role" },
      line: 2,
      column: 3,
      offset: 23,
    });
  });

  it("R6: a key repeated through an escape is the same key", () => {
    expect(parseJson('{"a": 1, "\\u0061": 2}')).toMatchObject({ ok: false, code: "json_duplicate_key", params: { key: "a" }, column: 10 });
  });

  it("R6: equal keys in different objects are fine", () => {
    expect(parseJson('{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}')).toEqual({ ok: true, value: { a: { a: 1 }, b: [{ a: 2 }, { a: 3 }] } });
  });

  it.each(["__proto__", "constructor", "prototype", "\\u005f_proto__"])("R6: the prototype key %j is refused where it stands, at any depth", (key) => {
    expect(parseJson(`{"ok": [{"${key}": {"admin": true}}]}`)).toMatchObject({ ok: false, code: "json_forbidden_key", line: 1, column: 10 });
  });

  it("R6: a caller that allows prototype keys gets them as own properties, never as prototypes", () => {
    const parsed = parseJson('{"__proto__": {"admin": true}}', { forbiddenKeys: [] });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value ?? {})).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["admin"]).toBeUndefined();
  });

  it("R6: a long key is cut short in the message and kept whole in params", () => {
    const key = "k".repeat(1000);
    const parsed = parseJson(`{"${key}": 1, "${key}": 2}`);
    expect(parsed).toMatchObject({ ok: false, code: "json_duplicate_key", params: { key } });
    expect(!parsed.ok && parsed.message.length).toBeLessThan(120);
  });
});

describe("parseJson: limits (R29)", () => {
  it("R29: nesting up to the limit parses; one level more is refused where it starts", () => {
    expect(DEFAULT_LIMITS.jsonDepth).toBe(32);
    expect(parseJson(arrays(32))).toMatchObject({ ok: true });
    expect(parseJson(arrays(33))).toEqual({
      ok: false,
      code: "json_too_deep",
      message: "The JSON nests objects and arrays more than 32 levels deep, which is the limit",
      params: { limit: 32 },
      line: 1,
      column: 33,
      offset: 32,
    });
    expect(parseJson(`{"a":${arrays(31)}}`)).toMatchObject({ ok: true });
    expect(parseJson(arrays(3, "{}"), { maxDepth: 3 })).toMatchObject({ ok: false, code: "json_too_deep", column: 4 });
  });

  it.each([3000, 10_000])("R29: %i levels of nesting get an error, not a stack overflow", (depth) => {
    expect(parseJson(`{"a":${arrays(depth)}}`)).toMatchObject({ ok: false, code: "json_too_deep" });
    expect(parseJson("[".repeat(depth))).toMatchObject({ ok: false, code: "json_too_deep" });
    expect(parseJson('{"a":'.repeat(depth))).toMatchObject({ ok: false, code: "json_too_deep" });
  });

  it("R29: the parser does not recurse: 200,000 levels parse when a caller lifts the limit", () => {
    const parsed = parseJson(arrays(200_000, "1"), { maxDepth: Infinity });
    expect(parsed.ok).toBe(true);
    let value = parsed.ok ? parsed.value : null;
    let depth = 0;
    while (Array.isArray(value)) {
      value = (value as unknown[])[0] as typeof value;
      depth += 1;
    }
    expect([depth, value]).toEqual([200_000, 1]);
  });

  it("R29: text over maxLength is refused as too long before it is read, whatever it holds", () => {
    const paste = `not json at all ${"x".repeat(10 * 1024 * 1024)}`;
    expect(parseJson(paste, { maxLength: 16_384 })).toEqual({
      ok: false,
      code: "json_too_long",
      message: `The text is ${paste.length} characters long; the limit is 16384`,
      params: { length: paste.length, limit: 16_384 },
      line: 1,
      column: 16_385,
      offset: 16_384,
    });
    expect(parseJson("[1]", { maxLength: 3 })).toEqual({ ok: true, value: [1] });
  });

  it("R29: a 10 MiB string value parses in full when no length limit is set", () => {
    const note = "x".repeat(10 * 1024 * 1024);
    expect(parseJson(`{"note": "${note}"}`)).toEqual({ ok: true, value: { note } });
  });
});
