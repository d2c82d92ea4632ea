/**
 * `rosterkit/adapters`: implementations of the adapter contract. The in-memory reference backend
 * (`createMemoryBackend`, `createMemoryAdapter`) enforces every rule of docs/rules.md server-side with the core
 * policy; `generateSeed` builds deterministic rosters from a handful of members up to 100,000;
 * `createRestAdapter` speaks the HTTP protocol of `openapi/rosterkit.openapi.json`. Every export is listed
 * in docs/api.md.
 * @module
 */
export { createMemoryAdapter, createMemoryBackend } from "./memory/memory-backend";
export type { MemoryBackend, MemoryBackendOptions, OutboxEmail } from "./memory/memory-backend";
export type { SeededActivity } from "./memory/memory-storage";
export { SEED_FIRST_WORKSPACE, SEED_USERS, generateSeed } from "./memory/seed";
export type { SeedOptions } from "./memory/seed";
export { acceptRestInvitation, createRestAdapter, fetchRestCapabilities } from "./rest";
export type {
  AcceptRestInvitationOptions,
  FetchRestCapabilitiesOptions,
  RestAdapterOptions,
  RestFetch,
  RestHeaders,
  RestHeadersOption,
  RestRetryOptions,
} from "./rest";
