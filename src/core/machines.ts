import { activitySlice } from "./activity.machine";
import { bulkInviteSlice } from "./bulk-invite.machine";
import { bulkStatusSlice } from "./bulk-status.machine";
import { exportSlice } from "./export.machine";
import { invitationSlice } from "./invitation.machine";
import { inviteSlice } from "./invite.machine";
import { listSlice } from "./list.machine";
import { memberEditSlice } from "./member-edit.machine";
import { statusChangeSlice } from "./status-change.machine";
import type { MachineSlice } from "./store.types";

/**
 * The machines the store runs, listed once: each brings its transition, its effect handlers and what it
 * reads of the snapshot (`MachineSlice`). The snapshot holds each one's state under its key and the
 * store routes each one's commands to it, so adding a machine is adding it here. Internal to the core:
 * not exported from `rosterkit/core`.
 * @module
 */

/**
 * Every machine slice of the store, in the order a scope switch reaches them: the dialogs let go of the
 * previous scope's members before the list loads the new scope.
 */
export const MACHINES = [statusChangeSlice, bulkStatusSlice, inviteSlice, memberEditSlice, bulkInviteSlice, invitationSlice, activitySlice, listSlice, exportSlice] as const;

type Machine = (typeof MACHINES)[number];

/** The state of a slice. */
type StateOf<Slice> = Slice extends MachineSlice<string, infer State, { readonly type: string }, unknown, { readonly type: string }> ? State : never;

/** The UI commands of a slice. */
type CommandOf<Slice> = Slice extends MachineSlice<string, unknown, infer Command, unknown, { readonly type: string }> ? Command : never;

/** The part of the snapshot the machines hold: each machine's state under its key. */
export type MachineStates = { readonly [Slice in Machine as Slice["key"]]: StateOf<Slice> };

/** Every UI command some machine handles. */
export type MachineCommand = CommandOf<Machine>;
