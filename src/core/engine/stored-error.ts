import type { RosterErrorCode, RosterErrorOptions } from "../errors";
import { RosterError } from "../errors";
import type { SerializedRosterError } from "./storage.types";

/**
 * A refusal as plain data and back, so that an idempotency key replays it as it was first answered
 * (R26), from any storage.
 * @module
 */

/** The parts of a `RosterError` a replay must give back; developer-only details are left out. */
export function serializeRosterError(error: RosterError): SerializedRosterError {
  return {
    code: error.code,
    message: error.message,
    retryable: error.retryable,
    fieldErrors: error.fieldErrors,
    ...(error.issues.length > 0 ? { issues: error.issues } : {}),
    workspaces: error.workspaces,
    ...(error.existing ? { existing: error.existing } : {}),
    ...(error.current ? { current: error.current } : {}),
    ...(error.limit ? { limit: error.limit } : {}),
    ...(error.rule ? { rule: error.rule } : {}),
    ...(error.reasonKey ? { reasonKey: error.reasonKey, params: error.params } : {}),
  };
}

/** The `RosterError` of a serialised refusal. */
export function deserializeRosterError(stored: SerializedRosterError): RosterError {
  const options = stored as unknown as RosterErrorOptions; // Written by serializeRosterError: the same fields.
  return new RosterError(stored.code as RosterErrorCode, stored.message, options);
}
