import { decodeBase64Url, encodeBase64Url } from "./base64url";
import type { ActivityAction, ActivityQuery } from "./activity.types";
import { ACTIVITY_ACTIONS } from "./activity.types";
import type { CommandName } from "./commands/command.types";
import { fieldError } from "./errors";
import { MAX_PAGE_SIZE } from "./vocabulary";

/**
 * The checks and cursors of the activity history (R28) that every storage shares: a query is checked
 * the same way, and one cursor means one place in the log whoever answers.
 * @module
 */

// Fails to compile when a command is missing from ACTIVITY_ACTIONS, or the list holds something else.
type MissingAction = Exclude<CommandName, ActivityAction> | Exclude<ActivityAction, CommandName>;
const everyActionListed: [MissingAction] extends [never] ? true : MissingAction = true;
void everyActionListed;

/** Whether a value is one of the {@link ACTIVITY_ACTIONS}. */
export function isActivityAction(value: unknown): value is ActivityAction {
  return (ACTIVITY_ACTIONS as readonly unknown[]).includes(value);
}

/**
 * Checks the parts of an activity query the rights do not cover: page size, actions, ids.
 * @throws RosterError `validation` naming the field.
 */
export function checkActivityQuery(query: ActivityQuery): void {
  const { limit } = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw fieldError("limit", `A page holds from 1 to ${String(MAX_PAGE_SIZE)} events; ${String(limit)} was asked for.`);
  }
  const unknown = (query.actions ?? []).filter((action) => !isActivityAction(action));
  if (unknown.length > 0) throw fieldError("action", `Unknown activity action ${unknown.map((action) => `"${String(action)}"`).join(", ")}; use ${ACTIVITY_ACTIONS.join(", ")}.`);
  for (const field of ["memberId", "actorId"] as const) {
    const value: unknown = query[field];
    if (value !== undefined && value !== null && (typeof value !== "string" || value === "")) throw fieldError(field, `\`${field}\` must be a user id.`);
  }
  const cursor: unknown = query.cursor;
  if (cursor !== null && cursor !== undefined) {
    if (typeof cursor !== "string") throw fieldError("cursor", "`cursor` must be the `nextCursor` of a previous page, or null.");
    decodeActivityCursor(cursor);
  }
}

const CURSOR_PREFIX = "activity:";

/**
 * The opaque cursor of the page after the event with this id (URL-safe base64). Every storage writes the
 * same cursor for the same place in the log.
 */
export function encodeActivityCursor(id: string): string {
  return encodeBase64Url(`${CURSOR_PREFIX}${id}`);
}

/**
 * The id of the last event of the previous page, from its cursor.
 * @throws RosterError `validation` for a cursor that is not one of {@link encodeActivityCursor}.
 */
export function decodeActivityCursor(cursor: string): string {
  let text: string;
  try {
    text = decodeBase64Url(cursor);
  } catch {
    text = "";
  }
  const id = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : "";
  if (!/^[1-9]\d{0,18}$/.test(id)) throw fieldError("cursor", "This page link is no longer valid. Go back to the newest events and try again.");
  return id;
}
