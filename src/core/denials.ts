import type { Lifecycle, MemberStatus } from "./domain.types";
import { MEMBER_STATUSES } from "./domain.types";
import type { RosterErrorCode } from "./errors";

/**
 * Every refusal of the policy (docs/rules.md), as data: a stable key per distinct sentence (`R15.lastAdmin`),
 * the values the sentence is made of (names, emails, statuses, workspaces, the verb refused) and the
 * kit's English wording. A refusal travels as `code` + `rule` + `reasonKey` + `params` from the policy
 * through `RosterError` and REST problems to the screen, where the UI words it from the host's messages;
 * hosts without a UI get the English sentence from {@link denialSentence}, and a `RosterError` made of a
 * refusal carries it as its `message`. The sentences are reached only through that function (and the UI's
 * default messages), so that a bundle of the policy alone carries none of them.
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
  /** R10: the member has no pending invitation to resend, copy or revoke. */
  readonly "R10.noPendingInvitation": MemberParams & { readonly verb: "resendInvitation" | "copyInvitationLink" | "revokeInvitation" };
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

/** How each value of a refusal is checked when it arrives from outside, by the value's name. */
type ParamKinds<P> = { readonly [F in keyof P]-?: ParamKind<P[F]> };

const MANAGE_VERBS: readonly ManageVerb[] = ["invite", "archive", "unarchive", "deactivate", "reactivate", "edit"];
const INSTANCE_VERBS: readonly InstanceVerb[] = ["archiveInstance", "unarchiveInstance", "viewInstanceUsers", "viewInstanceActivity"];
const WORKSPACE_ONLY_VERBS: readonly WorkspaceOnlyVerb[] = ["deactivate", "reactivate", "changeRole", "changeGroups", "resendInvitation", "copyInvitationLink"];
const LIFECYCLE_VERBS: readonly LifecycleVerb[] = ["archive", "unarchive", "deactivate", "reactivate"];
const LIFECYCLES: readonly Lifecycle[] = ["archive", "deactivate"];
const NONE = {} as const;
const MEMBER = { name: "text", status: MEMBER_STATUSES } as const;

/**
 * The error code of every refusal. A table of its own, apart from the checks of {@link DENIAL_PARAM_KINDS},
 * so that the policy (`can`) bundles only the codes it answers with.
 */
const DENIAL_CODES = {
  "R1.notMember": "forbidden",
  "R1.notAdmin": "forbidden",
  "R1.activityAdminsOnly": "forbidden",
  "R2.notSuperAdmin": "forbidden",
  "R2.instanceArchived": "forbidden",
  "R2.instanceScope": "invalid_transition",
  "R4.self": "forbidden",
  "R4.superAdmin": "forbidden",
  "R5.unknownRole": "validation",
  "R5.noWorkspace": "invalid_transition",
  "R5.nothingToChange": "validation",
  "R5.unknownGroups": "validation",
  "R7.alreadyMember": "duplicate",
  "R7.restoreInstead": "duplicate",
  "R8.archivedInInstance": "archived_in_instance",
  "R10.noPendingInvitation": "invalid_transition",
  "R10.cloudLinks": "forbidden",
  "R11.alreadyArchived": "invalid_transition",
  "R12.alreadyArchived": "invalid_transition",
  "R12.accountArchived": "archived_in_instance",
  "R13.notArchived": "invalid_transition",
  "R14.notArchived": "invalid_transition",
  "R15.lastAdmin": "last_admin",
  "R17.notActive": "invalid_transition",
  "R18.notInactive": "invalid_transition",
  "R24.otherLifecycle": "invalid_transition",
  "R24.notActive": "invalid_transition",
  "R27.notPending": "invalid_transition",
} as const satisfies { readonly [K in DenialKey]: RosterErrorCode };

/** The error code of the refusal with key `K`, e.g. `"last_admin"` for `R15.lastAdmin`. */
export type DenialCode<K extends DenialKey> = (typeof DENIAL_CODES)[K];

/**
 * How the values of every refusal are checked when they arrive from outside ({@link denialReasonOf}).
 * Written out without spreads, which a bundler must keep, so that only what reads refusals from outside
 * bundles the table.
 */
const DENIAL_PARAM_KINDS: { readonly [K in DenialKey]: ParamKinds<DenialParamsByKey[K]> } = {
  "R1.notMember": NONE,
  "R1.notAdmin": { verb: MANAGE_VERBS },
  "R1.activityAdminsOnly": NONE,
  "R2.notSuperAdmin": { verb: INSTANCE_VERBS },
  "R2.instanceArchived": { name: "text" },
  "R2.instanceScope": { verb: WORKSPACE_ONLY_VERBS },
  "R4.self": { name: "text" },
  "R4.superAdmin": { name: "text", part: ["status", "role", "groups"] },
  "R5.unknownRole": { role: "text" },
  "R5.noWorkspace": NONE,
  "R5.nothingToChange": { name: "text" },
  "R5.unknownGroups": { workspaceName: "text", groups: "texts", count: "count" },
  "R7.alreadyMember": { email: "text", status: MEMBER_STATUSES },
  "R7.restoreInstead": { email: "text", status: MEMBER_STATUSES, offer: ["unarchive", "reactivate"] },
  "R8.archivedInInstance": { email: "text" },
  "R10.noPendingInvitation": { name: "text", status: MEMBER_STATUSES, verb: ["resendInvitation", "copyInvitationLink", "revokeInvitation"] },
  "R10.cloudLinks": NONE,
  "R11.alreadyArchived": MEMBER,
  "R12.alreadyArchived": MEMBER,
  "R12.accountArchived": NONE,
  "R13.notArchived": MEMBER,
  "R14.notArchived": MEMBER,
  "R15.lastAdmin": { name: "text", verb: ["archive", "archiveInstance", "deactivate", "changeRole"], workspaces: "texts", workspaceNames: "texts", count: "count" },
  "R17.notActive": MEMBER,
  "R18.notInactive": MEMBER,
  "R24.otherLifecycle": { verb: LIFECYCLE_VERBS, lifecycle: LIFECYCLES },
  "R24.notActive": { name: "text", status: MEMBER_STATUSES, part: ["role", "groups"] },
  "R27.notPending": NONE,
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
 * The kit's English sentence of every refusal, by key: {@link denialSentence}, the message of the
 * `RosterError` a refusal becomes, and the UI's default messages (`messages.denials`).
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
  "R10.noPendingInvitation": ({ name, verb }) => `${name} has no pending invitation${verb === "resendInvitation" ? " to resend" : verb === "revokeInvitation" ? " to revoke" : ""}.`,
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
export const DENIAL_KEYS: readonly DenialKey[] = /* @__PURE__ */ Object.keys(DENIAL_CODES) as DenialKey[]; // the keys of a table typed by DenialKey

/** Whether a value is one of the {@link DENIAL_KEYS}. */
export function isDenialKey(value: unknown): value is DenialKey {
  return typeof value === "string" && Object.hasOwn(DENIAL_CODES, value);
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
export function denialCode<K extends DenialKey>(key: K): DenialCode<K> {
  return DENIAL_CODES[key];
}

/**
 * The kit's English sentence for a refusal (a policy `Denied`, or any `reasonKey` with its `params`): what
 * a host without a UI shows or logs, the message of the `RosterError` a refusal becomes, and the text of
 * the UI's default messages. A UI words refusals from the host's messages instead (R3).
 * @example
 * const decision = can(ctx, { action: "archive", member });
 * if (!decision.ok) console.info(denialSentence(decision));
 * denialSentence({ reasonKey: "R1.notAdmin", params: { verb: "archive" } }) // "Only admins of this workspace can archive members."
 */
export function denialSentence(refusal: DenialReason): string {
  // `params` fits `reasonKey` (DenialReason pairs them), so the key's entry takes exactly these values.
  return (DENIAL_SENTENCES[refusal.reasonKey] as (params: DenialReason["params"]) => string)(refusal.params);
}

/**
 * Whether a value from outside fits the kind of a refusal's parameter: `text` a string, `count` a whole
 * number from 0, `texts` a list of strings, a list of values one of them.
 */
function fitsKind(kind: string | readonly unknown[], value: unknown): boolean {
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
  if (!isDenialKey(reasonKey)) return undefined;
  const checked = paramsOfKinds(DENIAL_PARAM_KINDS[reasonKey], params);
  // Every field of the key was checked against its kind.
  return checked && ({ reasonKey, params: checked } as DenialReason);
}

/**
 * The values of `params` (an object from outside) that `kinds` names, each checked against its kind
 * (`fitsKind`; a name ending in `?` may be absent); values it does not name are dropped. `undefined` when
 * `params` is not an object or a value is missing or malformed. What {@link denialReasonOf} and the
 * validation's `validationIssueOf` check with.
 */
export function paramsOfKinds(kinds: Readonly<Record<string, string | readonly unknown[]>>, params: unknown): Record<string, unknown> | undefined {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return undefined;
  const checked: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const optional = name.endsWith("?");
    const field = optional ? name.slice(0, -1) : name;
    const value: unknown = Object.hasOwn(params, field) ? (params as Record<string, unknown>)[field] : undefined;
    if (optional && value === undefined) continue;
    if (!fitsKind(kind, value)) return undefined;
    checked[field] = value;
  }
  return checked;
}

