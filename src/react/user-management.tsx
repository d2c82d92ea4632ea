"use client";

import type { ReactNode } from "react";
import type { FocusEvent, PointerEvent } from "react";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { RosterSnapshot } from "../core/store";
import { ConfirmStatusModal } from "./confirm-status-modal";
import type { RosterErrorBoundaryProps } from "./error-boundary";
import { RosterErrorBoundary } from "./error-boundary";
import { focusMemberTrigger } from "./focus-return";
import type { InviteCloseOnSuccess } from "./invite-user-dialog";
import { LazyActivityLog, LazyInviteUserDialog, LazyMemberDetailsPanel, prefetchActivityLog, prefetchMemberDetails } from "./lazy-parts";
import { LiveRegion } from "./live-region";
import type { RosterProviderProps } from "./provider";
import { RosterProvider } from "./provider";
import { ScopeSwitcher } from "./scope-switcher";
import { SeatCount } from "./seat-count";
import { useRosterSelector, useRosterSend } from "./use-roster";
import type { UsersTableProps } from "./users-table";
import { UsersTable } from "./users-table";
import { defaultActivityViewMessages } from "./messages/activity-views";
import { defaultConsoleMessages } from "./messages/console";
import { useMessageSection } from "./messages/use-section";

/**
 * `<UserManagement>`: the drop-in console. One component that creates (or takes) the store and composes
 * the kit: header with title, billable seats and scope switcher, the invite dialog, the users table, the
 * member details panel, the activity log (R28), the one confirm modal and the live region.
 * @module
 */

/** `Omit` over each member of a union (the provider's props are a union: store, or adapter). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the console adds to the provider's props. */
export interface UserManagementOwnProps {
  /**
   * Level of the title heading, to fit the host page's outline.
   * @default 2
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * When the invite dialog closes by itself after every invitee was accepted (see `InviteUserDialog`).
   * @default "auto"
   */
  readonly closeInviteOnSuccess?: InviteCloseOnSuccess;
  /**
   * Options of the users table (virtualisation, debounce…); its menu callbacks are the console's. Row
   * selection: `table={{ selection: "always" }}` shows the checkboxes from the start, `"off"` offers none;
   * by default a "Select" toggle turns them on (see `UsersTableProps.selection`).
   */
  readonly table?: Omit<UsersTableProps, "onEditMember" | "onOpenDetails">;
  /**
   * Called when one part of the console fails to render (a bug, not bad input), with the error and the
   * part: that part shows a message with "Try again" and the rest keeps working. For developers (log or
   * report it); people never see the error itself.
   */
  readonly onPartError?: RosterErrorBoundaryProps["onError"];
}

/**
 * Props of {@link UserManagement}: either `store`, or `adapter` + `actor` + `scope` (+ `config` and every
 * other `createRosterStore` option), plus the provider's `messages`, `locale`, `dir`, `timeZone`,
 * `theme`, `unstyled`, `className`, `style`, and the console's own options.
 */
export type UserManagementProps = DistributiveOmit<RosterProviderProps, "children"> & UserManagementOwnProps;

/** Which member the details panel shows, and whether it opened on the editor. */
interface DetailsTarget {
  readonly memberId: string;
  readonly mode: "view" | "edit";
}

function selectTitle(snapshot: RosterSnapshot): string | null {
  const { scope } = snapshot;
  if (scope.kind === "instance") return null;
  return snapshot.workspaces.data.find((workspace) => workspace.id === scope.workspaceId)?.name ?? "";
}

function selectScopeKey(snapshot: RosterSnapshot): string {
  return snapshot.scope.kind === "instance" ? "instance" : `ws:${snapshot.scope.workspaceId}`;
}

/** What the console's body shows: the members, or the activity log (R28). */
type ConsoleView = "members" | "activity";

function selectActivityAvailable(snapshot: RosterSnapshot): boolean {
  return snapshot.canReadActivity;
}

/** A row menu's trigger opens the member details panel: the pointer or focus on one prefetches the panel. */
function prefetchDetailsFromMenu(event: PointerEvent<HTMLElement> | FocusEvent<HTMLElement>): void {
  if (event.target instanceof Element && event.target.closest('[data-scope="member-actions"][data-part="trigger"]')) prefetchMemberDetails();
}

/** The console's content, inside the provider. */
function UserManagementConsole({ headingLevel = 2, closeInviteOnSuccess = "auto", table, onPartError }: UserManagementOwnProps): ReactNode {
  const activityMessages = useMessageSection("activity", defaultActivityViewMessages);
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const title = useRosterSelector(selectTitle);
  const scopeKey = useRosterSelector(selectScopeKey);
  const titleId = useId();
  const send = useRosterSend();
  const [details, setDetails] = useState<DetailsTarget | null>(null);
  const activityAvailable = useRosterSelector(selectActivityAvailable);
  const [view, setView] = useState<ConsoleView>("members");
  const shown: ConsoleView = activityAvailable ? view : "members";
  const detailsRef = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  // A panel belongs to the scope it was opened in: the store drops that scope's members on a switch.
  useEffect(() => setDetails(null), [scopeKey]);

  // The row menu hands focus over (it does not take it back): move it into the panel that opened (or
  // onto its pending state while the panel downloads, then into the panel).
  const focusDetails = useCallback(() => {
    if (details === null) return;
    const panel = detailsRef.current;
    const editor = details.mode === "edit" ? panel?.querySelector<HTMLElement>('[data-scope="member-edit"] :is(input, select, textarea, button):not(:disabled)') : null;
    (editor ?? panel?.querySelector<HTMLElement>('[data-part="close-trigger"], [data-part="loading"]'))?.focus();
  }, [details]);

  const openDetails = useCallback((memberId: string) => setDetails({ memberId, mode: "view" }), []);
  const editMember = useCallback(
    (memberId: string) => {
      // Only the row menu calls this: its body runs the member editor's machine, before the panel has downloaded.
      send({ type: "EDIT.OPEN", memberId });
      setDetails({ memberId, mode: "edit" });
    },
    [send],
  );
  const closeDetails = useCallback(() => {
    const memberId = details?.memberId;
    setDetails(null);
    if (memberId !== undefined) focusMemberTrigger(memberId);
  }, [details]);

  const reporting = onPartError ? { onError: onPartError } : {};

  return (
    <section className="rk-user-management" data-scope="user-management" data-part="root" data-view={scopeKey === "instance" ? "instance" : "workspace"} aria-labelledby={titleId}>
      {/* First, so that it is in the page before anything speaks through it. */}
      <LiveRegion />
      <header className="rk-user-management__header" data-scope="user-management" data-part="header">
        <div className="rk-user-management__heading" data-scope="user-management" data-part="heading">
          <Heading className="rk-user-management__title" data-scope="user-management" data-part="title" id={titleId} dir="auto">
            {title === null ? consoleMessages.allUsers : title === "" ? consoleMessages.loadingTitle : title}
          </Heading>
          <RosterErrorBoundary part="seat-count" {...reporting}>
            <SeatCount />
          </RosterErrorBoundary>
        </div>
        <div className="rk-user-management__controls" data-scope="user-management" data-part="controls">
          <RosterErrorBoundary part="scope-switcher" {...reporting}>
            <ScopeSwitcher />
          </RosterErrorBoundary>
          <RosterErrorBoundary part="invite" {...reporting}>
            <LazyInviteUserDialog closeOnSuccess={closeInviteOnSuccess} onOfferExisting={openDetails} {...reporting} />
          </RosterErrorBoundary>
          {activityAvailable && (
            <div role="group" aria-label={activityMessages.viewsLabel} className="rk-user-management__views" data-scope="user-management" data-part="views">
              {(["members", "activity"] as const).map((name) => (
                <button
                  key={name}
                  type="button"
                  data-variant="ghost"
                  className="rk-user-management__view-trigger"
                  data-scope="user-management"
                  data-part="view-trigger"
                  data-view={name}
                  aria-pressed={shown === name}
                  {...(name === "activity" ? { onPointerEnter: prefetchActivityLog, onFocus: prefetchActivityLog } : {})}
                  onClick={() => setView(name)}
                >
                  {name === "members" ? activityMessages.showMembers : activityMessages.showLog}
                </button>
              ))}
            </div>
          )}
        </div>
      </header>
      {shown === "activity" ? (
        <div className="rk-user-management__body" data-scope="user-management" data-part="body" data-details="closed">
          <RosterErrorBoundary part="activity" {...reporting}>
            <LazyActivityLog headingLevel={Math.min(headingLevel + 1, 5) as 2 | 3 | 4 | 5} />
          </RosterErrorBoundary>
        </div>
      ) : (
        <div
          className="rk-user-management__body"
          data-scope="user-management"
          data-part="body"
          data-details={details === null ? "closed" : "open"}
          onPointerOver={prefetchDetailsFromMenu}
          onFocus={prefetchDetailsFromMenu}
        >
          <RosterErrorBoundary part="table" {...reporting}>
            <UsersTable {...table} onOpenDetails={openDetails} onEditMember={editMember} />
          </RosterErrorBoundary>
          {details !== null && (
            <div ref={detailsRef} className="rk-user-management__details" data-scope="user-management" data-part="details">
              <RosterErrorBoundary key={details.memberId} part="details" onClose={closeDetails} {...reporting}>
                <LazyMemberDetailsPanel memberId={details.memberId} onClose={closeDetails} onShown={focusDetails} />
              </RosterErrorBoundary>
            </div>
          )}
        </div>
      )}
      <RosterErrorBoundary part="confirm" {...reporting}>
        <ConfirmStatusModal />
      </RosterErrorBoundary>
    </section>
  );
}

/**
 * The drop-in user management console (R1–R25 through the parts it composes): a header with the
 * workspace's name (or "All users" in the instance view), its billable seat count (R16) and a scope
 * switcher ("All users" for super admins only, R2), an "Invite members" button opening the invite
 * dialog (R5–R10), the users table with its row menus (R21, R24, R25), the member details panel, the
 * one confirm modal of every status change (R20, R22) and a polite live region.
 *
 * Each part stands behind its own {@link RosterErrorBoundary}: a part that fails to render is replaced
 * by a message naming it, with "Try again", while the others keep working; the invite drafts live in
 * the store, so nothing typed is lost. `onPartError` hears about it.
 *
 * Give it a `store`, or an `adapter`, `actor` and `scope` (and `config`) to create one; it wraps
 * {@link RosterProvider}, so `messages`, `locale`, `dir`, `theme`, `unstyled` and `onEvent` work the
 * same. Renders on the server (`react-dom/server`) without touching `window` or `document`.
 *
 * When the adapter keeps an activity history, "Members" and "Activity" buttons (pressed or not) switch
 * the body between the table and the {@link ActivityLog} of the scope (the workspace's, or the instance's
 * in "All users").
 *
 * Pay for what you use (issue 11): the first paint ships the header, the table with its row menu and the
 * confirm modal. The invite dialog (with its bulk mode), the member details panel (with its edit form)
 * and the activity log are downloaded the first time they are asked for, and prefetched when the pointer
 * or focus reaches what opens them ("Invite members", a row menu's trigger, "Activity"). Meanwhile the
 * invite button is busy with "Opening the invite form…" next to it, and the details or activity show a
 * focusable status (`data-part="loading"`, `data-for` the part); a download that fails is shown by that
 * part's error boundary, whose "Try again" downloads it again.
 *
 * Parts: `data-scope="user-management"`, `data-part="root" | "header" | "heading" | "title" |
 * "controls" | "views" | "view-trigger" | "body" | "details" | "loading"`, each also with the class
 * `rk-user-management__<part>` (the root `rk-user-management`; the theme styles the classes), with
 * `data-view="workspace" | "instance"` on the root and `data-view="members" | "activity"` on each view trigger.
 * @example
 * import { UserManagement } from "rosterkit";
 * import { createMemoryAdapter, generateSeed } from "rosterkit/adapters";
 * import "rosterkit/styles.css";
 *
 * const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 50 }), actorId: "u-1" });
 * const actor = adapter.backend.actorFor("u-1");
 *
 * export function MembersPage() {
 *   return (
 *     <UserManagement
 *       adapter={adapter}
 *       actor={actor}
 *       scope={{ kind: "workspace", workspaceId: "ws-1" }}
 *       config={{ lifecycle: "archive", deployment: "self-hosted" }}
 *       theme="auto"
 *       onEvent={(event) => audit.log(event)}
 *     />
 *   );
 * }
 */
export function UserManagement(props: UserManagementProps): ReactNode {
  const { headingLevel, closeInviteOnSuccess, table, onPartError, ...providerProps } = props;
  return (
    <RosterProvider {...providerProps}>
      <UserManagementConsole
        {...(headingLevel === undefined ? {} : { headingLevel })}
        {...(closeInviteOnSuccess === undefined ? {} : { closeInviteOnSuccess })}
        {...(table === undefined ? {} : { table })}
        {...(onPartError === undefined ? {} : { onPartError })}
      />
    </RosterProvider>
  );
}
