import type { FieldErrors } from "../core/errors";
import type { InviteDraftEntry } from "../core/invite.machine";
import { parseJson } from "../core/json-parse";
import type { InviteeDraft } from "../core/validation";
import type { RosterFormat } from "./format";
import type { RosterMessages } from "./messages";

/**
 * The sentence shown on one field of one invitee (R5–R8): the backend's refusal in the host's words,
 * the invite machine's error, or the live check's once the field was left with a value.
 * @module
 */

/** A field of an invitee's draft. */
export type DraftField = keyof InviteeDraft;

/** Whether the person put something in `field` (an empty field is only "required" on submit). */
export function isFilled(draft: InviteeDraft, field: DraftField): boolean {
  const value = draft[field];
  return typeof value === "string" ? value.trim() !== "" : value.length > 0;
}

/**
 * The error to show on `field` of `entry`, or `undefined`.
 * @param live - the live check's errors for the fields that were left filled (`null` when none was).
 *   R7 and R8 refusals of the email are reworded through `messages`; a metadata syntax error names its
 *   line and column (R6); the text itself is never touched.
 */
export function inviteFieldError(
  entry: InviteDraftEntry,
  field: DraftField,
  live: FieldErrors | null,
  messages: RosterMessages,
  format: RosterFormat,
): string | undefined {
  const fromMachine = entry.fieldErrors[field];
  const { failure } = entry;
  if (fromMachine !== undefined && field === "email" && failure) {
    const email = entry.draft.email.trim();
    if (failure.code === "archived_in_instance") return messages.invite.archivedInInstance({ email }, format);
    if (failure.code === "duplicate") {
      const offer = failure.existing?.offer ?? null;
      if (offer === "unarchive") return messages.invite.offerUnarchive({ email }, format);
      if (offer === "reactivate") return messages.invite.offerReactivate({ email }, format);
      const status = failure.existing ? messages.status.label[failure.existing.status] : "";
      return status === "" ? fromMachine : messages.invite.duplicate({ email, status }, format);
    }
  }
  const message = fromMachine ?? live?.[field];
  if (message === undefined) return undefined;
  if (field === "metadata") {
    const parsed = parseJson(entry.draft.metadata);
    if (!parsed.ok) return messages.invite.metadataPosition({ message: parsed.message, line: parsed.line, column: parsed.column }, format);
  }
  return message;
}
