import type { ButtonHTMLAttributes, ReactNode } from "react";
import type { Decision } from "../core/policy";
import { can, denial } from "../core/policy";
import type { RosterSnapshot } from "../core/store";

/** R5: the instance scope has no workspace to invite into. */
const NO_WORKSPACE = denial("R5.noWorkspace", {});

/**
 * Whether the actor may invite in the current scope (R1, R3, R5): the invite dialog's trigger and the
 * console's lazy stand-in for it decide with this one selector.
 */
export function selectInviteDecision(snapshot: RosterSnapshot): Decision {
  const { scope } = snapshot;
  return scope.kind === "instance" ? NO_WORKSPACE : can(snapshot.policy, { action: "invite", workspaceId: scope.workspaceId });
}

/** A line next to the invite button: why it is refused, or that the form is opening. */
export interface InviteTriggerNote {
  /** The note's element id, which describes the button when the button says so (`aria-describedby`). */
  readonly id: string;
  /** Which note it is (its `data-part` and class). */
  readonly part: "disabled-reason" | "pending";
  readonly text: string;
}

/** Props of {@link InviteTriggerGroup}: the button's own attributes and handlers, its text and a note. */
export interface InviteTriggerGroupProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className" | "children"> {
  /** The button's text. */
  readonly label: ReactNode;
  /** The line shown next to the button, if any. */
  readonly note?: InviteTriggerNote | null;
  /** The button's state for styles (`data-state`). */
  readonly "data-state"?: string;
}

/**
 * The invite button outside the dialog (the dialog's refused trigger and the console's lazy stand-in):
 * the primary button with the kit's invite-dialog parts, and a note next to it.
 */
export function InviteTriggerGroup({ label, note, ...button }: InviteTriggerGroupProps): ReactNode {
  return (
    <span className="rk-invite-dialog__trigger-group" data-scope="invite-dialog" data-part="trigger-group">
      <button {...button} type="button" className="rk-invite-dialog__trigger" data-scope="invite-dialog" data-part="trigger" data-variant="primary">
        {label}
      </button>
      {note && (
        <span className={`rk-invite-dialog__${note.part}`} data-scope="invite-dialog" data-part={note.part} id={note.id}>
          {note.text}
        </span>
      )}
    </span>
  );
}

/** Props of {@link DeniedInviteTrigger}. */
export interface DeniedInviteTriggerProps {
  /** The button's text. */
  readonly label: ReactNode;
  /** Why the actor may not invite, shown next to the button. */
  readonly reason: string;
  /** The id of the reason's element, which describes the button. */
  readonly reasonId: string;
}

/**
 * The invite button when the actor may not invite: disabled (`aria-disabled`) and described by the reason
 * shown next to it. Used by the invite dialog and by the console's lazy stand-in, so both look the same.
 */
export function DeniedInviteTrigger({ label, reason, reasonId }: DeniedInviteTriggerProps): ReactNode {
  return <InviteTriggerGroup label={label} note={{ id: reasonId, part: "disabled-reason", text: reason }} aria-disabled="true" aria-describedby={reasonId} />;
}
