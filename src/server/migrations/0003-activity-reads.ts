import type { Migration } from "./migration.types";

/**
 * Reading the activity log (R28): a page of events is newest first, `id < cursor ORDER BY id DESC`, read
 * from an index that ends with the id, so a page costs the page whatever the size of the log. 0001 has
 * the log by workspace `(workspace_id, id)` and by member `(target, id)`; these add the filters of the
 * activity view: by who acted, and by action, each for the whole instance and within a workspace. A
 * query with several actions reads one index range per action and merges them.
 */
export const activityReads: Migration = {
  version: 3,
  name: "activity-reads",
  statements: [
    `CREATE INDEX activity_events_actor ON activity_events (actor, id)`,
    `CREATE INDEX activity_events_action ON activity_events (action, id)`,
    `CREATE INDEX activity_events_workspace_actor ON activity_events (workspace_id, actor, id)`,
    `CREATE INDEX activity_events_workspace_action ON activity_events (workspace_id, action, id)`,
  ],
};
