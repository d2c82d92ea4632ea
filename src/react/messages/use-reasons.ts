"use client";

import { defaultDenialMessages } from "./denials";
import { defaultErrorMessages } from "./errors";
import type { RosterMessages } from "./types";
import { useMessageSections } from "./use-section";

/** The English of the sections that word refusals and errors. */
const REASON_MESSAGES: Pick<RosterMessages, "errors" | "denials"> = { errors: defaultErrorMessages, denials: defaultDenialMessages };

/**
 * The sections that word refusals and errors (`denials`, `errors`) in effect, as `deniedReason` and
 * `errorReason` take them: the same object while the provider's settings do not change.
 * @example
 * const reasons = useReasonMessages();
 * <p>{errorReason(error, reasons, format)}</p>
 */
export function useReasonMessages(): Pick<RosterMessages, "errors" | "denials"> {
  return useMessageSections(REASON_MESSAGES);
}
