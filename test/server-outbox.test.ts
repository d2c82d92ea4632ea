import { describe, expect, it, vi } from "vitest";
import type { Mailer, MailMessage } from "../src/server/mailer";
import { migrate } from "../src/server/migrations";
import { claimDueEmails, createOutboxDispatcher, enqueue, exponentialBackoff } from "../src/server/outbox";
import type { OutboxEmail } from "../src/server/outbox";
import { fromPGlite, fromPgPool } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { usePGlite } from "./support/pglite";
import { usePostgres } from "./support/postgres";

const pglite = usePGlite();
const postgres = usePostgres();

const email = (n: number, overrides: Partial<OutboxEmail> = {}): OutboxEmail => ({
  kind: "invitation",
  to: { name: `User ${n}`, address: `user${n}@example.com` },
  subject: `You are invited (${n})`,
  text: `Join: https://app.test/invite/token-${n}`,
  link: `https://app.test/invite/token-${n}`,
  ...overrides,
});

/** A mailer that records what it accepted; `failFor` refuses the next sends of a Message-ID. */
function recordingMailer(options: { delayMs?: number } = {}) {
  const accepted: MailMessage[] = [];
  const attempts: string[] = [];
  const failures = new Map<string, number>();
  const mailer: Mailer = {
    async send(message) {
      attempts.push(message.messageId);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const left = failures.get(message.messageId) ?? 0;
      if (left > 0) {
        failures.set(message.messageId, left - 1);
        throw new Error("451 mailbox busy");
      }
      accepted.push(message);
    },
  };
  return { mailer, accepted, attempts, failFor: (messageId: string, times: number) => failures.set(messageId, times) };
}

/** A freshly migrated database of the cluster, and a way to open more "processes" (pools) on it. */
async function database(): Promise<{ client: SqlClient; process: () => SqlClient }> {
  const url = await postgres.cluster().createDatabase();
  const process = () => fromPgPool(postgres.pool(url, { max: 4 }));
  const client = process();
  await migrate(client);
  return { client, process };
}

interface OutboxRow {
  message_id: string;
  attempts: number;
  sent: boolean;
  payload: unknown;
  last_error: string | null;
  wait_ms: number;
}

async function outboxRows(client: SqlClient): Promise<OutboxRow[]> {
  const { rows } = await client.query<OutboxRow>(
    `SELECT message_id, attempts, sent_at IS NOT NULL AS sent, payload, last_error,
            (extract(epoch FROM next_attempt_at - now()) * 1000)::int AS wait_ms
       FROM rosterkit.outbox ORDER BY id`,
  );
  return rows;
}

/** Runs rounds until one claims nothing. */
async function drainAll(dispatcher: { drainOnce(): Promise<{ claimed: number }> }): Promise<void> {
  while ((await dispatcher.drainOnce()).claimed > 0);
}

const quiet = { onError: () => undefined };

describe("enqueue (R30: queued in the transaction of the change)", () => {
  it("R30: queues nothing when the transaction rolls back, and the email once it commits", async () => {
    const { client } = await database();
    await expect(
      client.transaction(async (tx) => {
        await enqueue(tx, email(1));
        throw new Error("the change was refused");
      }),
    ).rejects.toThrow("the change was refused");
    expect(await outboxRows(client)).toEqual([]);

    const queued = await client.transaction((tx) => enqueue(tx, email(2), { messageIdDomain: "mail.acme.test" }));
    expect(queued.messageId).toMatch(/^<[0-9a-f-]{36}@mail\.acme\.test>$/);
    const { rows } = await client.query("SELECT id, kind, recipient, message_id, payload FROM rosterkit.outbox");
    expect(rows).toEqual([
      {
        id: queued.id,
        kind: "invitation",
        recipient: "user2@example.com",
        message_id: queued.messageId,
        payload: { to: { name: "User 2", address: "user2@example.com" }, subject: "You are invited (2)", text: "Join: https://app.test/invite/token-2", link: "https://app.test/invite/token-2" },
      },
    ]);
  });

  it("refuses a malformed email, naming the field, and queues nothing", async () => {
    const { client } = await database();
    await expect(enqueue(client, email(1, { to: { address: "nobody" } }))).rejects.toThrow(/email `to.address` must be an email address/);
    await expect(enqueue(client, email(1, { kind: " " }))).rejects.toThrow(/email `kind` must be a non-empty string/);
    expect(await outboxRows(client)).toEqual([]);
  });
});

describe("outbox dispatcher on Postgres", () => {
  it("R30: two processes draining 200 emails at once deliver each exactly once", async () => {
    const { client, process } = await database();
    await client.transaction(async (tx) => {
      for (let n = 0; n < 200; n++) await enqueue(tx, email(n));
    });
    const first = recordingMailer({ delayMs: 1 });
    const second = recordingMailer({ delayMs: 1 });
    const dispatchers = [first, second].map(({ mailer }) => createOutboxDispatcher({ client: process(), mailer, batchSize: 7, ...quiet }));
    await Promise.all(dispatchers.map(drainAll));

    const delivered = [...first.accepted, ...second.accepted].map((message) => message.messageId);
    expect(delivered).toHaveLength(200);
    expect(new Set(delivered).size).toBe(200);
    // Both processes took part: the emails were split between them, not drained by one then the other.
    expect(first.accepted.length).toBeGreaterThan(0);
    expect(second.accepted.length).toBeGreaterThan(0);
    const rows = await outboxRows(client);
    expect(rows.every((row) => row.sent && row.attempts === 1 && row.payload === null)).toBe(true);
    expect(new Set(rows.map((row) => row.message_id))).toEqual(new Set(delivered));
  });

  it("R30: retries a refused email with exponential backoff until the mail server accepts it, with the same Message-ID", async () => {
    const { client } = await database();
    const { messageId } = await enqueue(client, email(1));
    const recorder = recordingMailer();
    recorder.failFor(messageId, 2);
    const backoff = vi.fn((attempts: number) => 60_000 * 2 ** (attempts - 1));
    const errors: unknown[] = [];
    const dispatcher = createOutboxDispatcher({ client, mailer: recorder.mailer, backoff, onError: (error) => errors.push(error) });

    expect(await dispatcher.drainOnce()).toEqual({ claimed: 1, sent: 0, failed: 1 });
    let [row] = await outboxRows(client);
    expect(row).toMatchObject({ attempts: 1, sent: false, last_error: "Error: 451 mailbox busy" });
    expect(row?.wait_ms).toBeGreaterThan(30_000);
    expect(row?.wait_ms).toBeLessThanOrEqual(60_000);
    // Not due yet: a round now claims nothing.
    expect(await dispatcher.drainOnce()).toEqual({ claimed: 0, sent: 0, failed: 0 });

    // Time passes (the database's clock decides; move the due time instead of waiting a minute).
    await client.query("UPDATE rosterkit.outbox SET next_attempt_at = now()");
    expect(await dispatcher.drainOnce()).toEqual({ claimed: 1, sent: 0, failed: 1 });
    [row] = await outboxRows(client);
    expect(row).toMatchObject({ attempts: 2, sent: false });
    expect(row?.wait_ms).toBeGreaterThan(90_000);
    expect(row?.wait_ms).toBeLessThanOrEqual(120_000);

    await client.query("UPDATE rosterkit.outbox SET next_attempt_at = now()");
    expect(await dispatcher.drainOnce()).toEqual({ claimed: 1, sent: 1, failed: 0 });
    [row] = await outboxRows(client);
    expect(row).toMatchObject({ attempts: 3, sent: true, last_error: null, payload: null });
    expect(backoff.mock.calls).toEqual([[1], [2]]);
    expect(recorder.attempts).toEqual([messageId, messageId, messageId]);
    expect(recorder.accepted.map((message) => message.messageId)).toEqual([messageId]);
    expect(errors).toHaveLength(2);
  });

  it("R30: an email claimed by a process that died before sending is delivered exactly once after its lease runs out", async () => {
    const { client, process } = await database();
    const { messageId } = await enqueue(client, email(1));
    // The first process claims the email, then dies before sending it.
    const crashed = process();
    expect(await claimDueEmails(crashed, { batchSize: 10, leaseMs: 300 })).toHaveLength(1);

    const recorder = recordingMailer();
    const restarted = createOutboxDispatcher({ client: process(), mailer: recorder.mailer, ...quiet });
    // While the lease runs, no other process may take the email.
    expect(await restarted.drainOnce()).toEqual({ claimed: 0, sent: 0, failed: 0 });
    await vi.waitFor(
      async () => {
        await drainAll(restarted);
        expect(recorder.accepted).toHaveLength(1);
      },
      { timeout: 10_000, interval: 100 },
    );
    await drainAll(restarted);
    expect(recorder.accepted.map((message) => message.messageId)).toEqual([messageId]);
    expect(await outboxRows(client)).toMatchObject([{ message_id: messageId, attempts: 2, sent: true }]);
  });

  it("R30: an email committed just before the process died is delivered once by the restarted process", async () => {
    const { client, process } = await database();
    const { messageId } = await client.transaction((tx) => enqueue(tx, email(1)));
    // No dispatcher ran before the "crash"; a new process starts on the same database.
    const recorder = recordingMailer();
    await drainAll(createOutboxDispatcher({ client: process(), mailer: recorder.mailer, ...quiet }));
    await drainAll(createOutboxDispatcher({ client: process(), mailer: recorder.mailer, ...quiet }));
    expect(recorder.accepted.map((message) => message.messageId)).toEqual([messageId]);
  });

  it("runs rounds once started, sends at once when woken, and stops after its current round", async () => {
    const { client } = await database();
    const recorder = recordingMailer();
    const dispatcher = createOutboxDispatcher({ client, mailer: recorder.mailer, pollIntervalMs: 60_000, ...quiet });
    dispatcher.start();
    const { messageId } = await enqueue(client, email(1));
    dispatcher.wake();
    await vi.waitFor(() => expect(recorder.accepted.map((message) => message.messageId)).toEqual([messageId]), { timeout: 10_000, interval: 20 });
    await dispatcher.stop();

    await enqueue(client, email(2));
    dispatcher.wake();
    // A stopped dispatcher ignores wake(); give a stray round the time it would need to show.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await outboxRows(client)).toMatchObject([{ sent: true }, { sent: false }]);
    expect(recorder.accepted).toHaveLength(1);
  });

  it("reports a failed round and keeps running", async () => {
    const { client } = await database();
    const errors: unknown[] = [];
    const broken: SqlClient = { ...client, query: () => Promise.reject(new Error("connection lost")) };
    const dispatcher = createOutboxDispatcher({ client: broken, mailer: recordingMailer().mailer, pollIntervalMs: 10, onError: (error) => errors.push(error) });
    dispatcher.start();
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 10 });
    await dispatcher.stop();
    expect(errors.every((error) => error instanceof Error && error.message === "connection lost")).toBe(true);
  });

  it("refuses bad options, naming them", () => {
    const { mailer } = recordingMailer();
    const client = {} as SqlClient;
    expect(() => createOutboxDispatcher({ client, mailer, batchSize: 0 })).toThrow(/outbox `batchSize` must be a positive whole number, got 0/);
    expect(() => createOutboxDispatcher({ client, mailer, leaseMs: 1.5 })).toThrow(/outbox `leaseMs` must be a positive whole number, got 1.5/);
    expect(() => createOutboxDispatcher({ client, mailer, schema: "Bad-Name" })).toThrow(/schema name "Bad-Name" is not allowed/);
  });
});

describe("outbox on PGlite (the same SQL)", () => {
  it("R30: queues in a transaction and delivers once", async () => {
    const client = fromPGlite(pglite());
    await migrate(client);
    const { messageId } = await client.transaction((tx) => enqueue(tx, email(1)));
    const recorder = recordingMailer();
    await drainAll(createOutboxDispatcher({ client, mailer: recorder.mailer, ...quiet }));
    expect(recorder.accepted.map((message) => message.messageId)).toEqual([messageId]);
    const { rows } = await client.query("SELECT sent_at IS NOT NULL AS sent, payload FROM rosterkit.outbox");
    expect(rows).toEqual([{ sent: true, payload: null }]);
  });
});

describe("exponentialBackoff", () => {
  it("doubles from the base up to the cap, less the jitter drawn", () => {
    const steady = exponentialBackoff({ baseMs: 1000, maxMs: 10_000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(steady)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    const jittered = exponentialBackoff({ baseMs: 1000, maxMs: 10_000, jitter: 0.5, random: () => 0.5 });
    expect([1, 2, 5].map(jittered)).toEqual([750, 1500, 7500]);
  });

  it("refuses settings that make no schedule", () => {
    expect(() => exponentialBackoff({ baseMs: 10, maxMs: 5 })).toThrow(/0 ≤ baseMs ≤ maxMs, factor ≥ 1 and 0 ≤ jitter ≤ 1/);
    expect(() => exponentialBackoff({ jitter: 2 })).toThrow(/0 ≤ jitter ≤ 1/);
  });
});
