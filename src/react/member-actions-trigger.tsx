"use client";

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { forwardRef } from "react";
import type { Member } from "../core/domain.types";
import type { MemberAction } from "../core/selectors";
import type { ActionMessages } from "./messages/types";

/**
 * What the row menu's light shell (`member-actions-menu.tsx`) and its body loaded on demand
 * (`member-actions-content.tsx`) both use: the kebab button, the same element before and after the
 * Radix menu mounts, and the labels of members and actions.
 * @module
 */

/** The label of an offered action: archive and unarchive name the instance level in instance scope (R2). */
export function memberActionLabel(actionMessages: ActionMessages, action: MemberAction, member: Member): string {
  const instance = member.scope.kind === "instance";
  switch (action) {
    case "archive":
      return instance ? actionMessages.archiveInstance : actionMessages.archive;
    case "unarchive":
      return instance ? actionMessages.unarchiveInstance : actionMessages.unarchive;
    case "edit":
      return actionMessages.edit;
    default:
      return actionMessages[action];
  }
}

/** The name a member is called by in labels: their name, or their email while they have none. */
export function memberDisplayName(member: Pick<Member, "name" | "email">): string {
  return member.name.trim() === "" ? member.email : member.name;
}

/** U+22EE VERTICAL ELLIPSIS: the kebab, visible with or without the kit's theme and in forced colours. */
const KEBAB_GLYPH = "\u22EE";

/** Props of {@link TriggerButton}: its name, its state, and the handlers of whoever drives it. */
export interface TriggerButtonProps extends Pick<ButtonHTMLAttributes<HTMLButtonElement>, "onPointerDown" | "onKeyDown" | "onPointerEnter" | "onFocus"> {
  readonly label: string;
  /** `loading`: pressed while the menu downloads; it opens once there (`aria-busy`, still not expanded). */
  readonly state: "open" | "closed" | "loading";
}

/**
 * The kebab button, the same markup before and after the Radix root mounts. `forwardRef`, not a `ref`
 * prop: React 18 does not pass `ref` to function components, and Radix's `asChild` hands it one (with
 * its own props, spread first so that the state shown is this one's).
 */
export const TriggerButton = forwardRef<HTMLButtonElement, TriggerButtonProps>(function TriggerButton({ label, state, ...handlers }, ref): ReactNode {
  return (
    <button
      {...handlers}
      ref={ref}
      type="button"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={state === "open"}
      aria-busy={state === "loading" ? true : undefined}
      className="rk-member-actions__trigger"
      data-scope="member-actions"
      data-part="trigger"
      data-state={state}
    >
      {/* The three dots are a text glyph, not an <svg>: every row has this button, and an icon of its own
          would be two more elements per row to match, style and lay out. The name is aria-label's. */}
      {KEBAB_GLYPH}
    </button>
  );
});
