/**
 * The one SQL port of the server: a {@link SqlClient} that runs parameterised queries and transactions,
 * built over a `pg` pool ({@link fromPgPool}) or a PGlite instance ({@link fromPGlite}), so the same SQL
 * (migrations, storage, outbox) runs on a real Postgres and in process.
 *
 * Both adapters return values in the same shapes: `int8`/`bigint` and `numeric` as strings (exact),
 * `int2`/`int4`/`float` as numbers, `timestamptz` as `Date`, `jsonb` parsed, arrays as arrays. Pass a JSON
 * value as a string with a cast (`$1::jsonb`, `JSON.stringify(value)`): `pg` would send a JS array as a
 * Postgres array, so object and array parameters are not accepted for JSON.
 * @module
 */

/** A value a query parameter may take. JSON goes as a string with a `::jsonb` cast (see the module note). */
export type SqlParam = string | number | boolean | null | Date | Uint8Array | readonly (string | number | boolean | null)[];

/** Rows of a query, and how many rows it returned or changed. */
export interface SqlResult<Row> {
  readonly rows: Row[];
  /** Rows returned (SELECT, RETURNING) or changed (INSERT, UPDATE, DELETE). */
  readonly rowCount: number;
}

/** Options of one {@link SqlExecutor.query}. */
export interface QueryOptions {
  /**
   * Keep the statement prepared on each connection that runs it (on `pg`, a named statement), so
   * Postgres parses and plans its text once per connection instead of on every run; after a few runs it
   * may keep one generic plan for every value. For statements run often with the same text whose best
   * plan does not depend on the values (lookups by key, writes of one row), never for searches. The
   * first 500 texts of a process are kept prepared, later ones run as usual. PGlite ignores it.
   * @default false
   */
  readonly prepare?: boolean;
}

/** Runs one parameterised statement: what both a client and an open transaction can do. */
export interface SqlExecutor {
  /**
   * Runs one statement with `$1`, `$2`… placeholders bound to `params`. Never interpolate values into
   * `text`. `Row` is the caller's claim about the shape of the rows; nothing checks it.
   * @example
   * const { rows } = await client.query<{ id: string }>("SELECT id FROM rosterkit.users WHERE email = $1", [email]);
   */
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<SqlResult<Row>>;
}

/** Postgres isolation levels a transaction can ask for. */
export type IsolationLevel = "read committed" | "repeatable read" | "serializable";

/** Options of {@link SqlClient.transaction}. */
export interface TransactionOptions {
  /** @default "read committed" (Postgres's default) */
  readonly isolation?: IsolationLevel;
  /**
   * How many times to run the transaction again after a serialization failure (SQLSTATE 40001) or a
   * deadlock (40P01). The callback must then be safe to run again: it may only have effects through
   * the transaction it is given.
   * @default 0
   */
  readonly retries?: number;
}

/** A database the server talks to: queries outside a transaction, and transactions. */
export interface SqlClient extends SqlExecutor {
  /**
   * Runs `fn` in one transaction: committed when `fn` resolves, rolled back when it throws (the error is
   * rethrown). Use only the `tx` given to `fn` inside it; on PGlite, which is one connection, a query on
   * the client itself would wait for the transaction to end and never run. `tx` refuses queries once the
   * transaction is over.
   * @example
   * await client.transaction(async (tx) => {
   *   await tx.query("UPDATE rosterkit.memberships SET status = $1 WHERE workspace_id = $2 AND user_id = $3", ["archived", ws, id]);
   *   await enqueue(tx, email);
   * }, { isolation: "serializable", retries: 3 });
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

/** SQLSTATE codes the server reacts to. */
export const SQLSTATE = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  checkViolation: "23514",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
  lockNotAvailable: "55P03",
  undefinedFile: "58P01",
  featureNotSupported: "0A000",
  insufficientPrivilege: "42501",
} as const;

/**
 * The SQLSTATE of an error thrown by `pg` or PGlite (both carry it as `code`), or `undefined` for any
 * other error.
 * @example
 * if (sqlErrorCode(error) === SQLSTATE.uniqueViolation) throw new RosterError("conflict", "…");
 */
export function sqlErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = error.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Whether running the transaction again may succeed: a serialization failure or a deadlock. */
export function isRetryableSqlError(error: unknown): boolean {
  const code = sqlErrorCode(error);
  return code === SQLSTATE.serializationFailure || code === SQLSTATE.deadlockDetected;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Checks a schema (or other identifier) name and returns it double-quoted for SQL text. Names are
 * lower-case letters, digits and `_`, not starting with a digit, at most 63 characters: the only text
 * the server ever splices into SQL.
 * @throws TypeError naming the bad value.
 * @example
 * const s = schemaIdentifier("rosterkit"); // "\"rosterkit\""
 * await client.query(`SELECT count(*)::int AS n FROM ${s}.users`);
 */
export function schemaIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new TypeError(
      `Rosterkit: schema name ${JSON.stringify(name)} is not allowed; use lower-case letters, digits and "_" (not first), at most 63 characters.`,
    );
  }
  return `"${name}"`;
}

const ISOLATION_LEVELS: ReadonlySet<string> = new Set<IsolationLevel>(["read committed", "repeatable read", "serializable"]);

/** The SQL words of an isolation level, checked: they are spliced into `BEGIN`. */
function isolationSql(options: TransactionOptions): string {
  const isolation = options.isolation ?? "read committed";
  if (!ISOLATION_LEVELS.has(isolation)) {
    throw new TypeError(`Rosterkit: transaction \`isolation\` must be one of ${[...ISOLATION_LEVELS].join(", ")}; got ${JSON.stringify(isolation)}.`);
  }
  return isolation.toUpperCase();
}

function checkRetries(options: TransactionOptions): number {
  const retries = options.retries ?? 0;
  if (!Number.isInteger(retries) || retries < 0) {
    throw new TypeError(`Rosterkit: transaction \`retries\` must be a whole number ≥ 0, got ${String(retries)}.`);
  }
  return retries;
}

/** Runs `attempt` once, and again after a retryable failure, at most `retries` more times. */
async function withRetries<T>(options: TransactionOptions, attempt: () => Promise<T>): Promise<T> {
  const retries = checkRetries(options);
  for (let failures = 0; ; failures++) {
    try {
      return await attempt();
    } catch (error) {
      if (failures >= retries || !isRetryableSqlError(error)) throw error;
    }
  }
}

/** A transaction handle that refuses queries once its transaction has ended. */
function scopedExecutor(run: SqlExecutor["query"]): { readonly tx: SqlExecutor; end(): void } {
  let open = true;
  const tx: SqlExecutor = {
    query(text, params, options) {
      if (!open) return Promise.reject(new Error("Rosterkit: this transaction has already ended; run the query inside the transaction callback."));
      return run(text, params, options);
    },
  };
  return {
    tx,
    end() {
      open = false;
    },
  };
}

/** What {@link fromPgPool} needs of a `pg` client checked out of the pool: a query by text, or a named (prepared) one. */
export interface PgPoolClientLike {
  query(text: string | { readonly name: string; readonly text: string; readonly values: unknown[] }, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  release(error?: Error | boolean): void;
}

/** What {@link fromPgPool} needs of a `pg` `Pool` (structural, so `pg` stays an optional peer). */
export interface PgPoolLike {
  query(text: string | { readonly name: string; readonly text: string; readonly values: unknown[] }, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  connect(): Promise<PgPoolClientLike>;
}

function pgResult<Row>(result: { rows: unknown[]; rowCount: number | null }): SqlResult<Row> {
  return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
}

/** How many statement texts a process keeps prepared ({@link QueryOptions.prepare}). */
const MAX_PREPARED = 500;

/**
 * Names of prepared statements by their text, shared by every `pg` client of the process: one name
 * always means one text, on any connection of any pool (`pg` refuses a name prepared with another text).
 */
const preparedNames = new Map<string, string>();

function preparedName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known !== undefined || preparedNames.size >= MAX_PREPARED) return known;
  const name = `rosterkit_${String(preparedNames.size + 1)}`;
  preparedNames.set(text, name);
  return name;
}

/** Runs a statement on a `pg` pool or client: by its text, or prepared under its name when asked. */
async function pgQuery<Row>(target: PgPoolClientLike | PgPoolLike, text: string, params: readonly SqlParam[], options: QueryOptions): Promise<SqlResult<Row>> {
  const name = options.prepare === true ? preparedName(text) : undefined;
  return pgResult<Row>(await (name === undefined ? target.query(text, [...params]) : target.query({ name, text, values: [...params] })));
}

/**
 * A {@link SqlClient} over a `pg` pool. Each transaction checks out one connection, runs `BEGIN` with
 * the isolation asked, and releases it after `COMMIT` or `ROLLBACK` (destroying it if the rollback
 * failed). The pool stays the host's: end it yourself.
 * @example
 * import pg from "pg";
 * const client = fromPgPool(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function fromPgPool(pool: PgPoolLike): SqlClient {
  return {
    query: <Row extends object>(text: string, params: readonly SqlParam[] = [], options: QueryOptions = {}) => pgQuery<Row>(pool, text, params, options),
    async transaction(fn, options = {}) {
      const begin = `BEGIN ISOLATION LEVEL ${isolationSql(options)}`;
      return withRetries(options, async () => {
        const connection = await pool.connect();
        const scope = scopedExecutor(<Row extends object>(text: string, params: readonly SqlParam[] = [], queryOptions: QueryOptions = {}) => pgQuery<Row>(connection, text, params, queryOptions));
        let broken: Error | undefined;
        try {
          await connection.query(begin);
          const result = await fn(scope.tx);
          await connection.query("COMMIT");
          return result;
        } catch (error) {
          try {
            await connection.query("ROLLBACK");
          } catch (rollbackError) {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          }
          throw error;
        } finally {
          scope.end();
          connection.release(broken);
        }
      });
    },
  };
}

/** Parsers PGlite is given on every query so its values come out as `pg`'s do (see the module note). */
const PGLITE_PARSERS: Readonly<Record<number, (value: string) => unknown>> = {
  20: (value) => value, // int8
  1700: (value) => value, // numeric
};

/** A query result of PGlite. */
interface PGliteResultLike {
  rows: unknown[];
  affectedRows?: number;
}

/** What {@link fromPGlite} needs of a PGlite transaction. */
export interface PGliteTransactionLike {
  query(text: string, params?: unknown[], options?: { parsers?: Record<number, (value: string, typeId: number) => unknown> }): Promise<PGliteResultLike>;
}

/** What {@link fromPGlite} needs of a PGlite instance (structural, so PGlite stays an optional peer). */
export interface PGliteLike extends PGliteTransactionLike {
  transaction<T>(callback: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
}

function pgliteResult<Row>(result: PGliteResultLike): SqlResult<Row> {
  return { rows: result.rows as Row[], rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
}

/**
 * A {@link SqlClient} over a PGlite instance (`@electric-sql/pglite`). PGlite is one connection:
 * transactions run one after another, so isolation levels hold trivially and no race can show; prove
 * concurrency on a real Postgres. Create it with the `pg_trgm` extension, which the migrations need.
 * @example
 * import { PGlite } from "@electric-sql/pglite";
 * import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
 * const client = fromPGlite(await PGlite.create("./data", { extensions: { pg_trgm } }));
 */
export function fromPGlite(db: PGliteLike): SqlClient {
  const run = (target: PGliteTransactionLike) =>
    async <Row>(text: string, params: readonly SqlParam[] = []) => pgliteResult<Row>(await target.query(text, [...params], { parsers: { ...PGLITE_PARSERS } }));
  return {
    query: run(db),
    async transaction(fn, options = {}) {
      const isolation = `SET TRANSACTION ISOLATION LEVEL ${isolationSql(options)}`;
      return withRetries(options, () =>
        db.transaction(async (pgliteTx) => {
          const scope = scopedExecutor(run(pgliteTx));
          try {
            await pgliteTx.query(isolation);
            return await fn(scope.tx);
          } finally {
            scope.end();
          }
        }),
      );
    },
  };
}
