import { describe, expect, it } from "vitest";
import { fromPGlite, fromPgPool, isRetryableSqlError, schemaIdentifier, sqlErrorCode, SQLSTATE } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { deferred } from "./support/async";
import { usePGlite } from "./support/pglite";
import { usePostgres } from "./support/postgres";

const pglite = usePGlite();
const postgres = usePostgres();

/** A fresh table for one test, so tests on one database do not see each other's rows. */
let tables = 0;
async function freshTable(client: SqlClient): Promise<string> {
  tables += 1;
  const table = `items_${tables}`;
  await client.query(`CREATE TABLE ${table} (id int PRIMARY KEY, n bigint NOT NULL DEFAULT 0, tags text[] NOT NULL DEFAULT '{}', doc jsonb, at timestamptz, ok boolean, note text)`);
  return table;
}

const clients: [string, () => Promise<SqlClient>][] = [
  ["PGlite", async () => fromPGlite(pglite())],
  ["Postgres (pg pool)", async () => fromPgPool(postgres.pool(postgres.cluster().url()))],
];

describe.each(clients)("SqlClient on %s: the same SQL, the same values", (_name, connect) => {
  it("returns every type in the same JS shape on both databases", async () => {
    const client = await connect();
    const table = await freshTable(client);
    const at = new Date("2026-01-02T03:04:05.678Z");
    await client.query(`INSERT INTO ${table} (id, n, tags, doc, at, ok, note) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`, [
      1,
      "9007199254740993",
      ["a", "b,c", 'd"e'],
      JSON.stringify({ nested: { list: [1, "two"] } }),
      at,
      true,
      null,
    ]);
    const { rows } = await client.query(`SELECT id, n, tags, doc, at, ok, note, count(*) OVER () AS total, 1.5::numeric AS exact FROM ${table}`);
    expect(rows).toEqual([{ id: 1, n: "9007199254740993", tags: ["a", "b,c", 'd"e'], doc: { nested: { list: [1, "two"] } }, at, ok: true, note: null, total: "1", exact: "1.5" }]);
  });

  it("counts rows returned and rows changed", async () => {
    const client = await connect();
    const table = await freshTable(client);
    expect((await client.query(`INSERT INTO ${table} (id) VALUES (1), (2), (3)`)).rowCount).toBe(3);
    expect((await client.query(`UPDATE ${table} SET n = n + 1 WHERE id >= $1`, [2])).rowCount).toBe(2);
    expect((await client.query(`UPDATE ${table} SET n = 0 WHERE id = 9`)).rowCount).toBe(0);
    expect((await client.query(`SELECT id FROM ${table}`)).rowCount).toBe(3);
    expect((await client.query(`DELETE FROM ${table} WHERE id = 1 RETURNING id`)).rows).toEqual([{ id: 1 }]);
  });

  it("runs a statement kept prepared with new values each time, in and out of transactions, beside the same text unprepared", async () => {
    const client = await connect();
    const table = await freshTable(client);
    const insert = `INSERT INTO ${table} (id, note) VALUES ($1, $2) RETURNING id, note`;
    expect((await client.query(insert, [1, "one"], { prepare: true })).rows).toEqual([{ id: 1, note: "one" }]);
    expect((await client.query(insert, [2, "two"], { prepare: true })).rows).toEqual([{ id: 2, note: "two" }]);
    expect((await client.query(insert, [3, "three"])).rows).toEqual([{ id: 3, note: "three" }]);
    const read = `SELECT note FROM ${table} WHERE id = $1`;
    const notes = await client.transaction(async (tx) => {
      const found: unknown[] = [];
      // More runs than Postgres takes to switch a prepared statement to its generic plan.
      for (const id of [1, 2, 3, 1, 2, 3, 4]) found.push((await tx.query<{ note: string }>(read, [id], { prepare: true })).rows[0]?.note ?? null);
      return found;
    });
    expect(notes).toEqual(["one", "two", "three", "one", "two", "three", null]);
    const error: unknown = await client.query(insert, [1, "again"], { prepare: true }).catch((reason: unknown) => reason);
    expect(sqlErrorCode(error)).toBe(SQLSTATE.uniqueViolation);
    expect((await client.query(insert, [4, "four"], { prepare: true })).rows).toEqual([{ id: 4, note: "four" }]);
  });

  it("binds values as parameters, never as SQL", async () => {
    const client = await connect();
    const table = await freshTable(client);
    const hostile = `x'); DROP TABLE ${table}; --`;
    await client.query(`INSERT INTO ${table} (id, note) VALUES ($1, $2)`, [1, hostile]);
    expect((await client.query(`SELECT note FROM ${table}`)).rows).toEqual([{ note: hostile }]);
  });

  it("commits a transaction that resolves and rolls back one that throws, rethrowing its error", async () => {
    const client = await connect();
    const table = await freshTable(client);
    const value = await client.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${table} (id) VALUES (1)`);
      return "done";
    });
    expect(value).toBe("done");
    const failure = new Error("the command refused");
    await expect(
      client.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (id) VALUES (2)`);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect((await client.query(`SELECT id FROM ${table} ORDER BY id`)).rows).toEqual([{ id: 1 }]);
  });

  it("runs the isolation level asked for", async () => {
    const client = await connect();
    const levels = await Promise.all(
      (["read committed", "repeatable read", "serializable"] as const).map((isolation) =>
        client.transaction(async (tx) => (await tx.query<{ transaction_isolation: string }>("SHOW transaction_isolation")).rows[0]?.transaction_isolation, { isolation }),
      ),
    );
    expect(levels).toEqual(["read committed", "repeatable read", "serializable"]);
  });

  it("refuses an unknown isolation level and a bad retry count with a clear error, running nothing", async () => {
    const client = await connect();
    const fn = async () => "ran";
    await expect(client.transaction(fn, { isolation: "snapshot; DROP TABLE x" as never })).rejects.toThrow(/`isolation` must be one of read committed, repeatable read, serializable/);
    await expect(client.transaction(fn, { retries: -1 })).rejects.toThrow(/`retries` must be a whole number ≥ 0, got -1/);
  });

  it("refuses queries on a transaction handle once the transaction has ended", async () => {
    const client = await connect();
    const leaked = await client.transaction(async (tx) => tx);
    await expect(leaked.query("SELECT 1")).rejects.toThrow(/this transaction has already ended/);
  });

  it("runs a transaction again after a serialization failure, up to `retries` times, and never after other errors", async () => {
    const client = await connect();
    const serialization = Object.assign(new Error("could not serialize access"), { code: SQLSTATE.serializationFailure });
    let runs = 0;
    const result = await client.transaction(
      async () => {
        runs += 1;
        if (runs < 3) throw serialization;
        return runs;
      },
      { retries: 2 },
    );
    expect(result).toBe(3);

    runs = 0;
    await expect(client.transaction(async () => ((runs += 1), Promise.reject(serialization)), { retries: 1 })).rejects.toBe(serialization);
    expect(runs).toBe(2);

    runs = 0;
    const other = new Error("not a database error");
    await expect(client.transaction(async () => ((runs += 1), Promise.reject(other)), { retries: 5 })).rejects.toBe(other);
    expect(runs).toBe(1);
  });

  it("exposes the SQLSTATE of a database error", async () => {
    const client = await connect();
    const table = await freshTable(client);
    await client.query(`INSERT INTO ${table} (id) VALUES (1)`);
    const error: unknown = await client.query(`INSERT INTO ${table} (id) VALUES (1)`).catch((reason: unknown) => reason);
    expect(sqlErrorCode(error)).toBe(SQLSTATE.uniqueViolation);
  });
});

describe("SqlClient on Postgres under concurrency", () => {
  it("retries the loser of two concurrent serializable read-then-write transactions, so both increments land", async () => {
    const client = fromPgPool(postgres.pool(postgres.cluster().url(), { max: 4 }));
    const table = await freshTable(client);
    await client.query(`INSERT INTO ${table} (id, n) VALUES (1, 0)`);
    const bothRead = [deferred<void>(), deferred<void>()];
    let attempts = 0;
    const increment = (index: 0 | 1) =>
      client.transaction(
        async (tx) => {
          attempts += 1;
          const { rows } = await tx.query<{ n: string }>(`SELECT n FROM ${table} WHERE id = 1`);
          // Both first attempts read before either writes, so one of them must fail to serialize.
          bothRead[index]?.resolve();
          await Promise.all(bothRead.map((read) => read.promise));
          await tx.query(`UPDATE ${table} SET n = $1 WHERE id = 1`, [String(Number(rows[0]?.n) + 1)]);
        },
        { isolation: "serializable", retries: 3 },
      );
    await Promise.all([increment(0), increment(1)]);
    expect((await client.query(`SELECT n FROM ${table}`)).rows).toEqual([{ n: "2" }]);
    expect(attempts).toBe(3);
  });
});

describe("sql helpers", () => {
  it("quotes a valid schema name and refuses anything that could carry SQL", () => {
    expect(schemaIdentifier("rosterkit")).toBe('"rosterkit"');
    expect(schemaIdentifier("tenant_2")).toBe('"tenant_2"');
    for (const bad of ["", "Rosterkit", "2fast", 'x"; DROP SCHEMA public; --', "a".repeat(64), "with space"]) {
      expect(() => schemaIdentifier(bad)).toThrow(/schema name .* is not allowed/);
    }
  });

  it("tells retryable database errors from the rest", () => {
    expect(isRetryableSqlError({ code: SQLSTATE.serializationFailure })).toBe(true);
    expect(isRetryableSqlError({ code: SQLSTATE.deadlockDetected })).toBe(true);
    expect(isRetryableSqlError({ code: SQLSTATE.uniqueViolation })).toBe(false);
    expect(isRetryableSqlError(new Error("plain"))).toBe(false);
    expect(sqlErrorCode({ code: "ECONNREFUSED" })).toBeUndefined();
    expect(sqlErrorCode(null)).toBeUndefined();
  });
});
