/**
 * `rosterkit/server`: the authoritative backend. Never imported by the client layers (core, adapters,
 * react); server code must not reach a browser bundle. Every export is listed in docs/api.md.
 * @module
 */
export { createRosterHandler, problemResponse } from "./handler";
export type { Authenticate, RosterHandler, RosterHandlerOptions } from "./handler";
export { ROSTER_ACTOR_HEADER, developmentAuthenticate } from "./dev-authenticate";
export { ROSTER_OPERATIONS } from "./operations";
export type { RosterOperation, RosterOperationId } from "./operations";
export { createPostgresStorage } from "./postgres-storage";
export type { PostgresStorageOptions } from "./postgres-storage";
export { seedPostgres } from "./postgres-seed";
export type { SeedPostgresOptions, SeedPostgresResult } from "./postgres-seed";
export { defaultInvitationEmail } from "./invitation-email";
export type { EmailContent, InvitationEmailWriter } from "./invitation-email";
export { createMemoryStorage } from "../adapters/memory/memory-storage";
export type { MemoryStorage, MemoryStorageOptions, StoredActivity } from "../adapters/memory/memory-storage";
export { createRosterEngine } from "../core/engine/roster-engine";
export type { InvitationLinkOptions, RosterEngine, RosterEngineOptions, WriteOrigin } from "../core/engine/roster-engine";
export type {
  IdempotencyRecord,
  InvitationRecord,
  QueuedEmail,
  RosterStorage,
  SerializedRosterError,
  StorageReads,
  StorageTransaction,
  StoredOutcome,
} from "../core/engine/storage.types";
export { fromPGlite, fromPgPool } from "./sql";
export type {
  IsolationLevel,
  PGliteLike,
  PGliteTransactionLike,
  PgPoolClientLike,
  PgPoolLike,
  QueryOptions,
  SqlClient,
  SqlExecutor,
  SqlParam,
  SqlResult,
  TransactionOptions,
} from "./sql";
export { MIGRATIONS, MigrationError, migrate } from "./migrations";
export type { MigrateOptions, MigrateResult, Migration } from "./migrations";
export { createDevMailer, createSmtpMailer } from "./mailer";
export type { MailAddress, MailMessage, Mailer, SmtpMailerOptions } from "./mailer";
export { createOutboxDispatcher, exponentialBackoff } from "./outbox";
export type { BackoffOptions, DrainResult, OutboxDispatcher, OutboxDispatcherOptions } from "./outbox";
