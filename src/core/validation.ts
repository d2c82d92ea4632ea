import type { InviteeInput } from "./adapter.types";
import type { RosterConfig } from "./config";
import type { Metadata, MetadataValue } from "./domain.types";
import type { FieldErrors } from "./errors";
import { parseJson } from "./json-parse";

/**
 * Input validation with specific messages (R5, R6). Shared by the invite form (as the user types) and
 * by backends (on what arrives), so both say the same thing.
 * @module
 */

/** A value that passed validation, or the reason it did not. */
export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** A metadata parse failure, with the line and column (from 1) of a JSON syntax error when there is one. */
export interface MetadataFailure {
  readonly ok: false;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

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

/** The result of validating one invitee: the clean input, or messages keyed by field. */
export type InviteeValidation = { readonly ok: true; readonly value: InviteeInput } | { readonly ok: false; readonly fieldErrors: FieldErrors };

/** Keys refused in metadata: they would reach object prototypes in careless hosts (R6). */
export const FORBIDDEN_METADATA_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

const MAX_EMAIL_LENGTH = 254;
const MAX_NAME_LENGTH = 200;
const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const EMAIL_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * The identity form of an email: trimmed and lower-cased (SPEC "User").
 * @example
 * normalizeEmail("  Ada@Example.COM ") // "ada@example.com"
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

function emailProblem(email: string): string | null {
  if (email === "") return "Enter an email address.";
  if (email.length > MAX_EMAIL_LENGTH) return `An email address can be at most ${MAX_EMAIL_LENGTH} characters long.`;
  if (/\s/.test(email)) return "An email address cannot contain spaces.";
  const at = email.lastIndexOf("@");
  if (at === -1) return `"${email}" is missing an "@".`;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === "") return "Add the part before the \"@\".";
  if (domain === "") return "Add the domain after the \"@\", like example.com.";
  if (!EMAIL_LOCAL.test(local)) return `The part before the "@" contains a character that is not allowed in an email address.`;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return "The part before the \"@\" cannot start or end with a dot or contain two dots in a row.";
  const labels = domain.split(".");
  if (labels.length < 2) return `The domain "${domain}" needs a dot, like example.com.`;
  if (!labels.every((label) => EMAIL_LABEL.test(label))) return `The domain "${domain}" is not a valid domain name.`;
  return null;
}

/**
 * Validates an email and returns its normalised form, or says precisely what is wrong with it.
 * @example
 * validateEmail("ada@example") // { ok: false, message: 'The domain "example" needs a dot, like example.com.' }
 */
export function validateEmail(raw: string): ValidationResult<string> {
  const email = normalizeEmail(raw);
  const problem = emailProblem(email);
  return problem === null ? { ok: true, value: email } : { ok: false, message: problem };
}

function isMetadataValue(value: unknown): value is MetadataValue {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Checks an already parsed value against R6: a flat object of string keys with JSON primitive values,
 * no prototype keys, at most `maxBytes` of UTF-8 once serialised.
 */
export function validateMetadata(value: unknown, maxBytes: number): ValidationResult<Metadata> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: `Metadata must be a JSON object like {"team": "design"}, not ${describeJsonType(value)}.` };
  }
  const metadata: Record<string, MetadataValue> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_METADATA_KEYS.includes(key)) return { ok: false, message: `The metadata key "${key}" is not allowed.` };
    const entry: unknown = (value as Record<string, unknown>)[key];
    if (!isMetadataValue(entry)) {
      return { ok: false, message: `Metadata must be flat: "${key}" holds ${describeJsonType(entry)}; use a string, number, boolean or null.` };
    }
    Object.defineProperty(metadata, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
  if (bytes > maxBytes) return { ok: false, message: `Metadata is ${bytes} bytes; the limit is ${maxBytes} bytes.` };
  return { ok: true, value: metadata };
}

/**
 * Parses metadata typed as JSON text (R6). Empty text means no metadata. A syntax error reports its
 * line and column; the text itself is never changed, so nothing typed is lost.
 * @example
 * parseMetadata('{\n  "team": \n}', 8192) // { ok: false, message: 'Line 3, column 1: Unexpected "}": expected a value', line: 3, column: 1 }
 */
export function parseMetadata(text: string, maxBytes: number): MetadataResult {
  if (text.trim() === "") return { ok: true, value: {} };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, message: `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}.`, line: parsed.line, column: parsed.column };
  }
  return validateMetadata(parsed.value, maxBytes);
}

function validateName(raw: unknown): ValidationResult<string> {
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, message: "Enter a name." };
  const name = raw.trim();
  if (name.length > MAX_NAME_LENGTH) return { ok: false, message: `A name can be at most ${MAX_NAME_LENGTH} characters long.` };
  return { ok: true, value: name };
}

function validateRole(raw: unknown, config: RosterConfig): ValidationResult<string> {
  if (typeof raw !== "string" || raw === "") return { ok: false, message: "Choose a role." };
  if (!config.roles.some((role) => role.id === raw)) {
    return { ok: false, message: `"${raw}" is not a role here; choose one of ${config.roles.map((role) => role.label).join(", ")}.` };
  }
  return { ok: true, value: raw };
}

function validateGroups(raw: unknown, knownGroupIds: ReadonlySet<string> | undefined): ValidationResult<readonly string[]> {
  if (!Array.isArray(raw) || !raw.every((group): group is string => typeof group === "string")) {
    return { ok: false, message: "Groups must be a list of group ids." };
  }
  const unknown = knownGroupIds ? raw.filter((group) => !knownGroupIds.has(group)) : [];
  if (unknown.length > 0) return { ok: false, message: `Unknown group${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.` };
  return { ok: true, value: [...new Set(raw)] };
}

type FieldChecks = { readonly [K in keyof InviteeInput]: ValidationResult<InviteeInput[K]> | MetadataResult };

function collect(checks: FieldChecks): InviteeValidation {
  const fieldErrors: Record<string, string> = {};
  for (const [field, result] of Object.entries(checks)) {
    if (!result.ok) fieldErrors[field] = result.message;
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const value = Object.fromEntries(Object.entries(checks).map(([field, result]) => [field, result.ok ? result.value : undefined]));
  return { ok: true, value: value as unknown as InviteeInput };
}

function emailField(raw: unknown): ValidationResult<string> {
  return typeof raw === "string" ? validateEmail(raw) : { ok: false, message: "Enter an email address." };
}

/**
 * Validates one invitee as typed in a form (R5, R6); every field is checked, so every error shows at once.
 * @example
 * validateInviteeDraft({ name: "Ada", email: "ada@", role: "admin", groups: [], metadata: "" }, config)
 * // { ok: false, fieldErrors: { email: 'Add the domain after the "@", like example.com.' } }
 */
export function validateInviteeDraft(draft: InviteeDraft, config: RosterConfig, knownGroupIds?: ReadonlySet<string>): InviteeValidation {
  return collect({
    name: validateName(draft.name),
    email: emailField(draft.email),
    role: validateRole(draft.role, config),
    groups: validateGroups(draft.groups, knownGroupIds),
    metadata: parseMetadata(draft.metadata, config.metadataMaxBytes),
  });
}

/**
 * Validates one invitee as a backend receives it (metadata already an object); what a server runs on
 * every invitee before acting, whatever the client checked (R5, R6).
 */
export function validateInviteeInput(input: unknown, config: RosterConfig, knownGroupIds?: ReadonlySet<string>): InviteeValidation {
  const record: Record<string, unknown> = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  return collect({
    name: validateName(record["name"]),
    email: emailField(record["email"]),
    role: validateRole(record["role"], config),
    groups: validateGroups(record["groups"] ?? [], knownGroupIds),
    metadata: validateMetadata(record["metadata"] ?? {}, config.metadataMaxBytes),
  });
}
