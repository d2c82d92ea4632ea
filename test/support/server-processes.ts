/**
 * Several Rosterkit server processes on one database, for the tests that prove what holds across
 * processes (R15, R22, R26, R30) and across a crash. Each is a real child Node process running
 * test/support/server-process.ts, built once per test file with esbuild into one ES module under
 * `node_modules/.cache` (where its packages resolve from the project's `node_modules`): nothing is
 * downloaded and no TypeScript loader is needed in the child.
 * @module
 */
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll } from "vitest";
import type { SqlExecutor } from "../../src/server/sql";
import type { ServerProcessMessage, ServerProcessSettings } from "./server-process.types";
import { MAILBOX_TABLE, SERVER_PROCESS_BASE_PATH, SETTINGS_VARIABLE } from "./server-process.types";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = fileURLToPath(new URL("./server-process.ts", import.meta.url));

/** A running server process. */
export interface ServerProcess {
  readonly name: string;
  /** The API's base URL, e.g. `http://127.0.0.1:41234/api/rosterkit`. */
  readonly baseUrl: string;
  /** Every message it sent so far. */
  readonly messages: readonly ServerProcessMessage[];
  /** Resolves with the next message of a type (or one already received that no call took yet). */
  next<T extends ServerProcessMessage["type"]>(type: T): Promise<Extract<ServerProcessMessage, { type: T }>>;
  /** Stops it cleanly: HTTP server closed, dispatcher round finished, pool ended. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL): nothing runs after, as when a machine dies. */
  kill(): Promise<void>;
}

/** Settings a test gives; the rest take the defaults of {@link useServerProcesses}. */
export type ServerProcessOptions = Pick<ServerProcessSettings, "name" | "databaseUrl"> & Partial<Omit<ServerProcessSettings, "name" | "databaseUrl">>;

const DEFAULTS = { poolSize: 8, dispatcher: true, mailer: "mailbox", leaseMs: 300_000, pollIntervalMs: 200 } as const satisfies Partial<ServerProcessSettings>;

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Starts a built server process (test/support/server-process.ts built into `bundle`) and resolves once it
 * listens, with its child process. Tests use {@link useServerProcesses}; the server bench calls this.
 */
export async function launchServerProcess(bundle: string, options: ServerProcessOptions): Promise<{ process: ServerProcess; child: ChildProcess }> {
  const settings: ServerProcessSettings = { ...DEFAULTS, ...options };
  // execArgv: [] — not vitest's worker flags; the child is a plain Node process.
  const child = fork(bundle, [], { execArgv: [], env: { ...process.env, [SETTINGS_VARIABLE]: JSON.stringify(settings) }, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const messages: ServerProcessMessage[] = [];
  const unread: ServerProcessMessage[] = [];
  const waiting: { type: string; resolve: (message: ServerProcessMessage) => void }[] = [];
  child.on("message", (message: ServerProcessMessage) => {
    messages.push(message);
    const index = waiting.findIndex((waiter) => waiter.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message);
    else unread.push(message);
  });
  const next = <T extends ServerProcessMessage["type"]>(type: T) =>
    new Promise<Extract<ServerProcessMessage, { type: T }>>((resolve, reject) => {
      const index = unread.findIndex((message) => message.type === type);
      if (index >= 0) return resolve(unread.splice(index, 1)[0] as Extract<ServerProcessMessage, { type: T }>);
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`Server process "${settings.name}" exited (${String(code ?? signal)}) before a "${type}" message.\n${output.slice(-4000)}`));
      child.once("exit", onExit);
      waiting.push({
        type,
        resolve: (message) => {
          child.off("exit", onExit);
          resolve(message as Extract<ServerProcessMessage, { type: T }>);
        },
      });
    });
  const { port } = await next("listening");
  return {
    child,
    process: {
      name: settings.name,
      baseUrl: `http://127.0.0.1:${String(port)}${SERVER_PROCESS_BASE_PATH}`,
      messages,
      next,
      async stop() {
        child.send({ type: "stop" });
        await exited(child);
      },
      async kill() {
        child.kill("SIGKILL");
        await exited(child);
      },
    },
  };
}

/** Server processes of one test file. */
export interface ServerProcessesFixture {
  /** Starts a process and resolves once it listens; stopped after the file if still running. */
  start(options: ServerProcessOptions): Promise<ServerProcess>;
}

/**
 * Builds the server process once for the calling test file (`beforeAll`); kills whatever still runs and
 * removes the build after it (`afterAll`).
 * @example
 * const servers = useServerProcesses();
 * const first = await servers.start({ name: "a", databaseUrl });
 */
export function useServerProcesses(): ServerProcessesFixture {
  let folder: string | undefined;
  let bundle: string | undefined;
  const children = new Set<ChildProcess>();
  beforeAll(async () => {
    const cache = join(ROOT, "node_modules", ".cache");
    await mkdir(cache, { recursive: true });
    folder = await mkdtemp(join(cache, "rosterkit-server-process-"));
    bundle = join(folder, "server-process.mjs");
    // Packages stay external: they resolve from the project's node_modules, above the output folder.
    await build({ entryPoints: [ENTRY], outfile: bundle, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error" });
  }, 60_000);
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await Promise.all([...children].map(exited));
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return {
    async start(options) {
      if (!bundle) throw new Error("useServerProcesses: start() runs in a test or a hook after its beforeAll.");
      const { process: started, child } = await launchServerProcess(bundle, options);
      children.add(child);
      child.once("exit", () => children.delete(child));
      return started;
    },
  };
}

/** One message the mailbox accepted. */
export interface MailboxMessage {
  readonly messageId: string;
  readonly recipient: string;
  readonly link: string | null;
  /** The server process that sent it. */
  readonly process: string;
}

/** Creates the test mailbox ({@link MAILBOX_TABLE}) in a database. */
export async function createMailbox(client: SqlExecutor): Promise<void> {
  const [schema] = MAILBOX_TABLE.split(".");
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema ?? "mailsink"}`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${MAILBOX_TABLE} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, message_id text NOT NULL, recipient text NOT NULL, link text, process text NOT NULL)`,
  );
}

/** Every message the mailbox accepted, in the order it accepted them. */
export async function mailboxMessages(client: SqlExecutor): Promise<MailboxMessage[]> {
  const { rows } = await client.query<MailboxMessage>(`SELECT message_id AS "messageId", recipient, link, process FROM ${MAILBOX_TABLE} ORDER BY id`);
  return rows;
}
