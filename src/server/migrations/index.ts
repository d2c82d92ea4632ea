/**
 * The server's schema: versioned migrations shipped in the package, and `migrate()` to apply them.
 * @module
 */
export { DEFAULT_SCHEMA, migrate, MigrationError, MIGRATIONS } from "./migrate";
export type { MigrateOptions, MigrateResult } from "./migrate";
export type { Migration } from "./migration.types";
