import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { createRosterStore } from "../src/core/store";
import { InviteUserDialog } from "../src/react/invite-user-dialog";
import { RosterProvider } from "../src/react/provider";

/**
 * Issue 11: the invite dialog, its form and its bulk mode are styled by one class per part
 * (`rk-<scope>__<part>`, a root `rk-<scope>`), not by `[data-scope][data-part]` pairs; the data-*
 * attributes stay in the DOM for state and for hosts' own rules.
 */

const INVITE_SCOPES = ["invite-dialog", "invite-form", "invite-bulk"] as const;

/** Every part of the invite scopes under `root` (`scope:part`), and those without their class. */
function inviteParts(root: ParentNode): { readonly parts: ReadonlySet<string>; readonly missing: readonly string[] } {
  const parts = new Set<string>();
  const missing: string[] = [];
  for (const scope of INVITE_SCOPES) {
    for (const element of root.querySelectorAll(`[data-scope="${scope}"][data-part]`)) {
      const part = element.getAttribute("data-part") ?? "";
      parts.add(`${scope}:${part}`);
      // The form's list of results shares its section's part name; its class names it apart.
      const expected = part === "root" ? `rk-${scope}` : element.tagName === "UL" && part === "results" ? "rk-invite-form__results-list" : `rk-${scope}__${part}`;
      if (!element.classList.contains(expected)) missing.push(`${scope}:${part} (${element.className || "no class"})`);
    }
  }
  return { parts, missing };
}

describe("invite part classes (issue 11)", () => {
  it("R5, R10: every part of the invite dialog, its form (errors, results, links) and its bulk preview has its class, and keeps its data-* attributes", async () => {
    const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.superAdmin });
    const store = createRosterStore({ adapter: memory, actor: memory.backend.actorFor(SEED_USERS.superAdmin), scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } });
    const user = userEvent.setup();
    render(
      <RosterProvider store={store}>
        <InviteUserDialog />
      </RosterProvider>,
    );
    await user.click(await screen.findByRole("button", { name: "Invite members" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite members" });
    await within(dialog).findByRole("checkbox", { name: "Core team" });
    const seen = new Set<string>();
    const check = (): void => {
      const { parts, missing } = inviteParts(document.body);
      expect(missing).toEqual([]);
      for (const part of parts) seen.add(part);
    };

    // A refused submit: each field's error and the summary.
    await user.click(within(dialog).getByRole("button", { name: "Add another person" }));
    await user.click(within(dialog).getByRole("button", { name: "Send 2 invitations" }));
    await within(dialog).findByText(/^Fix \d+ errors to continue\.$/);
    check();
    // An accepted invitee, self-hosted: the results with the link to copy.
    await user.click(within(dialog).getByRole("button", { name: "Remove person 2" }));
    await user.type(within(dialog).getByLabelText("Name"), "Parts Person");
    await user.type(within(dialog).getByLabelText("Email"), "parts.person@example.com");
    await user.click(within(dialog).getByRole("radio", { name: "End user" }));
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await within(dialog).findByRole("region", { name: "Invitations" });
    check();
    // The bulk mode with a row to fix.
    await user.click(within(dialog).getByRole("button", { name: "From a list or CSV" }));
    await user.upload(await within(dialog).findByLabelText("CSV file"), new File(["Full name,E-mail\r\nAda,ada@\r\nBob,bob.parts@example.com"], "people.csv", { type: "text/csv" }));
    await within(dialog).findByRole("heading", { name: "People to invite" });
    await waitFor(check);

    for (const part of [
      "invite-dialog:trigger",
      "invite-dialog:overlay",
      "invite-dialog:content",
      "invite-dialog:title",
      "invite-dialog:mode-option",
      "invite-dialog:close-trigger",
      "invite-form:root",
      "invite-form:invitee",
      "invite-form:input",
      "invite-form:field-error",
      "invite-form:alert",
      "invite-form:error-summary-link",
      "invite-form:results",
      "invite-form:result",
      "invite-form:copy-link",
      "invite-form:footer",
      "invite-bulk:root",
      "invite-bulk:file",
      "invite-bulk:viewport",
      "invite-bulk:row",
      "invite-bulk:cell-input",
      "invite-bulk:cell-error",
      "invite-bulk:row-status",
    ]) {
      expect(seen, part).toContain(part);
    }
    expect(dialog).toHaveAttribute("data-mode", "bulk");
  });

  it("R5: the theme keys the invite parts on their classes, under a styled root only, with no attribute pair", () => {
    const css = readFileSync(join(process.cwd(), "src/styles/rosterkit.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const scope of INVITE_SCOPES) expect(css, scope).not.toContain(`[data-scope="${scope}"]`);
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((match) => (match[1] ?? "").split(/,(?![^()]*\))/).map((selector) => selector.trim()));
    const ours = selectors.filter((selector) => /\.rk-invite-(dialog|form|bulk)(__|[^\w-]|$)/.test(selector));
    expect(ours.length).toBeGreaterThan(50);
    for (const selector of ours) {
      // An unstyled provider (data-rk-root="unstyled") gets none of them.
      expect(selector.startsWith(':where([data-rk-root="styled"]) '), selector).toBe(true);
      expect(selector, selector).not.toMatch(/\[data-(scope|part)=/);
    }
  });
});
