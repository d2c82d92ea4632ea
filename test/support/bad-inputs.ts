/**
 * The bad-input corpus (issue 14): what an adversarial probe typed or pasted into the invite form,
 * kept as data so the core validation, every adapter and the form run the same cases.
 *
 * Each case fills one field (`name`, `email` or `metadata` as typed text); {@link withValidFields}
 * completes the others with valid values. `refused` names the field the core refuses and `code` the
 * issue code it answers with (`src/core/validation.ts`); `refused: null` means the input is valid and
 * must be kept and shown as plain inert text (formula- or SQL-looking text is data, never run).
 * `stored` is the value kept when it differs from the typed one (trimmed, NFC, punycode domain).
 * `heavy` marks cases too large to type key by key in a DOM test: set them with one change event.
 * @module
 */

/** A field of the invite form that the corpus targets. */
export type BadInputField = "name" | "email" | "metadata";

/** One case of the corpus. */
export interface BadInput {
  /** What the case is, as a test title. */
  readonly label: string;
  readonly name?: string;
  readonly email?: string;
  /** Metadata as raw JSON text, as pasted into the form. */
  readonly metadata?: string;
  /** The rule (docs/rules.md) that decides the case. */
  readonly rule: "R5" | "R6" | "R29";
  /** The field refused, or `null` when the input is valid and kept as typed. */
  readonly refused: BadInputField | null;
  /** The validation issue code of the refusal. */
  readonly code?: string;
  /** The value stored and shown when accepted and it differs from what was typed. */
  readonly stored?: string;
  /** Too large to type key by key (over 500 characters). */
  readonly heavy?: true;
}

/** The valid values {@link withValidFields} fills in for the fields a case leaves out. */
export const VALID_FIELDS = { name: "Ada Lovelace", email: "ada@example.com", metadata: "" } as const;

/** Every text field of a case, the ones it leaves out filled with {@link VALID_FIELDS}. */
export function withValidFields(input: BadInput): { name: string; email: string; metadata: string } {
  return { name: input.name ?? VALID_FIELDS.name, email: input.email ?? VALID_FIELDS.email, metadata: input.metadata ?? VALID_FIELDS.metadata };
}

const MIB = 1024 * 1024;
/** 10 MiB of one letter: what a stuck paste or a script can put in any field. */
const TEN_MIB = "a".repeat(10 * MIB);

/** `{"a":` followed by `depth` opening brackets and their closing ones (the probe's crash). */
function nestedArrays(depth: number, closed = true): string {
  return `{"a":${"[".repeat(depth)}${closed ? "]".repeat(depth) : ""}}`;
}

/** `depth` nested objects: `{"a":{"a":…1…}}`. */
function nestedObjects(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Names the core refuses (R5), each with its own code. */
export const BAD_NAMES: readonly BadInput[] = [
  { label: "empty name", name: "", rule: "R5", refused: "name", code: "name_required" },
  { label: "spaces-only name", name: "   \t ", rule: "R5", refused: "name", code: "name_required" },
  { label: "zero-width-only name", name: "\u200B\u200C\u200D\u2060", rule: "R5", refused: "name", code: "name_invisible" },
  { label: "Hangul-filler-only name", name: "\u3164\u3164", rule: "R5", refused: "name", code: "name_invisible" },
  { label: "BOM and zero-width space only", name: "\uFEFF\u200B", rule: "R5", refused: "name", code: "name_invisible" },
  { label: "zero-width space inside a name", name: "Ada\u200BLovelace", rule: "R5", refused: "name", code: "name_invisible_character" },
  { label: "right-to-left override (spoofed name)", name: "Ada \u202Eecalevol", rule: "R5", refused: "name", code: "name_bidi_control" },
  { label: "bidi isolate", name: "Ada \u2067Lovelace\u2069", rule: "R5", refused: "name", code: "name_bidi_control" },
  { label: "NUL in a name", name: "Ada\u0000Lovelace", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "trailing NUL", name: "Ada\u0000", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "tab inside a name", name: "Ada\tLovelace", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "carriage return inside a name", name: "Ada\rLovelace", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "newline inside a name", name: "Ada\nLovelace", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "C1 control in a name", name: "Ada\u0085Lovelace", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "DEL in a name", name: "Ada\u007F", rule: "R5", refused: "name", code: "name_control_character" },
  { label: "lone high surrogate", name: "Ada \uD800", rule: "R5", refused: "name", code: "name_malformed_unicode" },
  { label: "lone low surrogate", name: "\uDC00 Ada", rule: "R5", refused: "name", code: "name_malformed_unicode" },
  { label: "201-character name", name: "a".repeat(201), rule: "R5", refused: "name", code: "name_too_long" },
  { label: "10 MiB name", name: TEN_MIB, rule: "R5", refused: "name", code: "name_too_long", heavy: true },
];

/** Emails the core refuses (R5), each with its own code. */
export const BAD_EMAILS: readonly BadInput[] = [
  { label: "empty email", email: "", rule: "R5", refused: "email", code: "email_required" },
  { label: "65-character local part", email: `${"a".repeat(65)}@example.com`, rule: "R5", refused: "email", code: "email_local_too_long" },
  { label: "255-character email", email: `${"a".repeat(60)}@${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.${"e".repeat(7)}.com`, rule: "R5", refused: "email", code: "email_too_long" },
  { label: "64-character domain label", email: `ada@${"b".repeat(64)}.com`, rule: "R5", refused: "email", code: "email_label_too_long" },
  { label: "10 MiB email", email: `${TEN_MIB}@example.com`, rule: "R5", refused: "email", code: "email_too_long", heavy: true },
  { label: "zero-width space in an email", email: "ada\u200B@example.com", rule: "R5", refused: "email", code: "email_invisible_character" },
  { label: "zero-width joiner in the domain", email: "ada@exa\u200Dmple.com", rule: "R5", refused: "email", code: "email_invisible_character" },
  { label: "soft hyphen in the domain", email: "ada@exam\u00ADple.com", rule: "R5", refused: "email", code: "email_invisible_character" },
  { label: "right-to-left override in an email", email: "ada@\u202Emoc.elpmaxe", rule: "R5", refused: "email", code: "email_invisible_character" },
  { label: "NUL in an email", email: "ada\u0000@example.com", rule: "R5", refused: "email", code: "email_invisible_character" },
  { label: "tab inside an email", email: "ada\t@example.com", rule: "R5", refused: "email", code: "email_whitespace" },
  { label: "carriage return inside an email", email: "ada@exam\rple.com", rule: "R5", refused: "email", code: "email_whitespace" },
  { label: "SQL tautology after an email", email: "x@example.com' OR '1'='1", rule: "R5", refused: "email", code: "email_whitespace" },
  { label: "lone surrogate in an email", email: "ada\uD800@example.com", rule: "R5", refused: "email", code: "email_malformed_unicode" },
  { label: "fullwidth look-alike of @", email: "ada\uFF20example.com", rule: "R5", refused: "email", code: "email_lookalike_at" },
  { label: "no @", email: "ada.example.com", rule: "R5", refused: "email", code: "email_missing_at" },
  { label: "formula-looking @x", email: "@x", rule: "R5", refused: "email", code: "email_local_missing" },
  { label: "nothing after @", email: "ada@", rule: "R5", refused: "email", code: "email_domain_missing" },
  { label: "formula-looking local part =cmd()", email: "=cmd()@example.com", rule: "R5", refused: "email", code: "email_local_invalid_character" },
  { label: "non-ASCII local part", email: "adä@example.com", rule: "R5", refused: "email", code: "email_local_invalid_character" },
  { label: "Cyrillic look-alike in the local part", email: "\u0430da@example.com", rule: "R5", refused: "email", code: "email_local_invalid_character" },
  { label: "two dots in a row", email: "ada..lovelace@example.com", rule: "R5", refused: "email", code: "email_local_dots" },
  { label: "domain without a dot", email: "ada@example", rule: "R5", refused: "email", code: "email_domain_no_dot" },
  { label: "path smuggled in the domain", email: "ada@example.com/evil", rule: "R5", refused: "email", code: "email_domain_invalid" },
  { label: "invalid punycode label", email: "ada@xn--zz.com", rule: "R5", refused: "email", code: "email_domain_invalid" },
  { label: "numeric top-level label (IPv4-like)", email: "ada@1.2.3.4", rule: "R5", refused: "email", code: "email_domain_numeric" },
  { label: "mixed Latin and Cyrillic domain (paypal confusable)", email: "ada@p\u0430ypal.com", rule: "R5", refused: "email", code: "email_domain_mixed_script" },
  { label: "mixed Latin and Greek domain", email: "ada@g\u03BFogle.com", rule: "R5", refused: "email", code: "email_domain_mixed_script" },
];

/** Metadata the core refuses (R6, R29), each with its own code. */
export const BAD_METADATA: readonly BadInput[] = [
  { label: "NUL in a value (Postgres cannot store it)", metadata: '{"note":"a\\u0000b"}', rule: "R6", refused: "metadata", code: "metadata_nul_character" },
  { label: "3,000 nested arrays (the probe's crash)", metadata: nestedArrays(3000), rule: "R29", refused: "metadata", code: "json_too_deep", heavy: true },
  { label: "10,000 unclosed nested arrays", metadata: nestedArrays(10_000, false), rule: "R29", refused: "metadata", code: "json_too_deep", heavy: true },
  { label: "10,000 nested arrays, closed (over the text limit)", metadata: nestedArrays(10_000), rule: "R29", refused: "metadata", code: "metadata_too_large", heavy: true },
  { label: "3,000 nested objects", metadata: nestedObjects(3000), rule: "R29", refused: "metadata", code: "metadata_too_large", heavy: true },
  { label: "33 nested objects (one past the depth limit)", metadata: nestedObjects(33), rule: "R29", refused: "metadata", code: "json_too_deep" },
  { label: "10 MiB string value", metadata: `{"note":"${TEN_MIB}"}`, rule: "R29", refused: "metadata", code: "metadata_too_large", heavy: true },
  { label: "9,000-byte value (past 8 KiB once compacted)", metadata: `{"note":"${"x".repeat(9000)}"}`, rule: "R6", refused: "metadata", code: "metadata_too_large", heavy: true },
  { label: "32 levels of nesting parse (the depth limit), then are refused as not flat", metadata: `{"a":${"[".repeat(31)}${"]".repeat(31)}}`, rule: "R6", refused: "metadata", code: "metadata_not_flat" },
  { label: "__proto__ key", metadata: '{"__proto__":{"admin":true}}', rule: "R6", refused: "metadata", code: "json_forbidden_key" },
  { label: "__proto__ key spelled with an escape", metadata: '{"\\u005f_proto__":1}', rule: "R6", refused: "metadata", code: "json_forbidden_key" },
  { label: "constructor key", metadata: '{"constructor":{"prototype":{"admin":true}}}', rule: "R6", refused: "metadata", code: "json_forbidden_key" },
  { label: "prototype key", metadata: '{"team":"design","prototype":1}', rule: "R6", refused: "metadata", code: "json_forbidden_key" },
  { label: "duplicate key (the last would silently win)", metadata: '{"role":"end-user","role":"admin"}', rule: "R6", refused: "metadata", code: "json_duplicate_key" },
  { label: "duplicate key spelled with an escape", metadata: '{"a":1,"\\u0061":2}', rule: "R6", refused: "metadata", code: "json_duplicate_key" },
  { label: "array instead of an object", metadata: '["design"]', rule: "R6", refused: "metadata", code: "metadata_not_object" },
  { label: "string instead of an object", metadata: '"design"', rule: "R6", refused: "metadata", code: "metadata_not_object" },
  { label: "nested object value", metadata: '{"team":{"name":"design"}}', rule: "R6", refused: "metadata", code: "metadata_not_flat" },
  { label: "number too large for a double", metadata: '{"n":1e400}', rule: "R6", refused: "metadata", code: "metadata_number_out_of_range" },
  { label: "lone surrogate in a value", metadata: '{"a":"\uD800"}', rule: "R6", refused: "metadata", code: "metadata_malformed_unicode" },
  { label: "lone surrogate escape in a key", metadata: '{"\\udc00":1}', rule: "R6", refused: "metadata", code: "metadata_malformed_unicode" },
  { label: "trailing comma", metadata: '{"team":"design",}', rule: "R6", refused: "metadata", code: "json_unexpected_character" },
  { label: "single quotes", metadata: "{'team':'design'}", rule: "R6", refused: "metadata", code: "json_unexpected_character" },
  { label: "unterminated string", metadata: '{"team":"design}', rule: "R6", refused: "metadata", code: "json_unterminated_string" },
  { label: "raw tab inside a string", metadata: '{"team":"de\tsign"}', rule: "R6", refused: "metadata", code: "json_control_character" },
  { label: "NUL inside a string", metadata: '{"team":"de\u0000sign"}', rule: "R6", refused: "metadata", code: "json_control_character" },
  { label: "invalid escape", metadata: '{"team":"\\x41"}', rule: "R6", refused: "metadata", code: "json_invalid_escape" },
  { label: "two values", metadata: '{"a":1}{"b":2}', rule: "R6", refused: "metadata", code: "json_trailing_content" },
  { label: "cut short", metadata: '{"team":', rule: "R6", refused: "metadata", code: "json_unexpected_end" },
  { label: "two BOMs", metadata: '\uFEFF\uFEFF{"team":"design"}', rule: "R6", refused: "metadata", code: "json_unexpected_character" },
];

/** Odd but valid inputs: accepted, stored as the plain text they are (normalised where `stored` says). */
export const INERT_INPUTS: readonly BadInput[] = [
  { label: "formula-looking name =cmd()", name: "=cmd()", rule: "R5", refused: null },
  { label: "formula-looking name +1", name: "+1", rule: "R5", refused: null },
  { label: "formula-looking name -1", name: "-1", rule: "R5", refused: null },
  { label: "formula-looking name @x", name: "@x", rule: "R5", refused: null },
  { label: "formula-looking name =HYPERLINK", name: '=HYPERLINK("http://evil.example","click")', rule: "R5", refused: null },
  { label: "SQL-looking name", name: "Robert'); DROP TABLE members;--", rule: "R5", refused: null },
  { label: "HTML-looking name", name: '<img src=x onerror="alert(1)">', rule: "R5", refused: null },
  { label: "Cyrillic look-alike in a name (names are display text, not identity)", name: "\u0410da Lovelace", rule: "R5", refused: null },
  { label: "right-to-left name", name: "\u05E2\u05D3\u05D4 \u05DC\u05D1\u05DC\u05D9\u05D9\u05E1", rule: "R5", refused: null },
  { label: "emoji with a zero-width joiner", name: "Ada \u{1F469}\u200D\u{1F4BB}", rule: "R5", refused: null },
  { label: "Persian name with a zero-width non-joiner", name: "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", rule: "R5", refused: null },
  { label: "decomposed accent (stored composed, NFC)", name: "Zoe\u0301", rule: "R5", refused: null, stored: "Zo\u00E9" },
  { label: "BOM before a name (trimmed)", name: "\uFEFFAda", rule: "R5", refused: null, stored: "Ada" },
  { label: "trailing tab and CR (trimmed)", name: "Ada Lovelace\t\r\n", rule: "R5", refused: null, stored: "Ada Lovelace" },
  { label: "200-character name", name: "a".repeat(200), rule: "R5", refused: null },
  { label: "64-character local part", email: `${"a".repeat(64)}@example.com`, rule: "R5", refused: null },
  { label: "formula-looking email +1", email: "+1@example.com", rule: "R5", refused: null },
  { label: "formula-looking email -1", email: "-1@example.com", rule: "R5", refused: null },
  { label: "SQL-looking email", email: "admin'--@example.com", rule: "R5", refused: null },
  { label: "mixed case (stored lower case)", email: "  Ada@Example.COM ", rule: "R5", refused: null, stored: "ada@example.com" },
  { label: "IDN domain (stored as punycode)", email: "ada@b\u00FCcher.example", rule: "R5", refused: null, stored: "ada@xn--bcher-kva.example" },
  { label: "IDN domain in capitals", email: "ADA@B\u00DCCHER.example", rule: "R5", refused: null, stored: "ada@xn--bcher-kva.example" },
  { label: "punycode domain as typed", email: "ada@xn--bcher-kva.example", rule: "R5", refused: null },
  { label: "Japanese domain", email: "ada@\u4F8B\u3048.\u30C6\u30B9\u30C8", rule: "R5", refused: null, stored: "ada@xn--r8jz45g.xn--zckzah" },
  { label: "all-Cyrillic domain (shown as punycode, so it cannot pass for apple.com)", email: "ada@\u0430\u0440\u0440\u04CF\u0435.com", rule: "R5", refused: null, stored: "ada@xn--80ak6aa92e.com" },
  { label: "fullwidth domain (mapped to ASCII)", email: "ada@\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45\uFF0Ecom", rule: "R5", refused: null, stored: "ada@example.com" },
  { label: "BOM before an email (trimmed)", email: "\uFEFFada@example.com", rule: "R5", refused: null, stored: "ada@example.com" },
  { label: "formula-looking metadata values", metadata: '{"a":"=cmd()","b":"+1","c":"-1","d":"@x"}', rule: "R6", refused: null },
  { label: "SQL-looking metadata", metadata: '{"q":"1; DROP TABLE users;--"}', rule: "R6", refused: null },
  { label: "tab and CR as JSON whitespace", metadata: '{\t"team":\r\n"design"}', rule: "R6", refused: null },
  { label: "escaped control characters in a value", metadata: '{"note":"a\\tb\\r\\n"}', rule: "R6", refused: null },
  { label: "BOM before metadata (ignored)", metadata: '\uFEFF{"team":"design"}', rule: "R6", refused: null },
  { label: "pretty-printed metadata", metadata: '{\n  "team": "design",\n  "seat": 4\n}', rule: "R6", refused: null },
];

/** Every case of the corpus. */
export const ALL_BAD_INPUTS: readonly BadInput[] = [...BAD_NAMES, ...BAD_EMAILS, ...BAD_METADATA, ...INERT_INPUTS];
