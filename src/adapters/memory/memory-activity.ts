import type { ActivityEvent, ActivityPage, ActivityQuery } from "../../core/activity.types";
import { decodeActivityCursor, encodeActivityCursor } from "../../core/activity";
import type { ActivityRecord } from "../../core/commands/command.types";

/**
 * The in-memory storage's activity log (R28): events appended in the transaction of their change and
 * never changed, with an index by workspace and one by member, read newest first with cursor paging.
 * Internal to `src/adapters/memory`.
 * @module
 */

/** An activity event as the storage keeps it (R28): append-only. */
export interface StoredActivity extends ActivityRecord {
  /** Position in the log, from 1. */
  readonly sequence: number;
  readonly at: string;
  readonly requestId: string | null;
}

/** Appends `event` to the list of `key` in `index`. */
function add(index: Map<string, StoredActivity[]>, key: string, event: StoredActivity): void {
  const list = index.get(key);
  if (list) list.push(event);
  else index.set(key, [event]);
}

/** The position after the last event of `events` (sorted by sequence) whose sequence is below `before`. */
function endBefore(events: readonly StoredActivity[], before: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle]?.sequence ?? 0) < before) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The append-only log of one in-memory storage. */
export class ActivityLog {
  private readonly all: StoredActivity[] = [];
  private readonly byWorkspace = new Map<string, StoredActivity[]>();
  private readonly byTarget = new Map<string, StoredActivity[]>();

  /** Every event, oldest first. */
  events(): readonly StoredActivity[] {
    return [...this.all];
  }

  /** Appends the record of a change; answers the undo that takes it out again, for a transaction that rolls back. */
  append(record: ActivityRecord, at: string, requestId: string | null): () => void {
    const event: StoredActivity = Object.freeze({ ...record, sequence: this.all.length + 1, at, requestId });
    this.all.push(event);
    const workspaceId = event.scope.kind === "workspace" ? event.scope.workspaceId : null;
    if (workspaceId !== null) add(this.byWorkspace, workspaceId, event);
    add(this.byTarget, event.target, event);
    return () => {
      this.all.pop();
      if (workspaceId !== null) this.byWorkspace.get(workspaceId)?.pop();
      this.byTarget.get(event.target)?.pop();
    };
  }

  /**
   * One page, newest first: walks back from the cursor through the smallest index that holds every
   * event the query can match (the member's, else the workspace's, else the whole log).
   */
  page(query: ActivityQuery, nameOf: (userId: string) => string | null): ActivityPage {
    const { scope, memberId, actorId } = query;
    const actions = query.actions !== undefined && query.actions.length > 0 ? new Set(query.actions) : null;
    const workspaceId = scope.kind === "workspace" ? scope.workspaceId : null;
    const candidates = (typeof memberId === "string" ? this.byTarget.get(memberId) : workspaceId !== null ? this.byWorkspace.get(workspaceId) : this.all) ?? [];
    const inScope = (event: StoredActivity): boolean => {
      if (workspaceId === null) return true;
      if (event.scope.kind === "workspace") return event.scope.workspaceId === workspaceId;
      // A member's history in a workspace holds what was done to them there and at instance level.
      return typeof memberId === "string";
    };
    const matches = (event: StoredActivity): boolean => inScope(event) && (actions === null || actions.has(event.action)) && (typeof actorId !== "string" || event.actor === actorId);
    const found: StoredActivity[] = [];
    const before = typeof query.cursor === "string" ? Number(decodeActivityCursor(query.cursor)) : Number.POSITIVE_INFINITY;
    for (let position = endBefore(candidates, before) - 1; position >= 0 && found.length <= query.limit; position -= 1) {
      const event = candidates[position];
      if (event && matches(event)) found.push(event);
    }
    const events = found.slice(0, query.limit).map((event): ActivityEvent => ({
      id: String(event.sequence),
      actor: event.actor,
      actorName: nameOf(event.actor),
      action: event.action,
      target: event.target,
      targetName: nameOf(event.target),
      targetEmail: event.targetEmail,
      scope: event.scope,
      before: event.before,
      after: event.after,
      at: event.at,
      requestId: event.requestId,
    }));
    const last = events[events.length - 1];
    return { events: Object.freeze(events), nextCursor: found.length > query.limit && last ? encodeActivityCursor(last.id) : null };
  }
}
