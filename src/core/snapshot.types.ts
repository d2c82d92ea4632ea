import type { Scope } from "./domain.types";
import type { PageInfo } from "./list.machine";
import type { MachineCommand, MachineStateOf, MachineStates, RosterMachine } from "./machines";
import type { Denied } from "./policy";
import type { StoreFacts } from "./store.types";

/**
 * What the store holds and what a UI sends it: the snapshot (the store's own facts, each machine's state
 * and the rows derived from the list) and the events. The store and the selectors both import these
 * types from here, and neither imports the other.
 * @module
 */

/**
 * Everything a UI renders, immutable; unchanged parts keep their references from one snapshot to the
 * next. Besides the store's facts and the derived rows it holds the state of each machine the store runs:
 * always `list`; and, once the host adds their machines (`createRosterStore({ machines })`,
 * `store.use(…)`, or the components' `useRosterMachine`), `statusChange`, `bulkStatus` (a status change of
 * several members, reported per member), `invite`, `bulkInvite` (people from a CSV file or a pasted list,
 * previewed and sent in batches), `memberEdit`, `invitations` (each member's invitation link, R10),
 * `activity` (the open views of the activity history, R28) and `export` (the CSV export of the list's
 * current view, R25). Those keys are optional: `undefined` while the store does not run the machine.
 */
export interface RosterSnapshot extends StoreFacts, MachineStates {
  /** The latest refused scope switch (instance scope requires super admin, R2). */
  readonly scopeRefusal: Denied | null;
  /** Ids of the rows on the current page, in order. */
  readonly rows: readonly string[];
  /** Members matching the query, `null` when the server cannot count. */
  readonly rowCount: number | null;
  readonly page: PageInfo;
}

/** Events the store handles itself, besides the machines' commands. */
export type StoreCommand =
  /** Switch between a workspace and the instance ("All users" requires super admin, R2). */
  | { readonly type: "SCOPE.SET"; readonly scope: Scope }
  /** Load one member again (a detail panel opened on a member not on the page). */
  | { readonly type: "MEMBER.REFRESH"; readonly memberId: string }
  /** Load the workspace summaries again. */
  | { readonly type: "WORKSPACES.LOAD" };

/** Every event a UI sends to the store: a machine's command or one of the store's own. */
export type RosterEvent = MachineCommand | StoreCommand;

/**
 * The snapshot of a store created with these `machines`: their states are there from the start, so
 * reading them needs no check (`createRosterStore` returns a store of this snapshot type). A machine added
 * later with `use` stays optional in the type.
 * @example
 * const store = createRosterStore({ adapter, actor, scope, machines: [inviteMachine] });
 * store.getSnapshot().invite.drafts; // InviteState, not `InviteState | undefined`
 */
export type RosterSnapshotWith<Machines extends readonly RosterMachine[]> = RosterSnapshot & {
  readonly [Machine in Machines[number] as string extends Machine["key"] ? never : Machine["key"]]: MachineStateOf<Machine>;
};
