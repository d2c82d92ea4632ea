import type { InviteeInput } from "./adapter.types";
import type { RosterConfig } from "./config";
import { DEFAULT_LIMITS } from "./config";
import type { Metadata, MetadataValue } from "./domain.types";
import type { FieldErrors } from "./errors";
import type { JsonErrorCode } from "./json-parse";
import { parseJson, PROTOTYPE_KEYS } from "./json-parse";

/**
 * Input validation with specific messages (R5, R6, R29). Shared by the invite form (as the user types)
 * and by backends (on what arrives), so both say the same thing. Every refusal has a stable `code`, the
 * `params` it is made of and an English `message`; no function here throws on its input.
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
  | JsonErrorCode;

/** The values a message is made of, for hosts that word it themselves. */
export type ValidationParams = Readonly<Record<string, string | number>>;

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

/** A metadata failure; a JSON syntax error carries its `line`, `column` and `offset`. */
export type MetadataFailure = ValidationFailure;

/** The result of {@link parseMetadata}. */
export type MetadataResult = { readonly ok: true; readonly value: Metadata } | MetadataFailure;

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

/**
 * The result of validating one invitee: the clean input (with `notices`, when a value is stored in
 * another form than typed), or for each refused field its message (`fieldErrors`) and its issue.
 */
export type InviteeValidation =
  | { readonly ok: true; readonly value: InviteeInput; readonly notices?: Readonly<Partial<Record<InviteeField, ValidationNotice>>> }
  | { readonly ok: false; readonly fieldErrors: FieldErrors; readonly issues: Readonly<Partial<Record<InviteeField, ValidationIssue>>> };

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

/** `U+202E`: how a code point is named in messages. */
function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text quoted in a message, cut to 60 characters so a pasted megabyte never fills the screen. */
function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function refuse(code: ValidationCode, message: string, params: ValidationParams = {}): ValidationFailure {
  return { ok: false, code, message, params };
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
  if (punctuation) return refuse("email_domain_invalid", `The domain ${quote(domain)} contains "${punctuation[0]}", which a domain name cannot hold.`, { domain, character: punctuation[0] });
  const labels = domain.split(DOMAIN_DOTS);
  if (labels.length < 2) return refuse("email_domain_no_dot", `The domain ${quote(domain)} needs a dot, like example.com.`, { domain });
  for (const label of labels) {
    const scripts = CONFUSABLE_SCRIPTS.filter(([, letters]) => letters.test(label)).map(([script]) => script);
    if (scripts.length > 1) {
      const mixed = scripts.join(" and ");
      return refuse("email_domain_mixed_script", `The domain ${quote(domain)} mixes ${mixed} letters in ${quote(label)}, a common way to imitate another domain; type it in one alphabet.`, { domain, label, scripts: mixed });
    }
  }
  const numeric = refuse("email_domain_numeric", `The domain ${quote(domain)} ends in a number; an email needs a domain name like example.com, not an IP address.`, { domain });
  if (NUMERIC_LABEL.test(labels.at(-1) ?? "")) return numeric;
  const ascii = asciiDomain(domain);
  if (ascii === null) return refuse("email_domain_invalid", `The domain ${quote(domain)} is not a valid domain name.`, { domain });
  const asciiLabels = ascii.split(".");
  if (NUMERIC_LABEL.test(asciiLabels.at(-1) ?? "")) return numeric;
  for (const label of asciiLabels) {
    if (label.length > MAX_DOMAIN_LABEL_LENGTH) {
      return refuse("email_label_too_long", `Each part of the domain between dots can be at most ${MAX_DOMAIN_LABEL_LENGTH} characters long; ${quote(label)} has ${label.length}.`, { domain, label, length: label.length, limit: MAX_DOMAIN_LABEL_LENGTH });
    }
    if (!EMAIL_LABEL.test(label)) return refuse("email_domain_invalid", `The domain ${quote(domain)} is not a valid domain name.`, { domain });
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
  if (typeof raw !== "string" || raw.trim() === "") return refuse("email_required", "Enter an email address.");
  const email = raw.trim();
  const tooLong = (length: number): ValidationFailure =>
    refuse("email_too_long", `An email address can be at most ${MAX_EMAIL_LENGTH} characters long; this one has ${count(length)}.`, { length, limit: MAX_EMAIL_LENGTH });
  if (email.length > EMAIL_QUICK_LIMIT) return tooLong(email.length);
  if (LONE_SURROGATE.test(email)) return refuse("email_malformed_unicode", "The email address contains a broken character (half of an emoji or symbol); type it again.");
  if (/\s/.test(email)) return refuse("email_whitespace", "An email address cannot contain spaces, tabs or line breaks.");
  const invisible = INVISIBLE_OR_CONTROL.exec(email);
  if (invisible) {
    const codePoint = codePointName(invisible[0]);
    return refuse("email_invisible_character", `The email address contains an invisible or control character (${codePoint}); type it again rather than pasting it.`, { codePoint });
  }
  const at = email.lastIndexOf("@");
  if (at === -1) {
    const lookalike = LOOKALIKE_AT.exec(email);
    if (lookalike) return refuse("email_lookalike_at", `${quote(email)} uses "${lookalike[0]}", which looks like "@" but is not; type the "@" again.`, { email, character: lookalike[0] });
    return refuse("email_missing_at", `${quote(email)} is missing an "@".`, { email });
  }
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === "") return refuse("email_local_missing", 'Add the part before the "@".');
  if (domain === "") return refuse("email_domain_missing", 'Add the domain after the "@", like example.com.');
  if (local.length > MAX_EMAIL_LOCAL_LENGTH) {
    return refuse("email_local_too_long", `The part before the "@" can be at most ${MAX_EMAIL_LOCAL_LENGTH} characters long; this one has ${count(local.length)}.`, { length: local.length, limit: MAX_EMAIL_LOCAL_LENGTH });
  }
  if (!EMAIL_LOCAL.test(local)) {
    const character = [...local].find((char) => !EMAIL_LOCAL.test(char)) ?? "";
    return refuse("email_local_invalid_character", `The part before the "@" contains "${character}", which is not allowed there; use letters A–Z, digits and symbols such as . _ + -.`, { character });
  }
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) {
    return refuse("email_local_dots", 'The part before the "@" cannot start or end with a dot or contain two dots in a row.');
  }
  const ascii = domainProblem(domain);
  if (typeof ascii !== "string") return ascii;
  const value = `${local.toLowerCase()}@${ascii}`;
  if (value.length > MAX_EMAIL_LENGTH) return tooLong(value.length);
  if (ascii === domain.toLowerCase()) return { ok: true, value };
  const params = { typed: domain, stored: ascii, email: value };
  const message = `The domain ${quote(domain)} is saved as ${quote(ascii)}, the form email systems use for international domains, so the address is stored and shown as ${value}.`;
  return { ok: true, value, notice: { code: "email_domain_converted", message, params } };
}

function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The problem with one metadata entry, or `null` when it is a string, finite number, boolean or null with a sound key. */
function metadataEntryProblem(key: string, entry: unknown): ValidationFailure | null {
  if (FORBIDDEN_METADATA_KEYS.includes(key)) return refuse("json_forbidden_key", `The metadata key ${quote(key)} is not allowed.`, { key });
  if (LONE_SURROGATE.test(key) || (typeof entry === "string" && LONE_SURROGATE.test(entry))) {
    return refuse("metadata_malformed_unicode", `The metadata entry ${quote(key)} contains a broken character (half of an emoji or symbol) that cannot be stored.`, { key });
  }
  if (typeof entry === "number" && !Number.isFinite(entry)) {
    return refuse("metadata_number_out_of_range", `The metadata number ${quote(key)} is too large to store; write it as a string.`, { key });
  }
  if (entry === null || typeof entry === "string" || typeof entry === "boolean" || typeof entry === "number") return null;
  const type = describeJsonType(entry);
  return refuse("metadata_not_flat", `Metadata must be flat: ${quote(key)} holds ${type}; use a string, number, boolean or null.`, { key, type });
}

/**
 * Checks an already parsed value against R6: a flat object of string keys with JSON primitive values
 * (finite numbers, well-formed text), no prototype keys, at most `maxBytes` of UTF-8 once serialised.
 */
export function validateMetadata(value: unknown, maxBytes: number): ValidationResult<Metadata> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const type = describeJsonType(value);
    return refuse("metadata_not_object", `Metadata must be a JSON object like {"team": "design"}, not ${type}.`, { type });
  }
  const metadata: Record<string, MetadataValue> = {};
  for (const key of Object.keys(value)) {
    const entry: unknown = (value as Record<string, unknown>)[key];
    const problem = metadataEntryProblem(key, entry);
    if (problem) return problem;
    Object.defineProperty(metadata, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
  if (bytes > maxBytes) return refuse("metadata_too_large", `Metadata is ${count(bytes)} bytes; the limit is ${count(maxBytes)} bytes.`, { bytes, limit: maxBytes });
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
  if (typeof text !== "string") return refuse("json_not_text", "Metadata must be JSON text.");
  const textLimit = maxBytes * METADATA_TEXT_FACTOR;
  if (text.length > textLimit) {
    const message = `Metadata is ${count(text.length)} characters long; the limit is ${count(maxBytes)} bytes, so it was not read. Remove some of it.`;
    return refuse("metadata_too_large", message, { length: text.length, limit: maxBytes });
  }
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
  if (typeof raw !== "string" || raw.trim() === "") return refuse("name_required", "Enter a name.");
  const trimmed = raw.trim();
  const tooLong = (length: number): ValidationFailure =>
    refuse("name_too_long", `A name can be at most ${MAX_NAME_LENGTH} characters long; this one has ${count(length)}.`, { length, limit: MAX_NAME_LENGTH });
  if (trimmed.length > NAME_QUICK_LIMIT) return tooLong(trimmed.length);
  if (LONE_SURROGATE.test(trimmed)) return refuse("name_malformed_unicode", "The name contains a broken character (half of an emoji or symbol); type it again.");
  const control = CONTROL.exec(trimmed);
  if (control) {
    const codePoint = codePointName(control[0]);
    return refuse("name_control_character", `A name cannot contain control characters such as tabs, line breaks or NUL (${codePoint} here).`, { codePoint });
  }
  const bidi = BIDI_CONTROL.exec(trimmed);
  if (bidi) {
    const codePoint = codePointName(bidi[0]);
    return refuse("name_bidi_control", `A name cannot contain characters that reverse or isolate the direction of text (${codePoint} here): they make it read differently from what is stored.`, { codePoint });
  }
  if (trimmed.replace(UNSEEN, "") === "") return refuse("name_invisible", "The name has no visible characters; enter a name.");
  const invisible = NAME_INVISIBLE.exec(trimmed);
  if (invisible) {
    const codePoint = codePointName(invisible[0]);
    return refuse("name_invisible_character", `The name contains an invisible character (${codePoint}); type it again rather than pasting it.`, { codePoint });
  }
  const name = trimmed.normalize("NFC");
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH) return tooLong(length);
  return { ok: true, value: name };
}

function validateRole(raw: unknown, config: RosterConfig): ValidationResult<string> {
  if (typeof raw !== "string" || raw === "") return refuse("role_required", "Choose a role.");
  if (!config.roles.some((role) => role.id === raw)) {
    const roles = config.roles.map((role) => role.label).join(", ");
    return refuse("role_unknown", `${quote(raw)} is not a role here; choose one of ${roles}.`, { role: raw, roles });
  }
  return { ok: true, value: raw };
}

function validateGroups(raw: unknown, knownGroupIds: ReadonlySet<string> | undefined): ValidationResult<readonly string[]> {
  if (!Array.isArray(raw) || !raw.every((group): group is string => typeof group === "string")) {
    return refuse("groups_invalid", "Groups must be a list of group ids.");
  }
  const unknown = knownGroupIds ? raw.filter((group) => !knownGroupIds.has(group)) : [];
  if (unknown.length > 0) {
    const groups = unknown.join(", ");
    return refuse("groups_unknown", `Unknown group${unknown.length > 1 ? "s" : ""}: ${groups}.`, { groups, count: unknown.length });
  }
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
    metadata: typeof metadata === "string" ? parseMetadata(metadata, config.metadataMaxBytes, config.limits.jsonDepth) : refuse("json_not_text", "Metadata must be JSON text."),
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
