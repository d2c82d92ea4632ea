import type { ErrorMessages } from "./types";

/**
 * The generic error texts by code, in English: the default of `messages.errors`. A module of its own, so
 * that only the components that render this section bundle it; a host's overrides of `messages.errors` are
 * merged over it (`useMessageSection("errors", defaultErrorMessages)`).
 */
export const defaultErrorMessages: ErrorMessages = {
  forbidden: "You are not allowed to do this.",
  not_found: "This member no longer exists.",
  conflict: "This member was changed by someone else. Review their current state and try again.",
  validation: "Some fields need attention.",
  last_admin: "This would leave a workspace without an active admin.",
  archived_in_instance: "This user is archived at instance level. A super admin must unarchive them first.",
  duplicate: "This person is already a member of the workspace.",
  invalid_transition: "This action does not apply to the member's current status.",
  rate_limited: "Too many requests. Wait a moment and try again.",
  idempotency_mismatch: "This request was refused because it repeated an earlier, different one. Nothing was changed; try again.",
  limit_exceeded: "This request is too large. Send fewer people or less data at once.",
  network: "The server could not be reached. Check your connection and try again.",
  timeout: "The server did not answer in time. Check your connection and try again.",
  unknown: "Something went wrong. Try again.",
};
