import type { ActivityAction, ActivityEvent, ActivityMemberState, ActivityPage, ActivityQuery } from "../core/activity.types";
import { decodeActivityCursor, encodeActivityCursor } from "../core/activity";
import type { SqlExecutor, SqlParam } from "./sql";

/**
 * An activity page in SQL (R28): the events of a workspace, of a member or of the instance, newest
 * first, keyset-paged on the log's id. Every shape of query reads an index that ends with the id
 * (migrations 0001 and 0003), in index order, cut at the page size; several actions read one range each,
 * merged. Names come from the users as they are now. Internal to `src/server`.
 * @module
 */

interface ActivityRow {
  readonly id: string;
  readonly actor: string;
  readonly actor_name: string | null;
  readonly action: ActivityAction;
  readonly target: string | null;
  readonly target_name: string | null;
  readonly target_email: string | null;
  readonly scope_kind: "workspace" | "instance";
  readonly workspace_id: string | null;
  readonly before: ActivityMemberState | null;
  readonly after: ActivityMemberState;
  readonly at: Date;
  readonly request_id: string | null;
}

function eventOf(row: ActivityRow): ActivityEvent {
  return {
    id: row.id,
    actor: row.actor,
    actorName: row.actor_name,
    action: row.action,
    target: row.target ?? "",
    targetName: row.target_name,
    targetEmail: row.target_email ?? "",
    scope: row.scope_kind === "instance" ? { kind: "instance" } : { kind: "workspace", workspaceId: row.workspace_id ?? "" },
    before: row.before,
    after: row.after,
    at: row.at.toISOString(),
    requestId: row.request_id,
  };
}

/** Reads one page of the log as the query says (the engine checked the query and the reader's rights). */
export async function listActivitySql(db: SqlExecutor, schema: string, query: ActivityQuery): Promise<ActivityPage> {
  const params: SqlParam[] = [];
  const bind = (value: SqlParam): string => {
    params.push(value);
    return `$${String(params.length)}`;
  };
  const { scope, memberId, actorId } = query;
  const where: string[] = [];
  if (typeof memberId === "string") {
    where.push(`e.target = ${bind(memberId)}`);
    // A member's history in a workspace holds what was done to them there and at instance level.
    if (scope.kind === "workspace") where.push(`(e.workspace_id = ${bind(scope.workspaceId)} OR e.scope_kind = 'instance')`);
  } else if (scope.kind === "workspace") {
    where.push(`e.workspace_id = ${bind(scope.workspaceId)}`);
  }
  if (typeof actorId === "string") where.push(`e.actor = ${bind(actorId)}`);
  if (typeof query.cursor === "string") where.push(`e.id < ${bind(decodeActivityCursor(query.cursor))}::bigint`);
  const take = bind(query.limit + 1);
  const actions = [...new Set(query.actions ?? [])];
  const range = (conditions: readonly string[]) =>
    `SELECT e.id FROM ${schema}.activity_events e ${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : ""} ORDER BY e.id DESC LIMIT ${take}`;
  const ids =
    actions.length === 0
      ? range(where)
      : `SELECT r.id FROM (${actions.map((action) => `(${range([...where, `e.action = ${bind(action)}`])})`).join(" UNION ALL ")}) AS r ORDER BY r.id DESC LIMIT ${take}`;
  const { rows } = await db.query<ActivityRow>(
    `SELECT e.id::text AS id, e.actor, a.name AS actor_name, e.action, e.target, t.name AS target_name, e.target_email, e.scope_kind, e.workspace_id,
            e.before, e.after, e.at, e.request_id
       FROM (${ids}) AS page
       JOIN ${schema}.activity_events e ON e.id = page.id
       LEFT JOIN ${schema}.users a ON a.id = e.actor
       LEFT JOIN ${schema}.users t ON t.id = e.target
      ORDER BY e.id DESC`,
    params,
  );
  const events = rows.slice(0, query.limit).map(eventOf);
  const last = events[events.length - 1];
  return { events: Object.freeze(events), nextCursor: rows.length > query.limit && last ? encodeActivityCursor(last.id) : null };
}
