"use client";

import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { Lifecycle, MemberStatus } from "../core/domain.types";
import { useRosterEnvironment } from "./use-roster";

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps extends Omit<ComponentPropsWithoutRef<"span">, "children"> {
  /** The member's status (R23). */
  readonly status: MemberStatus;
  /** The deployment's lifecycle; set as `data-lifecycle` for styling. @default the provider's, if any */
  readonly lifecycle?: Lifecycle;
}

// One 16×16 stroked icon per status, so a status never depends on colour alone (R23).
const ICON_PATHS: Readonly<Record<MemberStatus, ReactNode>> = {
  requested: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.75V8l2.25 1.5" />
    </>
  ),
  invited: (
    <>
      <rect x="1.75" y="3.25" width="12.5" height="9.5" rx="1.5" />
      <path d="m2.5 4.5 5.5 4.25 5.5-4.25" />
    </>
  ),
  active: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="m5.25 8.25 1.9 1.9 3.6-4" />
    </>
  ),
  inactive: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M5.25 8h5.5" />
    </>
  ),
  archived: (
    <>
      <rect x="1.75" y="2.5" width="12.5" height="3.5" rx="1" />
      <path d="M2.75 6v6.25c0 .69.56 1.25 1.25 1.25h8c.69 0 1.25-.56 1.25-1.25V6M6.5 8.75h3" />
    </>
  ),
};

/**
 * A member's status as a badge: an icon and the status text (R23), never colour alone. The icon is
 * hidden from assistive technology; the text is the accessible content. Labels come from
 * `messages.status.label`. Works without a provider (English defaults) and imports no other component.
 *
 * Parts: `data-scope="status-badge"`, `data-part="root" | "icon" | "label"`, with `data-status` and
 * `data-lifecycle` on the root.
 * @example
 * <StatusBadge status="archived" />
 * // <span data-scope="status-badge" data-part="root" data-status="archived"><svg aria-hidden="true" …/><span data-part="label">Archived</span></span>
 */
export function StatusBadge({ status, lifecycle, ...rest }: StatusBadgeProps): ReactNode {
  const environment = useRosterEnvironment();
  const label = environment.messages.status.label[status] ?? status;
  const effectiveLifecycle = lifecycle ?? environment.lifecycle;
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
        {ICON_PATHS[status]}
      </svg>
      <span data-scope="status-badge" data-part="label">
        {label}
      </span>
    </span>
  );
}
