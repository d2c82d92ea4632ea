import type { Migration } from "./migration.types";

/**
 * Counts moved at commit. A change used to add its deltas to its workspaces' `active_admins`,
 * `billable_seats` and `total_members` (0002) with an `UPDATE` in its transaction, whose row lock then
 * stayed until the commit, a few round trips later: every write of a workspace waited on the one
 * before it. Now a change inserts its deltas into `count_moves` (an insert takes no lock another change
 * waits on), and a deferred constraint trigger adds each to its workspace's row inside the `COMMIT`,
 * then deletes it: the row is locked from there to the end of that same `COMMIT` only. The counts stay
 * exact (each delta is applied once, with its transaction) and the table stays empty between commits.
 * A transaction inserts its moves in workspace id order, and the trigger applies them in that order, so
 * two commits take the same rows in the same order.
 *
 * R15 is unchanged: a change that can lower a workspace's active-admin count still locks its row with
 * `SELECT … FOR UPDATE` before deciding, so the count it reads is exact; a move only raises it or comes
 * from such a change.
 */
export const countMoves: Migration = {
  version: 4,
  name: "count-moves",
  statements: [
    `CREATE TABLE count_moves (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id text NOT NULL,
      active_admins integer NOT NULL,
      billable_seats integer NOT NULL,
      total_members integer NOT NULL
    )`,
    `COMMENT ON TABLE count_moves IS 'Count deltas of uncommitted changes, applied to workspaces and deleted as their transaction commits'`,
    `CREATE FUNCTION count_moves_apply() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT
      AS $$
      BEGIN
        UPDATE workspaces
           SET active_admins = active_admins + NEW.active_admins,
               billable_seats = billable_seats + NEW.billable_seats,
               total_members = total_members + NEW.total_members
         WHERE id = NEW.workspace_id;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'Rosterkit: workspace % is gone, so its counts cannot move', NEW.workspace_id;
        END IF;
        DELETE FROM count_moves WHERE id = NEW.id;
        RETURN NULL;
      END
      $$`,
    `CREATE CONSTRAINT TRIGGER count_moves_apply AFTER INSERT ON count_moves
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_moves_apply()`,
  ],
};
