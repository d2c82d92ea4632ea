import type { ActivityAction } from "../../core/activity.types";
import type { BulkInviteLoadCode, BulkInviteLoadParamsByCode } from "../../core/bulk-invite";
import type { DenialKey, DenialParamsByKey } from "../../core/denials";
import type { ArchiveMembershipStatus, DeactivateMembershipStatus, MemberStatus } from "../../core/domain.types";
import type { RosterErrorCode } from "../../core/errors";
import type { ListFeature } from "../../core/list.machine";
import type { ValidationCode, ValidationParamsByCode } from "../../core/validation";
import type { RosterFormat } from "../format";

/**
 * The shape of every user-facing string of the React components: one interface per section
 * (`RosterMessages["table"]` is {@link TableMessages}…). Types only: the English defaults live one
 * module per section beside this one (`./table`, `./invite`…), so a component bundles only the sections
 * it renders; `defaultMessages` (`../messages`) assembles them for hosts that want the whole catalogue.
 *
 * A string that needs values is a function `(params, format) => string`; `format` holds the `Intl`
 * formatters of the current locale, so counts, dates, lists and plurals are right in every language.
 * @module
 */

/** A message that takes values. `format` formats counts, dates, lists and plurals for the locale. */
export type Message<Params> = (params: Params, format: RosterFormat) => string;

/** Values of messages about one member. */
export interface NameParams {
  readonly name: string;
}

/** Values of messages with a count. */
export interface CountParams {
  readonly count: number;
}

/** Status change actions the confirm modal knows: workspace level, or instance level (R12, R13). */
export type ConfirmAction = "archive" | "unarchive" | "archiveInstance" | "unarchiveInstance" | "deactivate" | "reactivate";

/** Labels and text about statuses (R23). */
export interface StatusMessages {
  /** The badge text of each status: Requested, Invited, Active, Archived, Inactive (R23). */
  readonly label: Readonly<Record<MemberStatus, string>>;
  /** One sentence per status, per lifecycle: for details panels and filter hints. */
  readonly description: {
    readonly archive: Readonly<Record<ArchiveMembershipStatus, string>>;
    readonly deactivate: Readonly<Record<DeactivateMembershipStatus, string>>;
  };
}

/** Row menu and details-panel actions (R21, R24). */
export interface ActionMessages {
  /** Accessible name of a member's kebab menu trigger: "Actions for {name}". */
  readonly menuLabel: Message<NameParams>;
  readonly archive: string;
  readonly unarchive: string;
  readonly archiveInstance: string;
  readonly unarchiveInstance: string;
  readonly deactivate: string;
  readonly reactivate: string;
  readonly resendInvitation: string;
  readonly copyInvitationLink: string;
  readonly edit: string;
  readonly viewDetails: string;
  /** A hint under "Archive user" for a pending invite: archiving revokes it (R10, R24). */
  readonly archiveRevokesHint: string;
  /** R10: accessible name of the read-only field showing the link when the clipboard is not available. */
  readonly invitationLinkField: Message<NameParams>;
  /** R10: a link could not be fetched or an invitation not resent. */
  readonly invitationFailed: Message<{ readonly reason: string }>;
}

/** Markers shown next to a member's name. */
export interface MemberMessages {
  /** Shown next to the signed-in actor's own row. */
  readonly you: string;
  readonly superAdmin: string;
  /** Name cell when a member has no name yet (an invitation not accepted). */
  readonly unnamed: string;
  readonly noGroups: string;
  /** Chip after the visible groups: "+{count} more". */
  readonly moreGroups: Message<CountParams>;
  /** Accessible name of the group list. */
  readonly groupsLabel: Message<NameParams>;
  readonly neverActive: string;
}

/** The confirm modal of every status change (R20, R22). */
export interface ConfirmMessages {
  readonly title: { readonly [action in ConfirmAction]: Message<NameParams> };
  readonly confirm: Readonly<Record<ConfirmAction, string>>;
  /** Button text while the change is sent. */
  readonly pending: Readonly<Record<ConfirmAction, string>>;
  readonly cancel: string;
  readonly consequencesLabel: string;
  /** R11: workspace archive. */
  readonly accessLostWorkspace: Message<NameParams & { readonly workspace: string }>;
  /** R12: instance archive. */
  readonly accessLostInstance: Message<NameParams>;
  /** R17: deactivate. */
  readonly accessLostDeactivate: Message<NameParams>;
  /** R18: reactivate. */
  readonly accessRestoredReactivate: Message<NameParams>;
  /** R14: workspace unarchive (invited again). */
  readonly accessRestoredUnarchive: Message<NameParams & { readonly workspace: string }>;
  /** R13: instance unarchive; memberships stay archived. */
  readonly accessRestoredInstance: Message<NameParams>;
  /** The workspaces an action touches. */
  readonly workspacesAffected: Message<{ readonly workspaces: readonly string[] }>;
  readonly invitationRevoked: string;
  readonly emailSent: Message<{ readonly email: string }>;
  readonly noEmailSent: string;
  /** R16: billable seats before and after; `workspace` is given when several workspaces change (instance level). */
  readonly seatChange: Message<{ readonly before: number; readonly after: number; readonly workspace?: string }>;
  /** R16: the seat change when the workspace's count is not known (`delta` is -1 or +1). */
  readonly seatDelta: Message<{ readonly delta: number; readonly workspace?: string }>;
  readonly seatUnchanged: string;
  /** R14: a workspace unarchive of a user archived at instance level unarchives them there too. */
  readonly instanceUnarchived: Message<NameParams>;
  /** R19: nothing is deleted. */
  readonly nothingDeleted: string;
  /** R22: the member changed while the modal was open. */
  readonly conflict: Message<NameParams>;
  /** R20: the backend refused; the row was rolled back. */
  readonly failed: Message<NameParams & { readonly reason: string }>;
  /** Sends the same change again, with the same idempotency key (R20). */
  readonly retry: string;
  /** Closes the modal after a conflict (R22). */
  readonly close: string;
  /** R22: opens the same action again on the member's new state, when it is still allowed. */
  readonly startAgain: string;
  /** R22: label of the member's status as it now is. */
  readonly currentStatus: string;
  /** R22: label of the member's role as it now is. */
  readonly currentRole: string;
}

/** The invite dialog and form (R5–R10). */
export interface InviteMessages {
  readonly openButton: string;
  readonly title: string;
  readonly description: Message<{ readonly workspace: string }>;
  readonly inviteeLegend: Message<{ readonly index: number }>;
  readonly nameLabel: string;
  readonly emailLabel: string;
  readonly roleLabel: string;
  readonly rolePlaceholder: string;
  readonly groupsLabel: string;
  /** Under the groups' legend, which already says "(optional)": do not say it again here. */
  readonly groupsHint: string;
  readonly metadataLabel: string;
  /** Under the metadata's label, which already says "(optional)": do not say it again here. */
  readonly metadataHint: string;
  /** The marker after the label of an optional field, in parentheses: the only place a field says it. */
  readonly optional: string;
  readonly required: string;
  readonly addInvitee: string;
  readonly removeInvitee: Message<{ readonly index: number }>;
  readonly submit: Message<CountParams>;
  readonly submitting: string;
  readonly cancel: string;
  readonly close: string;
  /** R6: a JSON syntax error with its position. */
  readonly metadataPosition: Message<{ readonly message: string; readonly line: number; readonly column: number }>;
  /** R7: already a member. */
  readonly duplicate: Message<{ readonly email: string; readonly status: string }>;
  /** R7: archived/inactive, offer to bring them back instead. */
  readonly offerUnarchive: Message<{ readonly email: string }>;
  readonly offerReactivate: Message<{ readonly email: string }>;
  /** R8. */
  readonly archivedInInstance: Message<{ readonly email: string }>;
  /**
   * R5, R6: a field the backend refused without a code this kit can word (a newer server's code, or none):
   * said instead of the backend's own English.
   */
  readonly fieldRefused: string;
  readonly errorSummary: Message<CountParams>;
  /**
   * One entry of the error summary, a button that moves focus to the field: `field` is the field's label,
   * `person` the invitee's place (from 1) among `people` in the form, `error` the field's error.
   */
  readonly errorSummaryEntry: Message<{ readonly field: string; readonly person: number; readonly people: number; readonly error: string }>;
  readonly resultsTitle: string;
  readonly resultInvited: Message<{ readonly email: string }>;
  readonly resultRequested: Message<{ readonly email: string }>;
  readonly resultFailed: Message<{ readonly email: string; readonly reason: string }>;
  readonly resultSummary: Message<{ readonly sent: number; readonly failed: number }>;
  readonly copyLink: Message<{ readonly email: string }>;
  readonly inviteMore: string;
  readonly retryFailed: string;
  /** Why the form is disabled in the instance scope: invites go into one workspace (R5). */
  /** R7: the button that opens the archived/inactive member instead of inviting them again. */
  readonly unarchiveInstead: string;
  readonly reactivateInstead: string;
  /** R10: accessible name of the read-only field holding an invitation link. */
  readonly invitationLinkLabel: Message<{ readonly email: string }>;
  /** R10: the copy button's text once the link is copied. */
  readonly copied: string;
  /**
   * R5: shown under a valid email whose international domain is stored in its ASCII (punycode) form:
   * `typed` is the domain as typed, `stored` its ASCII form, `email` the whole address as stored.
   */
  readonly emailConverted: Message<{ readonly typed: string; readonly stored: string; readonly email: string }>;
  /** A whole-request failure (network): everything typed is kept. */
  readonly requestFailed: Message<{ readonly reason: string }>;
  /** Sends the same request again (same idempotency key). */
  readonly retry: string;
  readonly noGroups: string;
}

/** The edit-role-and-groups form. */
export interface MemberEditMessages {
  readonly title: Message<NameParams>;
  readonly roleLabel: string;
  readonly groupsLabel: string;
  readonly save: string;
  readonly saving: string;
  readonly cancel: string;
  readonly conflict: Message<NameParams>;
  /** The backend refused the save; what was chosen is kept. */
  readonly failed: Message<{ readonly reason: string }>;
  /** Sends the same save again (same idempotency key). */
  readonly retry: string;
  /** R22: opens the editor again on the member's current values. */
  readonly startAgain: string;
  /** R22: label of the member's current role and groups. */
  readonly currentValues: string;
  readonly noGroups: string;
}

/** The users table: toolbar, columns, states, pagination (R25). */
export interface TableMessages {
  readonly workspaceCaption: Message<{ readonly workspace: string }>;
  readonly instanceCaption: string;
  readonly columns: {
    readonly name: string;
    readonly email: string;
    readonly status: string;
    readonly role: string;
    readonly groups: string;
    readonly invitedAt: string;
    readonly lastActiveAt: string;
    readonly workspaces: string;
    readonly actions: string;
  };
  readonly sortBy: Message<{ readonly column: string }>;
  readonly sortedAscending: string;
  readonly sortedDescending: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly clearSearch: string;
  readonly statusFilterLabel: string;
  readonly roleFilterLabel: string;
  readonly allStatuses: string;
  readonly allRoles: string;
  readonly clearFilters: string;
  readonly loading: string;
  readonly empty: string;
  readonly emptyHint: string;
  readonly noMatches: string;
  readonly noMatchesHint: string;
  readonly errorTitle: string;
  readonly retry: string;
  /** Under a table wider than its container, which then scrolls sideways (a shadow marks the hidden side). */
  readonly scrollHint: string;
  readonly paginationLabel: string;
  /** "1–25 of 1,234"; `total` is `null` when the backend cannot count. */
  readonly pageRange: Message<{ readonly from: number; readonly to: number; readonly total: number | null }>;
  readonly pageOf: Message<{ readonly page: number; readonly pages: number }>;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly firstPage: string;
  readonly lastPage: string;
  readonly pageSize: string;
  /** R16: billable seats of the workspace. */
  readonly billableSeats: Message<CountParams>;
  readonly memberCount: Message<CountParams>;
  /** Accessible name of a row's selection checkbox. */
  readonly selectRow: Message<NameParams>;
  /** Accessible name of the "select every row of this page" checkbox. */
  readonly selectPage: string;
  readonly selectedCount: Message<CountParams>;
  readonly clearSelection: string;
  /**
   * The toolbar's toggle button (`aria-pressed`) that shows the selection checkboxes, when the table's
   * `selection` is `"toggle"`.
   */
  readonly selectionToggle: string;
  /** Announced when the toggle turns selection on. */
  readonly selectionOn: string;
  /** Announced when the toggle turns selection off (the selection is cleared). */
  readonly selectionOff: string;
  /** Bulk actions of the selection: archive lifecycle, deactivate lifecycle. */
  readonly bulkArchive: string;
  readonly bulkDeactivate: string;
  /** The one confirmation of a bulk change. */
  readonly bulkTitle: Message<CountParams & { readonly action: "archive" | "deactivate" }>;
  readonly bulkDescription: Message<CountParams & { readonly action: "archive" | "deactivate" }>;
  readonly bulkConfirm: Message<CountParams & { readonly action: "archive" | "deactivate" }>;
  readonly bulkApplying: string;
  readonly bulkResultsLabel: string;
  /** One member's result: changed, refused (by the rules) or failed (at the backend). */
  readonly bulkSucceeded: Message<NameParams & { readonly status: string }>;
  readonly bulkRefused: Message<NameParams & { readonly reason: string }>;
  readonly bulkFailed: Message<NameParams & { readonly reason: string }>;
  readonly bulkWaiting: Message<NameParams>;
  readonly bulkSummary: Message<{ readonly succeeded: number; readonly refused: number; readonly failed: number }>;
  readonly close: string;
  /** R25: why a control is disabled: the server cannot do it, and one page is never filtered alone. */
  readonly unsupported: Message<{ readonly feature: ListFeature }>;
  /** Instance scope: how many workspaces a user belongs to (R2). */
  readonly membershipCount: Message<CountParams>;
  /** A metadata column's cell when the member has no value under its key. */
  readonly noMetadataValue: string;
  /** The "no filter" option of a metadata column's filter. */
  readonly anyValue: string;
}

/** The CSV export of the users table's current view (R25). */
export interface ExportMessages {
  /** The toolbar button that opens the export dialog. */
  readonly trigger: string;
  readonly title: string;
  /** What is exported: the view as shown, every page; `filtered` when a search or a filter is on. */
  readonly description: Message<{ readonly filtered: boolean }>;
  /** Legend of the column checkboxes. */
  readonly columnsLegend: string;
  /** The label of each column of the kit (a host's metadata column brings its own label). */
  readonly columns: {
    readonly name: string;
    readonly email: string;
    readonly status: string;
    readonly role: string;
    readonly groups: string;
    readonly invitedAt: string;
    readonly lastActiveAt: string;
    readonly metadata: string;
  };
  /** Shown (and the export refused) when no column is chosen. */
  readonly noColumns: string;
  readonly submit: string;
  readonly cancel: string;
  /** While exporting: the rows read so far. */
  readonly progress: Message<CountParams>;
  /** Stops the export under way. */
  readonly stop: string;
  /** The file was saved: how many members, and its name. */
  readonly done: Message<CountParams & { readonly fileName: string }>;
  /** The export failed; `reason` is the error's sentence. The choice is kept for a retry. */
  readonly failed: Message<{ readonly reason: string }>;
  readonly retry: string;
  readonly close: string;
}

/** The member details panel (R21). */
export interface DetailsMessages {
  readonly title: Message<NameParams>;
  readonly close: string;
  readonly status: string;
  readonly email: string;
  readonly role: string;
  readonly groups: string;
  readonly workspaces: string;
  readonly metadata: string;
  readonly noMetadata: string;
  readonly invitedAt: string;
  readonly lastActiveAt: string;
  readonly actions: string;
  readonly loading: string;
  /** Heading of the user's other workspace memberships (workspace scope). */
  readonly otherWorkspaces: string;
}

/** Values of an activity entry's headline: the person who made the change and the one it was made to. */
export interface ActivityPeopleParams {
  /** Who made the change (their name, else "someone"). */
  readonly actor: string;
  /** Who it was made to (their name, else their email). */
  readonly target: string;
  /** The member acted on themself (accepting their invitation). */
  readonly self: boolean;
}

/** The activity history (R28): a member's timeline in the details panel and the console's activity log. */
export interface ActivityMessages {
  /** Heading of the member's timeline in the details panel. */
  readonly timelineTitle: string;
  /** Heading of the console's activity view. */
  readonly logTitle: string;
  /** The console's button that shows the activity view. */
  readonly showLog: string;
  /** The activity view's button back to the members. */
  readonly showMembers: string;
  /** Accessible name of the console's choice between the members and the activity. */
  readonly viewsLabel: string;
  /** A timeline entry: what happened to the member and who did it ("Archived by Ada Lovelace"). */
  readonly byline: { readonly [A in ActivityAction]: Message<ActivityPeopleParams> };
  /** A log entry: who did what to whom ("Ada Lovelace archived Grace Hopper"). */
  readonly sentence: { readonly [A in ActivityAction]: Message<ActivityPeopleParams> };
  /** Where a change made at instance level applies (R12, R13), in place of a workspace's name. */
  readonly instanceLevel: string;
  /** When a change was made: the date (or date and time) and how long ago ("Dec 3, 2026 (3 days ago)"). */
  readonly when: Message<{ readonly date: string; readonly relative: string }>;
  /** The status before and after; `before` is `null` for a new invite. Statuses are their badge labels. */
  readonly statusChange: Message<{ readonly before: string | null; readonly after: string }>;
  /** The role before and after; `before` is `null` for a new invite. */
  readonly roleChange: Message<{ readonly before: string | null; readonly after: string }>;
  readonly groupsAdded: Message<{ readonly groups: readonly string[] }>;
  readonly groupsRemoved: Message<{ readonly groups: readonly string[] }>;
  /** A person the backend does not name. */
  readonly someone: string;
  /** Label of the action filter. */
  readonly actionFilter: string;
  /** The action filter's option for every action. */
  readonly allActions: string;
  /** Each action's name in the action filter. */
  readonly actionName: Readonly<Record<ActivityAction, string>>;
  /** Label of the person filter (a search over the people of the history). */
  readonly personFilter: string;
  readonly personHint: string;
  /** Label of the choice of the person's part in a change. */
  readonly personRole: string;
  /** The person made the change. */
  readonly personAsActor: string;
  /** The change was made to the person. */
  readonly personAsTarget: string;
  /** The person filter's text matches no one the history names; what was typed stays. */
  readonly personUnknown: Message<{ readonly text: string }>;
  /** Applies the person filter. */
  readonly applyFilters: string;
  readonly clearFilters: string;
  /** Accessible name of the filters' group. */
  readonly filtersLabel: string;
  readonly loading: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  /** A member's timeline with no event. */
  readonly emptyTimeline: string;
  /** A log with no event. */
  readonly emptyLog: string;
  /** No event matches the filters. */
  readonly emptyFiltered: string;
  /** After the oldest event. */
  readonly end: string;
  /** The history could not be read; `reason` is the error's sentence (a refusal says so, R1, R2). */
  readonly failed: Message<{ readonly reason: string }>;
  readonly retry: string;
  /** Announced when a page arrives: how many events are shown, and whether older ones remain. */
  readonly loaded: Message<{ readonly count: number; readonly more: boolean }>;
}

/** Polite announcements for screen readers, through the live region. */
export interface AnnouncementMessages {
  readonly statusChanged: Message<NameParams & { readonly status: string }>;
  readonly statusChangeFailed: Message<NameParams & { readonly reason: string }>;
  /** R22: the member changed meanwhile; nothing was applied. `status` is their status now, when known. */
  readonly statusConflict: Message<NameParams & { readonly status: string | null }>;
  readonly invitationsSent: Message<CountParams>;
  readonly invitationResent: Message<{ readonly email: string }>;
  readonly linkCopied: string;
  readonly linkCopyFailed: string;
  readonly memberUpdated: Message<NameParams>;
  readonly listLoaded: Message<{ readonly count: number; readonly total: number | null }>;
  readonly sortChanged: Message<{ readonly column: string; readonly direction: "asc" | "desc" }>;
}

/**
 * The sentence of every refusal of the rules, by its key (`R15.lastAdmin`), made from the refusal's
 * values (names, emails, statuses, workspace names, counts, the verb refused): shown on disabled
 * actions, in dialogs and forms, and for a backend's refusal that names its key (see {@link deniedReason},
 * {@link errorReason}). The defaults are the core's English sentences.
 * @example
 * mergeMessages({ denials: { "R15.lastAdmin": ({ name, workspaceNames }, f) => `${name} ist der letzte Admin von ${f.list(workspaceNames)}.` } })
 */
export type DenialMessages = { readonly [K in DenialKey]: Message<DenialParamsByKey[K]> };

/**
 * The sentence of every refusal of a typed value, by its code (`email_domain_no_dot`, `json_unexpected_character`…),
 * made from its values: shown on the invite form's fields (R5, R6, see {@link validationReason}). The
 * defaults are the core's English sentences; a metadata syntax error's sentence is put after its line
 * and column by `invite.metadataPosition`.
 */
export type ValidationMessages = { readonly [C in ValidationCode]: Message<ValidationParamsByCode[C]> };

/** Generic error texts by code, shown for an error that names no refusal of the rules (see {@link errorReason}). */
export interface ErrorMessages extends Readonly<Record<RosterErrorCode, string>> {
  /** A `network` error of a request abandoned without an answer (it timed out). */
  readonly timeout: string;
}

/**
 * The bulk invite (R5–R8, R29): a CSV file or a pasted list previewed row by row, then sent in batches
 * with progress and per-row results.
 */
export interface BulkInviteMessages {
  /** Accessible name of the invite dialog's choice between one by one and a list. */
  readonly modeLabel: string;
  readonly modeSingle: string;
  readonly modeBulk: string;
  readonly fileLabel: string;
  /** Under the file input: the columns and the row limit (`limit`, from `config.bulkInviteMaxRows`). */
  readonly fileHint: Message<{ readonly limit: number }>;
  /** The link that downloads the CSV template. */
  readonly template: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  /** Adds what was pasted to the list. */
  readonly addPasted: string;
  /** The role given to rows without one (and to pasted emails). */
  readonly defaultRoleLabel: string;
  /** While a file is read. */
  readonly reading: string;
  /** While the bulk invite itself loads (it is fetched the first time its mode is chosen). */
  readonly loading: string;
  /** Why a file or a paste was refused as a whole, by code (R29 names the limit). */
  readonly load: { readonly [C in BulkInviteLoadCode]: Message<BulkInviteLoadParamsByCode[C]> };
  /** A refused file or paste: nothing of it was added, and the rows already there are kept. */
  readonly loadRefused: Message<{ readonly reason: string }>;
  /** Header cells no field matched. */
  readonly ignoredColumns: Message<{ readonly columns: readonly string[] }>;
  /** Heading of the preview. */
  readonly previewTitle: string;
  /** `ready`: rows the next send sends; `invalid`: rows to fix (a problem, or refused by the backend). */
  readonly previewSummary: Message<{ readonly total: number; readonly invited: number; readonly ready: number; readonly invalid: number }>;
  /** The column with each row's place in its file. */
  readonly rowColumn: string;
  readonly statusColumn: string;
  /** Accessible name of a field of one row: `field` is the field's label. */
  readonly fieldLabel: Message<{ readonly field: string; readonly row: number }>;
  readonly removeRow: Message<{ readonly row: number }>;
  /** Drops every row with a problem found before sending. */
  readonly removeInvalid: Message<CountParams>;
  /**
   * A toggle (pressed while on, its name unchanged): shows only the rows to fix as they are when it is
   * pressed, so a long list is fixed row after row by keyboard; pressed again, every row is shown.
   */
  readonly onlyToFix: string;
  /** R7: the row repeats the email of an earlier row. */
  readonly duplicateInFile: Message<{ readonly row: number }>;
  /** A row's status, as its badge says it. */
  readonly outcome: {
    readonly ready: string;
    readonly invalid: string;
    readonly queued: string;
    readonly sending: string;
    readonly invited: string;
    readonly refused: string;
    readonly failed: string;
  };
  /** A row whose batch failed as a whole: it is kept and sent again by a retry. */
  readonly notSent: Message<{ readonly reason: string }>;
  readonly send: Message<CountParams>;
  /** Why the send button is disabled. */
  readonly nothingToSend: string;
  /** Accessible name of the progress bar. */
  readonly progressLabel: string;
  readonly progress: Message<{ readonly done: number; readonly total: number }>;
  /** Stops after the batch in flight; the rows not sent stay. */
  readonly cancel: string;
  readonly cancelling: string;
  readonly resultSummary: Message<{ readonly invited: number; readonly notInvited: number }>;
  /** Sends the refused and failed rows again, fixed or not. */
  readonly retryFailed: Message<CountParams>;
  /** Clears the list. */
  readonly startOver: string;
}

/** Every string of the React components. */
export interface RosterMessages {
  readonly status: StatusMessages;
  readonly actions: ActionMessages;
  readonly member: MemberMessages;
  readonly confirm: ConfirmMessages;
  readonly invite: InviteMessages;
  readonly bulkInvite: BulkInviteMessages;
  readonly memberEdit: MemberEditMessages;
  readonly table: TableMessages;
  readonly export: ExportMessages;
  readonly details: DetailsMessages;
  readonly activity: ActivityMessages;
  readonly announcements: AnnouncementMessages;
  readonly errors: ErrorMessages;
  readonly denials: DenialMessages;
  readonly validation: ValidationMessages;
  readonly console: ConsoleMessages;
}

/** The drop-in `<UserManagement>` console: header, scope switcher, seat count (R2, R16). */
export interface ConsoleMessages {
  /** The header's title in the instance scope (R2). */
  readonly allUsers: string;
  /** Label of the scope switcher. */
  readonly scopeLabel: string;
  /** The title while the workspace's name is loading. */
  readonly loadingTitle: string;
  /** R16: accessible description of the seat count. */
  readonly seatCountHint: string;
  /**
   * Shown in place of one part of the console that failed to render (an error boundary): says which
   * part, that the rest still works and that nothing typed is lost. Never shows the error itself.
   */
  readonly partFailed: Message<{ readonly part: ConsolePart }>;
  /** The button that renders the failed part again. */
  readonly partRetry: string;
  /** The button that closes a failed part that can be closed (the member's details). */
  readonly partClose: string;
  /**
   * Shown while a part the console loads on demand (the invite dialog, the member's details, the
   * activity) is being downloaded, the first time it is asked for.
   */
  readonly partLoading: Message<{ readonly part: ConsolePart }>;
}

/**
 * The parts of the console that fail on their own, each behind its own error boundary; `export` and `bulk`
 * are the users table's parts loaded on demand (the export dialog, the bulk actions), `menu` a row's
 * actions menu, loaded on demand too.
 */
export type ConsolePart = "seat-count" | "scope-switcher" | "invite" | "table" | "details" | "confirm" | "activity" | "export" | "bulk" | "menu";

/**
 * A partial {@link RosterMessages}, as a host passes it: any subset, at any depth. Functions and strings
 * replace the default; nested objects merge.
 */
export type RosterMessagesOverrides = DeepPartial<RosterMessages>;

/** Every key optional (and `undefined` means "keep the base"), at any depth; functions and strings are leaves. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/**
 * A shipped translation of every message, as `rosterkit/locales/<tag>` exports it. Pass both fields to the
 * provider: `<RosterProvider locale={de.locale} messages={de.messages}>`; direction follows the locale.
 */
export interface RosterLocale {
  /** The BCP 47 tag of the language, e.g. `"de"`, `"pt-BR"`, `"ar"`. */
  readonly locale: string;
  /** Every message, in this language. */
  readonly messages: RosterMessages;
}
