/**
 * One Rosterkit server process, as a host runs it: the handler of `rosterkit/server` behind a real
 * `node:http` server (`@hono/node-server`), the Postgres storage on a `pg` pool, and an outbox dispatcher
 * whose mailer hands each email to a test mailbox (a table the test reads: the "mail server"). The tests
 * that need several processes on one database, or one that dies, start this file as a child process
 * through `startServerProcess` (test/support/server-processes.ts); it is never imported by a test.
 *
 * Settings come from the environment (see {@link ServerProcessSettings}); the parent is told what
 * happens through IPC messages ({@link ServerProcessMessage}).
 * @module
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import pg from "pg";
import { resolveConfig } from "../../src/core/config";
import { developmentAuthenticate } from "../../src/server/dev-authenticate";
import { createRosterHandler } from "../../src/server/handler";
import type { Mailer, MailMessage } from "../../src/server/mailer";
import { createOutboxDispatcher } from "../../src/server/outbox";
import { createPostgresStorage } from "../../src/server/postgres-storage";
import { fromPgPool } from "../../src/server/sql";
import type { ServerProcessMessage, ServerProcessSettings } from "./server-process.types";
import { MAILBOX_TABLE, SERVER_PROCESS_BASE_PATH, SERVER_PROCESS_INVITATIONS, SETTINGS_VARIABLE } from "./server-process.types";

function tell(message: ServerProcessMessage): void {
  process.send?.(message);
}

function readSettings(): ServerProcessSettings {
  const json = process.env[SETTINGS_VARIABLE];
  if (!json) throw new Error(`server-process: set ${SETTINGS_VARIABLE} to the process's settings (JSON); start it with useServerProcesses().start().`);
  return JSON.parse(json) as ServerProcessSettings;
}

const settings = readSettings();

const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: settings.poolSize });
const client = fromPgPool(pool);
const config = resolveConfig(settings.config);

/** Puts a message in the test mailbox, as a mail server accepting it would. */
async function deliver(message: MailMessage): Promise<void> {
  await pool.query(`INSERT INTO ${MAILBOX_TABLE} (message_id, recipient, link, process) VALUES ($1, $2, $3, $4)`, [
    message.messageId,
    message.to.address,
    message.link ?? null,
    settings.name,
  ]);
}

const never = () => new Promise<never>(() => undefined);

/** The mailer of the `mailer` setting: deliver; hang before the mail server has the message; or hang after it accepted it. */
const mailers: Record<ServerProcessSettings["mailer"], Mailer> = {
  mailbox: { send: deliver },
  "hang-before-accept": {
    async send(message) {
      tell({ type: "sending", messageId: message.messageId });
      return never();
    },
  },
  "hang-after-accept": {
    async send(message) {
      await deliver(message);
      tell({ type: "accepted", messageId: message.messageId });
      return never();
    },
  },
};

const dispatcher = createOutboxDispatcher({
  client,
  mailer: mailers[settings.mailer],
  leaseMs: settings.leaseMs,
  pollIntervalMs: settings.pollIntervalMs,
  onError: (error) => tell({ type: "error", where: "outbox", message: String(error) }),
});

const storage = await createPostgresStorage({ client, config });
const handler = createRosterHandler({
  storage,
  config,
  invitations: SERVER_PROCESS_INVITATIONS,
  authenticate: developmentAuthenticate(),
  basePath: SERVER_PROCESS_BASE_PATH,
  onWrite: () => dispatcher.wake(),
  onError: (error) => tell({ type: "error", where: "handler", message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
});

if (settings.dispatcher) dispatcher.start();
const server = serve({ fetch: handler, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => tell({ type: "listening", port: info.port }));

process.on("message", (message: unknown) => {
  if ((message as { type?: unknown } | null)?.type !== "stop") return;
  // A clean stop: no new connections, the dispatcher's round finished, the pool closed.
  void (async () => {
    await new Promise((closed) => server.close(closed));
    await dispatcher.stop();
    await pool.end();
    process.exit(0);
  })();
});
