import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_USERS } from "../src/adapters";
import type { Scope } from "../src/core";
import { createRosterStore } from "../src/core/store";
import { ActivityLog } from "../src/react/activity-log";
import { RosterErrorBoundary } from "../src/react/error-boundary";
import { ExportMembers } from "../src/react/export-members";
import { LiveRegion } from "../src/react/live-region";
import { MemberDetailsPanel } from "../src/react/member-details-panel";
import { RosterProvider } from "../src/react/provider";
import { ScopeSwitcher } from "../src/react/scope-switcher";
import { SeatCount } from "../src/react/seat-count";
import { useRosterSelector } from "../src/react/use-roster";

/**
 * Issue 11: one class per part is the theme's styling hook (`rk-<scope>__<part>`, a root `rk-<scope>`), so
 * a rule is tried only on the elements of its part, where a `[data-scope][data-part]` rule is tried on
 * every element of the kit. The data-* attributes stay, for state and for hosts' own rules.
 */

const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };
const OSCAR = { id: SEED_USERS.endUser, name: "Oscar Kernighan" }; // end user of Design
const TOMAS = { id: SEED_USERS.superAdmin, name: "Tomas Lovelace" }; // the actor: a super admin
/** The scopes of the details panel, its edit form, the activity views, the console's header parts, the export. */
const SCOPES = ["member-details", "member-edit", "activity", "seat-count", "scope-switcher", "live-region", "error-boundary", "export", "dialog"] as const;
/** The prefix of a scope's classes: the export dialog's own parts (`data-scope="dialog"`) are the export's. */
const PREFIX: Readonly<Record<(typeof SCOPES)[number], string>> = {
  "member-details": "rk-member-details",
  "member-edit": "rk-member-edit",
  activity: "rk-activity",
  "seat-count": "rk-seat-count",
  "scope-switcher": "rk-scope-switcher",
  "live-region": "rk-live-region",
  "error-boundary": "rk-error-boundary",
  export: "rk-export",
  dialog: "rk-export",
};

function Broken(): ReactNode {
  throw new Error("broken on purpose");
}

/** The export button of the store's current list. */
function Export(): ReactNode {
  const list = useRosterSelector((snapshot) => snapshot.list);
  return <ExportMembers list={list} />;
}

/** The class each element of these scopes must carry, and the elements that lack it. */
function partClasses(root: ParentNode): { readonly parts: ReadonlySet<string>; readonly missing: readonly string[] } {
  const parts = new Set<string>();
  const missing: string[] = [];
  for (const element of root.querySelectorAll("[data-scope][data-part]")) {
    const scope = element.getAttribute("data-scope") as (typeof SCOPES)[number];
    if (!SCOPES.includes(scope)) continue;
    const part = element.getAttribute("data-part") ?? "";
    const expected = part === "root" ? PREFIX[scope] : `${PREFIX[scope]}__${part}`;
    parts.add(`${scope}:${part}`);
    if (!element.classList.contains(expected)) missing.push(`${scope}:${part} (${element.className || "no class"})`);
  }
  return { parts, missing };
}

describe("part classes (issue 11)", () => {
  it("R21, R28: every part of the details panel, its edit form and timeline, the activity log, the seat count, the scope switcher, the live region, the error boundary and the export dialog has its class, and keeps its data-* attributes", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined); // React reports the boundary's caught error
    const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: TOMAS.id });
    const store = createRosterStore({ adapter: memory, actor: memory.backend.actorFor(TOMAS.id), scope: DESIGN });
    const user = userEvent.setup();
    render(
      <RosterProvider store={store}>
        <LiveRegion />
        <SeatCount className="mine" />
        <ScopeSwitcher />
        <Export />
        <MemberDetailsPanel memberId={OSCAR.id} onClose={() => undefined} />
        <MemberDetailsPanel memberId={TOMAS.id} />
        <ActivityLog />
        <RosterErrorBoundary part="details" onClose={() => undefined}>
          <Broken />
        </RosterErrorBoundary>
      </RosterProvider>,
    );
    const panel = await screen.findByRole("region", { name: `Details of ${OSCAR.name}` });
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    // A change, so the timeline and the log have an entry.
    await user.click(within(panel).getByRole("button", { name: "Edit role and groups" }));
    await user.click(await within(panel).findByRole("radio", { name: "Builder" }));
    await user.click(within(panel).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(panel.querySelector('[data-scope="activity"][data-part="entry"]')).not.toBeNull());
    await user.click(within(panel).getByRole("button", { name: "Edit role and groups" }));
    await within(panel).findByRole("radio", { name: "Builder" });
    // The markers of the actor's own panel, without a scope of their own.
    const own = await screen.findByRole("region", { name: `Details of ${TOMAS.name}` });
    expect(own.querySelector('[data-part="you-marker"]')).toHaveClass("rk-member-details__you-marker", { exact: true });
    expect(own.querySelector('[data-part="super-admin-marker"]')).toHaveClass("rk-member-details__super-admin-marker", { exact: true });
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    await screen.findByRole("dialog");

    const { parts, missing } = partClasses(document.body);
    expect(missing).toEqual([]);
    for (const part of [
      "member-details:root",
      "member-details:title",
      "member-details:value",
      "member-details:action",
      "member-edit:root",
      "member-edit:option",
      "member-edit:save",
      "activity:timeline",
      "activity:log",
      "activity:entry",
      "activity:headline",
      "activity:time",
      "activity:select",
      "seat-count:root",
      "scope-switcher:select",
      "live-region:root",
      "error-boundary:root",
      "error-boundary:retry",
      "export:trigger",
      "export:column",
      "dialog:content",
      "dialog:footer",
    ]) {
      expect(parts, part).toContain(part);
    }
    // A host's class comes after the part's.
    expect(document.querySelector('[data-scope="seat-count"][data-part="root"]')).toHaveClass("rk-seat-count", "mine", { exact: true });
  });

  it("R23: the theme keys these parts on their classes, under a styled root only, with no universal selector", () => {
    const css = readFileSync(join(process.cwd(), "src/styles/rosterkit.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const scope of SCOPES.filter((name) => name !== "dialog")) expect(css, scope).not.toContain(`[data-scope="${scope}"]`);
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((match) => (match[1] ?? "").split(/,(?![^()]*\))/).map((selector) => selector.trim()));
    const ours = selectors.filter((selector) => /\.rk-(member-details|member-edit|activity|seat-count|scope-switcher|live-region|error-boundary|export)(__|[^\w-]|$)/.test(selector));
    expect(ours.length).toBeGreaterThan(40);
    for (const selector of ours) {
      // An unstyled provider (data-rk-root="unstyled") gets none of them; the live region is hidden either way.
      const root = selector.includes(".rk-live-region") ? "[data-rk-root] " : ':where([data-rk-root="styled"]) ';
      expect(selector.startsWith(root), selector).toBe(true);
      expect(selector.replace(/\[[^\]]*\]/g, ""), selector).not.toMatch(/(^|[\s>+~(,])\*/);
      expect(selector, selector).not.toMatch(/\[data-scope=/);
    }
  });
});
