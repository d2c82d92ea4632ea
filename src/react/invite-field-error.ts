import type { InviteDraftEntry } from "../core/invite.machine";
import type { InviteeDraft, InviteeIssues } from "../core/validation";
import type { RosterFormat } from "./format";
import { defaultDenialMessages } from "./messages/denials";
import { defaultErrorMessages } from "./messages/errors";
import { defaultInviteMessages } from "./messages/invite";
import { validationReason } from "./messages/reasons";
import { defaultStatusMessages } from "./messages/status";
import type { RosterMessages } from "./messages/types";
import { defaultValidationMessages } from "./messages/validation";

/**
 * The sentence shown on one field of one invitee (R5–R8), always in the host's words: the backend's
 * R7/R8 refusal, the backend's or the submit check's refusal of the value, or the live check once the
 * field was left with a value, each worded from its code and values; never a backend's English.
 * @module
 */

/** The sections of the messages that word an invitee's fields and the errors of an invite. */
export type InviteFieldMessages = Pick<RosterMessages, "invite" | "status" | "errors" | "denials" | "validation">;

/** The English of {@link InviteFieldMessages}: what the invite form asks for with `useMessageSections`. */
export const INVITE_FIELD_MESSAGES: InviteFieldMessages = {
  invite: defaultInviteMessages,
  status: defaultStatusMessages,
  errors: defaultErrorMessages,
  denials: defaultDenialMessages,
  validation: defaultValidationMessages,
};

/** A field of an invitee's draft. */
export type DraftField = keyof InviteeDraft;

/** Whether the person put something in `field` (an empty field is only "required" on submit). */
export function isFilled(draft: InviteeDraft, field: DraftField): boolean {
  const value = draft[field];
  return typeof value === "string" ? value.trim() !== "" : value.length > 0;
}

/**
 * The error to show on `field` of `entry`, or `undefined`.
 * @param live - the live check's issues for the fields that were left filled (`null` when none was).
 *   R7 and R8 refusals of the email are reworded through `messages`, and so is every refusal of a value,
 *   the backend's included, by its code (`messages.validation`); a metadata syntax error names its line
 *   and column (R6). A field the backend refused without a code this kit knows (a newer server's) says
 *   `messages.invite.fieldRefused`, and a duplicate without its status `messages.errors.duplicate`.
 */
export function inviteFieldError(
  entry: InviteDraftEntry,
  field: DraftField,
  live: InviteeIssues | null,
  messages: InviteFieldMessages,
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
      return status === "" ? messages.errors.duplicate : messages.invite.duplicate({ email, status }, format);
    }
  }
  const issue = fromMachine === undefined ? live?.[field] : entry.issues[field];
  if (issue !== undefined) return validationReason(issue, messages, format);
  return fromMachine === undefined ? undefined : messages.invite.fieldRefused;
}
