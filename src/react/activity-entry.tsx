"use client";

import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import type { ActivityFeed, ActivityFilter } from "../core/activity.machine";
import { activityMachine } from "../core/activity.machine";
import type { ActivityEvent } from "../core/activity.types";
import type { ActivityDescription } from "../core/activity-description";
import { describeActivity } from "../core/activity-description";
import type { MemberStatus } from "../core/domain.types";
import type { RosterSnapshot } from "../core/store";
import { roleLabel } from "./confirm-status-modal";
import type { RosterFormat } from "./format";
import { useAnnounce } from "./live-region";
import type { ActivityMessages, StatusMessages } from "./messages/types";
import { shallowEqual, useRosterFormat, useRosterMachine, useRosterSelector, useRosterSend } from "./use-roster";
import { errorReason } from "./messages/reasons";
import { defaultActivityMessages } from "./messages/activity";
import { defaultStatusMessages } from "./messages/status";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * What the member timeline and the activity log share (R28): reading a feed of the store's activity
 * machine, the words of one event (people, place, time, what changed) and the feed's states (loading,
 * error with retry, "Load more"). Internal to the React layer.
 * @module
 */

/** Options of {@link useActivityFeed}. */
export interface ActivityFeedOptions {
  /** The feed's name in the store: one per view on screen. */
  readonly feed: string;
  readonly filter: ActivityFilter;
  /** Events per page; the machine's default when missing. */
  readonly pageSize: number | undefined;
  /** Loads the newest page again when it changes (e.g. the member's version after a change). */
  readonly reloadKey: string;
  /** Announce every page that arrives (else only pages asked for with "Load more"). */
  readonly announceEveryPage: boolean;
}

/** What a view needs of its feed. */
export interface ActivityFeedView {
  /** Whether the backend keeps a history; without one the views render nothing. */
  readonly available: boolean;
  /** The feed; `undefined` before its first request (or right after a scope switch). */
  readonly feed: ActivityFeed | undefined;
  readonly more: () => void;
  readonly retry: () => void;
}

function selectScopeKey({ scope }: RosterSnapshot): string {
  return scope.kind === "instance" ? "instance" : `ws:${scope.workspaceId}`;
}

/**
 * Opens a feed of the store's activity machine: loads its newest page on mount, when the filter, the
 * scope or `reloadKey` changes, and closes it on unmount; announces the pages that arrive through the
 * console's live region.
 */
export function useActivityFeed({ feed: name, filter, pageSize, reloadKey, announceEveryPage }: ActivityFeedOptions): ActivityFeedView {
  const send = useRosterSend();
  const activityMessages = useMessageSection("activity", defaultActivityMessages);
  const format = useRosterFormat();
  const announce = useAnnounce();
  const available = useRosterMachine(activityMachine, (activity) => activity.available);
  const feed = useRosterMachine(activityMachine, (activity) => activity.feeds[name]);
  const scopeKey = useRosterSelector(selectScopeKey);
  const { memberId, actorId, actions } = filter;
  // The actions as a value: a new array with the same actions is the same filter.
  const actionsKey = actions.join(",");

  useEffect(() => {
    if (!available) return;
    send({ type: "ACTIVITY.LOAD", feed: name, filter: { memberId, actorId, actions }, ...(pageSize === undefined ? {} : { limit: pageSize }) });
  }, [available, send, name, memberId, actorId, actionsKey, pageSize, reloadKey, scopeKey]);
  useEffect(() => () => send({ type: "ACTIVITY.CLOSE", feed: name }), [send, name]);

  // A page that arrives is announced once: the moment the feed turns ready.
  const previous = useRef<ActivityFeed | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = feed;
    if (feed?.status !== "ready" || before?.status !== "loading") return;
    if (announceEveryPage || before.page === "more") announce(activityMessages.loaded({ count: feed.events.length, more: feed.nextCursor !== null }, format));
  }, [feed, announce, announceEveryPage, activityMessages, format]);

  return {
    available,
    feed,
    more: () => send({ type: "ACTIVITY.MORE", feed: name }),
    retry: () => send({ type: "ACTIVITY.RETRY", feed: name }),
  };
}

/** The names an event's ids stand for: workspaces, roles and the current workspace's groups. */
export interface ActivityNames {
  readonly workspace: (workspaceId: string | null) => string;
  readonly role: (roleId: string | null) => string;
  readonly group: (groupId: string) => string;
}

/** Names of workspaces, roles and groups from the store, for the words of events. */
export function useActivityNames(): ActivityNames {
  const activityMessages = useMessageSection("activity", defaultActivityMessages);
  const { workspaces, roles, groups, fallbackRoles } = useRosterSelector(
    (snapshot) => ({ workspaces: snapshot.workspaces.data, roles: snapshot.roles.data, groups: snapshot.groups.data, fallbackRoles: snapshot.config.roles }),
    shallowEqual,
  );
  return {
    workspace: (workspaceId) => (workspaceId === null ? activityMessages.instanceLevel : (workspaces.find((workspace) => workspace.id === workspaceId)?.name ?? workspaceId)),
    role: (roleId) => roleLabel(roleId, roles, fallbackRoles),
    group: (groupId) => groups.find((group) => group.id === groupId)?.name ?? groupId,
  };
}

/** The actor's and target's names as a headline says them. */
function peopleOf(description: ActivityDescription, activityMessages: ActivityMessages): { readonly actor: string; readonly target: string; readonly self: boolean } {
  return {
    actor: description.actor.name ?? activityMessages.someone,
    target: description.target.name ?? description.target.email,
    self: description.self,
  };
}

/** The sentences of what an event changed: status, role, groups joined and left. */
function changesOf(description: ActivityDescription, names: ActivityNames, a: ActivityMessages, statusLabels: StatusMessages["label"], format: RosterFormat): string[] {
  const { status, role, groupsAdded, groupsRemoved } = description;
  const label = (value: MemberStatus | null) => (value === null ? null : statusLabels[value]);
  const lines: string[] = [];
  if (status !== null && status.after !== null) lines.push(a.statusChange({ before: label(status.before), after: statusLabels[status.after] }, format));
  if (role !== null && role.after !== null) lines.push(a.roleChange({ before: role.before === null ? null : names.role(role.before), after: names.role(role.after) }, format));
  if (groupsAdded.length > 0) lines.push(a.groupsAdded({ groups: groupsAdded.map(names.group) }, format));
  if (groupsRemoved.length > 0) lines.push(a.groupsRemoved({ groups: groupsRemoved.map(names.group) }, format));
  return lines;
}

/** When an event happened, in a `<time>`: the date (and time) and how long ago. */
function ActivityTime({ at, withTime }: { readonly at: string; readonly withTime: boolean }): ReactNode {
  const activityMessages = useMessageSection("activity", defaultActivityMessages);
  const format = useRosterFormat();
  return (
    <time dateTime={at} className="rk-activity__time" data-scope="activity" data-part="time">
      {activityMessages.when({ date: withTime ? format.dateTime(at) : format.date(at), relative: format.relative(at) }, format)}
    </time>
  );
}

/** The list of what an event changed, when it changed anything worth saying. */
function ActivityChanges({ lines }: { readonly lines: readonly string[] }): ReactNode {
  if (lines.length === 0) return null;
  return (
    <ul className="rk-activity__changes" data-scope="activity" data-part="changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Props of {@link ActivityEntry}. */
export interface ActivityEntryProps {
  /** The event the entry tells. */
  readonly event: ActivityEvent;
  /** The names its ids stand for ({@link useActivityNames}, read once for the whole list). */
  readonly names: ActivityNames;
  /**
   * How the headline says it: `"sentence"` who did what to whom (the activity log); `"byline"` what
   * happened to the member and who did it (a member's timeline).
   */
  readonly wording: "sentence" | "byline";
  /** Whether the time of day is shown next to the date. */
  readonly withTime: boolean;
}

/** One event of a history as a list item: its headline, when, where and what it changed (R28). */
export function ActivityEntry({ event, names, wording, withTime }: ActivityEntryProps): ReactNode {
  const activityMessages = useMessageSection("activity", defaultActivityMessages);
  const statusMessages = useMessageSection("status", defaultStatusMessages);
  const format = useRosterFormat();
  const description = describeActivity(event);
  return (
    <li className="rk-activity__entry" data-scope="activity" data-part="entry" data-action={event.action}>
      <span className="rk-activity__headline" data-scope="activity" data-part="headline">
        {activityMessages[wording][event.action](peopleOf(description, activityMessages), format)}
      </span>
      <ActivityTime at={event.at} withTime={withTime} />
      <span className="rk-activity__where" data-scope="activity" data-part="where">
        {names.workspace(description.workspaceId)}
      </span>
      <ActivityChanges lines={changesOf(description, names, activityMessages, statusMessages.label, format)} />
    </li>
  );
}

/** The feed's states around its list: the error with "Try again", the first load, "Load more", the end. */
export function ActivityFeedFooter({ view, empty }: { readonly view: ActivityFeedView; readonly empty: string }): ReactNode {
  const a = useMessageSection("activity", defaultActivityMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const { feed } = view;
  // "Load more" goes away with the last page: the end of the history takes its focus, not the page.
  const pressedMore = useRef(false);
  const endRef = useRef<HTMLParagraphElement>(null);
  const atEnd = feed?.status === "ready" && feed.events.length > 0 && feed.nextCursor === null;
  useEffect(() => {
    if (!atEnd || !pressedMore.current) return;
    pressedMore.current = false;
    endRef.current?.focus();
  }, [atEnd]);
  if (feed === undefined || (feed.status === "loading" && feed.page === "first" && feed.events.length === 0)) {
    return (
      <p role="status" className="rk-activity__loading" data-scope="activity" data-part="loading">
        {a.loading}
      </p>
    );
  }
  if (feed.status === "error") {
    return (
      <div role="alert" className="rk-activity__error" data-scope="activity" data-part="error" data-code={feed.error?.code}>
        <p>{a.failed({ reason: feed.error ? errorReason(feed.error, reasons, format) : reasons.errors.unknown }, format)}</p>
        <button type="button" data-variant="secondary" className="rk-activity__retry" data-scope="activity" data-part="retry" onClick={view.retry}>
          {a.retry}
        </button>
      </div>
    );
  }
  if (feed.events.length === 0) {
    return (
      <p className="rk-activity__empty" data-scope="activity" data-part="empty">
        {empty}
      </p>
    );
  }
  if (feed.nextCursor !== null) {
    const loadingMore = feed.status === "loading" && feed.page === "more";
    return (
      <button
        type="button"
        data-variant="secondary"
        className="rk-activity__load-more" data-scope="activity"
        data-part="load-more"
        aria-disabled={loadingMore || undefined}
        onClick={
          loadingMore
            ? undefined
            : (event) => {
                pressedMore.current = event.currentTarget === event.currentTarget.ownerDocument.activeElement;
                view.more();
              }
        }
      >
        {loadingMore ? a.loadingMore : a.loadMore}
      </button>
    );
  }
  return (
    <p ref={endRef} tabIndex={-1} className="rk-activity__end" data-scope="activity" data-part="end">
      {a.end}
    </p>
  );
}
