/**
 * What a test and the server processes it starts (test/support/server-process.ts) agree on: the
 * settings, the messages, the mailbox table, the API path and the invitation links.
 * @module
 */
import type { RosterConfigInput } from "../../src/core/config";

/** The environment variable that carries a process's {@link ServerProcessSettings}, as JSON. */
export const SETTINGS_VARIABLE = "ROSTERKIT_SERVER_PROCESS";

/** Where each server process serves the API. */
export const SERVER_PROCESS_BASE_PATH = "/api/rosterkit";

/** How every server process of a test makes invitation links: the same secret, so any process can accept a link another issued. */
export const SERVER_PROCESS_INVITATIONS = { baseUrl: "https://app.example.test/join/", secret: "multi-process-secret" } as const;

/**
 * The test mailbox: what the mail server accepted, one row per accepted message (a message accepted
 * twice is two rows). Created by `createMailbox` in the test's database.
 */
export const MAILBOX_TABLE = "mailsink.messages";

/** How a server process is set up. */
export interface ServerProcessSettings {
  /** Names the process in the mailbox and in failures. */
  readonly name: string;
  readonly databaseUrl: string;
  /** Connections of its pool. */
  readonly poolSize: number;
  readonly config?: RosterConfigInput;
  /** Whether its outbox dispatcher runs. */
  readonly dispatcher: boolean;
  /**
   * `mailbox`: every email is delivered to the mailbox. `hang-before-accept`: the send never reaches the
   * mail server and never ends (a process stuck mid-send). `hang-after-accept`: the mail server accepts the
   * message, then the send never returns (the process dies before it marks the email sent).
   */
  readonly mailer: "mailbox" | "hang-before-accept" | "hang-after-accept";
  /** The dispatcher's lease on a claimed email. */
  readonly leaseMs: number;
  /** The dispatcher's pause between rounds that found nothing. */
  readonly pollIntervalMs: number;
}

/** What a server process tells its parent. */
export type ServerProcessMessage =
  | { readonly type: "listening"; readonly port: number }
  /** A `hang-before-accept` send began and will never end. */
  | { readonly type: "sending"; readonly messageId: string }
  /** A `hang-after-accept` send was accepted by the mailbox and will never return. */
  | { readonly type: "accepted"; readonly messageId: string }
  /** An unexpected failure: of the handler (answered 500) or of an outbox round or send. */
  | { readonly type: "error"; readonly where: "handler" | "outbox"; readonly message: string };
