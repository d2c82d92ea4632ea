/**
 * A real Postgres for the server tests: Debian's `postgresql` package run as a private cluster in a
 * temporary folder, on a free loopback port, with durability off (the data is thrown away). initdb
 * refuses to run as root, so as root the folder is handed to the `postgres` user and the tools run
 * through `runuser` (TOOLCHAIN.md "Server side"). `.ci/run` installs the package when it is missing.
 * @module
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closePool } from "./pg-pool";

const run = promisify(execFile);

/** A running private cluster. */
export interface PostgresCluster {
  readonly port: number;
  /** Connection string of one database of the cluster (by default the `postgres` database). */
  url(database?: string): string;
  /** Creates an empty database with a new name and returns its connection string. */
  createDatabase(): Promise<string>;
  /** Stops the cluster and deletes its folder. */
  stop(): Promise<void>;
}

/** The folder of Postgres's server binaries: `PG_BIN`, else the newest `/usr/lib/postgresql/<n>/bin`. */
function binDir(): string {
  const fromEnv = process.env["PG_BIN"];
  if (fromEnv) return fromEnv;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error("Postgres is not installed: run `apt-get install -y postgresql` (as .ci/run does), or set PG_BIN to the folder holding initdb and pg_ctl.");
  }
  return join(root, newest, "bin");
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port assigned."))));
    });
  });
}

/** Runs a Postgres tool as the `postgres` user when we are root (initdb refuses root), else as ourselves. */
function asPostgres(tool: string, args: readonly string[]): { file: string; args: string[] } {
  const path = join(binDir(), tool);
  return process.getuid?.() === 0 ? { file: "runuser", args: ["-u", "postgres", "--", path, ...args] } : { file: path, args: [...args] };
}

function postgresIds(): { uid: number; gid: number } {
  const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()));
  return { uid: uid ?? NaN, gid: gid ?? NaN };
}

function logTail(logFile: string): string {
  return existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n") : "(no log)";
}

/**
 * Starts a private cluster: initdb in a new temporary folder, then `pg_ctl start` on a free port with
 * fsync off. A port taken between choosing and binding it is retried on another.
 * @example
 * const cluster = await startPostgres();
 * const pool = new pg.Pool({ connectionString: await cluster.createDatabase() });
 */
export async function startPostgres(): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), "rosterkit-pg-"));
  const data = join(dir, "data");
  const logFile = join(dir, "log");
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const initdb = asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  await run(initdb.file, initdb.args);

  const ctl = (args: readonly string[]) => asPostgres("pg_ctl", ["-D", data, ...args]);
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300"];
    const start = ctl(["-o", options.join(" "), "-l", logFile, "-w", "-t", "60", "start"]);
    try {
      await run(start.file, start.args);
      break;
    } catch (error) {
      if (attempt >= 3) {
        await rm(dir, { recursive: true, force: true });
        throw new Error(`Postgres did not start on port ${port}: ${String(error)}\n${logTail(logFile)}`, { cause: error });
      }
    }
  }

  // If the test process ends without stopping the cluster, do not leave a server running.
  const stopNow = () => {
    const stop = ctl(["-m", "immediate", "stop"]);
    spawnSync(stop.file, stop.args, { stdio: "ignore" });
  };
  process.once("exit", stopNow);

  let databases = 0;
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase() {
      databases += 1;
      const name = `test_${databases}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      process.off("exit", stopNow);
      const stop = ctl(["-m", "fast", "-w", "stop"]);
      await run(stop.file, stop.args);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Hooks of one test file on its own cluster, with the pools it opened ended before the cluster stops. */
export interface PostgresFixture {
  /** The running cluster (after `beforeAll`). */
  cluster(): PostgresCluster;
  /** A new pool on a database of the cluster, ended in `afterAll`. */
  pool(connectionString: string, options?: Omit<pg.PoolConfig, "connectionString">): pg.Pool;
}

/**
 * Starts one cluster for the calling test file (`beforeAll`) and stops it after (`afterAll`).
 * @example
 * const postgres = usePostgres();
 * it("…", async () => { const pool = postgres.pool(await postgres.cluster().createDatabase()); });
 */
export function usePostgres(): PostgresFixture {
  let cluster: PostgresCluster | undefined;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(pools.map(closePool));
    await cluster?.stop();
  }, 60_000);
  return {
    cluster() {
      if (!cluster) throw new Error("The Postgres cluster is not running: call cluster() inside a test or a hook after usePostgres()'s beforeAll.");
      return cluster;
    },
    pool(connectionString, options = {}) {
      const pool = new pg.Pool({ ...options, connectionString });
      pools.push(pool);
      return pool;
    },
  };
}
