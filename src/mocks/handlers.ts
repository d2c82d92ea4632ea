import { HttpResponse, delay, http } from "msw";
import type { HttpHandler } from "msw";
import type { MemoryBackend } from "../adapters/memory/memory-backend";
import { mulberry32 } from "../adapters/memory/seed";
import type { Scope } from "../core/domain.types";
import { RosterError } from "../core/errors";
import { ROSTER_ACTOR_HEADER, developmentAuthenticate } from "../server/dev-authenticate";
import { createRosterHandler, problemResponse } from "../server/handler";
import type { RosterOperationId } from "../server/operations";
import { matchOperation } from "../server/operations";

/**
 * MSW request handlers that serve the REST protocol of `openapi/rosterkit.openapi.json` with the very
 * handler of `rosterkit/server` (`createRosterHandler`) over an in-memory backend: one implementation of
 * the protocol, whether it runs in a server or in a service worker. What is added here is only what a
 * mock needs: the signed-in user from the {@link ROSTER_ACTOR_HEADER} header (development only), and
 * optional faults (latency, failures, rate limits, changes underneath) that make the scenarios of
 * `scenarios.ts`.
 * @module
 */

/** The API root the mock serves unless told otherwise. */
export const DEFAULT_MOCK_BASE_URL = "https://api.rosterkit.test/v1";

/** What a mock request is about, as handed to {@link RosterHandlersOptions.beforeOperation}. */
export interface RosterOperationEvent {
  readonly operationId: RosterOperationId;
  readonly actorId: string;
  readonly backend: MemoryBackend;
  readonly request: Request;
  /** The scope of member operations. */
  readonly scope?: Scope;
  readonly memberId?: string;
}

/** Which fault an injected failure is. */
export type MockFailureKind = "server-error" | "network";

/** Options of {@link createRosterHandlers}. */
export interface RosterHandlersOptions {
  /** The backend that holds the data and enforces the rules. */
  readonly backend: MemoryBackend;
  /**
   * The API root to serve, absolute (`https://…`) or, in a browser, a path (`/api/rosterkit`).
   * @default DEFAULT_MOCK_BASE_URL ("https://api.rosterkit.test/v1")
   */
  readonly baseUrl?: string;
  /**
   * Delay before every answer, in milliseconds, or a range to draw from.
   * @default 0
   */
  readonly latencyMs?: number | { readonly min: number; readonly max: number };
  /**
   * Share of requests (0..1) that fail before reaching the backend, so that a retry is always safe.
   * @default 0
   */
  readonly failureRate?: number;
  /**
   * What an injected failure is: a 500 problem, or a network error (`HttpResponse.error()`).
   * @default ["server-error", "network"]
   */
  readonly failureKinds?: readonly MockFailureKind[];
  /** Answers every `every`-th request with 429 and `Retry-After: retryAfterSeconds` (default 1). */
  readonly rateLimit?: { readonly every: number; readonly retryAfterSeconds?: number };
  /**
   * Random source of latency and failures, in [0, 1); seeded so a scenario misbehaves the same way every run.
   * @default mulberry32(1)
   */
  readonly random?: () => number;
  /** Called once the actor is known, before the backend acts: the hook of the `conflict` scenario. */
  readonly beforeOperation?: (event: RosterOperationEvent) => void | Promise<void>;
}

/**
 * MSW handlers serving the Rosterkit REST API from an in-memory backend, through the server's own
 * handler. The signed-in user is named in the {@link ROSTER_ACTOR_HEADER} header; a request without it,
 * or with an unknown user, is answered 401.
 * @example
 * const backend = createMemoryBackend({ dataset: generateSeed({ members: 50 }) });
 * const server = setupServer(...createRosterHandlers({ backend }));
 * server.listen();
 * const adapter = createRestAdapter({ baseUrl: DEFAULT_MOCK_BASE_URL, headers: { [ROSTER_ACTOR_HEADER]: "u-1" } });
 */
export function createRosterHandlers(options: RosterHandlersOptions): HttpHandler[] {
  const { backend } = options;
  const base = (options.baseUrl ?? DEFAULT_MOCK_BASE_URL).replace(/\/+$/, "");
  const basePath = new URL(base, "http://localhost").pathname.replace(/\/+$/, "");
  const random = options.random ?? mulberry32(1);
  const failureKinds = options.failureKinds ?? ["server-error", "network"];
  const authenticate = developmentAuthenticate();
  const serve = createRosterHandler({ engine: backend.engine, authenticate, basePath, capabilities: backend.capabilities });
  let requests = 0;

  const latency = (): number => {
    const { latencyMs } = options;
    if (latencyMs === undefined) return 0;
    if (typeof latencyMs === "number") return latencyMs;
    return Math.round(latencyMs.min + random() * (latencyMs.max - latencyMs.min));
  };

  return [
    http.all(`${base}/*`, async ({ request }) => {
      requests += 1;
      const wait = latency();
      if (wait > 0) await delay(wait);
      const every = options.rateLimit?.every;
      if (every !== undefined && every > 0 && requests % every === 0) {
        const seconds = options.rateLimit?.retryAfterSeconds ?? 1;
        return problemResponse(new RosterError("rate_limited", `Too many requests; try again in ${String(seconds)} s.`, { retryAfterMs: seconds * 1000 }), undefined, { "Retry-After": String(seconds) });
      }
      if ((options.failureRate ?? 0) > 0 && random() < (options.failureRate ?? 0) && failureKinds.length > 0) {
        const kind = failureKinds[Math.floor(random() * failureKinds.length)] ?? "server-error";
        if (kind === "network") return HttpResponse.error();
        return problemResponse(new RosterError("unknown", "The server failed. Try again.", { retryable: true, detail: "Injected by the flaky mock scenario." }));
      }
      const actorId = request.headers.get(ROSTER_ACTOR_HEADER)?.trim() ?? null;
      const matched = matchOperation(request.method, new URL(request.url).pathname.slice(basePath.length));
      if (options.beforeOperation && matched && actorId) {
        const { workspaceId, memberId } = matched.params;
        const scope: Scope | undefined = workspaceId !== undefined ? { kind: "workspace", workspaceId } : matched.operation.path.startsWith("/members") ? { kind: "instance" } : undefined;
        await options.beforeOperation({
          operationId: matched.operation.operationId,
          actorId,
          backend,
          request,
          ...(scope === undefined ? {} : { scope }),
          ...(memberId === undefined ? {} : { memberId }),
        });
      }
      return serve(request);
    }),
  ];
}
