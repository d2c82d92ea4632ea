import pg from "pg";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters/memory/seed";
import { resolveConfig } from "../src/core/config";
import { migrate } from "../src/server/migrations";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPgPool } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { closePool } from "./support/pg-pool";
import { usePostgres } from "./support/postgres";
import { rosterHttp } from "./support/roster-http";
import { createMailbox, mailboxMessages, useServerProcesses } from "./support/server-processes";
import type { ServerProcess } from "./support/server-processes";

/**
 * R30 across a crash: a server process commits a change that queues an invitation email and is killed
 * (SIGKILL) before the email is sent; a new process on the same database delivers it exactly once. Real
 * child processes, a real Postgres, the HTTP API; the "mail server" is a mailbox table.
 */
const postgres = usePostgres();
const servers = useServerProcesses();

/** A migrated, seeded database with a mailbox, and a client on it. */
async function database(): Promise<{ url: string; client: SqlClient }> {
  const url = await postgres.cluster().createDatabase();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  onTestFinished(() => closePool(pool));
  const client = fromPgPool(pool);
  await migrate(client);
  await seedPostgres(client, generateSeed({ members: 12, workspaces: 2 }), { config: resolveConfig() });
  await createMailbox(client);
  return { url, client };
}

interface OutboxRow {
  message_id: string;
  recipient: string;
  attempts: number;
  sent: boolean;
}

async function outbox(client: SqlClient): Promise<OutboxRow[]> {
  return (await client.query<OutboxRow>("SELECT message_id, recipient, attempts, sent_at IS NOT NULL AS sent FROM rosterkit.outbox ORDER BY id")).rows;
}

/** Invites a new person to the first workspace as the seed's admin, through a process; answers the email's recipient. */
async function inviteThrough(server: ServerProcess, email: string): Promise<string> {
  const answer = await rosterHttp(server.baseUrl, SEED_USERS.admin).invite(
    SEED_FIRST_WORKSPACE,
    [{ name: "Grace Hopper", email, role: "builder", groups: [], metadata: {} }],
    crypto.randomUUID(),
  );
  expect(answer.status).toBe(200);
  expect(answer.body.results[0]?.ok).toBe(true);
  return email;
}

/** Waits until the mailbox holds `count` messages for the recipient. */
async function delivered(client: SqlClient, recipient: string, count = 1): Promise<void> {
  await vi.waitFor(
    async () => {
      expect((await mailboxMessages(client)).filter((message) => message.recipient === recipient)).toHaveLength(count);
    },
    { timeout: 20_000, interval: 50 },
  );
}

describe("server processes killed mid-way (R30)", () => {
  it("R30: committed, then killed before its dispatcher ran: the restarted process delivers the email exactly once, and its link works", async () => {
    const { url, client } = await database();
    const first = await servers.start({ name: "first", databaseUrl: url, dispatcher: false });
    const recipient = await inviteThrough(first, "grace@example.com");
    await first.kill();
    const [queued] = await outbox(client);
    expect(queued).toMatchObject({ recipient, attempts: 0, sent: false });

    const restarted = await servers.start({ name: "restarted", databaseUrl: url });
    await delivered(client, recipient);
    // A clean stop ends its current round: nothing it could still send is left out of the count.
    await restarted.stop();
    const messages = await mailboxMessages(client);
    expect(messages.map((message) => [message.messageId, message.process])).toEqual([[queued?.message_id, "restarted"]]);
    expect(await outbox(client)).toEqual([{ ...queued, attempts: 1, sent: true }]);

    // The email carries a working link: the invitee joins through another process.
    const third = await servers.start({ name: "third", databaseUrl: url, dispatcher: false });
    const token = messages[0]?.link?.split("/").at(-1) ?? "";
    const accepted = await rosterHttp(third.baseUrl, null).accept(token);
    expect(accepted).toMatchObject({ status: 200, body: { email: recipient, status: "active" } });
    await third.stop();
  });

  it("R30: claimed, then killed while sending (the mail server never had it): delivered exactly once after the lease runs out", async () => {
    const { url, client } = await database();
    const stuck = await servers.start({ name: "stuck", databaseUrl: url, mailer: "hang-before-accept", leaseMs: 1500 });
    const recipient = await inviteThrough(stuck, "ada@example.com");
    const { messageId } = await stuck.next("sending");
    await stuck.kill();
    expect(await mailboxMessages(client)).toEqual([]);
    expect(await outbox(client)).toEqual([{ message_id: messageId, recipient, attempts: 1, sent: false }]);

    const restarted = await servers.start({ name: "restarted", databaseUrl: url });
    await delivered(client, recipient);
    await restarted.stop();
    expect((await mailboxMessages(client)).map((message) => [message.messageId, message.process])).toEqual([[messageId, "restarted"]]);
    expect(await outbox(client)).toEqual([{ message_id: messageId, recipient, attempts: 2, sent: true }]);
  });

  it("R30: killed after the mail server accepted but before marking it sent, the one repeat carries the same Message-ID", async () => {
    const { url, client } = await database();
    const dying = await servers.start({ name: "dying", databaseUrl: url, mailer: "hang-after-accept", leaseMs: 1500 });
    const recipient = await inviteThrough(dying, "alan@example.com");
    const { messageId } = await dying.next("accepted");
    await dying.kill();

    const restarted = await servers.start({ name: "restarted", databaseUrl: url });
    await delivered(client, recipient, 2);
    await restarted.stop();
    const messages = await mailboxMessages(client);
    // Two deliveries of one message: a mail server deduplicating on Message-ID keeps one.
    expect(messages.map((message) => [message.messageId, message.process])).toEqual([
      [messageId, "dying"],
      [messageId, "restarted"],
    ]);
    expect(await outbox(client)).toEqual([{ message_id: messageId, recipient, attempts: 2, sent: true }]);
  });
});
