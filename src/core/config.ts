import type { Deployment, Lifecycle, Role, RoleId } from "./domain.types";

/** The kit-default guards of R4, each of which a host may turn off. */
export interface GuardConfig {
  /**
   * An actor cannot archive or deactivate themselves (lock-out guard, R4).
   * @default true
   */
  readonly selfStatusChange: boolean;
  /**
   * An admin who is not a super admin cannot change the status of a super admin (R4).
   * @default true
   */
  readonly superAdminStatusChange: boolean;
}

/** The full, resolved configuration the core works with. Build one with {@link resolveConfig}. */
export interface RosterConfig {
  /** @default "archive" */
  readonly lifecycle: Lifecycle;
  /** @default "self-hosted" */
  readonly deployment: Deployment;
  /** Roles offered, in display order. @default admin, builder, end-user */
  readonly roles: readonly Role[];
  /** The role that administers a workspace (R1, R15). @default "admin" */
  readonly adminRole: RoleId;
  /** Kit-default guards (R4), on by default. */
  readonly guards: GuardConfig;
  /** Largest serialised metadata object, in bytes of UTF-8 (R6). @default 8192 */
  readonly metadataMaxBytes: number;
}

/** What a host passes: every field optional, guards partially. */
export type RosterConfigInput = Partial<Omit<RosterConfig, "guards">> & { readonly guards?: Partial<GuardConfig> };

/** The built-in roles (SPEC "Membership"). */
export const DEFAULT_ROLES: readonly Role[] = [
  { id: "admin", label: "Admin", description: "Manages members, roles and settings of the workspace." },
  { id: "builder", label: "Builder", description: "Builds and edits apps." },
  { id: "end-user", label: "End user", description: "Uses the apps that builders publish." },
];

/**
 * Fills in the defaults and checks the configuration is coherent.
 * @throws TypeError when `adminRole` is not one of `roles`, roles repeat, or the size limit is not positive.
 * @example
 * const config = resolveConfig({ lifecycle: "deactivate", deployment: "cloud" });
 */
export function resolveConfig(input: RosterConfigInput = {}): RosterConfig {
  const roles = input.roles ?? DEFAULT_ROLES;
  const adminRole = input.adminRole ?? "admin";
  const metadataMaxBytes = input.metadataMaxBytes ?? 8192;
  if (roles.length === 0) throw new TypeError("Rosterkit config: `roles` must list at least one role.");
  const seen = new Set<string>();
  for (const role of roles) {
    if (seen.has(role.id)) throw new TypeError(`Rosterkit config: role "${role.id}" is listed twice in \`roles\`.`);
    seen.add(role.id);
  }
  if (!seen.has(adminRole)) {
    throw new TypeError(
      `Rosterkit config: \`adminRole\` is "${adminRole}", which is not one of \`roles\` (${[...seen].join(", ")}).`,
    );
  }
  if (!Number.isInteger(metadataMaxBytes) || metadataMaxBytes <= 0) {
    throw new TypeError(`Rosterkit config: \`metadataMaxBytes\` must be a positive integer, got ${String(metadataMaxBytes)}.`);
  }
  return {
    lifecycle: input.lifecycle ?? "archive",
    deployment: input.deployment ?? "self-hosted",
    roles,
    adminRole,
    metadataMaxBytes,
    guards: { selfStatusChange: true, superAdminStatusChange: true, ...input.guards },
  };
}
