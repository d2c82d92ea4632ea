"use client";

import type { ReactNode } from "react";
import { useId, useMemo } from "react";
import type { ActivityFilter } from "../core/activity.machine";
import { ActivityEntry, ActivityFeedFooter, useActivityFeed, useActivityNames } from "./activity-entry";
import { withHostClass } from "./part-class";
import { useRosterSelector } from "./use-roster";
import { defaultActivityMessages } from "./messages/activity";
import { useMessageSection } from "./messages/use-section";

/** Props of {@link MemberTimeline}. */
export interface MemberTimelineProps {
  /** The member whose history to show (a user id). */
  readonly memberId: string;
  /**
   * Level of the timeline's heading, to fit the page's outline (the details panel's title is an `h2`).
   * @default 3
   */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Events per page ("Load more" asks for the next ones). @default 20 */
  readonly pageSize?: number;
  /** Class of the timeline's root element. */
  readonly className?: string;
}

/**
 * A member's history (R28), newest first: each change as "Archived by Ada Lovelace", when (the date and
 * how long ago, in a `<time>`), where (the workspace, or "All workspaces" for an instance-level change)
 * and what changed (status, role, groups). It reads the store's scope: in a workspace, the changes made
 * there and those made to the member at instance level. It loads again when the member changes (a
 * status change made in the panel shows at once), pages with "Load more", and shows the backend's
 * refusal or failure with "Try again". Renders nothing when the adapter keeps no history (no
 * `listActivity`). Read only: nothing in it edits or deletes history.
 *
 * Parts: `data-scope="activity"`, `data-part="timeline" | "title" | "entries" | "entry" | "headline" |
 * "time" | "where" | "changes" | "loading" | "empty" | "error" | "retry" | "load-more" | "end"`, each also
 * with the class `rk-activity__<part>` (the theme styles the classes); an entry carries `data-action`.
 * @example
 * <MemberTimeline memberId={selectedId} />
 */
export function MemberTimeline({ memberId, headingLevel = 3, pageSize, className }: MemberTimelineProps): ReactNode {
  const id = useId();
  const version = useRosterSelector((snapshot) => snapshot.members.get(memberId)?.version ?? null);
  const filter = useMemo<ActivityFilter>(() => ({ memberId, actorId: null, actions: [] }), [memberId]);
  const view = useActivityFeed({ feed: `timeline:${id}`, filter, pageSize, reloadKey: String(version), announceEveryPage: false });
  const activityMessages = useMessageSection("activity", defaultActivityMessages);
  const names = useActivityNames();
  if (!view.available) return null;
  const Heading = `h${headingLevel}` as const;
  const events = view.feed?.events ?? [];
  return (
    <section className={withHostClass("rk-activity__timeline", className)} data-scope="activity" data-part="timeline" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="rk-activity__title" data-scope="activity" data-part="title">
        {activityMessages.timelineTitle}
      </Heading>
      {events.length > 0 && (
        <ol className="rk-activity__entries" data-scope="activity" data-part="entries" aria-busy={view.feed?.status === "loading" || undefined}>
          {events.map((event) => (
            <ActivityEntry key={event.id} event={event} names={names} wording="byline" withTime={false} />
          ))}
        </ol>
      )}
      <ActivityFeedFooter view={view} empty={activityMessages.emptyTimeline} />
    </section>
  );
}
