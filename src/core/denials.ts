import type { Lifecycle, MemberStatus } from "./domain.types";
import { MEMBER_STATUSES } from "./domain.types";
import type { RosterErrorCode } from "./errors";

/**
 * Every refusal of the policy (docs/rules.md), as data: a stable key per distinct sentence (`R15.lastAdmin`),
 * the values the sentence is made of (names, emails, statuses, workspaces, the verb refused) and the
 * kit's English wording. A refusal travels as `code` + `rule` + `reasonKey` + `params` from the policy
 * through `RosterError` and REST problems to the screen, where the UI words it from the host's messages;
 * the English sentence stays the `reason` (and the error's `message`) for hosts without a UI.
 * @module
 */

/** The verbs of workspace administration, as the R1 refusal names them. */
export type ManageVerb = "invite" | "archive" | "unarchive" | "deactivate" | "reactivate" | "edit";

/** What only a super admin may do at instance level (R2). */
export type InstanceVerb = "archiveInstance" | "unarchiveInstance" | "viewInstanceUsers" | "viewInstanceActivity";

/** The actions the instance scope does not offer (R2): everything but archive and unarchive. */
export type WorkspaceOnlyVerb = "deactivate" | "reactivate" | "changeRole" | "changeGroups" | "resendInvitation" | "copyInvitationLink";

/** A status change that one lifecycle offers and the other does not (R24). */
export type LifecycleVerb = "archive" | "unarchive" | "deactivate" | "reactivate";

/** What would take a workspace's last active admin away (R15). */
export type LastAdminVerb = "archive" | "archiveInstance" | "deactivate" | "changeRole";

/** What an R7 duplicate offers instead of a second invitation. */
export type RestoreVerb = "unarchive" | "reactivate";

/** The parts of a super admin only a super admin may change (R4). */
export type SuperAdminPart = "status" | "role" | "groups";

/** Values of a refusal about one member: their name and current status. */
type MemberParams = { readonly name: string; readonly status: MemberStatus };

/**
 * The values of each refusal, by its key. A key names the rule and the sentence: `R15.lastAdmin` is
 * "{name} is the last active admin of {workspaceNames}…". Keys are never reused for another sentence.
 */
export interface DenialParamsByKey {
  /** R1: only members of a workspace may see its members. */
  readonly "R1.notMember": Readonly<Record<never, never>>;
  /** R1: only the workspace's admins (or super admins) may `verb` its members. */
  readonly "R1.notAdmin": { readonly verb: ManageVerb };
  /** R1, R28: only the workspace's admins (or super admins) may read its activity history. */
  readonly "R1.activityAdminsOnly": Readonly<Record<never, never>>;
  /** R2: only super admins may act at instance level. */
  readonly "R2.notSuperAdmin": { readonly verb: InstanceVerb };
  /** R2: unarchiving `name` in a workspace would lift an instance archive, which only a super admin may do. */
  readonly "R2.instanceArchived": { readonly name: string };
  /** R2: at instance level users can only be archived or unarchived. */
  readonly "R2.instanceScope": { readonly verb: WorkspaceOnlyVerb };
  /** R4: nobody changes their own status (kit default). */
  readonly "R4.self": { readonly name: string };
  /** R4: only super admins change a super admin's status, role or groups (kit default). */
  readonly "R4.superAdmin": { readonly name: string; readonly part: SuperAdminPart };
  /** R5: the role asked for is not one of the workspace's roles. */
  readonly "R5.unknownRole": { readonly role: string };
  /** R5: members are invited into a workspace; the instance scope has none to invite into. */
  readonly "R5.noWorkspace": Readonly<Record<never, never>>;
  /** R5: a role and groups change that asks for neither. */
  readonly "R5.nothingToChange": { readonly name: string };
  /** R5: groups the workspace does not have (`groups`, `count` of them) in the workspace named `workspaceName`. */
  readonly "R5.unknownGroups": { readonly workspaceName: string; readonly groups: readonly string[]; readonly count: number };
  /** R7: the email is already a member here (requested, invited or active). */
  readonly "R7.alreadyMember": { readonly email: string; readonly status: MemberStatus };
  /** R7: the email's membership is archived or inactive: `offer` it back instead of inviting again. */
  readonly "R7.restoreInstead": { readonly email: string; readonly status: MemberStatus; readonly offer: RestoreVerb };
  /** R8: the user is archived at instance level and cannot be invited. */
  readonly "R8.archivedInInstance": { readonly email: string };
  /** R10: the member has no pending invitation to resend or copy. */
  readonly "R10.noPendingInvitation": MemberParams & { readonly verb: "resendInvitation" | "copyInvitationLink" };
  /** R10: invitation links can be copied only in self-hosted deployments. */
  readonly "R10.cloudLinks": Readonly<Record<never, never>>;
  /** R11: the member is already archived in this workspace. */
  readonly "R11.alreadyArchived": MemberParams;
  /** R12: the user is already archived at instance level. */
  readonly "R12.alreadyArchived": MemberParams;
  /** R12: an invitation of a user archived at instance level cannot be accepted. */
  readonly "R12.accountArchived": Readonly<Record<never, never>>;
  /** R13: only users archived at instance level can be unarchived there. */
  readonly "R13.notArchived": MemberParams;
  /** R14: only archived members can be unarchived. */
  readonly "R14.notArchived": MemberParams;
  /**
   * R15: `name` is the last active admin of each workspace listed; `verb` would leave them without one.
   * `workspaces` are ids, `workspaceNames` the names as the policy knew them (ids where it did not),
   * `count` how many.
   */
  readonly "R15.lastAdmin": {
    readonly name: string;
    readonly verb: LastAdminVerb;
    readonly workspaces: readonly string[];
    readonly workspaceNames: readonly string[];
    readonly count: number;
  };
  /** R17: only active members can be deactivated. */
  readonly "R17.notActive": MemberParams;
  /** R18: only inactive members can be reactivated. */
  readonly "R18.notInactive": MemberParams;
  /** R24: this deployment's lifecycle (`lifecycle`) does not offer `verb`. */
  readonly "R24.otherLifecycle": { readonly verb: LifecycleVerb; readonly lifecycle: Lifecycle };
  /** R24: only active members have their role or groups (`part`) changed. */
  readonly "R24.notActive": MemberParams & { readonly part: "role" | "groups" };
  /** R27: the invitation is no longer pending, so it cannot be accepted. */
  readonly "R27.notPending": Readonly<Record<never, never>>;
}

/** The stable key of a refusal, e.g. `R15.lastAdmin`: the rule, a dot, the sentence. */
export type DenialKey = keyof DenialParamsByKey;

/** The values of the refusal with key `K`. */
export type DenialParams<K extends DenialKey = DenialKey> = DenialParamsByKey[K];

/** A refusal's key and its values, checked together: `params` always fits `reasonKey`. */
export type DenialReason = { readonly [K in DenialKey]: { readonly reasonKey: K; readonly params: DenialParamsByKey[K] } }[DenialKey];

/** How a parameter is checked when it arrives from outside: text, a list of texts, a count, or one of a set. */
type ParamKind<T> = [T] extends [readonly string[]] ? "texts" : [T] extends [number] ? "count" : string extends T ? "text" : readonly T[];

interface DenialSpec<P> {
  readonly code: RosterErrorCode;
  readonly params: { readonly [F in keyof P]-?: ParamKind<P[F]> };
}

const MANAGE_VERBS: readonly ManageVerb[] = ["invite", "archive", "unarchive", "deactivate", "reactivate", "edit"];
const INSTANCE_VERBS: readonly InstanceVerb[] = ["archiveInstance", "unarchiveInstance", "viewInstanceUsers", "viewInstanceActivity"];
const WORKSPACE_ONLY_VERBS: readonly WorkspaceOnlyVerb[] = ["deactivate", "reactivate", "changeRole", "changeGroups", "resendInvitation", "copyInvitationLink"];
const LIFECYCLE_VERBS: readonly LifecycleVerb[] = ["archive", "unarchive", "deactivate", "reactivate"];
const LIFECYCLES: readonly Lifecycle[] = ["archive", "deactivate"];
const NONE = {} as const;
const MEMBER = { name: "text", status: MEMBER_STATUSES } as const;

/** Every refusal: its error code and how its values are checked when they arrive from outside. */
const DENIALS: { readonly [K in DenialKey]: DenialSpec<DenialParamsByKey[K]> } = {
  "R1.notMember": { code: "forbidden", params: NONE },
  "R1.notAdmin": { code: "forbidden", params: { verb: MANAGE_VERBS } },
  "R1.activityAdminsOnly": { code: "forbidden", params: NONE },
  "R2.notSuperAdmin": { code: "forbidden", params: { verb: INSTANCE_VERBS } },
  "R2.instanceArchived": { code: "forbidden", params: { name: "text" } },
  "R2.instanceScope": { code: "invalid_transition", params: { verb: WORKSPACE_ONLY_VERBS } },
  "R4.self": { code: "forbidden", params: { name: "text" } },
  "R4.superAdmin": { code: "forbidden", params: { name: "text", part: ["status", "role", "groups"] } },
  "R5.unknownRole": { code: "validation", params: { role: "text" } },
  "R5.noWorkspace": { code: "invalid_transition", params: NONE },
  "R5.nothingToChange": { code: "validation", params: { name: "text" } },
  "R5.unknownGroups": { code: "validation", params: { workspaceName: "text", groups: "texts", count: "count" } },
  "R7.alreadyMember": { code: "duplicate", params: { email: "text", status: MEMBER_STATUSES } },
  "R7.restoreInstead": { code: "duplicate", params: { email: "text", status: MEMBER_STATUSES, offer: ["unarchive", "reactivate"] } },
  "R8.archivedInInstance": { code: "archived_in_instance", params: { email: "text" } },
  "R10.noPendingInvitation": { code: "invalid_transition", params: { ...MEMBER, verb: ["resendInvitation", "copyInvitationLink"] } },
  "R10.cloudLinks": { code: "forbidden", params: NONE },
  "R11.alreadyArchived": { code: "invalid_transition", params: MEMBER },
  "R12.alreadyArchived": { code: "invalid_transition", params: MEMBER },
  "R12.accountArchived": { code: "archived_in_instance", params: NONE },
  "R13.notArchived": { code: "invalid_transition", params: MEMBER },
  "R14.notArchived": { code: "invalid_transition", params: MEMBER },
  "R15.lastAdmin": {
    code: "last_admin",
    params: { name: "text", verb: ["archive", "archiveInstance", "deactivate", "changeRole"], workspaces: "texts", workspaceNames: "texts", count: "count" },
  },
  "R17.notActive": { code: "invalid_transition", params: MEMBER },
  "R18.notInactive": { code: "invalid_transition", params: MEMBER },
  "R24.otherLifecycle": { code: "invalid_transition", params: { verb: LIFECYCLE_VERBS, lifecycle: LIFECYCLES } },
  "R24.notActive": { code: "invalid_transition", params: { ...MEMBER, part: ["role", "groups"] } },
  "R27.notPending": { code: "invalid_transition", params: NONE },
};

const INSTANCE_VERB_TEXT: Readonly<Record<InstanceVerb, string>> = {
  archiveInstance: "archive at instance level",
  unarchiveInstance: "unarchive at instance level",
  viewInstanceUsers: 'see "All users" of the instance',
  viewInstanceActivity: "see the activity of the whole instance",
};

const LIFECYCLE_PARTICIPLE: Readonly<Record<LifecycleVerb, string>> = {
  archive: "archived",
  unarchive: "unarchived",
  deactivate: "deactivated",
  reactivate: "reactivated",
};

const LAST_ADMIN_DOING: Readonly<Record<LastAdminVerb, string>> = {
  archive: "archiving them",
  archiveInstance: "archiving them at instance level",
  deactivate: "deactivating them",
  changeRole: "removing their admin role",
};

/**
 * The kit's English sentence of every refusal, by key: the policy's `reason`, the message of the
 * `RosterError` it becomes, and the UI's default messages (`messages.denials`).
 */
export const DENIAL_SENTENCES: { readonly [K in DenialKey]: (params: DenialParamsByKey[K]) => string } = {
  "R1.notMember": () => "Only members of this workspace can see its members.",
  "R1.notAdmin": ({ verb }) => `Only admins of this workspace can ${verb} members.`,
  "R1.activityAdminsOnly": () => "Only admins of this workspace can see its activity.",
  "R2.notSuperAdmin": ({ verb }) => `Only super admins can ${INSTANCE_VERB_TEXT[verb]}.`,
  "R2.instanceArchived": ({ name }) => `${name} is archived at instance level; only a super admin can unarchive them.`,
  "R2.instanceScope": () => "At instance level, users can only be archived or unarchived; open a workspace for other actions.",
  "R4.self": () => "You cannot change your own status: ask another admin, so that you cannot lock yourself out.",
  "R4.superAdmin": ({ part }) => `Only super admins can change the ${part} of a super admin.`,
  "R5.unknownRole": ({ role }) => `"${role}" is not a role of this workspace.`,
  "R5.noWorkspace": () => "Members are invited into a workspace: choose one to invite.",
  "R5.nothingToChange": ({ name }) => `Nothing to change for ${name}: give a new role, new groups, or both.`,
  "R5.unknownGroups": ({ workspaceName, groups }) => `${workspaceName} has no group ${groups.map((group) => `"${group}"`).join(", ")}; pick groups of this workspace.`,
  "R7.alreadyMember": ({ email, status }) => `${email} is already ${status} in this workspace.`,
  "R7.restoreInstead": ({ email, status, offer }) => `${email} is ${status} in this workspace: ${offer} them instead of inviting them again.`,
  "R8.archivedInInstance": ({ email }) => `${email} is archived at instance level and cannot be invited. A super admin must unarchive them first.`,
  "R10.noPendingInvitation": ({ name, verb }) => `${name} has no pending invitation${verb === "resendInvitation" ? " to resend" : ""}.`,
  "R10.cloudLinks": () => "Invitation links can be copied only in self-hosted deployments; cloud invitations go by email.",
  "R11.alreadyArchived": ({ name }) => `${name} is already archived in this workspace.`,
  "R12.alreadyArchived": ({ name }) => `${name} is already archived at instance level.`,
  "R12.accountArchived": () => "This account is archived; ask a super admin to unarchive it.",
  "R13.notArchived": ({ name, status }) => `Only users archived at instance level can be unarchived there; ${name} is ${status}.`,
  "R14.notArchived": ({ name, status }) => `Only archived members can be unarchived; ${name} is ${status}.`,
  "R15.lastAdmin": ({ name, verb, workspaceNames, count }) =>
    `${name} is the last active admin of ${workspaceNames.join(", ")}; ${LAST_ADMIN_DOING[verb]} would leave ${count === 1 ? "it" : "them"} without one. Make someone else an admin first.`,
  "R17.notActive": ({ name, status }) => `Only active members can be deactivated; ${name} is ${status}.`,
  "R18.notInactive": ({ name, status }) => `Only inactive members can be reactivated; ${name} is ${status}.`,
  "R24.otherLifecycle": ({ verb, lifecycle }) =>
    `Members cannot be ${LIFECYCLE_PARTICIPLE[verb]} here: this workspace ${lifecycle === "archive" ? "archives and unarchives" : "deactivates and reactivates"} members instead.`,
  "R24.notActive": ({ name, status, part }) => `Only active members can have their ${part} changed; ${name} is ${status}.`,
  "R27.notPending": () => "This invitation is no longer pending.",
};

/** Every refusal key, in rule order: the `reasonKey` enum of the REST `Problem` schema. */
export const DENIAL_KEYS: readonly DenialKey[] = Object.keys(DENIALS) as DenialKey[]; // the keys of a table typed by DenialKey

/** Whether a value is one of the {@link DENIAL_KEYS}. */
export function isDenialKey(value: unknown): value is DenialKey {
  return typeof value === "string" && Object.hasOwn(DENIALS, value);
}

/**
 * The rule of a refusal key, an id of docs/rules.md.
 * @example
 * denialRule("R15.lastAdmin") // "R15"
 */
export function denialRule(key: DenialKey): string {
  return key.slice(0, key.indexOf("."));
}

/** The error code of a refusal key, e.g. `last_admin` for `R15.lastAdmin`. */
export function denialCode(key: DenialKey): RosterErrorCode {
  return DENIALS[key].code;
}

/**
 * The kit's English sentence for a refusal: the policy's `reason`, the message of the `RosterError` it
 * becomes, and the text of the UI's default messages.
 * @example
 * denialSentence("R1.notAdmin", { verb: "archive" }) // "Only admins of this workspace can archive members."
 */
export function denialSentence<K extends DenialKey>(key: K, params: DenialParamsByKey[K]): string {
  // The table is keyed by K: its entry takes exactly the parameters of K.
  return (DENIAL_SENTENCES[key] as (params: DenialParamsByKey[K]) => string)(params);
}

/**
 * Whether a value from outside fits the kind of a refusal's parameter: `text` a string, `count` a whole
 * number from 0, `texts` a list of strings, a list of values one of them.
 */
export function fitsKind(kind: string | readonly unknown[], value: unknown): boolean {
  if (kind === "text") return typeof value === "string";
  if (kind === "count") return typeof value === "number" && Number.isInteger(value) && value >= 0;
  if (kind === "texts") return Array.isArray(value) && value.every((item) => typeof item === "string");
  return typeof kind !== "string" && kind.includes(value);
}

/**
 * A refusal's key and values as they arrived from outside (a REST problem, a stored answer), checked:
 * the key must be known and every value of it present and of its kind; values the key does not use are
 * dropped. `undefined` when anything is missing or malformed, so that the UI falls back to the code's
 * text rather than a sentence with holes.
 * @example
 * denialReasonOf("R1.notAdmin", { verb: "archive" }) // { reasonKey: "R1.notAdmin", params: { verb: "archive" } }
 * denialReasonOf("R1.notAdmin", { verb: 42 })        // undefined
 */
export function denialReasonOf(reasonKey: unknown, params: unknown): DenialReason | undefined {
  if (!isDenialKey(reasonKey) || typeof params !== "object" || params === null || Array.isArray(params)) return undefined;
  const kinds: Readonly<Record<string, string | readonly unknown[]>> = DENIALS[reasonKey].params;
  const checked: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(kinds)) {
    const value: unknown = Object.hasOwn(params, field) ? (params as Record<string, unknown>)[field] : undefined;
    if (!fitsKind(kind, value)) return undefined;
    checked[field] = value;
  }
  // Every field of the key was checked against its kind just above.
  return { reasonKey, params: checked } as DenialReason;
}

