import { activityMachine } from "./activity.machine";
import { bulkInviteMachine } from "./bulk-invite.machine";
import { bulkStatusMachine } from "./bulk-status.machine";
import { exportMachine } from "./export.machine";
import { invitationMachine } from "./invitation.machine";
import { inviteMachine } from "./invite.machine";
import type { listMachine } from "./list.machine";
import { memberEditMachine } from "./member-edit.machine";
import { statusChangeMachine } from "./status-change.machine";
import type { AnyMachineSlice, MachineSlice } from "./store.types";

/**
 * The machines a store can run besides the list, listed once, and the snapshot and command types they
 * make. Each brings its transition, its effect handlers and what it reads of the snapshot
 * (`MachineSlice`). The store imports only the list machine and the types of this module: a host adds
 * the others (`createRosterStore({ machines })`, `store.use(…)`), so a bundle carries only the machines
 * its host imports; {@link allMachines} is for hosts that want every one.
 * @module
 */

/**
 * A machine the store can run: one of the machines `rosterkit/core` exports (`statusChangeMachine`,
 * `inviteMachine`, … or all of them in {@link allMachines}). Give them to `createRosterStore({ machines })`
 * or to `store.use(…)`; the snapshot then holds each one's state under its `key`.
 */
export type RosterMachine = AnyMachineSlice;

/**
 * Every machine the store can run besides the list (which it always runs), for a host that uses every
 * flow: `createRosterStore({ ...options, machines: allMachines })`. Only a bundle that imports it carries
 * them all. Listed in the order a scope switch reaches them; the store always lets the list go last (the
 * dialogs let go of the previous scope's members before the list loads the new scope).
 * @example
 * const store = createRosterStore({ adapter, actor, scope, machines: allMachines });
 */
export const allMachines = [statusChangeMachine, bulkStatusMachine, inviteMachine, memberEditMachine, bulkInviteMachine, invitationMachine, activityMachine, exportMachine] as const;

/** A machine a host adds to the store. */
type OptionalMachine = (typeof allMachines)[number];

/** The state a machine keeps in the snapshot. */
export type MachineStateOf<Machine> = Machine extends MachineSlice<string, infer State, { readonly type: string }, unknown, { readonly type: string }> ? State : never;

/** The UI commands of a machine. */
type CommandOf<Machine> = Machine extends MachineSlice<string, unknown, infer Command, unknown, { readonly type: string }> ? Command : never;

/**
 * The part of the snapshot the machines hold, each machine's state under its key: the list's always,
 * every other machine's only once the store runs it (`createRosterStore({ machines })`, `store.use(…)`),
 * so a reader handles the store that does not.
 */
export type MachineStates = { readonly [Machine in typeof listMachine as Machine["key"]]: MachineStateOf<Machine> } & {
  readonly [Machine in OptionalMachine as Machine["key"]]?: MachineStateOf<Machine>;
};

/** Every UI command some machine handles. */
export type MachineCommand = CommandOf<OptionalMachine | typeof listMachine>;
