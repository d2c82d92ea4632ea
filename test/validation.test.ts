import { describe, expect, it } from "vitest";
import { normalizeEmail, parseMetadata, resolveConfig, validateEmail, validateInviteeInput, validateName } from "../src/core";
import { MAX_NAME_LENGTH, validateInviteeDraft, validateMetadata, validationSentence } from "../src/core/validation";
import type { InviteeValidation, ValidationIssue } from "../src/core";
import type { BadInput } from "./support/bad-inputs";
import { ALL_BAD_INPUTS, BAD_EMAILS, BAD_NAMES, withValidFields } from "./support/bad-inputs";

const config = resolveConfig();

/** The code and message of one field's refusal, or `undefined` when the field passed. */
function issueOf(result: InviteeValidation, field: "name" | "email" | "metadata"): { code: string; message: string } | undefined {
  if (result.ok) return undefined;
  const issue = result.issues[field];
  return issue && { code: issue.code, message: issue.message };
}

describe("email validation", () => {
  it("R5: trims and lower-cases so that identity is case-insensitive", () => {
    expect(normalizeEmail("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
    expect(validateEmail(" Ada@Example.com")).toEqual({ ok: true, value: "ada@example.com" });
  });

  it.each([
    ["", "email_required", "Enter an email address."],
    ["ada", "email_missing_at", '"ada" is missing an "@".'],
    ["@example.com", "email_local_missing", 'Add the part before the "@".'],
    ["ada@", "email_domain_missing", 'Add the domain after the "@", like example.com.'],
    ["ada@example", "email_domain_no_dot", 'The domain "example" needs a dot, like example.com.'],
    ["ada lovelace@example.com", "email_whitespace", "An email address cannot contain spaces, tabs or line breaks."],
    ["ada..l@example.com", "email_local_dots", 'The part before the "@" cannot start or end with a dot or contain two dots in a row.'],
    ["ada@exa_mple.com", "email_domain_invalid", 'The domain "exa_mple.com" contains "_", which a domain name cannot hold.'],
    ["ada@exa--.com", "email_domain_invalid", 'The domain "exa--.com" is not a valid domain name.'],
    ["ada(x)@example.com", "email_local_invalid_character", 'The part before the "@" contains "(", which is not allowed there; use letters A–Z, digits and symbols such as . _ + -.'],
    [`${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(60)}.com`, "email_too_long", "An email address can be at most 254 characters long; this one has 257."],
    [`${"a".repeat(65)}@example.com`, "email_local_too_long", 'The part before the "@" can be at most 64 characters long; this one has 65.'],
    ["ada\u200B@example.com", "email_invisible_character", "The email address contains an invisible or control character (U+200B); type it again rather than pasting it."],
    ["ada\uFF20example.com", "email_lookalike_at", '"ada\uFF20example.com" uses "\uFF20", which looks like "@" but is not; type the "@" again.'],
    ["ada@10.0.0.1", "email_domain_numeric", 'The domain "10.0.0.1" ends in a number; an email needs a domain name like example.com, not an IP address.'],
    ["ada@p\u0430ypal.com", "email_domain_mixed_script", 'The domain "p\u0430ypal.com" mixes Latin and Cyrillic letters in "p\u0430ypal", a common way to imitate another domain; type it in one alphabet.'],
  ])("R5: refuses %j with a specific code and reason", (raw, code, message) => {
    expect(validateEmail(raw)).toMatchObject({ ok: false, code, message });
  });

  it("R5: accepts common valid addresses, 64 characters before the @ and 254 in all", () => {
    const longest = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.com`;
    expect(longest).toHaveLength(254);
    for (const email of ["a@b.co", "first.last+tag@sub.example.org", "o'brien@example.ie", longest]) {
      expect(validateEmail(email)).toEqual({ ok: true, value: email });
    }
  });

  it("R5: stores an international domain as punycode and says so", () => {
    expect(validateEmail("Ada@B\u00FCcher.example")).toEqual({
      ok: true,
      value: "ada@xn--bcher-kva.example",
      notice: {
        code: "email_domain_converted",
        message:
          'The domain "B\u00FCcher.example" is saved as "xn--bcher-kva.example", the form email systems use for international domains, so the address is stored and shown as ada@xn--bcher-kva.example.',
        params: { typed: "B\u00FCcher.example", stored: "xn--bcher-kva.example", email: "ada@xn--bcher-kva.example" },
      },
    });
  });

  it("R5: every spelling of one international address has one identity", () => {
    const spellings = ["ada@b\u00FCcher.example", " ADA@B\u00DCCHER.EXAMPLE", "ada@xn--bcher-kva.example", "ada@bu\u0308cher.example"];
    expect(new Set(spellings.map(normalizeEmail))).toEqual(new Set(["ada@xn--bcher-kva.example"]));
    for (const email of spellings) expect(validateEmail(email)).toMatchObject({ ok: true, value: "ada@xn--bcher-kva.example" });
  });

  it("R5: a domain with ASCII punctuation is refused before conversion, so nothing is cut off", () => {
    expect(validateEmail("ada@example.com/evil")).toMatchObject({ ok: false, code: "email_domain_invalid" });
    expect(validateEmail("ada@b\u00FCcher.example#x")).toMatchObject({ ok: false, code: "email_domain_invalid" });
    expect(normalizeEmail("ada@b\u00FCcher.example/x")).toBe("ada@b\u00FCcher.example/x");
  });
});

describe("name validation", () => {
  it.each([
    ["", "name_required", "Enter a name."],
    ["\u200B\u2060", "name_invisible", "The name has no visible characters; enter a name."],
    ["Ada \u202Eecalevol", "name_bidi_control", "A name cannot contain characters that reverse or isolate the direction of text (U+202E here): they make it read differently from what is stored."],
    ["Ada\u0000", "name_control_character", "A name cannot contain control characters such as tabs, line breaks or NUL (U+0000 here)."],
    ["Ada\u200BLovelace", "name_invisible_character", "The name contains an invisible character (U+200B); type it again rather than pasting it."],
    ["Ada \uD83D", "name_malformed_unicode", "The name contains a broken character (half of an emoji or symbol); type it again."],
    ["a".repeat(MAX_NAME_LENGTH + 1), "name_too_long", "A name can be at most 200 characters long; this one has 201."],
  ])("R5: refuses %j with a specific code and reason", (raw, code, message) => {
    expect(validateName(raw)).toMatchObject({ ok: false, code, message });
  });

  it("R5: trims, composes (NFC) and counts characters, not UTF-16 units", () => {
    expect(validateName("  Zoe\u0301 ")).toEqual({ ok: true, value: "Zo\u00E9" });
    expect(validateName("\u{1F600}".repeat(MAX_NAME_LENGTH))).toEqual({ ok: true, value: "\u{1F600}".repeat(MAX_NAME_LENGTH) });
    expect(validateName("\u{1F600}".repeat(MAX_NAME_LENGTH + 1))).toMatchObject({ ok: false, code: "name_too_long" });
  });
});

describe("metadata", () => {
  it("R6: empty text means no metadata", () => {
    expect(parseMetadata("   ", 8192)).toEqual({ ok: true, value: {} });
    expect(parseMetadata("\uFEFF", 8192)).toEqual({ ok: true, value: {} });
  });

  it("R6: a parse error names line and column in the message, and gives them as data", () => {
    expect(parseMetadata('{\n  "team": \n}', 8192)).toEqual({
      ok: false,
      code: "json_unexpected_character",
      message: 'Line 3, column 1: Unexpected "}": expected a value.',
      reason: 'Unexpected "}": expected a value',
      params: { expected: "value", found: "}" },
      line: 3,
      column: 1,
      offset: 13,
    });
  });

  it("R6: a byte order mark is ignored, and positions still count in the text as typed", () => {
    expect(parseMetadata('\uFEFF{"team": "design"}', 8192)).toEqual({ ok: true, value: { team: "design" } });
    expect(parseMetadata('\uFEFF{"a": }', 8192)).toMatchObject({ ok: false, line: 1, column: 8, offset: 7 });
  });

  it.each([
    ["[1, 2]", "metadata_not_object", 'Metadata must be a JSON object like {"team": "design"}, not an array.'],
    ['"text"', "metadata_not_object", 'Metadata must be a JSON object like {"team": "design"}, not a string.'],
    ["42", "metadata_not_object", 'Metadata must be a JSON object like {"team": "design"}, not a number.'],
    ["null", "metadata_not_object", 'Metadata must be a JSON object like {"team": "design"}, not null.'],
    ['{"__proto__": {"admin": true}}', "json_forbidden_key", 'Line 1, column 2: The key "__proto__" is not allowed.'],
    ['{"constructor": 1}', "json_forbidden_key", 'Line 1, column 2: The key "constructor" is not allowed.'],
    ['{"a": 1, "prototype": 1}', "json_forbidden_key", 'Line 1, column 10: The key "prototype" is not allowed.'],
    ['{"role": "end-user",\n "role": "admin"}', "json_duplicate_key", 'Line 2, column 2: The key "role" appears twice in the same object; each key may appear only once.'],
    ['{"team": {"name": "x"}}', "metadata_not_flat", 'Metadata must be flat: "team" holds an object; use a string, number, boolean or null.'],
    ['{"n": 1e400}', "metadata_number_out_of_range", 'The metadata number "n" is too large to store; write it as a string.'],
    ['{"a": "\\ud800"}', "metadata_malformed_unicode", 'The metadata entry "a" contains a broken character (half of an emoji or symbol) that cannot be stored.'],
    ['{"a": "x\\u0000y"}', "metadata_nul_character", 'The metadata entry "a" contains a NUL character (\\u0000), which databases cannot store; remove it.'],
  ])("R6: refuses %j with a specific code", (text, code, message) => {
    expect(parseMetadata(text, 8192)).toMatchObject({ ok: false, code, message });
  });

  it("R6: refuses metadata over the size limit once compacted, and says both sizes", () => {
    expect(parseMetadata(JSON.stringify({ note: "x".repeat(100) }), 64)).toEqual({
      ok: false,
      code: "metadata_too_large",
      message: "Metadata is 111 bytes; the limit is 64 bytes.",
      params: { bytes: 111, limit: 64 },
    });
  });

  it("R6: indentation does not count against the limit: pretty-printed text under twice the limit is measured compacted", () => {
    const value = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`key${index}`, index]));
    const pretty = JSON.stringify(value, null, 8);
    expect(JSON.stringify(value).length).toBeLessThan(8192);
    expect(pretty.length).toBeGreaterThan(8192);
    expect(parseMetadata(pretty, 8192)).toEqual({ ok: true, value });
  });

  it("R29: text over twice the limit is refused before it is read, even when it is not JSON at all", () => {
    const paste = `not json ${"x".repeat(10 * 1024 * 1024)}`;
    expect(parseMetadata(paste, 8192)).toEqual({
      ok: false,
      code: "metadata_too_large",
      message: `Metadata is ${paste.length.toLocaleString("en-US")} characters long; the limit is 8,192 bytes, so it was not read. Remove some of it.`,
      params: { length: paste.length, limit: 8192 },
    });
  });

  it("R29: nesting past the depth limit is refused where it passes it, and the limit can be set", () => {
    const deep = `{"a":${"[".repeat(40)}${"]".repeat(40)}}`;
    expect(parseMetadata(deep, 8192)).toMatchObject({ ok: false, code: "json_too_deep", line: 1, column: 37, params: { limit: 32 } });
    expect(parseMetadata(deep, 8192, 64)).toMatchObject({ ok: false, code: "metadata_not_flat" });
  });

  it("R6: a __proto__ key that arrives as an object never reaches the prototype", () => {
    const result = validateMetadata(JSON.parse('{"__proto__": {"admin": true}}'), 8192);
    expect(result).toMatchObject({ ok: false, code: "json_forbidden_key", message: 'The key "__proto__" is not allowed.' });
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

  it("R5: an international domain is stored as punycode, with a notice for the form to show", () => {
    const result = validateInviteeDraft({ ...valid, email: "ada@b\u00FCcher.example" }, config, new Set(["g-1"]));
    expect(result).toMatchObject({ ok: true, value: { email: "ada@xn--bcher-kva.example" }, notices: { email: { code: "email_domain_converted" } } });
  });

  it("R5, R6: reports every invalid field at once, keyed by field, as messages and as issues with codes", () => {
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
      issues: {
        name: { code: "name_required", message: "Enter a name.", params: {} },
        email: { code: "email_domain_missing", message: 'Add the domain after the "@", like example.com.', params: {} },
        role: { code: "role_unknown", message: '"owner" is not a role here; choose one of Admin, Builder, End user.', params: { role: "owner", roles: ["Admin", "Builder", "End user"] } },
        groups: { code: "groups_unknown", message: "Unknown group: g-9.", params: { groups: ["g-9"], count: 1 } },
        metadata: {
          code: "json_unexpected_end",
          message: "Line 1, column 2: Unexpected end of the text: a value is missing.",
          reason: "Unexpected end of the text: a value is missing",
          params: { expected: "value" },
          line: 1,
          column: 2,
          offset: 1,
        },
      },
    });
  });

  it("R29: the metadata nesting limit is the configured limits.jsonDepth", () => {
    const nested = { ...valid, metadata: '{"team": [["design"]]}' };
    expect(validateInviteeDraft(nested, resolveConfig({ limits: { jsonDepth: 2 } }), new Set(["g-1"]))).toMatchObject({
      ok: false,
      issues: { metadata: { code: "json_too_deep", params: { limit: 2 }, line: 1, column: 11 } },
    });
    expect(validateInviteeDraft(nested, config, new Set(["g-1"]))).toMatchObject({ ok: false, issues: { metadata: { code: "metadata_not_flat" } } });
  });

  it("R5: a draft of the wrong shape gets errors, not an exception", () => {
    const wrong = { name: 42, email: null, role: [], groups: "g-1", metadata: {} } as unknown as typeof valid;
    expect(Object.keys((validateInviteeDraft(wrong, config) as { fieldErrors: object }).fieldErrors)).toEqual(["name", "email", "role", "groups", "metadata"]);
    expect(validateInviteeDraft(null as unknown as typeof valid, config)).toMatchObject({ ok: false, fieldErrors: { name: "Enter a name.", email: "Enter an email address." } });
  });

  it("R5: a backend validates what arrives, whatever its shape", () => {
    expect(validateInviteeInput(null, config)).toMatchObject({
      ok: false,
      fieldErrors: { name: "Enter a name.", email: "Enter an email address.", role: "Choose a role." },
    });
    expect(validateInviteeInput({ ...valid, metadata: ["x"] }, config)).toMatchObject({
      ok: false,
      fieldErrors: { metadata: 'Metadata must be a JSON object like {"team": "design"}, not an array.' },
    });
  });
});

/** Runs one corpus case through the form's validation: the refused field and its code, or the stored value. */
function expectCase(input: BadInput): void {
  const result = validateInviteeDraft({ ...withValidFields(input), role: "builder", groups: [] }, config);
  if (input.refused === null) {
    expect(result.ok, JSON.stringify(!result.ok && result.fieldErrors)).toBe(true);
    if (!result.ok) return;
    if (input.name !== undefined) expect(result.value.name).toBe(input.stored ?? input.name);
    if (input.email !== undefined) expect(result.value.email).toBe(input.stored ?? input.email);
    return;
  }
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(Object.keys(result.fieldErrors)).toEqual([input.refused]);
  expect(result.issues[input.refused]?.code).toBe(input.code);
  expect(result.issues[input.refused]?.message.length).toBeLessThan(400);
  expectWordedFromParams(result.issues[input.refused]);
}

/**
 * R5, R6: the English message is the sentence of the issue's code made from its params (a syntax error's
 * after its line and column), so a UI that words the code from the same params says the same thing.
 */
function expectWordedFromParams(issue: ValidationIssue | undefined): void {
  expect(issue).toBeDefined();
  if (issue === undefined) return;
  const sentence = validationSentence(issue.code, issue.params as never);
  expect(issue.message).toBe(issue.line === undefined ? sentence : `Line ${issue.line}, column ${issue.column ?? 0}: ${sentence}`);
}

describe("the bad-input corpus (issue 14) against the core validation", () => {
  it.each(ALL_BAD_INPUTS.map((input) => [`${input.rule}: ${input.label}`, input] as const))("%s", (_label, input) => {
    expectCase(input);
  });

  it.each([...BAD_NAMES, ...BAD_EMAILS].map((input) => [input.label, input] as const))(
    "R5: a backend refuses %s with the code the form gives",
    (_label, input) => {
      const { name, email } = withValidFields(input);
      const result = validateInviteeInput({ name, email, role: "builder" }, config);
      expect(issueOf(result, input.refused as "name" | "email")?.code).toBe(input.code);
    },
  );
});
