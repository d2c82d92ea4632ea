import type { MemberStatus, Member } from "./domain.types";

/** Every error code an adapter may answer with. Hosts map their backend's errors onto these. */
export type RosterErrorCode =
  /** The actor may not take this action (R1–R4). */
  | "forbidden"
  /** The member, workspace or invitation does not exist. */
  | "not_found"
  /** The member changed since the version the client holds (R22). */
  | "conflict"
  /** Input is invalid; `fieldErrors` says where (R5, R6). */
  | "validation"
  /** The action would leave a workspace without an active admin (R15); `workspaces` names them. */
  | "last_admin"
  /** The user is archived at instance level and cannot be invited (R8). */
  | "archived_in_instance"
  /** The email is already a member of the workspace (R7); `existing` says how to bring them back. */
  | "duplicate"
  /** The action does not apply to the member's current status (e.g. unarchiving an active member, R14). */
  | "invalid_transition"
  /** Too many requests; `retryAfterMs` says when to try again. */
  | "rate_limited"
  /** The idempotency key was used before for a different request (R26); send a new key for a new request. */
  | "idempotency_mismatch"
  /** The request is past a documented limit (R29); `limit` names it and its maximum. */
  | "limit_exceeded"
  /** The request did not reach the backend or its answer did not come back. */
  | "network"
  /** Anything else, including an answer of the wrong shape. */
  | "unknown";

/** Codes whose requests may be retried as they are (the same idempotency key makes writes safe). */
const RETRYABLE: ReadonlySet<RosterErrorCode> = new Set<RosterErrorCode>(["network", "rate_limited"]);

/** Field-level messages of a `validation` error, keyed by field path (`email`, `invitees.2.email`, `metadata`). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * One refused field as a backend reports it (an invitee failure's `issues`, a `validation` error's and a
 * REST problem's): the field, and the refusal's code and values, from which a UI words it in its own
 * language (`validationIssueOf` checks them); the backend's English stays in `message` and `fieldErrors`,
 * for developers.
 */
export interface FieldIssue {
  /** An invitee's own field (`email`, `metadata`) in an invitee failure; a path (`invitees.2.email`) in a request's error. */
  readonly field: string;
  /** A `ValidationCode` of the core; a newer backend may send one this kit does not know, which a UI words generically. */
  readonly code: string;
  /** The values the code's sentence is made of (`ValidationParamsByCode`). */
  readonly params: RefusalParams;
}

/** What an R7 duplicate offers instead of a second invitation. */
export interface DuplicateDetails {
  readonly userId: string;
  readonly status: MemberStatus;
  /** The action to offer instead, when the existing membership is archived or inactive. */
  readonly offer: "unarchive" | "reactivate" | null;
}

/** The documented limits of a request (R29), by name. */
export type RosterLimitName =
  /** Invitees in one invite request (kit default 100). */
  | "inviteesPerRequest"
  /** Bytes of a request body (kit default 1 MiB). */
  | "requestBodyBytes"
  /** Nesting depth of JSON in a request (kit default 32). */
  | "jsonDepth";

/** Which limit a `limit_exceeded` error is about (R29). */
export interface LimitDetails {
  readonly name: RosterLimitName;
  /** The largest value allowed. */
  readonly max: number;
  /**
   * The value the request had, when it was measured to the end; absent when the request was refused as
   * soon as it passed the limit (R29: input past a limit is not read in full).
   */
  readonly actual?: number;
}

/**
 * The values a refusal's sentence is made of (names, emails, statuses, workspaces, counts, the verb
 * refused), keyed by name: what a UI words in its own language, with the refusal's `reasonKey`.
 */
export type RefusalParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * Where a rule is stated, for developers: the anchor of docs/rules.md in the package.
 * @example
 * ruleReference("R15") // "docs/rules.md#r15"
 */
export function ruleReference(rule: string): string {
  return `docs/rules.md#${rule.toLowerCase()}`;
}

/** Options of {@link RosterError}. */
export interface RosterErrorOptions {
  readonly retryable?: boolean;
  readonly fieldErrors?: FieldErrors;
  /** With `validation`: the refused fields by code and values, for the UI to word (see {@link FieldIssue}). */
  readonly issues?: readonly FieldIssue[];
  /** Workspaces the error is about (R15 names the workspaces that would lose their last admin). */
  readonly workspaces?: readonly string[];
  readonly existing?: DuplicateDetails;
  /** The member as the backend holds it now (with `conflict`, R22). */
  readonly current?: Member;
  readonly retryAfterMs?: number;
  /** With `limit_exceeded`: the limit passed (R29). */
  readonly limit?: LimitDetails;
  /** The rule that refused the action (an id of docs/rules.md), when one did. */
  readonly rule?: string;
  /** Which sentence of the rule refused it (a `DenialKey` of the policy, e.g. `R15.lastAdmin`), for the UI to word. */
  readonly reasonKey?: string;
  /** The values of that sentence (see {@link RefusalParams}). */
  readonly params?: RefusalParams;
  /** For developers only (logs, error reporting), never shown to people: what went wrong, in full. */
  readonly detail?: string;
  /** For developers only: the HTTP request the error is about. */
  readonly request?: RosterErrorRequest;
  /** Set when the request was abandoned after this many milliseconds without an answer (a `network` error). */
  readonly timeoutMs?: number;
  readonly cause?: unknown;
}

/** The HTTP request an error is about, for developers: never shown to people (it names paths and ids). */
export interface RosterErrorRequest {
  readonly method: string;
  /** The path under the API root, e.g. `/workspaces/ws-1/members/u-28/status`. */
  readonly path: string;
  /** The answer's HTTP status, when one came back. */
  readonly status?: number;
}

/**
 * The one error type adapters throw and the core reports. `code` is stable and machine-readable,
 * `message` is an English sentence without internals (no paths, methods or ids) for hosts without a UI,
 * `retryable` says whether the same request may simply be sent again. A refusal by a rule also carries
 * `rule`, `reasonKey` and `params`, from which the UI words it in the host's language, and `docs`, the
 * rule's place in docs/rules.md; `detail` and `request` keep the internals for developers.
 * @example
 * throw new RosterError("last_admin", "Ada is the last active admin of Design.", { workspaces: ["ws-design"] });
 */
export class RosterError extends Error {
  override readonly name = "RosterError";
  readonly code: RosterErrorCode;
  readonly retryable: boolean;
  readonly fieldErrors: FieldErrors;
  /** The refused fields by code and values (see {@link FieldIssue}); empty when the error names none. */
  readonly issues: readonly FieldIssue[];
  readonly workspaces: readonly string[];
  readonly existing: DuplicateDetails | undefined;
  readonly current: Member | undefined;
  readonly retryAfterMs: number | undefined;
  readonly limit: LimitDetails | undefined;
  readonly rule: string | undefined;
  /** Which sentence of `rule` refused it (e.g. `R15.lastAdmin`); the UI words it from its messages with `params`. */
  readonly reasonKey: string | undefined;
  /** The values of the refusal's sentence; empty when it has none. */
  readonly params: RefusalParams;
  /** For developers: where `rule` is stated (`docs/rules.md#r15`), when a rule refused it. */
  readonly docs: string | undefined;
  /** For developers only, never shown to people: the full technical account (request, answer, cause). */
  readonly detail: string | undefined;
  /** For developers only: the HTTP request the error is about. */
  readonly request: RosterErrorRequest | undefined;
  /** Set when the request was abandoned after this many milliseconds without an answer. */
  readonly timeoutMs: number | undefined;

  constructor(code: RosterErrorCode, message: string, options: RosterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.fieldErrors = options.fieldErrors ?? {};
    this.issues = options.issues ?? [];
    this.workspaces = options.workspaces ?? [];
    this.existing = options.existing;
    this.current = options.current;
    this.retryAfterMs = options.retryAfterMs;
    this.limit = options.limit;
    this.rule = options.rule;
    this.reasonKey = options.reasonKey;
    this.params = options.params ?? {};
    this.docs = options.rule === undefined ? undefined : ruleReference(options.rule);
    this.detail = options.detail;
    this.request = options.request;
    this.timeoutMs = options.timeoutMs;
  }
}

/**
 * The retryable `network` error of a request abandoned after `timeoutMs` without an answer. The backend
 * may still apply a write that timed out: sending it again with the same idempotency key is safe (R26).
 * @example
 * timeoutError(15_000, { request: { method: "GET", path: "/roles" } }).message // "The server did not answer within 15 seconds. …"
 */
export function timeoutError(timeoutMs: number, options: Pick<RosterErrorOptions, "detail" | "request" | "cause"> = {}): RosterError {
  const seconds = Number((timeoutMs / 1000).toFixed(3));
  return new RosterError("network", `The server did not answer within ${String(seconds)} ${seconds === 1 ? "second" : "seconds"}. Check the connection and try again.`, {
    ...options,
    timeoutMs,
  });
}

/**
 * The `validation` error of one field: its message, which is also the field's (what the engine, the
 * in-memory storage, the activity checks, the REST protocol and the HTTP handler refuse a malformed
 * request with); `rule` names the rule it breaks, when one does.
 * @example
 * fieldError("limit", "A page holds from 1 to 500 members; 0 was asked for.").fieldErrors // { limit: "A page holds …" }
 */
export function fieldError(field: string, message: string, rule?: string): RosterError {
  return new RosterError("validation", message, { fieldErrors: { [field]: message }, ...(rule === undefined ? {} : { rule }) });
}

/** Whether a value is a {@link RosterError} (works across bundle copies, unlike `instanceof`). */
export function isRosterError(value: unknown): value is RosterError {
  return value instanceof RosterError || (value instanceof Error && value.name === "RosterError" && "code" in value);
}

/** Whether an error is the abort of a superseded or cancelled request. */
export function isAbortError(value: unknown): boolean {
  return value instanceof Error && value.name === "AbortError";
}

/**
 * Turns anything thrown into a {@link RosterError}, keeping the original as `cause` and its text as
 * `detail` (an arbitrary error's text is not meant for people).
 */
export function toRosterError(value: unknown): RosterError {
  if (isRosterError(value)) return value;
  const detail = value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  return new RosterError("unknown", "Something went wrong. Try again.", { cause: value, detail });
}
