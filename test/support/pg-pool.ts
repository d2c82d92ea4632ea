/**
 * Closing a `pg` pool for good. `pool.end()` resolves once its clients are asked to close, not once
 * their connections are closed; a Postgres stopped right after can then terminate a connection that
 * is still closing, and that client's error has no listener left. {@link closePool} resolves once every
 * client is gone.
 * @module
 */
import type pg from "pg";

/**
 * Ends a pool and waits until each of its clients has closed its connection.
 * @example
 * await closePool(pool);
 * await cluster.stop();
 */
export async function closePool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) return resolve();
    pool.on("remove", () => {
      open -= 1;
      if (open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}
