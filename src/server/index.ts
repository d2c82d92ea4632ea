/**
 * `rosterkit/server`: the authoritative backend. Never imported by the client layers (core, adapters,
 * react); server code must not reach a browser bundle.
 * @module
 */
export { createRosterHandler, problemResponse } from "./handler";
export type { Authenticate, RosterHandler, RosterHandlerEngine, RosterHandlerOptions } from "./handler";
export { ROSTER_ACTOR_HEADER, developmentAuthenticate } from "./dev-authenticate";
export { ROSTER_OPERATIONS, matchOperation } from "./operations";
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
  QueuedEmail as StorageQueuedEmail,
  RosterStorage,
  SerializedRosterError,
  StorageReads,
  StorageTransaction,
  StoredOutcome,
} from "../core/engine/storage.types";
export { fromPGlite, fromPgPool, isRetryableSqlError, schemaIdentifier, sqlErrorCode, SQLSTATE } from "./sql";
export type { IsolationLevel, PGliteLike, PGliteTransactionLike, PgPoolClientLike, PgPoolLike, SqlClient, SqlExecutor, SqlParam, SqlResult, TransactionOptions } from "./sql";
export { DEFAULT_SCHEMA, migrate, MigrationError, MIGRATIONS } from "./migrations";
export type { MigrateOptions, MigrateResult, Migration } from "./migrations";
export { assertMailMessage, createDevMailer, createMessageId, createSmtpMailer } from "./mailer";
export type { MailAddress, Mailer, MailMessage, SmtpMailerOptions } from "./mailer";
export { claimDueEmails, createOutboxDispatcher, enqueue, exponentialBackoff } from "./outbox";
export type { BackoffOptions, ClaimedEmail, ClaimOptions, DrainResult, EnqueueOptions, OutboxDispatcher, OutboxDispatcherOptions, OutboxEmail, QueuedEmail } from "./outbox";
