import type { Deployment, Lifecycle, Role, RoleId } from "./domain.types";

/** The kit-default guards of R4, each of which a host may turn off. */
export interface GuardConfig {
  /**
   * An actor cannot archive or deactivate themselves (lock-out guard, R4).
   * @default true
   */
  readonly selfStatusChange: boolean;
  /**
   * An admin who is not a super admin cannot change the status, role or groups of a super admin (R4).
   * @default true
   */
  readonly superAdminChange: boolean;
}

/** The documented limits of a request (R29), each refused with a `limit_exceeded` error naming it. */
export interface RosterLimits {
  /**
   * Most invitees in one invite request.
   * @default 100
   */
  readonly inviteesPerRequest: number;
  /**
   * Largest request body, in bytes of UTF-8 (over REST: refused from `Content-Length` or while reading).
   * @default 1048576 (1 MiB)
   */
  readonly requestBodyBytes: number;
  /**
   * Deepest nesting of JSON objects and arrays in a request.
   * @default 32
   */
  readonly jsonDepth: number;
}

/** The kit-default limits (R29). */
export const DEFAULT_LIMITS: RosterLimits = Object.freeze({ inviteesPerRequest: 100, requestBodyBytes: 1_048_576, jsonDepth: 32 });

/** The kit-default most rows of one bulk invite (see {@link RosterConfig.bulkInviteMaxRows}). */
export const DEFAULT_BULK_INVITE_MAX_ROWS = 1000;

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
  /** Limits of a request (R29). @default DEFAULT_LIMITS */
  readonly limits: RosterLimits;
  /**
   * Most rows one bulk invite may hold (a CSV file or a pasted list): past it the file is refused with a
   * message naming the limit, before it is read in full. Sent in batches of `limits.inviteesPerRequest`.
   * @default 1000
   */
  readonly bulkInviteMaxRows: number;
}

/** What a host passes: every field optional, guards and limits partially. */
export type RosterConfigInput = Partial<Omit<RosterConfig, "guards" | "limits">> & {
  readonly guards?: Partial<GuardConfig>;
  readonly limits?: Partial<RosterLimits>;
};

/** The built-in roles (docs/rules.md#membership). */
export const DEFAULT_ROLES: readonly Role[] = [
  { id: "admin", label: "Admin", description: "Manages members, roles and settings of the workspace." },
  { id: "builder", label: "Builder", description: "Builds and edits apps." },
  { id: "end-user", label: "End user", description: "Uses the apps that builders publish." },
];

/**
 * Fills in the defaults and checks the configuration is coherent.
 * @throws TypeError when `adminRole` is not one of `roles`, roles repeat, or `metadataMaxBytes` or a limit is not a positive integer.
 * @example
 * const config = resolveConfig({ lifecycle: "deactivate", deployment: "cloud" });
 */
export function resolveConfig(input: RosterConfigInput = {}): RosterConfig {
  const roles = input.roles ?? DEFAULT_ROLES;
  const adminRole = input.adminRole ?? "admin";
  const metadataMaxBytes = input.metadataMaxBytes ?? 8192;
  const bulkInviteMaxRows = input.bulkInviteMaxRows ?? DEFAULT_BULK_INVITE_MAX_ROWS;
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
  if (!Number.isInteger(bulkInviteMaxRows) || bulkInviteMaxRows <= 0) {
    throw new TypeError(`Rosterkit config: \`bulkInviteMaxRows\` must be a positive integer, got ${String(bulkInviteMaxRows)}.`);
  }
  const limits: RosterLimits = { ...DEFAULT_LIMITS, ...input.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) throw new TypeError(`Rosterkit config: \`limits.${name}\` must be a positive integer, got ${String(value)}.`);
  }
  return {
    lifecycle: input.lifecycle ?? "archive",
    deployment: input.deployment ?? "self-hosted",
    roles,
    adminRole,
    metadataMaxBytes,
    guards: { selfStatusChange: true, superAdminChange: true, ...input.guards },
    limits,
    bulkInviteMaxRows,
  };
}
