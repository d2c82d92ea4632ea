"use client";

import { lazyModule } from "./lazy-module";

/**
 * The row menu's body (`member-actions-content.tsx`, Radix DropdownMenu) and the confirm modal's dialog
 * (`confirm-status-dialog.tsx`, Radix Dialog), loaded on demand (issue 11): a page's first paint carries
 * only their light shells, `MemberActionsMenu` and `ConfirmStatusModal`. Both are prefetched together
 * once the page is idle after its first paint (opening the menu is what leads to the dialog), and the
 * menu's body again when the pointer or focus reaches a row's trigger.
 * @module
 */

/** The Radix row menu, mounted by `MemberActionsMenu` on the first press of its trigger. */
export const memberActionsContent = lazyModule(() => import("./member-actions-content").then((module) => module.MemberActionsMenuContent));

/** The Radix confirm dialog, rendered by `ConfirmStatusModal` from the first status change on. */
export const confirmStatusDialog = lazyModule(() => import("./confirm-status-dialog").then((module) => module.ConfirmStatusDialog));

/** What the row menu and the confirm modal prefetch at idle, once per page (`useIdlePrefetch`). */
export const ROW_ACTIONS_ON_DEMAND = [memberActionsContent, confirmStatusDialog] as const;
