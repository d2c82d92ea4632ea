"use client";

import type { ReactNode } from "react";
import { useId } from "react";
import type { WorkspaceSummary } from "../core/domain.types";
import { can } from "../core/policy";
import type { RosterEvent, RosterSnapshot } from "../core/store";
import { scopeKey, scopeOfKey } from "../core/vocabulary";
import { withHostClass } from "./part-class";
import { shallowEqual, useRosterFormat, useRosterSelector, useRosterSend } from "./use-roster";
import { deniedReason } from "./messages/reasons";
import { defaultConsoleMessages } from "./messages/console";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The scope picker of the console: one workspace, or the instance-wide "All users" view (R2).
 * @module
 */

/** Props of {@link ScopeSwitcher}. */
export interface ScopeSwitcherProps {
  /** Class of the root element. */
  readonly className?: string;
}

interface SwitcherSlice {
  readonly value: string;
  readonly workspaces: readonly WorkspaceSummary[];
  readonly allUsers: boolean;
  readonly refusal: RosterSnapshot["scopeRefusal"];
  readonly loading: boolean;
}

function selectSwitcher(snapshot: RosterSnapshot): SwitcherSlice {
  return {
    value: scopeKey(snapshot.scope),
    workspaces: snapshot.workspaces.data,
    // R2: offered to super admins only; the store refuses a switch anyway.
    allUsers: can(snapshot.policy, { action: "viewInstanceUsers" }).ok,
    refusal: snapshot.scopeRefusal,
    loading: snapshot.workspaces.status === "loading" && snapshot.workspaces.data.length === 0,
  };
}

/**
 * A labelled `<select>` of the workspaces the actor administers or belongs to (as the adapter lists
 * them) and, for super admins only, "All users" (R2): for anyone else that option is absent, and the
 * store refuses the switch anyway. Choosing sends `SCOPE.SET`; a refusal is shown as an alert.
 *
 * Parts: `data-scope="scope-switcher"`, `data-part="root" | "label" | "select" | "error"`, each also with
 * the class `rk-scope-switcher__<part>` (the root `rk-scope-switcher`; the theme styles the classes).
 * @example
 * <RosterProvider store={store}>
 *   <ScopeSwitcher />
 * </RosterProvider>
 */
export function ScopeSwitcher({ className }: ScopeSwitcherProps): ReactNode {
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const reasons = useReasonMessages();
  const format = useRosterFormat();
  const send = useRosterSend<RosterEvent>();
  const id = useId();
  const slice = useRosterSelector(selectSwitcher, shallowEqual);
  const shown = scopeOfKey(slice.value);
  const current = shown?.kind === "workspace" ? shown.workspaceId : null;
  const listed = current === null || slice.workspaces.some((workspace) => workspace.id === current);

  return (
    <div className={withHostClass("rk-scope-switcher", className)} data-scope="scope-switcher" data-part="root">
      <label className="rk-scope-switcher__label" data-scope="scope-switcher" data-part="label" htmlFor={id}>
        {consoleMessages.scopeLabel}
      </label>
      <select
        className="rk-scope-switcher__select" data-scope="scope-switcher"
        data-part="select"
        id={id}
        value={slice.value}
        aria-busy={slice.loading ? "true" : undefined}
        onChange={(event) => {
          const scope = scopeOfKey(event.target.value);
          if (scope) send({ type: "SCOPE.SET", scope });
        }}
      >
        {slice.allUsers && <option value={scopeKey({ kind: "instance" })}>{consoleMessages.allUsers}</option>}
        {/* The current workspace stays selectable while the list loads. */}
        {!listed && current !== null && <option value={slice.value}>{current}</option>}
        {slice.workspaces.map((workspace) => (
          <option key={workspace.id} value={scopeKey({ kind: "workspace", workspaceId: workspace.id })}>
            {workspace.name}
          </option>
        ))}
      </select>
      {slice.refusal && (
        <p className="rk-scope-switcher__error" data-scope="scope-switcher" data-part="error" role="alert">
          {deniedReason(slice.refusal, reasons, format)}
        </p>
      )}
    </div>
  );
}
