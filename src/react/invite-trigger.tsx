import type { ReactNode } from "react";
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
  return (
    <span className="rk-invite-dialog__trigger-group" data-scope="invite-dialog" data-part="trigger-group">
      <button
        type="button"
        className="rk-invite-dialog__trigger"
        data-scope="invite-dialog"
        data-part="trigger"
        data-variant="primary"
        aria-disabled="true"
        aria-describedby={reasonId}
      >
        {label}
      </button>
      <span className="rk-invite-dialog__disabled-reason" data-scope="invite-dialog" data-part="disabled-reason" id={reasonId}>
        {reason}
      </span>
    </span>
  );
}
