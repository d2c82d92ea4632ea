import type { InviteeInput } from "./adapter.types";
import type { RosterConfig } from "./config";
import { DEFAULT_LIMITS } from "./config";
import type { Metadata, MetadataValue } from "./domain.types";
import { paramsOfKinds } from "./denials";
import type { FieldErrors } from "./errors";
import type { JsonErrorCode, JsonErrorParamsByCode, JsonExpected } from "./json-parse";
import { codePointName, JSON_ERROR_SENTENCES, parseJson, PROTOTYPE_KEYS } from "./json-parse";

/**
 * Input validation with specific messages (R5, R6, R29). Shared by the invite form (as the user types)
 * and by backends (on what arrives), so both say the same thing. Every refusal has a stable `code`, the
 * `params` it is made of ({@link ValidationParamsByCode}) and an English `message` made from them
 * ({@link VALIDATION_SENTENCES}), so a UI words it in its own language; no function here throws on its input.
 * @module
 */

/** Why a field was refused; stable, for hosts that translate the message (each has its own English sentence). */
export type ValidationCode =
  | "name_required"
  | "name_too_long"
  | "name_malformed_unicode"
  | "name_control_character"
  | "name_bidi_control"
  | "name_invisible"
  | "name_invisible_character"
  | "email_required"
  | "email_too_long"
  | "email_malformed_unicode"
  | "email_whitespace"
  | "email_invisible_character"
  | "email_lookalike_at"
  | "email_missing_at"
  | "email_local_missing"
  | "email_domain_missing"
  | "email_local_too_long"
  | "email_local_invalid_character"
  | "email_local_dots"
  | "email_domain_invalid"
  | "email_domain_mixed_script"
  | "email_domain_numeric"
  | "email_domain_no_dot"
  | "email_label_too_long"
  | "role_required"
  | "role_unknown"
  | "groups_invalid"
  | "groups_unknown"
  | "metadata_too_large"
  | "metadata_not_object"
  | "metadata_not_flat"
  | "metadata_number_out_of_range"
  | "metadata_malformed_unicode"
  | "metadata_nul_character"
  | JsonErrorCode;

/**
 * The type of a value, as `metadata_not_object` and `metadata_not_flat` name what they got: a JSON type,
 * or `other` for what JSON cannot hold (a function, `undefined`, a bigint) when a caller passes it.
 */
export type JsonValueType = "null" | "array" | "object" | "string" | "number" | "boolean" | "other";

/** Values of a refusal about a length over its limit. */
type LengthParams = { readonly length: number; readonly limit: number };

/**
 * The values of each refusal, by code: what a host words it from. Texts are as typed (a message cuts
 * long ones); `codePoint` names a character, e.g. `U+202E`.
 */
export interface ValidationParamsByCode extends JsonErrorParamsByCode {
  readonly name_required: Readonly<Record<never, never>>;
  readonly name_too_long: LengthParams;
  readonly name_malformed_unicode: Readonly<Record<never, never>>;
  readonly name_control_character: { readonly codePoint: string };
  readonly name_bidi_control: { readonly codePoint: string };
  readonly name_invisible: Readonly<Record<never, never>>;
  readonly name_invisible_character: { readonly codePoint: string };
  readonly email_required: Readonly<Record<never, never>>;
  readonly email_too_long: LengthParams;
  readonly email_malformed_unicode: Readonly<Record<never, never>>;
  readonly email_whitespace: Readonly<Record<never, never>>;
  readonly email_invisible_character: { readonly codePoint: string };
  readonly email_lookalike_at: { readonly email: string; readonly character: string };
  readonly email_missing_at: { readonly email: string };
  readonly email_local_missing: Readonly<Record<never, never>>;
  readonly email_domain_missing: Readonly<Record<never, never>>;
  readonly email_local_too_long: LengthParams;
  readonly email_local_invalid_character: { readonly character: string };
  readonly email_local_dots: Readonly<Record<never, never>>;
  /** With `character` when the domain holds one a domain cannot; without, when it is not a domain name at all. */
  readonly email_domain_invalid: { readonly domain: string; readonly character?: string };
  /** `scripts` are the alphabets mixed in `label`, e.g. `["Latin", "Cyrillic"]`. */
  readonly email_domain_mixed_script: { readonly domain: string; readonly label: string; readonly scripts: readonly string[] };
  readonly email_domain_numeric: { readonly domain: string };
  readonly email_domain_no_dot: { readonly domain: string };
  readonly email_label_too_long: LengthParams & { readonly domain: string; readonly label: string };
  readonly role_required: Readonly<Record<never, never>>;
  /** `roles` are the labels of the roles there are. */
  readonly role_unknown: { readonly role: string; readonly roles: readonly string[] };
  readonly groups_invalid: Readonly<Record<never, never>>;
  readonly groups_unknown: { readonly groups: readonly string[]; readonly count: number };
  /** `bytes` once compacted; or `length` in characters, for text refused before it was read (R29). */
  readonly metadata_too_large: { readonly bytes: number; readonly limit: number } | LengthParams;
  readonly metadata_not_object: { readonly type: JsonValueType };
  readonly metadata_not_flat: { readonly key: string; readonly type: JsonValueType };
  readonly metadata_number_out_of_range: { readonly key: string };
  readonly metadata_malformed_unicode: { readonly key: string };
  readonly metadata_nul_character: { readonly key: string };
}

/** The values a message is made of, for hosts that word it themselves (see {@link ValidationParamsByCode}). */
export type ValidationParams = Readonly<Record<string, string | number | readonly string[]>>;

/** Why a value was refused: a stable `code`, its `params` and an English `message`. */
export interface ValidationIssue {
  readonly code: ValidationCode;
  readonly message: string;
  readonly params: ValidationParams;
  /** Metadata syntax errors: where parsing stopped (from 1; the column in code points). */
  readonly line?: number;
  readonly column?: number;
  /** Metadata syntax errors: where parsing stopped, as an index into the text. */
  readonly offset?: number;
  /** Metadata syntax errors: the message without its position, for hosts that word the position themselves. */
  readonly reason?: string;
}

/** Something people should know about a value that was accepted, e.g. that it is stored in another form. */
export interface ValidationNotice {
  /** `email_domain_converted`: an international domain is stored in its ASCII (punycode) form. */
  readonly code: "email_domain_converted";
  readonly message: string;
  readonly params: ValidationParams;
}

/** A value refused, with the reason. */
export type ValidationFailure = { readonly ok: false } & ValidationIssue;

/** A value that passed validation (in the form it is stored and shown), or the reason it did not. */
export type ValidationResult<T> = { readonly ok: true; readonly value: T; readonly notice?: ValidationNotice } | ValidationFailure;

/** The result of {@link parseMetadata}; a JSON syntax error carries its `line`, `column` and `offset`. */
export type MetadataResult = { readonly ok: true; readonly value: Metadata } | ValidationFailure;

/** One invitee as typed in a form: every field as text, metadata as raw JSON text (empty for none). */
export interface InviteeDraft {
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly groups: readonly string[];
  readonly metadata: string;
}

/** The invitee's fields, as {@link InviteeValidation} reports them. */
export type InviteeField = keyof InviteeInput;

/** The refused fields of one invitee, each with its issue (code, values, English message). */
export type InviteeIssues = Readonly<Partial<Record<InviteeField, ValidationIssue>>>;

/**
 * The result of validating one invitee: the clean input (with `notices`, when a value is stored in
 * another form than typed), or for each refused field its message (`fieldErrors`) and its issue.
 */
export type InviteeValidation =
  | { readonly ok: true; readonly value: InviteeInput; readonly notices?: Readonly<Partial<Record<InviteeField, ValidationNotice>>> }
  | { readonly ok: false; readonly fieldErrors: FieldErrors; readonly issues: InviteeIssues };

/** Keys refused in metadata: they would reach object prototypes in careless hosts (R6). */
export const FORBIDDEN_METADATA_KEYS: readonly string[] = PROTOTYPE_KEYS;

/** Longest name, in code points once trimmed and composed (NFC). */
export const MAX_NAME_LENGTH = 200;
/** Longest email address (RFC 5321 path limit), once its domain is in ASCII. */
export const MAX_EMAIL_LENGTH = 254;
/** Longest part before the "@" (RFC 5321). */
export const MAX_EMAIL_LOCAL_LENGTH = 64;
/** Longest label of a domain, between two dots (RFC 1035). */
export const MAX_DOMAIN_LABEL_LENGTH = 63;
/**
 * Metadata text longer than this many times `metadataMaxBytes` is refused before it is read (R29): room
 * for indentation and escapes, which compacting removes, while a 10 MB paste costs nothing to refuse.
 */
export const METADATA_TEXT_FACTOR = 2;

/**
 * Text longer than these (in UTF-16 code units) cannot fit the limits whatever normalising does (NFC
 * composes at most 3 code units into 1; a code point takes at most 2), so it is refused without being read.
 */
const NAME_QUICK_LIMIT = MAX_NAME_LENGTH * 6;
const EMAIL_QUICK_LIMIT = MAX_EMAIL_LENGTH * 4;

const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const EMAIL_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
/** What cannot be seen: removed to tell whether a name has anything visible left. */
const UNSEEN = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{White_Space}\u2800]/gu;
/**
 * Invisible characters refused inside a name: every default-ignorable code point except those that
 * scripts and emoji need (joiners, direction marks, variation selectors, Mongolian selectors, the
 * grapheme joiner and the tags of flag sequences).
 */
const NAME_INVISIBLE = /(?!\p{Variation_Selector}|\u034F|[\u061C\u200C-\u200F\u{E0020}-\u{E007F}])\p{Default_Ignorable_Code_Point}/u;
const LOOKALIKE_AT = /[\uFE6B\uFF20]/u;
/** ASCII a domain may hold besides letters, digits, "." and "-": none. */
const DOMAIN_ASCII_PUNCTUATION = /[\x21-\x2C\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/;
/** The dots UTS 46 treats as label separators. */
const DOMAIN_DOTS = /[.\u3002\uFF0E\uFF61]/u;
/** A last label the URL standard reads as part of an IPv4 address. */
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;
/** Scripts with letters that pass for Latin ones; a label mixing two of them is a spoofing trick. */
const CONFUSABLE_SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
];

/** `U+202E`: how a character is named in messages, as the JSON parser names one. */
function charName(char: string): string {
  return codePointName(char.codePointAt(0) ?? 0);
}

/** Text quoted in a message, cut to 60 characters so a pasted megabyte never fills the screen. */
function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

/** A number as the kit's English sentences write it, e.g. `8,192`. */
function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** A JSON type with its article, as an English sentence names it. */
function jsonTypeText(type: JsonValueType): string {
  if (type === "null") return "null";
  if (type === "other") return "a value JSON cannot hold";
  return `${type === "array" || type === "object" ? "an" : "a"} ${type}`;
}

/** How a JSON syntax error reads in a validation message: its sentence, then a period. */
function jsonSentence<C extends JsonErrorCode>(code: C): (params: JsonErrorParamsByCode[C]) => string {
  return (params) => `${(JSON_ERROR_SENTENCES[code] as (params: JsonErrorParamsByCode[C]) => string)(params)}.`;
}

/**
 * The kit's English sentence of every refusal, by code: the `message` of each {@link ValidationIssue}
 * (a metadata syntax error's message adds its line and column) and the UI's default messages.
 */
export const VALIDATION_SENTENCES: { readonly [C in ValidationCode]: (params: ValidationParamsByCode[C]) => string } = {
  name_required: () => "Enter a name.",
  name_too_long: ({ length, limit }) => `A name can be at most ${count(limit)} characters long; this one has ${count(length)}.`,
  name_malformed_unicode: () => "The name contains a broken character (half of an emoji or symbol); type it again.",
  name_control_character: ({ codePoint }) => `A name cannot contain control characters such as tabs, line breaks or NUL (${codePoint} here).`,
  name_bidi_control: ({ codePoint }) =>
    `A name cannot contain characters that reverse or isolate the direction of text (${codePoint} here): they make it read differently from what is stored.`,
  name_invisible: () => "The name has no visible characters; enter a name.",
  name_invisible_character: ({ codePoint }) => `The name contains an invisible character (${codePoint}); type it again rather than pasting it.`,
  email_required: () => "Enter an email address.",
  email_too_long: ({ length, limit }) => `An email address can be at most ${count(limit)} characters long; this one has ${count(length)}.`,
  email_malformed_unicode: () => "The email address contains a broken character (half of an emoji or symbol); type it again.",
  email_whitespace: () => "An email address cannot contain spaces, tabs or line breaks.",
  email_invisible_character: ({ codePoint }) => `The email address contains an invisible or control character (${codePoint}); type it again rather than pasting it.`,
  email_lookalike_at: ({ email, character }) => `${quote(email)} uses "${character}", which looks like "@" but is not; type the "@" again.`,
  email_missing_at: ({ email }) => `${quote(email)} is missing an "@".`,
  email_local_missing: () => 'Add the part before the "@".',
  email_domain_missing: () => 'Add the domain after the "@", like example.com.',
  email_local_too_long: ({ length, limit }) => `The part before the "@" can be at most ${count(limit)} characters long; this one has ${count(length)}.`,
  email_local_invalid_character: ({ character }) =>
    `The part before the "@" contains "${character}", which is not allowed there; use letters A–Z, digits and symbols such as . _ + -.`,
  email_local_dots: () => 'The part before the "@" cannot start or end with a dot or contain two dots in a row.',
  email_domain_invalid: ({ domain, character }) =>
    character === undefined ? `The domain ${quote(domain)} is not a valid domain name.` : `The domain ${quote(domain)} contains "${character}", which a domain name cannot hold.`,
  email_domain_mixed_script: ({ domain, label, scripts }) =>
    `The domain ${quote(domain)} mixes ${scripts.join(" and ")} letters in ${quote(label)}, a common way to imitate another domain; type it in one alphabet.`,
  email_domain_numeric: ({ domain }) => `The domain ${quote(domain)} ends in a number; an email needs a domain name like example.com, not an IP address.`,
  email_domain_no_dot: ({ domain }) => `The domain ${quote(domain)} needs a dot, like example.com.`,
  email_label_too_long: ({ label, length, limit }) => `Each part of the domain between dots can be at most ${count(limit)} characters long; ${quote(label)} has ${count(length)}.`,
  role_required: () => "Choose a role.",
  role_unknown: ({ role, roles }) => `${quote(role)} is not a role here; choose one of ${roles.join(", ")}.`,
  groups_invalid: () => "Groups must be a list of group ids.",
  groups_unknown: ({ groups, count: unknown }) => `Unknown group${unknown > 1 ? "s" : ""}: ${groups.join(", ")}.`,
  metadata_too_large: (params) =>
    "bytes" in params
      ? `Metadata is ${count(params.bytes)} bytes; the limit is ${count(params.limit)} bytes.`
      : `Metadata is ${count(params.length)} characters long; the limit is ${count(params.limit)} bytes, so it was not read. Remove some of it.`,
  metadata_not_object: ({ type }) => `Metadata must be a JSON object like {"team": "design"}, not ${jsonTypeText(type)}.`,
  metadata_not_flat: ({ key, type }) => `Metadata must be flat: ${quote(key)} holds ${jsonTypeText(type)}; use a string, number, boolean or null.`,
  metadata_number_out_of_range: ({ key }) => `The metadata number ${quote(key)} is too large to store; write it as a string.`,
  metadata_malformed_unicode: ({ key }) => `The metadata entry ${quote(key)} contains a broken character (half of an emoji or symbol) that cannot be stored.`,
  metadata_nul_character: ({ key }) => `The metadata entry ${quote(key)} contains a NUL character (\\u0000), which databases cannot store; remove it.`,
  json_unexpected_end: jsonSentence("json_unexpected_end"),
  json_unexpected_character: jsonSentence("json_unexpected_character"),
  json_trailing_content: jsonSentence("json_trailing_content"),
  json_unterminated_string: jsonSentence("json_unterminated_string"),
  json_control_character: jsonSentence("json_control_character"),
  json_invalid_escape: jsonSentence("json_invalid_escape"),
  json_duplicate_key: jsonSentence("json_duplicate_key"),
  json_forbidden_key: jsonSentence("json_forbidden_key"),
  json_too_deep: jsonSentence("json_too_deep"),
  json_too_long: jsonSentence("json_too_long"),
  json_not_text: jsonSentence("json_not_text"),
};

/**
 * The English sentence of a refusal from its code and values.
 * @example
 * validationSentence("email_domain_no_dot", { domain: "example" }) // 'The domain "example" needs a dot, like example.com.'
 */
export function validationSentence<C extends ValidationCode>(code: C, params: ValidationParamsByCode[C]): string {
  // The table is keyed by C: its entry takes exactly the parameters of C.
  return (VALIDATION_SENTENCES[code] as (params: ValidationParamsByCode[C]) => string)(params);
}

/** The kind of each value a sentence reads (see `paramsOfKinds`); a name ending in `?` may be absent. */
type ParamKinds = Readonly<Record<string, string | readonly unknown[]>>;

const LENGTH_KINDS: ParamKinds = { length: "count", limit: "count" };
const JSON_VALUE_TYPES: readonly JsonValueType[] = ["null", "array", "object", "string", "number", "boolean", "other"];
const JSON_EXPECTED: readonly JsonExpected[] = ["value", "propertyName", "colon", "commaOrBracket", "commaOrBrace"];

/** The values of each code ({@link ValidationParamsByCode}) by kind; a list where a code has several shapes. */
const VALIDATION_PARAM_KINDS: { readonly [C in ValidationCode]: ParamKinds | readonly ParamKinds[] } = {
  name_required: {},
  name_too_long: LENGTH_KINDS,
  name_malformed_unicode: {},
  name_control_character: { codePoint: "text" },
  name_bidi_control: { codePoint: "text" },
  name_invisible: {},
  name_invisible_character: { codePoint: "text" },
  email_required: {},
  email_too_long: LENGTH_KINDS,
  email_malformed_unicode: {},
  email_whitespace: {},
  email_invisible_character: { codePoint: "text" },
  email_lookalike_at: { email: "text", character: "text" },
  email_missing_at: { email: "text" },
  email_local_missing: {},
  email_domain_missing: {},
  email_local_too_long: LENGTH_KINDS,
  email_local_invalid_character: { character: "text" },
  email_local_dots: {},
  email_domain_invalid: { domain: "text", "character?": "text" },
  email_domain_mixed_script: { domain: "text", label: "text", scripts: "texts" },
  email_domain_numeric: { domain: "text" },
  email_domain_no_dot: { domain: "text" },
  email_label_too_long: { ...LENGTH_KINDS, domain: "text", label: "text" },
  role_required: {},
  role_unknown: { role: "text", roles: "texts" },
  groups_invalid: {},
  groups_unknown: { groups: "texts", count: "count" },
  metadata_too_large: [
    { bytes: "count", limit: "count" },
    { length: "count", limit: "count" },
  ],
  metadata_not_object: { type: JSON_VALUE_TYPES },
  metadata_not_flat: { key: "text", type: JSON_VALUE_TYPES },
  metadata_number_out_of_range: { key: "text" },
  metadata_malformed_unicode: { key: "text" },
  metadata_nul_character: { key: "text" },
  json_unexpected_end: { expected: JSON_EXPECTED },
  json_unexpected_character: { expected: JSON_EXPECTED, found: "text" },
  json_trailing_content: { found: "text" },
  json_unterminated_string: {},
  json_control_character: { codePoint: "text" },
  json_invalid_escape: { escape: "text" },
  json_duplicate_key: { key: "text" },
  json_forbidden_key: { key: "text" },
  json_too_deep: { limit: "count" },
  json_too_long: LENGTH_KINDS,
  json_not_text: { type: "text" },
};

/**
 * A refusal's code and values as they arrived from outside (a backend's invitee failure or problem),
 * checked: the code must be one of the kit's and every value its sentence reads present and of its kind;
 * values it does not read are dropped. Its `message` is the kit's English sentence, never the backend's.
 * `undefined` for a code this kit does not know (a newer backend's) or values that do not fit it, so that
 * a UI says something generic rather than a sentence with holes.
 * @example
 * validationIssueOf("email_domain_no_dot", { domain: "example" })
 * // { code: "email_domain_no_dot", params: { domain: "example" }, message: 'The domain "example" needs a dot, like example.com.' }
 * validationIssueOf("email_domain_blocked", { domain: "example.com" }) // undefined
 */
export function validationIssueOf(code: unknown, params: unknown): ValidationIssue | undefined {
  if (typeof code !== "string" || !Object.hasOwn(VALIDATION_PARAM_KINDS, code)) return undefined;
  const known = code as ValidationCode; // a key of the table, checked just above
  const shapes = VALIDATION_PARAM_KINDS[known];
  for (const kinds of Array.isArray(shapes) ? (shapes as readonly ParamKinds[]) : [shapes as ParamKinds]) {
    // Every value was checked against its kind: they fit the kinds of `known`, and its sentence takes them.
    const checked = paramsOfKinds(kinds, params) as ValidationParams | undefined;
    if (checked) return { code: known, params: checked, message: (VALIDATION_SENTENCES[known] as (params: ValidationParams) => string)(checked) };
  }
  return undefined;
}

function refuse<C extends ValidationCode>(code: C, params: ValidationParamsByCode[C]): ValidationFailure {
  return { ok: false, code, message: validationSentence(code, params), params };
}

/**
 * A domain in the ASCII form email systems use: international labels become punycode (`xn--…`),
 * letters lower case, full-width characters and ideographic dots their ASCII forms (UTS 46, as
 * browsers do it, through the standard `URL`). `null` when it is not a domain name.
 */
function asciiDomain(domain: string): string | null {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
}

/**
 * The identity form of an email: trimmed, lower-cased, an international domain in punycode
 * (docs/rules.md#user), so that every spelling of one address finds the same user. Never throws.
 * @example
 * normalizeEmail("  Ada@Example.COM ") // "ada@example.com"
 * normalizeEmail("ada@Bücher.example") // "ada@xn--bcher-kva.example"
 */
export function normalizeEmail(raw: string): string {
  const email = String(raw).trim().toLowerCase();
  const at = email.lastIndexOf("@");
  const domain = email.slice(at + 1);
  // eslint-disable-next-line no-control-regex -- any code point past ASCII
  if (at === -1 || !/[^\x00-\x7F]/.test(domain) || DOMAIN_ASCII_PUNCTUATION.test(domain)) return email;
  const ascii = asciiDomain(domain);
  return ascii === null ? email : `${email.slice(0, at)}@${ascii}`;
}

function domainProblem(domain: string): ValidationFailure | string {
  const punctuation = DOMAIN_ASCII_PUNCTUATION.exec(domain);
  if (punctuation) return refuse("email_domain_invalid", { domain, character: punctuation[0] });
  const labels = domain.split(DOMAIN_DOTS);
  if (labels.length < 2) return refuse("email_domain_no_dot", { domain });
  for (const label of labels) {
    const scripts = CONFUSABLE_SCRIPTS.filter(([, letters]) => letters.test(label)).map(([script]) => script);
    if (scripts.length > 1) return refuse("email_domain_mixed_script", { domain, label, scripts });
  }
  const numeric = refuse("email_domain_numeric", { domain });
  if (NUMERIC_LABEL.test(labels.at(-1) ?? "")) return numeric;
  const ascii = asciiDomain(domain);
  if (ascii === null) return refuse("email_domain_invalid", { domain });
  const asciiLabels = ascii.split(".");
  if (NUMERIC_LABEL.test(asciiLabels.at(-1) ?? "")) return numeric;
  for (const label of asciiLabels) {
    if (label.length > MAX_DOMAIN_LABEL_LENGTH) {
      return refuse("email_label_too_long", { domain, label, length: label.length, limit: MAX_DOMAIN_LABEL_LENGTH });
    }
    if (!EMAIL_LABEL.test(label)) return refuse("email_domain_invalid", { domain });
  }
  return ascii;
}

/**
 * Validates an email and returns the form it is stored and shown in: trimmed, lower-cased, an
 * international domain converted to punycode, which `notice` then says. Otherwise it says precisely what
 * is wrong, with a code of its own: over 254 characters in all or 64 before the "@", a domain label over
 * 63, spaces, invisible or control characters, a look-alike "@", characters outside ASCII before the "@",
 * and domains that mix look-alike alphabets. Never throws.
 * @example
 * validateEmail("ada@example") // { ok: false, code: "email_domain_no_dot", message: 'The domain "example" needs a dot, like example.com.', … }
 * validateEmail("Ada@Bücher.example") // { ok: true, value: "ada@xn--bcher-kva.example", notice: { code: "email_domain_converted", … } }
 */
export function validateEmail(raw: string): ValidationResult<string> {
  if (typeof raw !== "string" || raw.trim() === "") return refuse("email_required", {});
  const email = raw.trim();
  const tooLong = (length: number): ValidationFailure =>
    refuse("email_too_long", { length, limit: MAX_EMAIL_LENGTH });
  if (email.length > EMAIL_QUICK_LIMIT) return tooLong(email.length);
  if (LONE_SURROGATE.test(email)) return refuse("email_malformed_unicode", {});
  if (/\s/.test(email)) return refuse("email_whitespace", {});
  const invisible = INVISIBLE_OR_CONTROL.exec(email);
  if (invisible) return refuse("email_invisible_character", { codePoint: charName(invisible[0]) });
  const at = email.lastIndexOf("@");
  if (at === -1) {
    const lookalike = LOOKALIKE_AT.exec(email);
    if (lookalike) return refuse("email_lookalike_at", { email, character: lookalike[0] });
    return refuse("email_missing_at", { email });
  }
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === "") return refuse("email_local_missing", {});
  if (domain === "") return refuse("email_domain_missing", {});
  if (local.length > MAX_EMAIL_LOCAL_LENGTH) return refuse("email_local_too_long", { length: local.length, limit: MAX_EMAIL_LOCAL_LENGTH });
  if (!EMAIL_LOCAL.test(local)) {
    const character = [...local].find((char) => !EMAIL_LOCAL.test(char)) ?? "";
    return refuse("email_local_invalid_character", { character });
  }
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return refuse("email_local_dots", {});
  const ascii = domainProblem(domain);
  if (typeof ascii !== "string") return ascii;
  const value = `${local.toLowerCase()}@${ascii}`;
  if (value.length > MAX_EMAIL_LENGTH) return tooLong(value.length);
  if (ascii === domain.toLowerCase()) return { ok: true, value };
  const params = { typed: domain, stored: ascii, email: value };
  const message = `The domain ${quote(domain)} is saved as ${quote(ascii)}, the form email systems use for international domains, so the address is stored and shown as ${value}.`;
  return { ok: true, value, notice: { code: "email_domain_converted", message, params } };
}

/** The JSON type of a value, `other` when JSON cannot hold it. */
function jsonTypeOf(value: unknown): JsonValueType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "object" || type === "string" || type === "number" || type === "boolean" ? type : "other";
}

/** The problem with one metadata entry, or `null` when it is a string, finite number, boolean or null with a sound key. */
function metadataEntryProblem(key: string, entry: unknown): ValidationFailure | null {
  if (FORBIDDEN_METADATA_KEYS.includes(key)) return refuse("json_forbidden_key", { key });
  if (LONE_SURROGATE.test(key) || (typeof entry === "string" && LONE_SURROGATE.test(entry))) {
    return refuse("metadata_malformed_unicode", { key });
  }
  // Postgres text and jsonb cannot hold U+0000: refused here, with a reason, rather than failing in storage.
  if (key.includes("\u0000") || (typeof entry === "string" && entry.includes("\u0000"))) return refuse("metadata_nul_character", { key });
  if (typeof entry === "number" && !Number.isFinite(entry)) {
    return refuse("metadata_number_out_of_range", { key });
  }
  if (entry === null || typeof entry === "string" || typeof entry === "boolean" || typeof entry === "number") return null;
  return refuse("metadata_not_flat", { key, type: jsonTypeOf(entry) });
}

/**
 * Checks an already parsed value against R6: a flat object of string keys with JSON primitive values
 * (finite numbers, well-formed text), no prototype keys, at most `maxBytes` of UTF-8 once serialised.
 */
export function validateMetadata(value: unknown, maxBytes: number): ValidationResult<Metadata> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return refuse("metadata_not_object", { type: jsonTypeOf(value) });
  }
  const metadata: Record<string, MetadataValue> = {};
  for (const key of Object.keys(value)) {
    const entry: unknown = (value as Record<string, unknown>)[key];
    const problem = metadataEntryProblem(key, entry);
    if (problem) return problem;
    Object.defineProperty(metadata, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
  if (bytes > maxBytes) return refuse("metadata_too_large", { bytes, limit: maxBytes });
  return { ok: true, value: metadata };
}

/**
 * Parses metadata typed as JSON text (R6, R29). Empty text means no metadata; a leading byte order mark
 * is ignored. Text longer than {@link METADATA_TEXT_FACTOR} × `maxBytes` characters is refused before it
 * is read; nesting past `maxDepth` (the kit's `limits.jsonDepth`) where it passes the limit. A syntax
 * error, a repeated key or a prototype key reports its `line`, `column` and `offset`. Never throws; the
 * text itself is never changed, so nothing typed is lost.
 * @example
 * parseMetadata('{\n  "team": \n}', 8192)
 * // { ok: false, code: "json_unexpected_character", message: 'Line 3, column 1: Unexpected "}": expected a value.', line: 3, column: 1, … }
 */
export function parseMetadata(text: string, maxBytes: number, maxDepth: number = DEFAULT_LIMITS.jsonDepth): MetadataResult {
  if (typeof text !== "string") return refuse("json_not_text", { type: typeof text });
  const textLimit = maxBytes * METADATA_TEXT_FACTOR;
  if (text.length > textLimit) return refuse("metadata_too_large", { length: text.length, limit: maxBytes });
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.trim() === "") return { ok: true, value: {} };
  const parsed = parseJson(source, { maxDepth });
  if (!parsed.ok) {
    // Positions count in the text as typed, byte order mark included.
    const shift = source === text ? 0 : 1;
    const column = parsed.line === 1 ? parsed.column + shift : parsed.column;
    const { code, params, line } = parsed;
    const message = `Line ${line}, column ${column}: ${parsed.message}.`;
    return { ok: false, code, message, params, line, column, offset: parsed.offset + shift, reason: parsed.message };
  }
  return validateMetadata(parsed.value, maxBytes);
}

/**
 * Validates a person's name (R5): trimmed and composed (NFC), at most {@link MAX_NAME_LENGTH} code points.
 * Refused, each with its own code: nothing visible (only spaces or zero-width characters), control
 * characters (NUL, tab, line breaks, C1), right-to-left overrides and isolates (they make text read
 * differently from how it is stored), invisible characters inside, and broken surrogates. Letters of
 * every script, joiners that scripts and emoji need, and text that looks like a formula or code are
 * accepted: a name is shown as text, never run.
 */
export function validateName(raw: unknown): ValidationResult<string> {
  if (typeof raw !== "string" || raw.trim() === "") return refuse("name_required", {});
  const trimmed = raw.trim();
  const tooLong = (length: number): ValidationFailure =>
    refuse("name_too_long", { length, limit: MAX_NAME_LENGTH });
  if (trimmed.length > NAME_QUICK_LIMIT) return tooLong(trimmed.length);
  if (LONE_SURROGATE.test(trimmed)) return refuse("name_malformed_unicode", {});
  const control = CONTROL.exec(trimmed);
  if (control) return refuse("name_control_character", { codePoint: charName(control[0]) });
  const bidi = BIDI_CONTROL.exec(trimmed);
  if (bidi) return refuse("name_bidi_control", { codePoint: charName(bidi[0]) });
  if (trimmed.replace(UNSEEN, "") === "") return refuse("name_invisible", {});
  const invisible = NAME_INVISIBLE.exec(trimmed);
  if (invisible) return refuse("name_invisible_character", { codePoint: charName(invisible[0]) });
  const name = trimmed.normalize("NFC");
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH) return tooLong(length);
  return { ok: true, value: name };
}

function validateRole(raw: unknown, config: RosterConfig): ValidationResult<string> {
  if (typeof raw !== "string" || raw === "") return refuse("role_required", {});
  if (!config.roles.some((role) => role.id === raw)) return refuse("role_unknown", { role: raw, roles: config.roles.map((role) => role.label) });
  return { ok: true, value: raw };
}

function validateGroups(raw: unknown, knownGroupIds: ReadonlySet<string> | undefined): ValidationResult<readonly string[]> {
  if (!Array.isArray(raw) || !raw.every((group): group is string => typeof group === "string")) {
    return refuse("groups_invalid", {});
  }
  const unknown = knownGroupIds ? raw.filter((group) => !knownGroupIds.has(group)) : [];
  if (unknown.length > 0) return refuse("groups_unknown", { groups: unknown, count: unknown.length });
  return { ok: true, value: [...new Set(raw)] };
}

type FieldChecks = { readonly [K in InviteeField]: ValidationResult<InviteeInput[K]> };

/** The issue of a failure, without its `ok`. */
function issueOf(failure: ValidationFailure): ValidationIssue {
  return Object.fromEntries(Object.entries(failure).filter(([key]) => key !== "ok")) as unknown as ValidationIssue;
}

function collect(checks: FieldChecks): InviteeValidation {
  const fieldErrors: Record<string, string> = {};
  const issues: Partial<Record<InviteeField, ValidationIssue>> = {};
  const notices: Partial<Record<InviteeField, ValidationNotice>> = {};
  for (const field of Object.keys(checks) as InviteeField[]) {
    const result = checks[field];
    if (!result.ok) {
      fieldErrors[field] = result.message;
      issues[field] = issueOf(result);
    } else if (result.notice) notices[field] = result.notice;
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, issues };
  const value = Object.fromEntries(Object.entries(checks).map(([field, result]) => [field, result.ok ? result.value : undefined]));
  const valid = { ok: true, value: value as unknown as InviteeInput } as const;
  return Object.keys(notices).length > 0 ? { ...valid, notices } : valid;
}

function asRecord(input: unknown): Readonly<Record<string, unknown>> {
  return typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
}

/**
 * Validates one invitee as typed in a form (R5, R6, R29); every field is checked, so every error shows
 * at once, each as a message (`fieldErrors`) and as an issue with its code (`issues`; a metadata syntax
 * error with its line and column, so the form need not parse again). Never throws, whatever it is given.
 * @example
 * validateInviteeDraft({ name: "Ada", email: "ada@", role: "admin", groups: [], metadata: "" }, config)
 * // { ok: false, fieldErrors: { email: 'Add the domain after the "@", like example.com.' },
 * //   issues: { email: { code: "email_domain_missing", message: …, params: {} } } }
 */
export function validateInviteeDraft(draft: InviteeDraft, config: RosterConfig, knownGroupIds?: ReadonlySet<string>): InviteeValidation {
  const record = asRecord(draft);
  const metadata = record["metadata"] ?? "";
  return collect({
    name: validateName(record["name"]),
    email: validateEmail(record["email"] as string),
    role: validateRole(record["role"], config),
    groups: validateGroups(record["groups"], knownGroupIds),
    metadata: typeof metadata === "string" ? parseMetadata(metadata, config.metadataMaxBytes, config.limits.jsonDepth) : refuse("json_not_text", { type: typeof metadata }),
  });
}

/**
 * Validates one invitee as a backend receives it (metadata already an object); what a server runs on
 * every invitee before acting, whatever the client checked (R5, R6). Never throws.
 */
export function validateInviteeInput(input: unknown, config: RosterConfig, knownGroupIds?: ReadonlySet<string>): InviteeValidation {
  const record = asRecord(input);
  return collect({
    name: validateName(record["name"]),
    email: validateEmail(record["email"] as string),
    role: validateRole(record["role"], config),
    groups: validateGroups(record["groups"] ?? [], knownGroupIds),
    metadata: validateMetadata(record["metadata"] ?? {}, config.metadataMaxBytes),
  });
}
