"use client";

import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { Lifecycle, MemberStatus } from "../core/domain.types";
import { defaultStatusLabels } from "./status-labels";
import { useProvidedSettings } from "./use-roster";

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps extends Omit<ComponentPropsWithoutRef<"span">, "children"> {
  /** The member's status (R23). */
  readonly status: MemberStatus;
  /** The deployment's lifecycle; set as `data-lifecycle` for styling. @default the provider's, if any */
  readonly lifecycle?: Lifecycle;
}

/**
 * A member's status as a badge: the status text (R23), never colour alone, and in the kit's theme an
 * icon per status. The text is the accessible content. Labels come from `messages.status.label`. Works
 * without a provider (English defaults) and imports no other component; used alone, it bundles its own
 * five English labels rather than every default message.
 *
 * The icon is drawn by the stylesheet (a mask on the root's `::before`, coloured with the text), not an
 * `<svg>`: every table row has a badge, and two elements fewer per row is less to match, style and lay
 * out. An unstyled root shows the text only; a host theme may draw its own icon from `data-status`.
 *
 * Parts: `data-scope="status-badge"`, `data-part="root" | "label"` (classes `rk-status-badge` and
 * `rk-status-badge__label`), with `data-status` and `data-lifecycle` on the root.
 * @example
 * <StatusBadge status="archived" />
 * // <span class="rk-status-badge" data-scope="status-badge" data-part="root" data-status="archived"><span class="rk-status-badge__label" data-part="label">Archived</span></span>
 */
export function StatusBadge({ status, lifecycle, className, ...rest }: StatusBadgeProps): ReactNode {
  // Not useMessageSection("status", …): it would bundle the statuses' descriptions with the badge.
  const settings = useProvidedSettings();
  const label = settings?.overrides?.status?.label?.[status] ?? defaultStatusLabels[status] ?? status;
  const effectiveLifecycle = lifecycle ?? settings?.lifecycle;
  return (
    <span
      {...rest}
      className={className === undefined ? "rk-status-badge" : `rk-status-badge ${className}`}
      data-scope="status-badge"
      data-part="root"
      data-status={status}
      data-lifecycle={effectiveLifecycle}
    >
      <span className="rk-status-badge__label" data-scope="status-badge" data-part="label">
        {label}
      </span>
    </span>
  );
}
