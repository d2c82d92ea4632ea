import type { RosterConfig } from "../core/config";
import type { CustomGroup, Role } from "../core/domain.types";
import type { RosterSnapshot } from "../core/store";

/**
 * What the invite form's fieldsets and the bulk invite's rows offer the same way (roles, groups, the
 * configuration), in a module of its own so that the bulk invite does not bring the form's fieldset.
 * @module
 */

const EMPTY_GROUPS: readonly CustomGroup[] = [];

/** What every fieldset shows the same way: the roles, the workspace's groups and the configuration. */
export interface InviteFieldOptions {
  readonly config: RosterConfig;
  readonly roles: readonly Role[];
  /** The workspace's custom groups; none in the instance scope. */
  readonly groups: readonly CustomGroup[];
  readonly groupsReady: boolean;
  /** Whether the form invites into a workspace (groups are offered there only). */
  readonly inWorkspace: boolean;
}

/** Selects {@link InviteFieldOptions}; compare the result with `shallowEqual`. */
export function selectInviteFieldOptions(snapshot: RosterSnapshot): InviteFieldOptions {
  const inWorkspace = snapshot.scope.kind === "workspace";
  return {
    config: snapshot.config,
    roles: snapshot.roles.status === "ready" && snapshot.roles.data.length > 0 ? snapshot.roles.data : snapshot.config.roles,
    groups: inWorkspace ? snapshot.groups.data : EMPTY_GROUPS,
    groupsReady: snapshot.groups.status === "ready",
    inWorkspace,
  };
}
