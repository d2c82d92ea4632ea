import type { StatusAction } from "../core/adapter.types";
import type { Member, Role } from "../core/domain.types";
import type { ConfirmAction } from "./messages/types";

/**
 * Labels the confirm modal shares with the member's details, timeline and editor: the message key of a
 * status action at the member's level, and a role's label. A module of its own, so that those parts do
 * not load the confirm dialog (`confirm-status-dialog.tsx`, loaded on demand) to name a role.
 * @module
 */

/**
 * The message key of a status action at the member's level: an archive of an instance-scope member is an
 * instance archive (R12, R13).
 * @example
 * confirmActionOf("archive", member) // "archiveInstance" for a member of the "All users" view
 */
export function confirmActionOf(action: StatusAction, member: Pick<Member, "scope">): ConfirmAction {
  if (member.scope.kind === "instance" && action === "archive") return "archiveInstance";
  if (member.scope.kind === "instance" && action === "unarchive") return "unarchiveInstance";
  return action;
}

/** A role's label for people: the backend's roles, then the configuration's, then its id. */
export function roleLabel(roleId: string | null, roles: readonly Role[], fallback: readonly Role[]): string {
  if (roleId === null) return "";
  return roles.find((role) => role.id === roleId)?.label ?? fallback.find((role) => role.id === roleId)?.label ?? roleId;
}
