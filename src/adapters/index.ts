/**
 * `rosterkit/adapters`: implementations of the adapter contract. The in-memory reference backend
 * (`createMemoryBackend`, `createMemoryAdapter`) enforces every rule of SPEC.md server-side with the core
 * policy; `generateSeed` builds deterministic rosters from a handful of members up to 100,000.
 * @module
 */
export { createMemoryAdapter, createMemoryBackend } from "./memory/memory-backend";
export type { MemoryBackend, MemoryBackendOptions, OutboxEmail } from "./memory/memory-backend";
export { MEMORY_MAX_PAGE_SIZE, MEMORY_SORT_FIELDS } from "./memory/member-query";
export { SEED_FIRST_WORKSPACE, SEED_USERS, generateSeed, mulberry32 } from "./memory/seed";
export type { SeedOptions } from "./memory/seed";
export {
  IDEMPOTENCY_KEY_HEADER,
  PROBLEM_MEDIA_TYPE,
  REST_DEFAULT_CAPABILITIES,
  REST_DEFAULT_PAGE_SIZE,
  REST_SORT_FIELDS,
  ROSTER_ERROR_CODES,
  createRestAdapter,
  fetchRestCapabilities,
  formatEntityTag,
  httpStatusOf,
  isRosterErrorCode,
  memberPath,
  memberQueryFromSearchParams,
  memberQueryToSearchParams,
  membersPath,
  parseEntityTag,
  parseRetryAfter,
  problemFromError,
  problemType,
} from "./rest";
export type {
  FetchRestCapabilitiesOptions,
  RestAdapterOptions,
  RestFetch,
  RestHeaders,
  RestHeadersOption,
  RosterProblem,
  RestRetryOptions,
} from "./rest";
