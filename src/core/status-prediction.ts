import type { StatusAction } from "./adapter.types";
import type { RosterChange } from "./commands/command.types";
import { memberView, subjectOfMember } from "./commands/roster-facts";
import { applyStatus } from "./commands/status.command";
import type { RosterConfig } from "./config";
import type { Member } from "./domain.types";

/**
 * What the UI predicts a status change does, from the row it holds: the status command's own `apply`
 * (the one every backend runs), on the subject the row tells (`subjectOfMember`). The store's optimistic
 * status and the confirm modal's consequences both read it, so neither keeps a copy of a rule. Internal
 * to the core: not exported from `rosterkit/core`.
 * @module
 */

/** A predicted status change: the command's change, and the row as the backend will answer it. */
export interface StatusPrediction {
  readonly change: RosterChange;
  /** The member's row after the change, in the row's scope. */
  readonly after: Member;
}

/**
 * Predicts a status change of a row, once the policy allowed it.
 * @param actorId who acts (recorded in the change's activity, which the prediction does not show).
 * @param now ISO 8601 time of the change (the `invitedAt` of an unarchived membership).
 */
export function predictStatusChange(config: RosterConfig, member: Member, action: StatusAction, actorId: string, now: string): StatusPrediction {
  const change = applyStatus(config, actorId, subjectOfMember(member), member.scope, action, now);
  return { change, after: memberView(change.after, member.scope) };
}
