/**
 * The email outbox (R30): an email is queued with {@link enqueue} in the same transaction as the change
 * that causes it, and an {@link createOutboxDispatcher outbox dispatcher} delivers it through a
 * {@link Mailer}, retrying with backoff until the mail server accepts it.
 *
 * Any number of server processes may run a dispatcher on one database. Each claims due emails with
 * `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n)`, which sets a lease
 * (`claimed_until`): while the lease runs no other process claims the email, so it is sent once. If a
 * process dies after claiming and before marking the email sent, the lease runs out and another
 * process sends it again — the one case of a repeat, which the stable Message-ID lets a mail server
 * drop. Times come from the database's clock, so processes need not agree on theirs.
 * @module
 */
import { DEFAULT_SCHEMA } from "./migrations";
import { assertMailMessage, createMessageId } from "./mailer";
import type { MailAddress, Mailer, MailMessage } from "./mailer";
import { schemaIdentifier } from "./sql";
import type { SqlClient, SqlExecutor } from "./sql";

/** An email to queue: the message without its Message-ID, which {@link enqueue} gives it. */
export interface OutboxEmail {
  /** What the email is about, for people reading the outbox: `invitation`, `invitation-resent`… */
  readonly kind: string;
  readonly to: MailAddress;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** The link the email carries (an invitation URL). */
  readonly link?: string;
  /**
   * The Message-ID (`<unique@domain>`) when the caller already holds a stable id for this email; by
   * default {@link enqueue} makes a new one.
   */
  readonly messageId?: string;
}

/** Options of {@link enqueue}. */
export interface EnqueueOptions {
  /** @default "rosterkit" */
  readonly schema?: string;
  /** Domain of the Message-ID (`<uuid@domain>`): the host's mail domain, ideally. @default "rosterkit.invalid" */
  readonly messageIdDomain?: string;
}

/** A queued email: its row and its Message-ID. */
export interface QueuedEmail {
  /** Row id (a `bigint`, as a string). */
  readonly id: string;
  readonly messageId: string;
}

/**
 * Queues an email in the caller's transaction: it is sent only if that transaction commits, and then
 * it is never lost (R30). The Message-ID is fixed here and kept on every retry.
 * @throws TypeError naming the field when the email is malformed (nothing is queued).
 * @example
 * await client.transaction(async (tx) => {
 *   await tx.query("UPDATE rosterkit.memberships SET … WHERE …", […]);
 *   await enqueue(tx, { kind: "invitation", to: { address: "ada@example.com" }, subject: "Join Acme", text, link });
 * });
 */
export async function enqueue(tx: SqlExecutor, email: OutboxEmail, options: EnqueueOptions = {}): Promise<QueuedEmail> {
  const schema = schemaIdentifier(options.schema ?? DEFAULT_SCHEMA);
  const row = outboxRow(email, options);
  const { rows } = await tx.query<{ id: string }>(`INSERT INTO ${schema}.outbox (kind, recipient, message_id, payload) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`, row.values);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("Rosterkit: the outbox insert returned no row.");
  return { id, messageId: row.messageId };
}

/**
 * The checked values of an email's outbox row, in the order of its `(kind, recipient, message_id,
 * payload)` columns (the payload as JSON text), and its Message-ID. Internal to `src/server`: the
 * storage inserts them with the other writes of a change.
 * @throws TypeError naming the field when the email is malformed.
 */
export function outboxRow(email: OutboxEmail, options: Pick<EnqueueOptions, "messageIdDomain"> = {}): { readonly values: [string, string, string, string]; readonly messageId: string } {
  if (typeof email.kind !== "string" || email.kind.trim() === "") throw new TypeError("Rosterkit: email `kind` must be a non-empty string.");
  const message: MailMessage = {
    messageId: email.messageId ?? createMessageId(options.messageIdDomain),
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html === undefined ? {} : { html: email.html }),
    ...(email.link === undefined ? {} : { link: email.link }),
  };
  assertMailMessage(message);
  const { messageId, ...payload } = message;
  return { values: [email.kind, email.to.address, messageId, JSON.stringify(payload)], messageId };
}

/** An email claimed by one process: its lease runs until it is marked sent or failed, or runs out. */
export interface ClaimedEmail {
  readonly id: string;
  readonly kind: string;
  /** Delivery attempts started, this one included. */
  readonly attempts: number;
  /** Identifies this claim: only its holder may mark the email failed. */
  readonly claimToken: string;
  readonly message: MailMessage;
}

/** Options of {@link claimDueEmails}. */
export interface ClaimOptions {
  /** @default "rosterkit" */
  readonly schema?: string;
  /** Most emails claimed at once. */
  readonly batchSize: number;
  /** How long the claim holds, in milliseconds. */
  readonly leaseMs: number;
}

interface ClaimedRow {
  id: string;
  kind: string;
  attempts: number;
  message_id: string;
  payload: Omit<MailMessage, "messageId">;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`Rosterkit: outbox \`${name}\` must be a positive whole number, got ${String(value)}.`);
  return value;
}

/**
 * Claims up to `batchSize` due emails (unsent, past their next attempt, not under a live lease),
 * oldest due first, and leases them for `leaseMs`. Rows another process is claiming at the same moment
 * are skipped, not waited for. The dispatcher calls this; hosts running their own loop may too.
 * @example
 * const claimed = await claimDueEmails(client, { batchSize: 10, leaseMs: 300_000 });
 */
export async function claimDueEmails(client: SqlExecutor, options: ClaimOptions): Promise<ClaimedEmail[]> {
  const schema = schemaIdentifier(options.schema ?? DEFAULT_SCHEMA);
  const batchSize = positiveInteger("batchSize", options.batchSize);
  const leaseMs = positiveInteger("leaseMs", options.leaseMs);
  const claimToken = crypto.randomUUID();
  const { rows } = await client.query<ClaimedRow>(
    `UPDATE ${schema}.outbox AS o
        SET claimed_until = now() + $2::double precision * interval '1 millisecond', claim_token = $3, attempts = o.attempts + 1
      WHERE o.id IN (
        SELECT id FROM ${schema}.outbox
         WHERE sent_at IS NULL AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until <= now())
         ORDER BY next_attempt_at, id
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
      RETURNING o.id, o.kind, o.attempts, o.message_id, o.payload`,
    [batchSize, leaseMs, claimToken],
  );
  return rows.map((row) => ({ id: row.id, kind: row.kind, attempts: row.attempts, claimToken, message: { ...row.payload, messageId: row.message_id } }));
}

/** Options of {@link exponentialBackoff}. */
export interface BackoffOptions {
  /** Delay after the first failure. @default 1000 */
  readonly baseMs?: number;
  /** Longest delay. @default 3600000 (one hour) */
  readonly maxMs?: number;
  /** Growth per failure. @default 2 */
  readonly factor?: number;
  /** Share of the delay taken off at random (0 to 1), so processes do not retry in step. @default 0.2 */
  readonly jitter?: number;
  /** Source of randomness in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/**
 * Delay before the next attempt after `attempts` failed ones: `baseMs × factor^(attempts − 1)`, capped at
 * `maxMs`, less up to `jitter` of it at random.
 * @example
 * const backoff = exponentialBackoff({ baseMs: 500, maxMs: 60_000 });
 * backoff(1); // 400–500 ms
 * backoff(4); // 3.2–4 s
 */
export function exponentialBackoff(options: BackoffOptions = {}): (attempts: number) => number {
  const { baseMs = 1000, maxMs = 3_600_000, factor = 2, jitter = 0.2, random = Math.random } = options;
  if (!(baseMs >= 0 && maxMs >= baseMs && factor >= 1 && jitter >= 0 && jitter <= 1)) {
    throw new TypeError("Rosterkit: exponentialBackoff needs 0 ≤ baseMs ≤ maxMs, factor ≥ 1 and 0 ≤ jitter ≤ 1.");
  }
  return (attempts) => {
    const delay = Math.min(maxMs, baseMs * factor ** Math.max(0, attempts - 1));
    return Math.round(delay * (1 - jitter * random()));
  };
}

/** What one {@link OutboxDispatcher.drainOnce} did. */
export interface DrainResult {
  readonly claimed: number;
  readonly sent: number;
  readonly failed: number;
}

/** Options of {@link createOutboxDispatcher}. */
export interface OutboxDispatcherOptions {
  readonly client: SqlClient;
  readonly mailer: Mailer;
  /** @default "rosterkit" */
  readonly schema?: string;
  /** Most emails claimed per round. @default 10 */
  readonly batchSize?: number;
  /**
   * How long a claim holds, in milliseconds: longer than the slowest send (the SMTP mailer's
   * `timeoutMs`), or another process may send the same email while this one still is.
   * @default 300000 (five minutes)
   */
  readonly leaseMs?: number;
  /** Delay in milliseconds before the next attempt, from the number of attempts made. @default exponentialBackoff() */
  readonly backoff?: (attempts: number) => number;
  /** Pause of a started dispatcher between rounds that found nothing more to send. @default 1000 */
  readonly pollIntervalMs?: number;
  /** Told of each failed send (with its email) and of each failed round. @default console.warn */
  readonly onError?: (error: unknown, email?: ClaimedEmail) => void;
}

/** Delivers queued emails. */
export interface OutboxDispatcher {
  /** Claims one batch of due emails and sends them, one after the other. */
  drainOnce(): Promise<DrainResult>;
  /** Runs rounds until {@link stop}: at once while batches come back full, else every `pollIntervalMs`. */
  start(): void;
  /** Starts the next round now instead of after the pause, e.g. right after a commit queued an email. */
  wake(): void;
  /** Stops a started dispatcher, resolving once its current round is over. */
  stop(): Promise<void>;
}

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);

/**
 * A dispatcher of the outbox. Each round claims a batch under a lease, sends each email through the
 * mailer, marks it sent (and erases its payload, which may hold an invitation link), or on failure
 * records the error and schedules the next attempt after `backoff(attempts)`. Emails are retried until
 * the mail server accepts them (R30).
 * @example
 * const dispatcher = createOutboxDispatcher({ client, mailer: createSmtpMailer({ url, from }) });
 * dispatcher.start();
 * process.on("SIGTERM", () => void dispatcher.stop());
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const { client, mailer } = options;
  const schema = schemaIdentifier(options.schema ?? DEFAULT_SCHEMA);
  const claim: ClaimOptions = { schema: options.schema ?? DEFAULT_SCHEMA, batchSize: positiveInteger("batchSize", options.batchSize ?? 10), leaseMs: positiveInteger("leaseMs", options.leaseMs ?? 300_000) };
  const pollIntervalMs = positiveInteger("pollIntervalMs", options.pollIntervalMs ?? 1000);
  const backoff = options.backoff ?? exponentialBackoff();
  const onError = options.onError ?? ((error: unknown, email?: ClaimedEmail) => console.warn(`[rosterkit outbox] ${email ? `email ${email.message.messageId}: ` : ""}${describeError(error)}`));

  async function markSent(email: ClaimedEmail): Promise<void> {
    await client.query(
      `UPDATE ${schema}.outbox SET sent_at = now(), payload = NULL, claimed_until = NULL, claim_token = NULL, last_error = NULL WHERE id = $1 AND sent_at IS NULL`,
      [email.id],
    );
  }

  async function markFailed(email: ClaimedEmail, error: unknown): Promise<void> {
    const delay = backoff(email.attempts);
    if (!Number.isFinite(delay) || delay < 0) throw new TypeError(`Rosterkit: outbox \`backoff(${email.attempts})\` must return a delay in milliseconds ≥ 0, got ${String(delay)}.`);
    await client.query(
      `UPDATE ${schema}.outbox
          SET next_attempt_at = now() + $2::double precision * interval '1 millisecond', claimed_until = NULL, claim_token = NULL, last_error = $3
        WHERE id = $1 AND claim_token = $4 AND sent_at IS NULL`,
      [email.id, delay, describeError(error), email.claimToken],
    );
  }

  async function drainOnce(): Promise<DrainResult> {
    const claimed = await claimDueEmails(client, claim);
    let sent = 0;
    let failed = 0;
    for (const email of claimed) {
      try {
        await mailer.send(email.message);
      } catch (error) {
        failed += 1;
        onError(error, email);
        await markFailed(email, error);
        continue;
      }
      await markSent(email);
      sent += 1;
    }
    return { claimed: claimed.length, sent, failed };
  }

  let running = false;
  let woken = false;
  let loop: Promise<void> | undefined;
  let interrupt: (() => void) | undefined;

  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, pollIntervalMs);
      function done() {
        clearTimeout(timer);
        interrupt = undefined;
        resolve();
      }
      interrupt = done;
    });

  async function run(): Promise<void> {
    while (running) {
      woken = false;
      let full = false;
      try {
        full = (await drainOnce()).claimed === claim.batchSize;
      } catch (error) {
        onError(error);
      }
      if (running && !full && !woken) await pause();
    }
  }

  return {
    drainOnce,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    wake() {
      woken = true;
      interrupt?.();
    },
    async stop() {
      running = false;
      interrupt?.();
      await loop;
      loop = undefined;
    },
  };
}
