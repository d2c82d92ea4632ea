import type { DenialParams, DenialReason } from "../../core/denials";
import { denialReasonOf } from "../../core/denials";
import type { RosterErrorCode } from "../../core/errors";
import type { ValidationIssue, ValidationParams } from "../../core/validation";
import type { RosterFormat } from "../format";
import type { InviteMessages, Message, RosterMessages } from "./types";

/**
 * The words of refusals, refused values and errors, from the sections of the messages that say them:
 * each function takes only those sections (a component passes the ones it merged; the whole
 * `RosterMessages` fits too).
 * @module
 */

/**
 * The sentence people see for a refusal of the rules, in the host's words: the message of its key with
 * its values (R3). Disabled actions, dialogs and forms all say it through this function, so a host that
 * rewords one key sees its words wherever that refusal appears.
 * @example
 * deniedReason(can(ctx, { action: "archive", member }), { denials }, format)
 */
export function deniedReason(denied: DenialReason, messages: Pick<RosterMessages, "denials">, format: RosterFormat): string {
  // `denials` is keyed by DenialKey: the message of `reasonKey` takes exactly its `params`.
  const message = messages.denials[denied.reasonKey] as Message<DenialParams>;
  return message(denied.params, format);
}

/**
 * The sentence people see for a refused value (R5, R6), in the host's words: the message of its code
 * with its values, after the line and column of a metadata syntax error (`invite.metadataPosition`).
 * @example
 * validationReason(validateEmail("ada@example"), { validation, invite }, format) // 'The domain "example" needs a dot, like example.com.'
 */
export function validationReason(
  issue: Pick<ValidationIssue, "code" | "params"> & { readonly line?: number | undefined; readonly column?: number | undefined },
  messages: Pick<RosterMessages, "validation"> & { readonly invite: Pick<InviteMessages, "metadataPosition"> },
  format: RosterFormat,
): string {
  // `validation` is keyed by ValidationCode: the message of `code` takes the params the core made for it.
  const message = (messages.validation[issue.code] as Message<ValidationParams>)(issue.params, format);
  const { line, column } = issue;
  return line === undefined || column === undefined ? message : messages.invite.metadataPosition({ message, line, column }, format);
}

/**
 * The sentence people see for an error (dialogs, forms, the live region), always from the messages: a
 * refusal that names its key and values (`reasonKey`, `params`, checked first) in the words of
 * `messages.denials`; else the text of its code (`messages.errors`, with `timeout` for a request that
 * timed out). Never the backend's own English, the method, path or ids of a request: those stay on the
 * error's `message`, `detail` and `request`, for developers.
 * @example
 * errorReason(new RosterError("network", "…", { timeoutMs: 15000 }), { errors, denials }, format) // "The server did not answer in time. …"
 * errorReason(deniedError(decision), { errors, denials }, format) // the host's sentence for decision.reasonKey
 */
export function errorReason(
  error: { readonly code: RosterErrorCode; readonly timeoutMs?: number | undefined; readonly reasonKey?: string | undefined; readonly params?: unknown },
  messages: Pick<RosterMessages, "errors" | "denials">,
  format: RosterFormat,
): string {
  if (error.code === "network" && error.timeoutMs !== undefined) return messages.errors.timeout;
  const denied = denialReasonOf(error.reasonKey, error.params);
  return denied ? deniedReason(denied, messages, format) : messages.errors[error.code];
}
