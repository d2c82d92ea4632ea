/**
 * `rosterkit/server`: the authoritative backend. Never imported by the client layers (core, adapters,
 * react); server code must not reach a browser bundle.
 * @module
 */
export { fromPGlite, fromPgPool, isRetryableSqlError, schemaIdentifier, sqlErrorCode, SQLSTATE } from "./sql";
export type { IsolationLevel, PGliteLike, PGliteTransactionLike, PgPoolClientLike, PgPoolLike, SqlClient, SqlExecutor, SqlParam, SqlResult, TransactionOptions } from "./sql";
export { DEFAULT_SCHEMA, migrate, MigrationError, MIGRATIONS } from "./migrations";
export type { MigrateOptions, MigrateResult, Migration } from "./migrations";
export { assertMailMessage, createDevMailer, createMessageId, createSmtpMailer } from "./mailer";
export type { MailAddress, Mailer, MailMessage, SmtpMailerOptions } from "./mailer";
export { claimDueEmails, createOutboxDispatcher, enqueue, exponentialBackoff } from "./outbox";
export type { BackoffOptions, ClaimedEmail, ClaimOptions, DrainResult, EnqueueOptions, OutboxDispatcher, OutboxDispatcherOptions, OutboxEmail, QueuedEmail } from "./outbox";
