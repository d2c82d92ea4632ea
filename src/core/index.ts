/**
 * `rosterkit/core`: the framework-free heart of Rosterkit. Domain types and their vocabulary, the rules of
 * docs/rules.md as policy functions, validation, the adapter contract, and the store that runs the
 * kit's state machines against an adapter. Imports no React, no DOM and no network. Every export is
 * listed in docs/api.md.
 * @module
 */
export type {
  Actor,
  CustomGroup,
  Deployment,
  Instance,
  InstanceStatus,
  Lifecycle,
  Member,
  MemberStatus,
  Membership,
  MembershipSummary,
  Metadata,
  MetadataValue,
  Role,
  RoleId,
  RosterDataset,
  Scope,
  User,
  Workspace,
  WorkspaceSummary,
} from "./domain.types";
export { MEMBER_STATUSES } from "./domain.types";
export {
  INSTANCE_STATUSES,
  LIFECYCLES,
  MAX_PAGE_SIZE,
  MEMBER_SORT_FIELDS,
  STATUS_ACTIONS,
  isStatusAction,
  isStopAction,
  sameScope,
  scopeKey,
  scopeOfKey,
} from "./vocabulary";
export type { LifecycleVocabulary } from "./vocabulary";
export { DEFAULT_LIMITS, DEFAULT_ROLES, resolveConfig } from "./config";
export type { GuardConfig, RosterConfig, RosterConfigInput, RosterLimits } from "./config";
export { RosterError, isRosterError } from "./errors";
export type { FieldIssue, RosterErrorCode, RosterErrorOptions } from "./errors";
export type {
  AdapterCapabilities,
  ChangeStatusParams,
  ChangeStatusResult,
  ExportMembersParams,
  GetInvitationLinkParams,
  GetMemberParams,
  InvitationLink,
  InviteMembersParams,
  InviteMembersResult,
  InviteeFailure,
  InviteeInput,
  InviteeResult,
  ListActivityParams,
  ListGroupsParams,
  ListMembersParams,
  ListMembersResult,
  MemberExportColumn,
  MemberQuery,
  MemberSort,
  MemberSortField,
  MetadataField,
  MetadataFilter,
  PageRequest,
  ResendInvitationParams,
  RosterAdapter,
  SignalParams,
  StatusAction,
  UpdateMemberParams,
} from "./adapter.types";
export { ACTIVITY_ACTIONS } from "./activity.types";
export type { ActivityAction, ActivityEvent, ActivityMemberState, ActivityPage, ActivityQuery } from "./activity.types";
export { describeActivity } from "./activity-description";
export type { ActivityChange, ActivityDescription, ActivityPerson } from "./activity-description";
export type { ActivityFeed, ActivityFilter } from "./activity.machine";
export { MEMBER_EXPORT_COLUMNS } from "./member-export";
export { assertAllowed, can, deniedError, isAssignable, sameDecision } from "./policy";
export type { Allowed, Decision, Denied, PolicyAction, PolicyContext, PolicyRequest } from "./policy";
export { DENIAL_KEYS, denialSentence } from "./denials";
export type { DenialKey, DenialParams } from "./denials";
export { normalizeEmail, parseMetadata, validateEmail, validateInviteeInput, validateName, validationIssueOf } from "./validation";
export type { InviteeValidation, MetadataResult, ValidationCode, ValidationIssue, ValidationResult } from "./validation";
export { createRosterStore } from "./store";
export { listRefusalSentence, localListQuery } from "./list.machine";
export type { ListRefusal, LocalListQuery } from "./list.machine";
export type { PendingStatus, RosterEvent, RosterMachine, RosterSnapshot, RosterSnapshotWith, RosterStore, RosterStoreOptions } from "./store";
export { allMachines } from "./machines";
export { activityMachine } from "./activity.machine";
export { bulkInviteMachine } from "./bulk-invite.machine";
export { bulkStatusMachine } from "./bulk-status.machine";
export { exportMachine } from "./export.machine";
export { invitationMachine } from "./invitation.machine";
export { inviteMachine } from "./invite.machine";
export { memberEditMachine } from "./member-edit.machine";
export { statusChangeMachine } from "./status-change.machine";
export { exportQueryOf } from "./export.machine";
export type { ExportFile, ExportState, ExportStatus } from "./export.machine";
export type { AuditAction, AuditEvent, AuditOutcome } from "./audit.types";
export { displayedStatus, memberActions, selectMember, selectPending, statusConsequences } from "./selectors";
export type { MemberAction, MemberActionOffer, StatusConsequences } from "./selectors";
