/**
 * An in-process Postgres (PGlite) for the server tests, with the `pg_trgm` extension the migrations
 * need. A cold start takes seconds on a loaded machine, so a test file starts one and shares it.
 * @module
 */
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { afterAll, beforeAll } from "vitest";

/**
 * Starts one in-memory PGlite for the calling test file (`beforeAll`) and closes it after (`afterAll`).
 * Returns a getter of the instance.
 * @example
 * const pglite = usePGlite();
 * it("…", async () => { const client = fromPGlite(pglite()); });
 */
export function usePGlite(): () => PGlite {
  let db: PGlite | undefined;
  beforeAll(async () => {
    db = await PGlite.create({ extensions: { pg_trgm } });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error("PGlite is not started: call it inside a test or a hook after usePGlite()'s beforeAll.");
    return db;
  };
}
