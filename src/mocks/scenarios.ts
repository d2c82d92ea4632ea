import type { HttpHandler, RequestHandler } from "msw";
import type { MemoryBackend } from "../adapters/memory/memory-backend";
import type { SeededActivity } from "../adapters/memory/memory-storage";
import { createMemoryBackend } from "../adapters/memory/memory-backend";
import { SEED_USERS, generateSeed, mulberry32 } from "../adapters/memory/seed";
import type { AdapterCapabilities } from "../core/adapter.types";
import type { RosterConfigInput } from "../core/config";
import type { Membership, RosterDataset, User } from "../core/domain.types";
import type { RosterHandlersOptions, RosterOperationEvent } from "./handlers";
import { DEFAULT_MOCK_BASE_URL, createRosterHandlers } from "./handlers";
import { seededHistory } from "./scenario-history";

/**
 * Named mock backends for demos, stories and tests: each is one in-memory backend, the MSW handlers that
 * serve it, and the user to sign in as (sent in the `X-Rosterkit-Actor` header: the handlers answer a
 * request without it 401).
 * @module
 */

/** The names of the built-in scenarios. */
export type RosterScenarioName =
  | "default"
  | "empty"
  | "last-admin"
  | "instance-archived-invitee"
  | "large-10k"
  | "large-100k"
  | "slow"
  | "flaky"
  | "conflict"
  | "forbidden"
  | "rate-limited";

/** Options of {@link createScenario}; each scenario uses the ones that apply to it. */
export interface RosterScenarioOptions {
  /** @default DEFAULT_MOCK_BASE_URL */
  readonly baseUrl?: string;
  /** Lifecycle, deployment, roles (`instance-archived-invitee` always uses the archive lifecycle). */
  readonly config?: RosterConfigInput;
  /**
   * Seed of the generated roster and of the injected faults.
   * @default 1
   */
  readonly seed?: number;
  /** Latency of every answer; `slow` defaults to 1200 ms, the others to none. */
  readonly latencyMs?: number;
  /**
   * Share of failed requests in `flaky`.
   * @default 0.3
   */
  readonly failureRate?: number;
  /**
   * `rate-limited` answers every this-many-th request with 429.
   * @default 3
   */
  readonly rateLimitEvery?: number;
  /**
   * `Retry-After` of `rate-limited`, in seconds.
   * @default 1
   */
  readonly retryAfterSeconds?: number;
  /**
   * A roster to start from instead of the scenario's own, e.g. one saved by `backend.snapshot()` before a
   * reload (the demo keeps its state this way). The scenario's configuration, paging and faults still apply.
   */
  readonly dataset?: RosterDataset;
  /**
   * The activity history to start `dataset` with (R28), oldest first: e.g. what `backend.activity()` held
   * before the reload that `dataset` was saved for. Without `dataset` the scenario's own history is used.
   * @default []
   */
  readonly history?: readonly SeededActivity[];
}

/** A ready mock backend. */
export interface RosterScenario {
  readonly name: RosterScenarioName;
  /** What the scenario shows, for a story or demo picker. */
  readonly description: string;
  readonly backend: MemoryBackend;
  readonly handlers: HttpHandler[];
  /** The user the scenario is written for: name them in the `X-Rosterkit-Actor` header of every request. */
  readonly actorId: string;
  /** The API root the handlers serve: pass it as `baseUrl` to `createRestAdapter`. */
  readonly baseUrl: string;
  /** What `GET /capabilities` answers: pass it as `capabilities` to `createRestAdapter`. */
  readonly capabilities: AdapterCapabilities;
}

/** How one scenario is built. */
export interface RosterScenarioDefinition {
  readonly description: string;
  readonly build: (options: RosterScenarioOptions) => RosterScenarioParts;
}

/** What a definition builds; {@link createScenario} adds the rest. */
export interface RosterScenarioParts {
  readonly backend: MemoryBackend;
  readonly actorId: string;
  /** Handler options besides `backend` and `baseUrl`. */
  readonly handlerOptions?: Omit<RosterHandlersOptions, "backend" | "baseUrl">;
  /** Replaces the definition's description, e.g. to name a generated email. */
  readonly description?: string;
}

const EPOCH = "2024-01-01T00:00:00.000Z";

function user(id: string, name: string, overrides: Partial<User> = {}): User {
  const email = `${name.split(" ")[0]?.toLowerCase() ?? id}@example.com`;
  return { id, name, email, instanceStatus: "active", superAdmin: false, hasAccount: true, ...overrides };
}

function membership(userId: string, workspaceId: string, role: string, status: Membership["status"], groups: string[] = []): Membership {
  return { userId, workspaceId, role, status, groups, metadata: {}, invitedAt: EPOCH, lastActiveAt: status === "active" ? EPOCH : null };
}

/**
 * A generated roster with the weeks of changes that led to it (`scenario-history.ts`, R28), so the
 * activity views have something to show.
 */
function seeded(options: RosterScenarioOptions, members: number, pagination: "offset" | "cursor" = "offset"): MemoryBackend {
  const config = options.config ?? {};
  const lifecycle = config.lifecycle ?? "archive";
  const dataset = generateSeed({ members, workspaces: 3, seed: options.seed ?? 1, lifecycle });
  return createMemoryBackend({ dataset, config, pagination, history: seededHistory(dataset, lifecycle, new Date()) });
}

/** A workspace whose only member is its admin. */
function emptyDataset(): RosterDataset {
  return {
    instance: { id: "instance-empty", name: "Empty instance" },
    workspaces: [{ id: "ws-1", name: "Design" }],
    users: [user("u-1", "Ada Admin")],
    memberships: [membership("u-1", "ws-1", "admin", "active")],
    groups: [
      { id: "g-1-1", workspaceId: "ws-1", name: "Core team" },
      { id: "g-1-2", workspaceId: "ws-1", name: "Reviewers" },
    ],
  };
}

/**
 * `ws-1` has one active admin (Lin, `u-2`) besides an invited and an archived admin who do not count
 * (R15); Lin is also the only active admin of `ws-2`. The actor is a super admin who administers `ws-3`.
 */
function lastAdminDataset(): RosterDataset {
  return {
    instance: { id: "instance-last-admin", name: "Last admin" },
    workspaces: [
      { id: "ws-1", name: "Design" },
      { id: "ws-2", name: "Engineering" },
      { id: "ws-3", name: "Operations" },
    ],
    users: [
      user("u-1", "Sam Super", { superAdmin: true }),
      user("u-2", "Lin Last"),
      user("u-3", "Ivy Invited", { instanceStatus: "invited", hasAccount: false }),
      user("u-4", "Arlo Archived"),
      user("u-5", "Bea Builder"),
      user("u-6", "Eli End"),
    ],
    memberships: [
      membership("u-1", "ws-3", "admin", "active"),
      membership("u-2", "ws-1", "admin", "active", ["g-1-1"]),
      membership("u-2", "ws-2", "admin", "active"),
      membership("u-3", "ws-1", "admin", "invited"),
      membership("u-4", "ws-1", "admin", "archived"),
      membership("u-5", "ws-1", "builder", "active", ["g-1-1"]),
      membership("u-6", "ws-1", "end-user", "active"),
      membership("u-6", "ws-2", "end-user", "active"),
    ],
    groups: [{ id: "g-1-1", workspaceId: "ws-1", name: "Core team" }],
  };
}

/**
 * Bumps a member's version as another admin would: toggles one custom group of the member. Members whose
 * groups cannot be edited (not active) are left alone.
 */
async function changeUnderneath(event: RosterOperationEvent, superAdminId: string): Promise<void> {
  const { backend, memberId, scope } = event;
  if (memberId === undefined || scope === undefined) return;
  const signal = new AbortController().signal;
  const admin = backend.as(superAdminId);
  let workspaceId: string | undefined = scope.kind === "workspace" ? scope.workspaceId : undefined;
  if (workspaceId === undefined) {
    const instanceMember = await admin.getMember({ scope, memberId, signal });
    workspaceId = instanceMember.memberships[0]?.workspaceId;
  }
  if (workspaceId === undefined) return;
  const member = await admin.getMember({ scope: { kind: "workspace", workspaceId }, memberId, signal });
  const groups = await admin.listGroups({ workspaceId, signal });
  const missing = groups.find((group) => !member.groups.includes(group.id));
  const next = missing ? [...member.groups, missing.id] : member.groups.slice(0, -1);
  try {
    await admin.updateMember({ workspaceId, memberId, groups: next, expectedVersion: member.version, idempotencyKey: `conflict-${memberId}-${member.version}`, signal });
  } catch {
    // Not editable in its status: the write goes through unchanged.
  }
}

const DEFAULT_DESCRIPTION = "Three workspaces and 50 people in every status and role.";

/** Every built-in scenario, by name. */
export const scenarios: { readonly [N in RosterScenarioName]: RosterScenarioDefinition } = {
  default: {
    description: DEFAULT_DESCRIPTION,
    build: (options) => ({ backend: seeded(options, 50), actorId: SEED_USERS.superAdmin }),
  },
  empty: {
    description: "One workspace whose only member is its admin (u-1): the empty states and a first invite.",
    build: (options) => ({ backend: createMemoryBackend({ dataset: emptyDataset(), config: options.config ?? {} }), actorId: "u-1" }),
  },
  "last-admin": {
    description:
      "Lin Last (u-2) is the only active admin of Design (ws-1) and Engineering (ws-2); the invited and archived admins do not count. Archiving, deactivating or demoting Lin is refused (R15).",
    build: (options) => ({ backend: createMemoryBackend({ dataset: lastAdminDataset(), config: options.config ?? {} }), actorId: "u-1" }),
  },
  "instance-archived-invitee": {
    description: "A user archived at instance level cannot be invited to any workspace (R8). Archive lifecycle.",
    build: (options) => {
      const dataset = generateSeed({ members: 20, workspaces: 3, seed: options.seed ?? 1, lifecycle: "archive" });
      const archived = dataset.users.find((candidate) => candidate.id === SEED_USERS.archivedOrStoppedAdmin);
      const backend = createMemoryBackend({ dataset, config: { ...options.config, lifecycle: "archive" } });
      return {
        backend,
        actorId: SEED_USERS.superAdmin,
        description: `${archived?.name ?? "u-8"} <${archived?.email ?? "?"}> is archived at instance level: inviting that email to any workspace is refused (R8) until a super admin unarchives them (R13).`,
      };
    },
  },
  "large-10k": {
    description: "10,000 people, paged, searched, filtered and sorted on the server (R25). Offset paging.",
    build: (options) => ({ backend: seeded(options, 10_000), actorId: SEED_USERS.superAdmin }),
  },
  "large-100k": {
    description: "100,000 people, paged on the server by cursor (R25).",
    build: (options) => ({ backend: seeded(options, 100_000, "cursor"), actorId: SEED_USERS.superAdmin }),
  },
  slow: {
    description: "The default roster with every answer delayed (1.2 s unless `latencyMs` says otherwise): loading states and aborts.",
    build: (options) => ({ backend: seeded(options, 50), actorId: SEED_USERS.superAdmin, handlerOptions: { latencyMs: options.latencyMs ?? 1200 } }),
  },
  flaky: {
    description: "The default roster where a seeded 30% of requests fail before reaching the backend, with a 500 or a network error: retries and error states.",
    build: (options) => ({
      backend: seeded(options, 50),
      actorId: SEED_USERS.superAdmin,
      handlerOptions: { failureRate: options.failureRate ?? 0.3, random: mulberry32(options.seed ?? 1) },
    }),
  },
  conflict: {
    description:
      "The default roster where another admin changes each member (a custom group) just before your first status or role change of them: the change is refused as a conflict and the new state shown (R22); the next try works.",
    build: (options) => {
      const touched = new Set<string>();
      return {
        backend: seeded(options, 50),
        actorId: SEED_USERS.superAdmin,
        handlerOptions: {
          async beforeOperation(event) {
            const writes = ["changeWorkspaceMemberStatus", "changeInstanceMemberStatus", "updateMember"];
            if (!writes.includes(event.operationId) || event.memberId === undefined || touched.has(event.memberId)) return;
            touched.add(event.memberId);
            await changeUnderneath(event, SEED_USERS.superAdmin);
          },
        },
      };
    },
  },
  forbidden: {
    description: "The default roster seen by a builder of Design (u-3): every change is refused as forbidden (R1, R3).",
    build: (options) => ({ backend: seeded(options, 50), actorId: SEED_USERS.builder }),
  },
  "rate-limited": {
    description: "The default roster where every third request is answered 429 with Retry-After: 1 (the REST adapter waits and retries).",
    build: (options) => ({
      backend: seeded(options, 50),
      actorId: SEED_USERS.superAdmin,
      handlerOptions: { rateLimit: { every: options.rateLimitEvery ?? 3, retryAfterSeconds: options.retryAfterSeconds ?? 1 } },
    }),
  },
};

/** The names of every built-in scenario. */
export const SCENARIO_NAMES = Object.keys(scenarios) as RosterScenarioName[];

/** The scenario's parts over a restored roster and its history, keeping the scenario's configuration and paging. */
function withDataset(parts: RosterScenarioParts, dataset: RosterDataset | undefined, history: readonly SeededActivity[] = []): RosterScenarioParts {
  if (!dataset) return parts;
  const pagination = parts.backend.as(parts.actorId).capabilities.pagination === "cursor" ? "cursor" : "offset";
  return { ...parts, backend: createMemoryBackend({ dataset, config: parts.backend.config, pagination, history }) };
}

/**
 * Builds a scenario: a fresh backend, its handlers and the actor.
 * @throws TypeError for an unknown name.
 * @example
 * const scenario = createScenario("last-admin");
 * const server = setupServer(...scenario.handlers);
 * const adapter = createRestAdapter({
 *   baseUrl: scenario.baseUrl,
 *   capabilities: scenario.capabilities,
 *   headers: { [ROSTER_ACTOR_HEADER]: scenario.actorId },
 * });
 */
export function createScenario(name: RosterScenarioName, options: RosterScenarioOptions = {}): RosterScenario {
  const definition: RosterScenarioDefinition | undefined = Object.hasOwn(scenarios, name) ? scenarios[name] : undefined;
  if (!definition) throw new TypeError(`Unknown Rosterkit mock scenario "${String(name)}"; use one of ${SCENARIO_NAMES.join(", ")}.`);
  const parts = withDataset(definition.build(options), options.dataset, options.history);
  const baseUrl = (options.baseUrl ?? DEFAULT_MOCK_BASE_URL).replace(/\/+$/, "");
  const latency = options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs };
  const handlers = createRosterHandlers({ ...latency, ...parts.handlerOptions, backend: parts.backend, baseUrl });
  return {
    name,
    description: parts.description ?? definition.description,
    backend: parts.backend,
    handlers,
    actorId: parts.actorId,
    baseUrl,
    capabilities: parts.backend.as(parts.actorId).capabilities,
  };
}

/** What a mock server or worker serves: a scenario by name, a built scenario, or bare handlers. */
export type RosterMockInput = RosterScenarioName | RosterScenario | readonly RequestHandler[];

/** Resolves a {@link RosterMockInput} into its scenario (`null` for bare handlers) and handlers. */
export function resolveMockInput(
  input: RosterMockInput,
  options: RosterScenarioOptions,
): { readonly scenario: RosterScenario | null; readonly handlers: readonly RequestHandler[] } {
  if (typeof input === "string") {
    const scenario = createScenario(input, options);
    return { scenario, handlers: scenario.handlers };
  }
  if ("handlers" in input) return { scenario: input, handlers: input.handlers };
  return { scenario: null, handlers: input };
}
