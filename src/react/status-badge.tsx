"use client";

import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { Lifecycle, MemberStatus } from "../core/domain.types";
import { defaultStatusLabels } from "./status-labels";
import { useProvidedEnvironment } from "./use-roster";

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps extends Omit<ComponentPropsWithoutRef<"span">, "children"> {
  /** The member's status (R23). */
  readonly status: MemberStatus;
  /** The deployment's lifecycle; set as `data-lifecycle` for styling. @default the provider's, if any */
  readonly lifecycle?: Lifecycle;
}

// The circle (centre 8,8, radius 6.25) that three icons draw around their mark.
const RING = "M14.25 8A6.25 6.25 0 0 1 1.75 8a6.25 6.25 0 0 1 12.5 0Z";

// One 16×16 stroked icon per status, so a status never depends on colour alone (R23). Each is a single
// path (circles as two arcs, rounded rectangles as lines and arcs): a table of badges styles one
// element per icon instead of two or three.
const ICON_PATHS: Readonly<Record<MemberStatus, string>> = {
  requested: `${RING}M8 4.75V8l2.25 1.5`,
  invited: "M3.25 3.25h9.5a1.5 1.5 0 0 1 1.5 1.5v6.5a1.5 1.5 0 0 1-1.5 1.5h-9.5a1.5 1.5 0 0 1-1.5-1.5v-6.5a1.5 1.5 0 0 1 1.5-1.5ZM2.5 4.5l5.5 4.25 5.5-4.25",
  active: `${RING}M5.25 8.25l1.9 1.9 3.6-4`,
  inactive: `${RING}M5.25 8h5.5`,
  archived:
    "M2.75 2.5h10.5a1 1 0 0 1 1 1V5a1 1 0 0 1-1 1H2.75a1 1 0 0 1-1-1V3.5a1 1 0 0 1 1-1ZM2.75 6v6.25c0 .69.56 1.25 1.25 1.25h8c.69 0 1.25-.56 1.25-1.25V6M6.5 8.75h3",
};

/**
 * A member's status as a badge: an icon and the status text (R23), never colour alone. The icon is
 * hidden from assistive technology; the text is the accessible content. Labels come from
 * `messages.status.label`. Works without a provider (English defaults) and imports no other component;
 * used alone, it bundles its own five English labels rather than every default message.
 *
 * Parts: `data-scope="status-badge"`, `data-part="root" | "icon" | "label"`, with `data-status` and
 * `data-lifecycle` on the root.
 * @example
 * <StatusBadge status="archived" />
 * // <span data-scope="status-badge" data-part="root" data-status="archived"><svg aria-hidden="true" …/><span data-part="label">Archived</span></span>
 */
export function StatusBadge({ status, lifecycle, ...rest }: StatusBadgeProps): ReactNode {
  // Not useRosterEnvironment(): its fallback would bundle every default message with the badge.
  const environment = useProvidedEnvironment();
  const label = (environment?.messages.status.label ?? defaultStatusLabels)[status] ?? status;
  const effectiveLifecycle = lifecycle ?? environment?.lifecycle;
  return (
    <span {...rest} data-scope="status-badge" data-part="root" data-status={status} data-lifecycle={effectiveLifecycle}>
      <svg
        data-scope="status-badge"
        data-part="icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 16 16"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={ICON_PATHS[status]} />
      </svg>
      <span data-scope="status-badge" data-part="label">
        {label}
      </span>
    </span>
  );
}
