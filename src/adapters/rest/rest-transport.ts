import type { RosterAdapter } from "../../core/adapter.types";
import { checkAdapterResult } from "../../core/adapter-checks";
import { denialReasonOf } from "../../core/denials";
import { MEMBER_STATUSES } from "../../core/domain.types";
import type { Member } from "../../core/domain.types";
import type { DuplicateDetails, FieldErrors, FieldIssue, RosterErrorCode, RosterErrorOptions, RosterErrorRequest } from "../../core/errors";
import { RosterError, isAbortError, isRosterError, timeoutError } from "../../core/errors";
import { IDEMPOTENCY_KEY_HEADER, PROBLEM_MEDIA_TYPE, formatEntityTag, isRosterErrorCode, limitFromProblem, parseRetryAfter } from "./rest-protocol";

/**
 * The HTTP side of the REST adapter: builds each request (headers, `Idempotency-Key`, `If-Match`), sends it
 * with the caller's `fetch` and signal, abandons an attempt that does not answer in time, turns every
 * answer into a value of the expected shape or a `RosterError`, and retries what may safely be sent
 * again. Error messages are for people (no method, path or ids); `detail` and `request` keep the
 * internals for developers. Internal to `src/adapters/rest`.
 * @module
 */

/** The `fetch` the REST adapter calls: the global one, or a host's (auth, tracing, tests). */
export type RestFetch = (input: string, init: RequestInit) => Promise<Response>;

/** Extra request headers, e.g. `{ Authorization: "Bearer …" }`. */
export type RestHeaders = Readonly<Record<string, string>>;

/** Headers as an object, or a function called before every attempt (to read a fresh auth token). */
export type RestHeadersOption = RestHeaders | (() => RestHeaders | Promise<RestHeaders>);

/** How the REST adapter retries requests that failed for a passing reason (network, 5xx, 429). */
export interface RestRetryOptions {
  /**
   * Attempts in all, the first one included; 1 turns retries off.
   * @default 3
   */
  readonly attempts?: number;
  /**
   * Backoff of the first retry; it doubles with each retry, with full jitter.
   * @default 300
   */
  readonly baseDelayMs?: number;
  /**
   * Longest backoff between two attempts.
   * @default 5000
   */
  readonly maxDelayMs?: number;
  /**
   * Longest `Retry-After` the adapter waits for; a longer one fails at once with `rate_limited` and its
   * `retryAfterMs`, so the UI can say when to try again.
   * @default 30000
   */
  readonly maxRetryAfterMs?: number;
  /**
   * Random source of the jitter, in [0, 1).
   * @default Math.random
   */
  readonly random?: () => number;
  /**
   * Waits before a retry; must reject with an `AbortError` when the signal fires.
   * @default an abortable `setTimeout`
   */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** One request of an adapter method. */
export interface RestRequest {
  /** The adapter method whose result shape the answer must have; without it the caller checks the body. */
  readonly operation?: Exclude<keyof RosterAdapter, "capabilities">;
  readonly method: "GET" | "POST" | "PATCH";
  readonly path: string;
  readonly query?: URLSearchParams;
  readonly body?: unknown;
  readonly idempotencyKey?: string;
  /** The member version the write is based on, sent as `If-Match` (R22). */
  readonly ifMatch?: number;
  /** The media type of the answer: JSON unless said (a CSV export is `text/csv`). */
  readonly accept?: string;
  readonly signal: AbortSignal;
}

/** What the transport needs from the adapter's options. */
export interface RestTransportOptions {
  readonly baseUrl: string;
  readonly fetch?: RestFetch;
  readonly headers?: RestHeadersOption;
  readonly retry?: RestRetryOptions | false;
  /** Longest wait for one attempt's answer, in milliseconds; `false` waits forever. @default 15000 */
  readonly timeoutMs?: number | false;
}

/** How long one attempt waits for its answer unless told otherwise. */
export const REST_DEFAULT_TIMEOUT_MS = 15_000;

/** The `AbortError` to reject with: the signal's own reason when it is one. */
export function abortErrorOf(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new DOMException("The request was aborted.", "AbortError");
}

/** A `setTimeout` that rejects with an `AbortError` as soon as the signal fires. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortErrorOf(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortErrorOf(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Settles like `work`, or rejects with an `AbortError` as soon as the signal fires (a `fetch` that ignores its signal cannot hang the caller). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortErrorOf(signal));
    // Handled in every case, so that a late rejection of the abandoned work is never unhandled.
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** The sentence for people of an answer that could not be read; the developer's account goes to `detail`. */
export const UNREADABLE_ANSWER = "The server answered in a form that could not be read. Try again later.";

const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 300, maxDelayMs: 5000, maxRetryAfterMs: 30_000 } as const;

function codeFromStatus(status: number): RosterErrorCode {
  if (status === 400 || status === 422 || status === 428) return "validation";
  if (status === 401 || status === 403) return "forbidden";
  if (status === 404 || status === 410) return "not_found";
  if (status === 409 || status === 412) return "conflict";
  if (status === 429) return "rate_limited";
  return "unknown";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.-]+\+)?json\b/i.test(contentType.trim());
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat === "" ? "an empty body" : JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}

function fieldErrorsOf(value: unknown): FieldErrors | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function isParamValue(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || (Array.isArray(value) && value.every((item) => typeof item === "string"));
}

/**
 * The well-formed `{ field, code, params }` of a problem's `issues`, kept as they came (a code this kit
 * does not know too: the UI words it generically); `undefined` when there are none.
 */
function fieldIssuesOf(value: unknown): FieldIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const issues = value.filter(
    (item): item is FieldIssue =>
      isRecord(item) && typeof item["field"] === "string" && typeof item["code"] === "string" && isRecord(item["params"]) && Object.values(item["params"]).every(isParamValue),
  );
  return issues.length > 0 ? issues.map(({ field, code, params }) => ({ field, code, params })) : undefined;
}

function existingOf(value: unknown): DuplicateDetails | undefined {
  if (!isRecord(value)) return undefined;
  const { userId, status, offer } = value;
  if (typeof userId !== "string" || !(MEMBER_STATUSES as readonly unknown[]).includes(status)) return undefined;
  if (offer !== null && offer !== "unarchive" && offer !== "reactivate") return undefined;
  return { userId, status: status as DuplicateDetails["status"], offer };
}

function currentOf(value: unknown): Member | undefined {
  if (value === undefined) return undefined;
  try {
    checkAdapterResult("getMember", value);
    return value as Member; // checked just above
  } catch {
    return undefined;
  }
}

/** A sentence for people when an error answer carries no problem text of its own. */
function statusSentence(status: number): string {
  return status >= 500 ? "The server failed to handle the request. Try again." : `The server refused the request (HTTP ${String(status)}).`;
}

/**
 * The `RosterError` of an error answer: the problem's `code` when it has a known one, else one from the
 * HTTP status; 5xx answers are retryable, and `Retry-After` becomes `retryAfterMs`. The message is the
 * problem's `detail` or `title`, else a sentence from the status; a refusal's `reasonKey` and `params`
 * are kept when they fit a key of the core (the UI words them); the method, the path and the body go to
 * `request` and `detail`.
 */
export function errorFromResponse(response: Response, text: string, request: RosterErrorRequest): RosterError {
  let problem: Record<string, unknown> = {};
  if (isJson(response.headers.get("Content-Type"))) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) problem = parsed;
    } catch {
      // Not JSON after all: fall back to the status alone.
    }
  }
  const code = isRosterErrorCode(problem["code"]) ? problem["code"] : codeFromStatus(response.status);
  const detail = typeof problem["detail"] === "string" && problem["detail"] !== "" ? problem["detail"] : undefined;
  const title = typeof problem["title"] === "string" && problem["title"] !== "" ? problem["title"] : undefined;
  const status = [String(response.status), response.statusText].filter((part) => part !== "").join(" ");
  const message = detail ?? title ?? statusSentence(response.status);
  const fieldErrors = fieldErrorsOf(problem["fieldErrors"]);
  const issues = fieldIssuesOf(problem["issues"]);
  const workspaces = Array.isArray(problem["workspaces"]) ? problem["workspaces"].filter((id): id is string => typeof id === "string") : undefined;
  const existing = existingOf(problem["existing"]);
  const current = currentOf(problem["current"]);
  // A refusal key the kit does not know, or values that do not fit it, are dropped: the UI then words the code.
  const denied = denialReasonOf(problem["reasonKey"], problem["params"]);
  const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
  const limit = limitFromProblem(problem);
  const options: RosterErrorOptions = {
    ...(response.status >= 500 && response.status !== 501 ? { retryable: true } : {}),
    ...(fieldErrors === undefined ? {} : { fieldErrors }),
    ...(issues === undefined ? {} : { issues }),
    ...(workspaces === undefined ? {} : { workspaces }),
    ...(existing === undefined ? {} : { existing }),
    ...(current === undefined ? {} : { current }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(limit === undefined ? {} : { limit }),
    ...(typeof problem["rule"] === "string" ? { rule: problem["rule"] } : {}),
    ...(denied === undefined ? {} : { reasonKey: denied.reasonKey, params: denied.params }),
    request: { ...request, status: response.status },
    detail: `${request.method} ${request.path} answered ${status} with ${snippet(text)}.`,
  };
  return new RosterError(code, message, options);
}

/** Sends adapter requests to a REST server; see {@link RestRetryOptions} for what is retried. */
export class RestTransport {
  private readonly baseUrl: string;

  constructor(private readonly options: RestTransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
  }

  /** Sends a request, retrying it when allowed, and resolves to its checked JSON body. */
  send<T>(request: RestRequest): Promise<T> {
    return this.retrying(request, () => this.once<T>(request));
  }

  /**
   * Sends a GET whose answer is a file (`request.accept`), retrying it when allowed until an answer
   * comes, and resolves to its body as a stream once the server accepted it; an error answer rejects as
   * `send` does. The timeout covers the wait for the answer, not the download; the request's signal
   * still stops the download (the stream errors with an `AbortError`).
   */
  download(request: RestRequest & { readonly accept: string }): Promise<ReadableStream<Uint8Array>> {
    return this.retrying(request, () => this.openOnce(request));
  }

  /** Runs `once` until it succeeds, retrying what may safely be sent again. */
  private async retrying<T>(request: RestRequest, once: () => Promise<T>): Promise<T> {
    const retry = this.options.retry === false ? { attempts: 1 } : (this.options.retry ?? {});
    const attempts = Math.max(1, Math.floor(retry.attempts ?? DEFAULT_RETRY.attempts));
    // GETs are safe; a write may be sent again only because its idempotency key makes the server answer
    // the first outcome instead of acting twice.
    const mayRetry = request.method === "GET" || request.idempotencyKey !== undefined;
    const { signal } = request;
    for (let attempt = 1; ; attempt += 1) {
      if (signal.aborted) throw abortErrorOf(signal);
      try {
        return await once();
      } catch (error) {
        if (signal.aborted || isAbortError(error)) throw signal.aborted ? abortErrorOf(signal) : error;
        if (!mayRetry || attempt >= attempts || !isRosterError(error) || !error.retryable) throw error;
        let wait: number;
        if (error.retryAfterMs !== undefined) {
          if (error.retryAfterMs > (retry.maxRetryAfterMs ?? DEFAULT_RETRY.maxRetryAfterMs)) throw error;
          wait = error.retryAfterMs;
        } else {
          const ceiling = Math.min(retry.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs, (retry.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs) * 2 ** (attempt - 1));
          wait = Math.floor((retry.random ?? Math.random)() * ceiling); // full jitter
        }
        await (retry.sleep ?? abortableSleep)(wait, signal);
      }
    }
  }

  private async headersFor(request: RestRequest): Promise<Headers> {
    const extra = typeof this.options.headers === "function" ? await this.options.headers() : (this.options.headers ?? {});
    const headers = new Headers(extra);
    headers.set("Accept", `${request.accept ?? "application/json"}, ${PROBLEM_MEDIA_TYPE}`);
    if (request.body !== undefined) headers.set("Content-Type", "application/json");
    if (request.idempotencyKey !== undefined) headers.set(IDEMPOTENCY_KEY_HEADER, request.idempotencyKey);
    if (request.ifMatch !== undefined) headers.set("If-Match", formatEntityTag(request.ifMatch));
    return headers;
  }

  private async once<T>(request: RestRequest): Promise<T> {
    const about: RosterErrorRequest = { method: request.method, path: request.path };
    const what = `${request.method} ${request.path}`;
    const { response, text } = await this.exchange(request, about, async (answer) => ({ response: answer, text: await answer.text() }));
    const answered = { ...about, status: response.status };
    if (!response.ok) throw errorFromResponse(response, text, about);
    const contentType = response.headers.get("Content-Type");
    if (!isJson(contentType)) {
      throw new RosterError("unknown", UNREADABLE_ANSWER, {
        request: answered,
        detail: `${what} should answer JSON (application/json), but answered ${contentType ?? "no Content-Type"} with ${snippet(text)}.`,
      });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new RosterError("unknown", UNREADABLE_ANSWER, { cause: error, request: answered, detail: `${what} should answer JSON, but its body does not parse: ${snippet(text)}.` });
    }
    if (request.operation === undefined) return value as T; // the caller checks it
    try {
      checkAdapterResult(request.operation, value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RosterError("unknown", UNREADABLE_ANSWER, { cause: error, request: answered, detail: `${what} answered with the wrong shape: ${reason}` });
    }
    return value as T; // checked against the operation's result shape just above
  }

  /** One attempt of {@link RestTransport.download}: the body of a successful answer of the expected media type. */
  private async openOnce(request: RestRequest & { readonly accept: string }): Promise<ReadableStream<Uint8Array>> {
    const about: RosterErrorRequest = { method: request.method, path: request.path };
    // Only an error answer is read here; a successful one is handed on unread, as it arrives.
    const { response, text } = await this.exchange(request, about, async (answer) => ({ response: answer, text: answer.ok ? "" : await answer.text() }));
    if (!response.ok) throw errorFromResponse(response, text, about);
    const contentType = response.headers.get("Content-Type");
    const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== request.accept || response.body === null) {
      response.body?.cancel().catch(() => undefined);
      throw new RosterError("unknown", UNREADABLE_ANSWER, {
        request: { ...about, status: response.status },
        detail: `${request.method} ${request.path} should answer ${request.accept}, but answered ${contentType ?? "no Content-Type"}${response.body === null ? " with no body" : ""}.`,
      });
    }
    return response.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), { signal: request.signal });
  }

  /**
   * Sends one attempt of `request` (its URL and headers built here) and reads its answer with `read`.
   * The attempt has its own signal: the caller's abort reaches it, and so does the timeout, which becomes
   * a retryable `network` error.
   */
  private async exchange(
    request: RestRequest,
    about: RosterErrorRequest,
    read: (response: Response) => Promise<{ response: Response; text: string }>,
  ): Promise<{ response: Response; text: string }> {
    const { timeoutMs = REST_DEFAULT_TIMEOUT_MS } = this.options;
    const what = `${request.method} ${request.path}`;
    const query = request.query?.toString() ?? "";
    const url = `${this.baseUrl}${request.path}${query === "" ? "" : `?${query}`}`;
    const headers = await this.headersFor(request);
    // Read at call time, not at import, so that MSW (or any later patch of fetch) is in place.
    const fetchImpl: RestFetch = this.options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const attempt = new AbortController();
    const forward = (): void => attempt.abort(request.signal.reason);
    if (request.signal.aborted) forward();
    else request.signal.addEventListener("abort", forward, { once: true });
    let timedOut = false;
    const timer =
      timeoutMs === false
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            attempt.abort(new DOMException(`No answer within ${String(timeoutMs)} ms.`, "TimeoutError"));
          }, timeoutMs);
    const work = (async () => {
      const response = await fetchImpl(url, {
        method: request.method,
        headers,
        signal: attempt.signal,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
      return read(response);
    })();
    try {
      return await untilAborted(work, attempt.signal);
    } catch (error) {
      if (request.signal.aborted) throw abortErrorOf(request.signal);
      if (timedOut && timeoutMs !== false) {
        throw timeoutError(timeoutMs, { request: about, detail: `${what} did not answer within ${String(timeoutMs)} ms (timeoutMs).`, cause: error });
      }
      if (isAbortError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new RosterError("network", "The server could not be reached. Check the connection and try again.", {
        cause: error,
        request: about,
        detail: `${what} failed before an answer came back: ${reason}`,
      });
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", forward);
    }
  }
}
