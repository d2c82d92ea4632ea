import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertMailMessage, createDevMailer, createMessageId, createSmtpMailer } from "../src/server/mailer";
import type { MailMessage } from "../src/server/mailer";

/** One message as the SMTP server received it. */
interface Received {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
}

/** A local SMTP server on a free loopback port, accepting every message, or refusing while `refuse` is set. */
function useSmtpServer() {
  const received: Received[] = [];
  const state = { refuse: false, port: 0 };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.refuse) {
          callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 }));
          return;
        }
        const envelope = session.envelope;
        received.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : "",
          to: envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  beforeAll(
    () =>
      new Promise<void>((resolve) => {
        server.listen(0, "127.0.0.1", () => {
          const address = server.server.address();
          state.port = typeof address === "object" && address ? address.port : 0;
          resolve();
        });
      }),
  );
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { received, state };
}

/** A header of a raw message, unfolded. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r\n\r\n/)[0]?.replace(/\r\n[ \t]+/g, " ") ?? "";
  return head
    .split("\r\n")
    .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();
}

const invitation = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  messageId: "<inv-1.stable@rosterkit.test>",
  to: { name: "Ada Lovelace", address: "ada@example.com" },
  subject: "You are invited to Acme",
  text: "Join Acme: https://app.test/invite/abc",
  link: "https://app.test/invite/abc",
  ...overrides,
});

describe("createSmtpMailer against a real SMTP server (smtp-server on loopback)", () => {
  const smtp = useSmtpServer();

  it("R30: delivers the message with the Message-ID it was queued with, the same on a retry", async () => {
    const mailer = createSmtpMailer({ host: "127.0.0.1", port: smtp.state.port, from: { name: "Acme", address: "no-reply@acme.test" } });
    try {
      const before = smtp.received.length;
      await mailer.send(invitation());
      await mailer.send(invitation());
      const delivered = smtp.received.slice(before);
      expect(delivered.map((message) => header(message.raw, "Message-ID"))).toEqual(["<inv-1.stable@rosterkit.test>", "<inv-1.stable@rosterkit.test>"]);
      const [first] = delivered;
      expect(first?.from).toBe("no-reply@acme.test");
      expect(first?.to).toEqual(["ada@example.com"]);
      expect(header(first?.raw ?? "", "To")).toBe("Ada Lovelace <ada@example.com>");
      expect(header(first?.raw ?? "", "Subject")).toBe("You are invited to Acme");
      expect(first?.raw).toContain("Join Acme: https://app.test/invite/abc");
    } finally {
      await mailer.close?.();
    }
  });

  it("connects from a smtp:// URL and sends the HTML part too", async () => {
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${smtp.state.port}`, from: "no-reply@acme.test" });
    try {
      const before = smtp.received.length;
      await mailer.send(invitation({ messageId: "<inv-2@rosterkit.test>", html: "<p>Join <b>Acme</b></p>" }));
      const [message] = smtp.received.slice(before);
      expect(header(message?.raw ?? "", "Message-ID")).toBe("<inv-2@rosterkit.test>");
      expect(message?.raw).toContain("<p>Join <b>Acme</b></p>");
    } finally {
      await mailer.close?.();
    }
  });

  it("rejects when the server refuses the message, so the outbox retries it", async () => {
    const mailer = createSmtpMailer({ host: "127.0.0.1", port: smtp.state.port, from: "no-reply@acme.test" });
    smtp.state.refuse = true;
    try {
      await expect(mailer.send(invitation({ messageId: "<inv-3@rosterkit.test>" }))).rejects.toThrow(/451/);
    } finally {
      smtp.state.refuse = false;
      await mailer.close?.();
    }
  });

  it("refuses bad options at once and a bad message before connecting", async () => {
    expect(() => createSmtpMailer({ from: "no-reply@acme.test" })).toThrow(/needs `url` \(smtp:\/\/…\) or `host`/);
    expect(() => createSmtpMailer({ host: "127.0.0.1", from: "nobody" })).toThrow(/needs `from`/);
    expect(() => createSmtpMailer({ host: "127.0.0.1", from: "a@b.test", timeoutMs: 0 })).toThrow(/`timeoutMs` must be a positive number, got 0/);
    // Port 1 has no SMTP server: a message that reached the network would fail with a connection error.
    const mailer = createSmtpMailer({ host: "127.0.0.1", port: 1, from: "no-reply@acme.test" });
    await expect(mailer.send(invitation({ subject: "Hi\r\nBcc: everyone@example.com" }))).rejects.toThrow(/email `subject` must be one non-empty line/);
    await mailer.close?.();
  });
});

describe("createDevMailer", () => {
  it("logs the recipient, the subject, the Message-ID, the link on its own line and the text", async () => {
    const entries: string[] = [];
    await createDevMailer((entry) => entries.push(entry)).send(invitation());
    expect(entries).toEqual([
      [
        "[rosterkit dev mailer] email to Ada Lovelace <ada@example.com>",
        "Subject: You are invited to Acme",
        "Message-ID: <inv-1.stable@rosterkit.test>",
        "Link: https://app.test/invite/abc",
        "",
        "Join Acme: https://app.test/invite/abc",
      ].join("\n"),
    ]);
  });
});

describe("messages", () => {
  it("get a new, well-formed Message-ID each time, on the domain asked for", () => {
    const ids = new Set(Array.from({ length: 100 }, () => createMessageId("mail.acme.test")));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^<[0-9a-f-]{36}@mail\.acme\.test>$/);
    expect(() => createMessageId("bad domain>")).toThrow(/is not a domain name a Message-ID can use/);
  });

  it.each([
    [{ messageId: "no-brackets@x" }, /`messageId` must look like <unique@domain>/],
    [{ to: { address: "not-an-email" } }, /`to.address` must be an email address/],
    [{ to: { address: "a@b.test", name: "Ada\nBcc: x@y" } }, /`to.name` must be one line/],
    [{ subject: "  " }, /`subject` must be one non-empty line/],
    [{ text: "" }, /`text` must be a non-empty string/],
  ] as const)("refuses %o, naming the field", (overrides, error) => {
    expect(() => assertMailMessage(invitation(overrides))).toThrow(error);
  });
});
