import { mkdir } from "node:fs/promises";
import { relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { fromPGlite, fromPgPool } from "../../src/server";
import type { SqlClient } from "../../src/server";

/**
 * The demo's database: PGlite persisted in a local folder (nothing to install), or the Postgres that
 * `DATABASE_URL` names.
 * @module
 */

/** An open database of the demo. */
export interface DemoDatabase {
  readonly client: SqlClient;
  /** Where the data lives, in words: "PGlite in .rosterkit-demo/pglite", "Postgres at localhost:5432/app". */
  readonly label: string;
  close(): Promise<void>;
}

/** Options of {@link openDemoDatabase}. */
export interface OpenDemoDatabaseOptions {
  /** The folder PGlite keeps its files in; created when missing. */
  readonly dataDir: string;
  /** A `postgres://…` URL: use that Postgres instead of PGlite. */
  readonly databaseUrl?: string | undefined;
}

/** The URL without its password, for the terminal and the console. */
function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `Postgres at ${parsed.host}${parsed.pathname}`;
  } catch {
    return "Postgres (DATABASE_URL)";
  }
}

/**
 * Opens the demo's database: a `pg` pool on `databaseUrl` when given (checked with one query, so a wrong
 * URL fails here with the driver's reason), else PGlite in `dataDir`, with the `pg_trgm` extension the
 * migrations need. The first PGlite start creates the database files and takes some seconds.
 * @throws Error naming the database that could not be reached.
 */
export async function openDemoDatabase(options: OpenDemoDatabaseOptions): Promise<DemoDatabase> {
  if (options.databaseUrl) {
    const label = describePostgres(options.databaseUrl);
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
    const client = fromPgPool(pool);
    try {
      await client.query("SELECT 1");
    } catch (error) {
      await pool.end();
      throw new Error(`Could not reach ${label} (DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return { client, label, close: () => pool.end() };
  }
  await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  const where = relative(process.cwd(), options.dataDir) || options.dataDir;
  return { client: fromPGlite(db), label: `PGlite in ${where.startsWith("..") ? options.dataDir : where}`, close: () => db.close() };
}
