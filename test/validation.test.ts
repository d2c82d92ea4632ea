import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normalizeEmail,
  parseJson,
  parseMetadata,
  resolveConfig,
  validateEmail,
  validateInviteeDraft,
  validateInviteeInput,
  validateMetadata,
} from "../src/core";

const config = resolveConfig();

describe("email validation", () => {
  it("R5: trims and lower-cases so that identity is case-insensitive", () => {
    expect(normalizeEmail("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
    expect(validateEmail(" Ada@Example.com")).toEqual({ ok: true, value: "ada@example.com" });
  });

  it.each([
    ["", "Enter an email address."],
    ["ada", '"ada" is missing an "@".'],
    ["@example.com", 'Add the part before the "@".'],
    ["ada@", 'Add the domain after the "@", like example.com.'],
    ["ada@example", 'The domain "example" needs a dot, like example.com.'],
    ["ada lovelace@example.com", "An email address cannot contain spaces."],
    ["ada..l@example.com", 'The part before the "@" cannot start or end with a dot or contain two dots in a row.'],
    ["ada@exa_mple.com", 'The domain "exa_mple.com" is not a valid domain name.'],
    ["ada(x)@example.com", 'The part before the "@" contains a character that is not allowed in an email address.'],
    [`${"a".repeat(250)}@example.com`, "An email address can be at most 254 characters long."],
  ])("R5: rejects %j with a specific reason", (raw, message) => {
    expect(validateEmail(raw)).toEqual({ ok: false, message });
  });

  it("R5: accepts common valid addresses", () => {
    for (const email of ["a@b.co", "first.last+tag@sub.example.org", "o'brien@example.ie"]) {
      expect(validateEmail(email).ok).toBe(true);
    }
  });
});

describe("JSON parsing with positions", () => {
  it("R6: agrees with JSON.parse on every valid document", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        const parsed = parseJson(text);
        expect(parsed).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it("R6: fails exactly when JSON.parse fails, on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."{}[]\",:0123456789.-+eEtrufalsn \n\\ab") }), (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        expect(parseJson(text).ok).toBe(native);
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it.each([
    ['{"a": }', 1, 7, 'Unexpected "}": expected a value'],
    ['{\n  "team": "design",\n  "level": 3,\n}', 4, 1, 'Expected a property name in double quotes but found "}"'],
    ['{"a": "b"', 1, 10, 'Expected "," or "}" after a property value but found the end of the text'],
    ["{'a': 1}", 1, 2, 'Expected a property name in double quotes but found "\'"'],
    ['{"a": 1} x', 1, 10, 'Unexpected "x" after the end of the JSON value'],
  ])("R6: reports the line and column of a syntax error in %j", (text, line, column, message) => {
    expect(parseJson(text)).toEqual({ ok: false, line, column, message });
  });
});

describe("metadata", () => {
  it("R6: empty text means no metadata", () => {
    expect(parseMetadata("   ", 8192)).toEqual({ ok: true, value: {} });
  });

  it("R6: a parse error names line and column in the message", () => {
    expect(parseMetadata('{\n  "team": \n}', 8192)).toEqual({
      ok: false,
      message: 'Line 3, column 1: Unexpected "}": expected a value.',
      line: 3,
      column: 1,
    });
  });

  it.each([
    ["[1, 2]", "Metadata must be a JSON object like {\"team\": \"design\"}, not an array."],
    ['"text"', 'Metadata must be a JSON object like {"team": "design"}, not a string.'],
    ["42", 'Metadata must be a JSON object like {"team": "design"}, not a number.'],
    ["null", 'Metadata must be a JSON object like {"team": "design"}, not null.'],
    ['{"__proto__": {"admin": true}}', 'The metadata key "__proto__" is not allowed.'],
    ['{"constructor": 1}', 'The metadata key "constructor" is not allowed.'],
    ['{"prototype": 1}', 'The metadata key "prototype" is not allowed.'],
    ['{"team": {"name": "x"}}', 'Metadata must be flat: "team" holds an object; use a string, number, boolean or null.'],
  ])("R6: refuses %j", (text, message) => {
    expect(parseMetadata(text, 8192)).toEqual({ ok: false, message });
  });

  it("R6: refuses metadata over the size limit and says both sizes", () => {
    const result = parseMetadata(JSON.stringify({ note: "x".repeat(100) }), 64);
    expect(result).toEqual({ ok: false, message: "Metadata is 111 bytes; the limit is 64 bytes." });
  });

  it("R6: a __proto__ key never reaches the prototype", () => {
    const result = validateMetadata(JSON.parse('{"__proto__": 1}'), 8192);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)["admin"]).toBeUndefined();
  });
});

describe("invitee validation", () => {
  const valid = { name: "Ada Lovelace", email: " Ada@Example.com ", role: "builder", groups: ["g-1"], metadata: '{"team": "design"}' };

  it("R5: returns the clean invitee when every field is valid", () => {
    expect(validateInviteeDraft(valid, config, new Set(["g-1"]))).toEqual({
      ok: true,
      value: { name: "Ada Lovelace", email: "ada@example.com", role: "builder", groups: ["g-1"], metadata: { team: "design" } },
    });
  });

  it("R5, R6: reports every invalid field at once, keyed by field", () => {
    const result = validateInviteeDraft({ name: " ", email: "ada@", role: "owner", groups: ["g-9"], metadata: "[" }, config, new Set(["g-1"]));
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: "Enter a name.",
        email: 'Add the domain after the "@", like example.com.',
        role: '"owner" is not a role here; choose one of Admin, Builder, End user.',
        groups: "Unknown group: g-9.",
        metadata: "Line 1, column 2: Unexpected end of the text: a value is missing.",
      },
    });
  });

  it("R5: a backend validates what arrives, whatever its shape", () => {
    expect(validateInviteeInput(null, config)).toEqual({
      ok: false,
      fieldErrors: { name: "Enter a name.", email: "Enter an email address.", role: "Choose a role." },
    });
    expect(validateInviteeInput({ ...valid, metadata: ["x"] }, config)).toEqual({
      ok: false,
      fieldErrors: { metadata: 'Metadata must be a JSON object like {"team": "design"}, not an array.' },
    });
  });
});
