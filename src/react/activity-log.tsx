"use client";

import type { FormEvent, ReactNode } from "react";
import { useId, useMemo, useRef, useState } from "react";
import type { ActivityFilter } from "../core/activity.machine";
import type { ActivityAction, ActivityEvent } from "../core/activity.types";
import { ACTIVITY_ACTIONS } from "../core/activity.types";
import { isActivityAction } from "../core/activity";
import { ActivityEntry, ActivityFeedFooter, useActivityFeed, useActivityNames } from "./activity-entry";
import { withHostClass } from "./part-class";
import { useRosterFormat } from "./use-roster";
import { defaultActivityMessages } from "./messages/activity";
import { useMessageSection } from "./messages/use-section";

/** Props of {@link ActivityLog}. */
export interface ActivityLogProps {
  /**
   * Level of the log's heading; the days under it take the next level.
   * @default 2
   */
  readonly headingLevel?: 2 | 3 | 4 | 5;
  /** Events per page ("Load more" asks for the next ones). @default 20 */
  readonly pageSize?: number;
  /** Class of the log's root element. */
  readonly className?: string;
}

/** A person the loaded history names, for the person filter. */
interface KnownPerson {
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
}

type PersonRole = "actor" | "target";

function rememberPeople(directory: Map<string, KnownPerson>, events: readonly ActivityEvent[]): void {
  for (const event of events) {
    const target = directory.get(event.target);
    directory.set(event.target, { id: event.target, name: event.targetName ?? target?.name ?? null, email: event.targetEmail });
    if (!directory.has(event.actor)) directory.set(event.actor, { id: event.actor, name: event.actorName, email: null });
  }
}

function personLabel(person: KnownPerson): string {
  return person.name ?? person.email ?? person.id;
}

/** The person whose name or email is exactly `text` (any case), among those the history named. */
function findPerson(directory: ReadonlyMap<string, KnownPerson>, text: string): KnownPerson | undefined {
  const wanted = text.trim().toLowerCase();
  return [...directory.values()].find((person) => person.name?.toLowerCase() === wanted || person.email?.toLowerCase() === wanted || person.id === text.trim());
}

interface DayGroup {
  readonly day: string;
  readonly events: readonly ActivityEvent[];
}

/** Events in days, in their order (newest first), by the date the locale and time zone show. */
function byDay(events: readonly ActivityEvent[], dayOf: (iso: string) => string): DayGroup[] {
  const groups: { day: string; events: ActivityEvent[] }[] = [];
  for (const event of events) {
    const day = dayOf(event.at);
    const last = groups.at(-1);
    if (last?.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}

/**
 * The activity log of the store's scope (R28): a workspace's changes, or the whole instance's for a
 * super admin in the "All users" view (R2). The backend decides who may read it: a refusal is shown as
 * the feed's error, never hidden. Events come newest first, grouped under a heading per day, each as
 * "Ada Lovelace archived Grace Hopper", when, where and what changed. Filters: by action (a select) and
 * by person (a search over the people the loaded history names, as the one who made the change or the
 * one it was made to); a name that matches no one says so and keeps what was typed. "Load more" pages
 * with the backend's cursor; loaded counts are announced through the console's live region. Renders
 * nothing when the adapter keeps no history. Read only.
 *
 * Parts: `data-scope="activity"`, `data-part="log" | "title" | "filters" | "field" | "day" | "day-title" |
 * "entries" | "entry" | "headline" | "time" | "where" | "changes" | "loading" | "empty" | "error" |
 * "retry" | "load-more" | "end" | "select" | "search-input" | "hint" | "field-error" | "filter-actions" |
 * "apply" | "clear"`, each also with the class `rk-activity__<part>` (the theme styles the classes).
 * @example
 * <ActivityLog />
 */
export function ActivityLog({ headingLevel = 2, pageSize, className }: ActivityLogProps): ReactNode {
  const id = useId();
  const a = useMessageSection("activity", defaultActivityMessages);
  const format = useRosterFormat();
  const names = useActivityNames();
  const [action, setAction] = useState<ActivityAction | "">("");
  const [personText, setPersonText] = useState("");
  const [personRole, setPersonRole] = useState<PersonRole>("target");
  const [person, setPerson] = useState<KnownPerson | null>(null);
  const [personError, setPersonError] = useState<string | null>(null);
  const personInput = useRef<HTMLInputElement>(null);
  const actionSelect = useRef<HTMLSelectElement>(null);
  const directory = useRef(new Map<string, KnownPerson>()).current;

  const filter = useMemo<ActivityFilter>(
    () => ({ actions: action === "" ? [] : [action], memberId: person && personRole === "target" ? person.id : null, actorId: person && personRole === "actor" ? person.id : null }),
    [action, person, personRole],
  );
  const view = useActivityFeed({ feed: `log:${id}`, filter, pageSize, reloadKey: "", announceEveryPage: true });
  const events = view.feed?.events ?? [];
  rememberPeople(directory, events);
  if (!view.available) return null;

  const Heading = `h${headingLevel}` as const;
  const DayHeading = `h${(headingLevel + 1) as 3 | 4 | 5 | 6}` as const;
  const filtered = filter.actions.length > 0 || person !== null;

  const applyPerson = (event: FormEvent) => {
    event.preventDefault();
    if (personText.trim() === "") {
      setPerson(null);
      setPersonError(null);
      return;
    }
    const found = findPerson(directory, personText);
    setPerson(found ?? person);
    setPersonError(found ? null : a.personUnknown({ text: personText.trim() }, format));
    if (!found) personInput.current?.focus();
  };
  const clear = () => {
    setAction("");
    setPersonText("");
    setPerson(null);
    setPersonError(null);
    // The button goes away with the filters: the first filter takes the focus.
    actionSelect.current?.focus();
  };

  return (
    <section className={withHostClass("rk-activity__log", className)} data-scope="activity" data-part="log" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="rk-activity__title" data-scope="activity" data-part="title">
        {a.logTitle}
      </Heading>
      <form role="search" aria-label={a.filtersLabel} className="rk-activity__filters" data-scope="activity" data-part="filters" onSubmit={applyPerson} noValidate>
        <div className="rk-activity__field" data-scope="activity" data-part="field">
          <label htmlFor={`${id}-action`} data-part="label">{a.actionFilter}</label>
          <select
            ref={actionSelect}
            id={`${id}-action`}
            className="rk-activity__select" data-scope="activity"
            data-part="select"
            value={action}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setAction(isActivityAction(value) ? value : "");
            }}
          >
            <option value="">{a.allActions}</option>
            {ACTIVITY_ACTIONS.map((name) => (
              <option key={name} value={name}>
                {a.actionName[name]}
              </option>
            ))}
          </select>
        </div>
        <div className="rk-activity__field" data-scope="activity" data-part="field">
          <label htmlFor={`${id}-person`} data-part="label">{a.personFilter}</label>
          <input
            ref={personInput}
            id={`${id}-person`}
            type="search"
            className="rk-activity__search-input" data-scope="activity"
            data-part="search-input"
            list={`${id}-people`}
            autoComplete="off"
            value={personText}
            aria-invalid={personError !== null || undefined}
            aria-describedby={personError === null ? `${id}-person-hint` : `${id}-person-error ${id}-person-hint`}
            onChange={(event) => {
              setPersonText(event.currentTarget.value);
              setPersonError(null);
            }}
          />
          <datalist id={`${id}-people`}>
            {[...directory.values()].map((known) => (
              <option key={known.id} value={personLabel(known)} />
            ))}
          </datalist>
          <span id={`${id}-person-hint`} className="rk-activity__hint" data-scope="activity" data-part="hint">
            {a.personHint}
          </span>
          {personError !== null && (
            <span id={`${id}-person-error`} role="alert" className="rk-activity__field-error" data-scope="activity" data-part="field-error">
              {personError}
            </span>
          )}
        </div>
        <div className="rk-activity__field" data-scope="activity" data-part="field">
          <label htmlFor={`${id}-role`} data-part="label">{a.personRole}</label>
          <select id={`${id}-role`} className="rk-activity__select" data-scope="activity" data-part="select" value={personRole} onChange={(event) => setPersonRole(event.currentTarget.value === "actor" ? "actor" : "target")}>
            <option value="target">{a.personAsTarget}</option>
            <option value="actor">{a.personAsActor}</option>
          </select>
        </div>
        <div className="rk-activity__filter-actions" data-scope="activity" data-part="filter-actions">
          <button type="submit" data-variant="secondary" className="rk-activity__apply" data-scope="activity" data-part="apply">
            {a.applyFilters}
          </button>
          {(filtered || personText !== "") && (
            <button type="button" data-variant="ghost" className="rk-activity__clear" data-scope="activity" data-part="clear" onClick={clear}>
              {a.clearFilters}
            </button>
          )}
        </div>
      </form>
      {events.length > 0 && (
        <div className="rk-activity__days" data-scope="activity" data-part="days" aria-busy={view.feed?.status === "loading" || undefined}>
          {byDay(events, format.date).map((group, index) => (
            <section key={group.day} className="rk-activity__day" data-scope="activity" data-part="day" aria-labelledby={`${id}-day-${String(index)}`}>
              <DayHeading id={`${id}-day-${String(index)}`} className="rk-activity__day-title" data-scope="activity" data-part="day-title">
                {group.day}
              </DayHeading>
              <ol className="rk-activity__entries" data-scope="activity" data-part="entries">
                {group.events.map((event) => (
                  <ActivityEntry key={event.id} event={event} names={names} wording="sentence" withTime />
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
      <ActivityFeedFooter view={view} empty={filtered ? a.emptyFiltered : a.emptyLog} />
    </section>
  );
}
