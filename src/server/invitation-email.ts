import type { QueuedEmail } from "../core/engine/storage.types";

/**
 * The words of an invitation email (R10): what the Postgres storage puts in the outbox for each
 * invitation the engine queues. Hosts replace them with their own through `invitationEmail`.
 * @module
 */

/** The subject and bodies of one email. */
export interface EmailContent {
  /** One line; line breaks are refused by the outbox. */
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

/** Writes the email of one queued invitation. */
export type InvitationEmailWriter = (email: QueuedEmail) => EmailContent;

/** Text on one line: runs of whitespace (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The kit's plain-text invitation email: who invites, where to, and the link.
 * @example
 * defaultInvitationEmail(queued).subject; // "You are invited to join Design"
 */
export function defaultInvitationEmail(email: QueuedEmail): EmailContent {
  const workspace = oneLine(email.workspaceName) || email.workspaceId;
  const name = oneLine(email.inviteeName);
  return {
    subject: `You are invited to join ${workspace}`,
    text: [
      `Hello${name ? ` ${name}` : ""},`,
      "",
      `You are invited to join ${workspace}. Open this link to accept the invitation:`,
      "",
      email.url,
      "",
      `The link works once and expires after some days. If it no longer works, ask an admin of ${workspace} for a new invitation.`,
    ].join("\n"),
  };
}
