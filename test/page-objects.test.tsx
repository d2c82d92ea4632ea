import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { InviteUserForm } from "../src/react/invite-user-form";
import type { RosterMessagesOverrides } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";
import { rosterPages } from "./support/pages";

/**
 * rosterkit/testing's page objects over testing-library (the same ones the e2e suite drives through
 * Playwright): a host that rewords the kit finds its controls by its own words, rows stay readable behind
 * a modal, and the invite form's page object fills every field and reads each field's error.
 */

const OSCAR = "Oscar Kernighan"; // active end user of Design in a seed of 20 members

function renderConsole(messages?: RosterMessagesOverrides) {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.superAdmin });
  render(
    <RosterProvider
      adapter={adapter}
      actor={adapter.backend.actorFor(SEED_USERS.superAdmin)}
      scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}
      {...(messages ? { messages } : {})}
    >
      <UsersTable />
      <ConfirmStatusModal />
      <InviteUserForm />
    </RosterProvider>,
  );
}

describe("page objects over testing-library", () => {
  it("R20, R23: a host that rewords the kit finds the table, a row's menu, the confirm modal and the badge by its own words", async () => {
    const messages: RosterMessagesOverrides = {
      actions: { menuLabel: ({ name }) => `Aktionen für ${name}`, archive: "Archivieren" },
      table: { workspaceCaption: ({ workspace }) => `Mitglieder von ${workspace}` },
      status: { label: { active: "Aktiv", archived: "Archiviert" } },
      confirm: { title: { archive: ({ name }) => `${name} archivieren?` }, confirm: { archive: "Archivieren" }, cancel: "Abbrechen" },
    };
    renderConsole(messages);
    const { table, rowMenu, confirmModal } = rosterPages(userEvent.setup(), { messages });
    await table.waitForRows();
    expect(await table.statusText(OSCAR)).toBe("Aktiv");

    const menu = await table.openRowMenu(OSCAR);
    expect(await menu.itemState("Archivieren")).toEqual({ enabled: true, description: "" });
    await rowMenu.choose("Archivieren");
    const modal = confirmModal(`${OSCAR} archivieren?`);
    expect(await modal.title()).toBe(`${OSCAR} archivieren?`);
    expect(await modal.consequences()).toContain("Nothing they made is deleted.");
    // The modal hides the table from assistive technology; its rows are still read.
    expect(screen.queryByRole("table")).toBeNull();
    expect(await table.statusText(OSCAR)).toBe("Aktiv");

    await modal.confirm("Archivieren");
    await modal.waitForClosed();
    await table.waitForStatus(OSCAR, "Archiviert");
  });

  it("R3, R4: the row menu reads a disabled item's reason, and choosing it by keyboard does nothing", async () => {
    renderConsole();
    const { table } = rosterPages(userEvent.setup());
    await table.waitForRows();
    const menu = await table.openRowMenu("Tomas Lovelace", { via: "keyboard" });
    expect(await menu.itemState("Archive user")).toEqual({
      enabled: false,
      description: "You cannot change your own status: ask another admin, so that you cannot lock yourself out.",
    });
    // Chosen all the same, it does nothing: the menu stays open and no confirm modal opens.
    await menu.choose("Archive user", { via: "keyboard" });
    expect(await menu.hasItem("Archive user")).toBe(true);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await menu.close();
  });

  it("R5, R6: the invite form's page object fills name, email, role, groups and metadata, and reads each field's error", async () => {
    renderConsole();
    const form = rosterPages(userEvent.setup()).inviteForm(document.body);
    await form.groupOption("Core team");
    const metadata = '{"team": [1, 2]';
    await form.fillInvitee({ name: "Typed {as} [is]", email: "nobody.example.com", role: "Builder", groups: ["Core team", "Reviewers"], metadata });
    expect(await form.field("name")).toHaveValue("Typed {as} [is]");
    expect(await form.roleOption("Builder")).toBeChecked();
    expect(await form.groupOption("Reviewers")).toBeChecked();
    expect(await form.field("metadata")).toHaveValue(metadata);
    expect(await form.submitButton()).toHaveAccessibleName("Send invitation");

    await form.submit();
    expect(await form.errorSummary()).toHaveTextContent("Fix 2 errors to continue.");
    expect(await form.fieldError("name")).toBeNull();
    expect(await form.fieldError("role")).toBeNull();
    expect(await form.fieldError("email")).toBe('"nobody.example.com" is missing an "@".');
    expect(await form.fieldError("metadata")).toMatch(/Line 1, column \d+: /);
  });
});
