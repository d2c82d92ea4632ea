import { schemaIdentifier, sqlErrorCode } from "../sql";
import type { SqlClient, SqlExecutor } from "../sql";
import type { Migration } from "./migration.types";
import { init } from "./0001-init";
import { countsAndOrder } from "./0002-counts-and-order";
import { activityReads } from "./0003-activity-reads";
import { countMoves } from "./0004-count-moves";

/** Every migration the package ships, in the order they apply. */
export const MIGRATIONS: readonly Migration[] = [init, countsAndOrder, activityReads, countMoves];

/** The schema the server's tables live in unless the host picks another. */
export const DEFAULT_SCHEMA = "rosterkit";

/**
 * Key of the advisory lock `migrate()` holds. One key for every schema: migrations of two schemas in one
 * database then never race to create the pg_trgm extension either.
 */
const MIGRATION_LOCK = 0x524b_0001;

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /**
   * Schema the tables are created in (lower-case letters, digits, `_`). Every process of one deployment
   * must use the same one.
   * @default "rosterkit"
   */
  readonly schema?: string;
}

/** What {@link migrate} did. */
export interface MigrateResult {
  readonly schema: string;
  /** Versions applied by this call, in order; empty when the schema was up to date. */
  readonly applied: readonly number[];
  /** The schema's version after the call: the highest version applied to it. */
  readonly version: number;
}

/** A migration statement failed, or an applied migration differs from the one shipped. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
  /** The SQLSTATE of the database error behind this one, if any (so `sqlErrorCode()` reads it). */
  readonly code: string | undefined;

  constructor(
    message: string,
    /** Version of the migration at fault. */
    readonly version: number,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.code = sqlErrorCode(cause);
  }
}

/** SHA-256 of a migration's statements, hex: what an applied migration is checked against. */
async function checksum(migration: Migration): Promise<string> {
  const bytes = new TextEncoder().encode(migration.statements.join("\n;\n"));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const label = (migration: Pick<Migration, "version" | "name">) => `${String(migration.version).padStart(4, "0")}-${migration.name}`;

/** The schema `pg_trgm` lives in, creating the extension first when the database does not have it. */
async function trigramSchema(tx: SqlExecutor, version: number): Promise<string> {
  const find = () => tx.query<{ schema: string }>("SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'");
  const found = (await find()).rows[0];
  if (found) return found.schema;
  try {
    await tx.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  } catch (error) {
    throw new MigrationError(
      "Rosterkit needs the Postgres extension pg_trgm (member search) and could not create it. On Postgres, install the contrib package and run " +
        "`CREATE EXTENSION pg_trgm;` as a superuser or the database owner; on PGlite, create the instance with it: " +
        "`PGlite.create({ extensions: { pg_trgm } })` (from '@electric-sql/pglite/contrib/pg_trgm').",
      version,
      error,
    );
  }
  const created = (await find()).rows[0];
  if (!created) throw new MigrationError("Rosterkit: CREATE EXTENSION pg_trgm ran, but the extension is not in pg_extension.", version);
  return created.schema;
}

/**
 * Brings the Rosterkit schema up to date: creates the schema and its `schema_migrations` table, then
 * applies the pending migrations in order, in one transaction. The transaction first takes an advisory
 * lock, so processes starting at once apply each migration exactly once: the others wait,
 * then find nothing pending. An applied migration whose statements differ from the shipped one stops
 * the call (a release never edits a migration; it adds one). Safe to call on every start.
 * @throws MigrationError naming the migration, with the database error as `cause` and its SQLSTATE as `code`.
 * @example
 * const client = fromPgPool(pool);
 * await migrate(client); // { schema: "rosterkit", applied: [1], version: 1 } the first time
 */
export async function migrate(client: SqlClient, options: MigrateOptions = {}): Promise<MigrateResult> {
  const name = options.schema ?? DEFAULT_SCHEMA;
  const schema = schemaIdentifier(name);
  const shipped = await Promise.all(MIGRATIONS.map(async (migration) => ({ migration, checksum: await checksum(migration) })));

  return client.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1::bigint)", [MIGRATION_LOCK]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query<{ version: number; name: string; checksum: string }>(`SELECT version, name, checksum FROM ${schema}.schema_migrations ORDER BY version`);
    const applied = new Map(rows.map((row) => [row.version, row]));
    for (const { migration, checksum: expected } of shipped) {
      const row = applied.get(migration.version);
      if (row && row.checksum !== expected) {
        throw new MigrationError(
          `Rosterkit migration ${label(migration)} was applied to schema "${name}" as ${label(row)} with other statements (checksum ${row.checksum}, shipped ${expected}). ` +
            "Released migrations must not change; restore the database or the package version that applied it.",
          migration.version,
        );
      }
    }

    const pending = shipped.filter(({ migration }) => !applied.has(migration.version));
    if (pending.length > 0) {
      const trgm = await trigramSchema(tx, pending[0]?.migration.version ?? 0);
      // Unqualified names in the migrations resolve to the Rosterkit schema, then to pg_trgm's.
      await tx.query("SELECT set_config('search_path', quote_ident($1) || ', ' || quote_ident($2), true)", [name, trgm]);
    }
    for (const { migration, checksum: sum } of pending) {
      for (const [index, statement] of migration.statements.entries()) {
        try {
          await tx.query(statement);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError(`Rosterkit migration ${label(migration)} failed at statement ${index + 1} of ${migration.statements.length}: ${reason}`, migration.version, error);
        }
      }
      await tx.query(`INSERT INTO ${schema}.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`, [migration.version, migration.name, sum]);
    }

    const versions = [...applied.keys(), ...pending.map(({ migration }) => migration.version)];
    return { schema: name, applied: pending.map(({ migration }) => migration.version), version: Math.max(0, ...versions) };
  });
}
