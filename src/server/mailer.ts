/**
 * The mailer port: how the outbox hands one email to the outside world. Ships a development mailer
 * (logs the message and its link) and an SMTP mailer on nodemailer, an optional peer loaded only when
 * the first email is sent.
 * @module
 */

/** A mailbox: an address, and the name shown with it. */
export interface MailAddress {
  readonly address: string;
  readonly name?: string;
}

/** One email, as the outbox hands it to a {@link Mailer}. */
export interface MailMessage {
  /**
   * RFC 5322 Message-ID, `<unique@domain>`, fixed when the email is queued and the same on every retry,
   * so a mail server or a mailbox can drop a repeat (R30).
   */
  readonly messageId: string;
  readonly to: MailAddress;
  /** One line: no line breaks. */
  readonly subject: string;
  /** Plain-text body. */
  readonly text: string;
  /** HTML body, when the email has one. */
  readonly html?: string;
  /** The link the email is about (an invitation URL), for mailers that show it apart (the dev mailer). */
  readonly link?: string;
}

/** Sends emails. `send` resolves once the mail server has accepted the message, and rejects otherwise. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Releases connections, if the mailer holds any. */
  close?(): Promise<void>;
}

const MESSAGE_ID = /^<[^<>@\s]+@[^<>@\s]+>$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/**
 * A new, unique Message-ID on `domain`: `<uuid@domain>`.
 * @example
 * createMessageId("mail.example.com"); // "<0b6f…@mail.example.com>"
 */
export function createMessageId(domain = "rosterkit.invalid"): string {
  if (!DOMAIN.test(domain)) throw new TypeError(`Rosterkit: ${JSON.stringify(domain)} is not a domain name a Message-ID can use.`);
  return `<${crypto.randomUUID()}@${domain}>`;
}

/**
 * Checks an email before it is queued or sent: a well-formed Message-ID, a recipient address, a
 * one-line subject and a text body.
 * @throws TypeError naming the field at fault.
 */
export function assertMailMessage(message: MailMessage): void {
  const fault = (field: string, reason: string): never => {
    throw new TypeError(`Rosterkit: email \`${field}\` ${reason}.`);
  };
  if (typeof message.messageId !== "string" || !MESSAGE_ID.test(message.messageId)) fault("messageId", `must look like <unique@domain>, got ${JSON.stringify(message.messageId)}`);
  if (typeof message.to?.address !== "string" || !/^[^\s@]+@[^\s@]+$/.test(message.to.address)) fault("to.address", `must be an email address, got ${JSON.stringify(message.to?.address)}`);
  if (message.to.name !== undefined && (typeof message.to.name !== "string" || /[\r\n]/.test(message.to.name))) fault("to.name", "must be one line of text");
  if (typeof message.subject !== "string" || message.subject.trim() === "" || /[\r\n]/.test(message.subject)) fault("subject", "must be one non-empty line of text");
  if (typeof message.text !== "string" || message.text === "") fault("text", "must be a non-empty string");
  if (message.html !== undefined && typeof message.html !== "string") fault("html", "must be a string when given");
  if (message.link !== undefined && typeof message.link !== "string") fault("link", "must be a string when given");
}

const mailbox = (to: MailAddress) => (to.name ? `${to.name} <${to.address}>` : to.address);

/**
 * A mailer for development: sends nothing, and logs each email (recipient, subject, Message-ID, the
 * link on a line of its own, then the text) through `log`, so a developer can follow an invitation link.
 * @param log Where each email goes, as one multi-line string. @default console.warn (standard error)
 * @example
 * const mailer = createDevMailer((entry) => logger.info(entry));
 */
export function createDevMailer(log: (entry: string) => void = (entry) => console.warn(entry)): Mailer {
  return {
    async send(message) {
      assertMailMessage(message);
      const lines = [`[rosterkit dev mailer] email to ${mailbox(message.to)}`, `Subject: ${message.subject}`, `Message-ID: ${message.messageId}`];
      if (message.link !== undefined) lines.push(`Link: ${message.link}`);
      lines.push("", message.text);
      log(lines.join("\n"));
    },
  };
}

/** Options of {@link createSmtpMailer}. Give `url`, or `host` (and `port`…). */
export interface SmtpMailerOptions {
  /** Connection URL, `smtp://user:pass@host:587` or `smtps://user:pass@host:465`; the other fields fill in what it leaves out. */
  readonly url?: string;
  readonly host?: string;
  /** @default 587, or 465 when `secure` */
  readonly port?: number;
  /** TLS from the first byte (port 465). @default false */
  readonly secure?: boolean;
  /** Refuse to send unless the server upgrades with STARTTLS. @default false */
  readonly requireTLS?: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
  /** The sender of every email. */
  readonly from: string | MailAddress;
  /**
   * Time allowed to connect, to get the greeting, and between two packets. Keep it well under the
   * outbox lease (`leaseMs`), so a slow send fails before another process may claim the email.
   * @default 30000
   */
  readonly timeoutMs?: number;
}

/** What the SMTP mailer uses of a nodemailer transport. */
interface SmtpTransport {
  sendMail(mail: Record<string, unknown>): Promise<unknown>;
  close(): void;
}

async function loadNodemailer(): Promise<{ createTransport(options: Record<string, unknown>): SmtpTransport }> {
  try {
    const module = await import("nodemailer");
    return module.default as unknown as { createTransport(options: Record<string, unknown>): SmtpTransport };
  } catch (error) {
    throw new Error("Rosterkit: createSmtpMailer needs the optional peer dependency nodemailer; install it with `npm install nodemailer`.", { cause: error });
  }
}

/**
 * A mailer that sends through an SMTP server with nodemailer (an optional peer dependency, imported on
 * the first send). Each email carries the {@link MailMessage.messageId} it was queued with. Connections
 * are pooled; call `close()` on shutdown.
 * @throws TypeError at once when neither `url` nor `host` is given, or `from` is missing.
 * @example
 * const mailer = createSmtpMailer({ url: process.env.SMTP_URL, from: { name: "Acme", address: "no-reply@acme.test" } });
 */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  if (!options.url && !options.host) throw new TypeError("Rosterkit: createSmtpMailer needs `url` (smtp://…) or `host`.");
  const from = typeof options.from === "string" ? { address: options.from } : options.from;
  if (!from || typeof from.address !== "string" || !from.address.includes("@")) throw new TypeError("Rosterkit: createSmtpMailer needs `from`, the sender's email address.");
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError(`Rosterkit: createSmtpMailer \`timeoutMs\` must be a positive number, got ${String(timeoutMs)}.`);

  let transport: Promise<SmtpTransport> | undefined;
  const connect = () =>
    (transport ??= loadNodemailer().then((nodemailer) =>
      nodemailer.createTransport({
        ...(options.url === undefined ? {} : { url: options.url }),
        ...(options.host === undefined ? {} : { host: options.host }),
        ...(options.port === undefined ? {} : { port: options.port }),
        ...(options.auth === undefined ? {} : { auth: { user: options.auth.user, pass: options.auth.pass } }),
        secure: options.secure ?? false,
        requireTLS: options.requireTLS ?? false,
        pool: true,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      }),
    ));

  return {
    async send(message) {
      assertMailMessage(message);
      const smtp = await connect();
      await smtp.sendMail({
        from: { name: from.name ?? "", address: from.address },
        to: { name: message.to.name ?? "", address: message.to.address },
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
        messageId: message.messageId,
      });
    },
    async close() {
      const pending = transport;
      transport = undefined;
      // A transport that never came (nodemailer missing) has nothing to close.
      const smtp = await pending?.catch(() => undefined);
      smtp?.close();
    },
  };
}
