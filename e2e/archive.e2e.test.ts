import { describe, expect, it } from "vitest";
import {
  armFetchFailures,
  expectAnnounced,
  expectFocused,
  expectSeats,
  pressUntilFocused,
  releaseFetchFailures,
  remainingFetchFailures,
  screenshot,
  tabTo,
  useDemos,
} from "./support";

/**
 * The archive lifecycle in the built demo (archive lifecycle, self-hosted, signed in as the super admin
 * u-1 in Design): workspace and instance archive and unarchive, the last-admin guard, a version conflict,
 * a network failure with rollback, and persistence across reloads.
 */

const demos = useDemos();

describe("archive lifecycle", () => {
  it("R11, R20, R24: archive a member at workspace level by keyboard alone, from the row menu", async () => {
    const demo = await demos.open();
    const { page, pages } = demo;
    const { table, rowMenu } = pages;
    await table.waitForStatus("Oscar Kernighan", "Active");
    await expectSeats(page, 20);

    await table.chooseRowAction("Oscar Kernighan", "Archive user", { via: "keyboard" });
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    await modal.element();
    // R20: the modal names the member, the action and its consequences.
    await expectFocused(await modal.button("Cancel"), "an alertdialog opens on its least destructive button");
    const consequences = await modal.consequences();
    expect(consequences).toEqual([
      "Oscar Kernighan loses access to Design. Their other workspaces are not affected.",
      "Workspace affected: Design.",
      "No email is sent.",
      "Billable seats: 20 → 19.",
      "Nothing they made is deleted.",
    ]);
    await screenshot(page, "archive-workspace-modal");

    await page.keyboard.press("Tab");
    await expectFocused(await modal.button("Archive user"));
    await page.keyboard.press("Enter");
    await modal.waitForClosed();

    await table.waitForStatus("Oscar Kernighan", "Archived");
    await expectAnnounced(page, "Oscar Kernighan is now archived.");
    await expectSeats(page, 19);
    await expectFocused(await table.rowMenuTrigger("Oscar Kernighan"), "focus returns to the row's menu button");
    await screenshot(page, "archive-workspace-done");

    // R24: an archived member offers unarchive only (and never a delete, R19).
    await page.keyboard.press("Enter");
    expect(await rowMenu.itemNames()).toEqual(["View details", "Unarchive user"]);
    await rowMenu.close();
    await expectFocused(await table.rowMenuTrigger("Oscar Kernighan"), "Escape returns focus to the menu button");
  });

  it("R14, R20: unarchive a member at workspace level by mouse: invited again, with a new invitation email", async () => {
    const demo = await demos.open();
    const { page, pages } = demo;
    const { table } = pages;
    await table.waitForStatus("Frances Lamport", "Archived");
    const menu = await table.openRowMenu("Frances Lamport");
    expect(await menu.itemNames()).toEqual(["View details", "Unarchive user"]);
    await menu.choose("Unarchive user");

    const modal = pages.confirmModal("Unarchive Frances Lamport?");
    const consequences = await modal.consequences();
    expect(consequences).toContain("Frances Lamport is invited to Design again and regains access once they accept.");
    expect(consequences).toContain("An invitation email is sent to frances.lamport@example.net.");
    expect(consequences).toContain("Billable seats: 20 → 21.");
    await modal.confirm("Unarchive user");
    await modal.waitForClosed();

    await table.waitForStatus("Frances Lamport", "Invited");
    await expectAnnounced(page, "Frances Lamport is now invited.");
    await expectSeats(page, 21);
    // R24: a pending invite offers copy link, resend and archive (which revokes it).
    await table.openRowMenu("Frances Lamport");
    expect(await menu.itemNames()).toEqual(["View details", "Copy invitation link", "Resend invitation", "Archive user"]);
  });

  it("R2, R12, R13: as super admin in \"All users\", archive a user from the whole instance and unarchive them, by keyboard", async () => {
    const demo = await demos.open();
    const { page, pages } = demo;
    const { table } = pages;
    const scope = page.getByRole("combobox", { name: "Workspace" });
    await scope.focus();
    // "All users" is the first option (super admins only, R2); a closed select changes with the arrow keys.
    await page.keyboard.press("Home");
    await page.getByRole("heading", { name: "All users" }).waitFor();
    await table.search("oscar");
    await table.waitForStatus("Oscar Kernighan", "Active");
    const workspaces = await table.cellText("Oscar Kernighan", "workspaces");

    await table.chooseRowAction("Oscar Kernighan", "Archive from instance", { via: "keyboard" });
    const archive = pages.confirmModal("Archive Oscar Kernighan from the whole instance?");
    expect((await archive.consequences())[0]).toBe(
      "Oscar Kernighan can no longer sign in and loses access to every workspace. They cannot be invited until a super admin unarchives them.",
    );
    await screenshot(page, "archive-instance-modal");
    await tabTo(page, await archive.button("Archive from instance"));
    await page.keyboard.press("Enter");
    await archive.waitForClosed();
    await table.waitForStatus("Oscar Kernighan", "Archived");
    await expectAnnounced(page, "Oscar Kernighan is now archived.");
    expect(await table.cellText("Oscar Kernighan", "workspaces")).toBe(workspaces);

    await table.chooseRowAction("Oscar Kernighan", "Unarchive in instance", { via: "keyboard" });
    const unarchive = pages.confirmModal("Unarchive Oscar Kernighan in the instance?");
    expect((await unarchive.consequences())[0]).toBe(
      "Oscar Kernighan can sign in and be invited again. Their memberships stay archived until each workspace's admins unarchive them.",
    );
    await tabTo(page, await unarchive.button("Unarchive in instance"));
    await page.keyboard.press("Enter");
    await unarchive.waitForClosed();
    // R13: the instance status becomes invited …
    await table.waitForStatus("Oscar Kernighan", "Invited");

    // … and the workspace membership stays archived (R12, R13).
    await scope.selectOption({ label: "Design" });
    await page.getByRole("heading", { name: "Design" }).waitFor();
    await table.waitForRows();
    await table.waitForStatus("Oscar Kernighan", "Archived");
  });

  it("R2, R12: instance archive by mouse from \"All users\" archives every membership", async () => {
    const demo = await demos.open();
    const { page, pages } = demo;
    const { table } = pages;
    await page.getByRole("combobox", { name: "Workspace" }).selectOption({ label: "All users" });
    await page.getByRole("heading", { name: "All users" }).waitFor();
    await table.search("nina");
    await table.chooseRowAction("Nina Karimi", "Archive from instance");
    const modal = pages.confirmModal("Archive Nina Karimi from the whole instance?");
    await modal.confirm("Archive from instance");
    await modal.waitForClosed();
    await table.waitForStatus("Nina Karimi", "Archived");

    await table.chooseRowAction("Nina Karimi", "View details");
    const panel = page.getByRole("region", { name: "Details of Nina Karimi" });
    await panel.waitFor();
    const memberships = panel.locator('[data-part="membership"]');
    await expect.poll(() => memberships.count()).toBeGreaterThan(0);
    for (const text of await memberships.allInnerTexts()) expect(text).toContain("Archived");
  });

  it("R15, R3: the last active admin of a workspace cannot be archived (scenario last-admin)", async () => {
    const demo = await demos.open({ scenario: "last-admin" });
    const { page, pages } = demo;
    const { table, rowMenu, driver } = pages;
    // The super admin administers Operations; Lin Last is the only active admin of Design.
    await page.getByRole("combobox", { name: "Workspace" }).selectOption({ label: "Design" });
    await page.getByRole("heading", { name: "Design" }).waitFor();
    await table.waitForRows();
    await table.waitForStatus("Lin Last", "Active");

    // R3: the action is offered disabled, focusable, with the policy's reason; choosing it does nothing.
    await table.chooseRowAction("Lin Last", "Archive user", { via: "keyboard" });
    const item = await rowMenu.item("Archive user");
    expect(await item.getAttribute("aria-disabled")).toBe("true");
    expect(await item.getAttribute("data-rule")).toBe("R15");
    const reason = "Lin Last is the last active admin of Design; archiving them would leave it without one. Make someone else an admin first.";
    expect(await driver.description(item)).toBe(reason);
    expect(await page.getByRole("menu").isVisible(), "choosing a disabled item keeps the menu open").toBe(true);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await screenshot(page, "last-admin-refused-menu");

    // The details panel (R21) refuses the same way.
    await pressUntilFocused(page, "ArrowUp", "View details", 6);
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Details of Lin Last" });
    await panel.waitFor();
    const button = panel.getByRole("button", { name: "Archive user" });
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    expect(await driver.description(button)).toBe(reason);
    await button.click({ force: true });
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await table.statusText("Lin Last")).toBe("Active");
  });

  it("R15: an instance archive of the last admin of two workspaces is refused and names them (scenario last-admin)", async () => {
    const demo = await demos.open({ scenario: "last-admin" });
    const { page, pages } = demo;
    await page.getByRole("combobox", { name: "Workspace" }).selectOption({ label: "All users" });
    await page.getByRole("heading", { name: "All users" }).waitFor();
    await pages.table.search("lin");
    const menu = await pages.table.openRowMenu("Lin Last");
    const item = await menu.item("Archive from instance");
    expect(await item.getAttribute("aria-disabled")).toBe("true");
    expect(await pages.driver.description(item)).toBe(
      "Lin Last is the last active admin of Design, Engineering; archiving them at instance level would leave them without one. Make someone else an admin first.",
    );
    // A click on it, as a person can make it (the page object forces it past Playwright's wait for enabled).
    await menu.choose("Archive from instance");
    expect(await page.getByRole("menu").isVisible()).toBe(true);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await screenshot(page, "last-admin-instance-refused");
  });

  it("R22: a version conflict applies nothing and shows the member's new state (scenario conflict)", async () => {
    const demo = await demos.open({ scenario: "conflict" });
    const { page, pages } = demo;
    const { table } = pages;
    const groupsBefore = await table.cellText("Oscar Kernighan", "groups");
    await table.chooseRowAction("Oscar Kernighan", "Archive user");
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    await modal.confirm("Archive user");

    const dialog = await modal.element();
    await dialog.getByText("Oscar Kernighan was changed by someone else while this was open. Nothing was applied; review their current state.").waitFor();
    await table.waitForStatus("Oscar Kernighan", "Active");
    expect(await dialog.locator('[data-part="current-state"]').innerText()).toMatch(/Current status\s+Active\s+Current role\s+End user/);
    // The other admin's change (a group) is shown in the row.
    await expect.poll(() => table.cellText("Oscar Kernighan", "groups")).not.toBe(groupsBefore);
    await screenshot(page, "conflict-modal");

    // Starting again on the new state works (the next try is not a conflict).
    await modal.startAgain();
    await modal.confirm("Archive user");
    await modal.waitForClosed();
    await table.waitForStatus("Oscar Kernighan", "Archived");
  });

  it("R20: a network failure rolls the optimistic change back and the modal shows the error; Try again applies it", async () => {
    const demo = await demos.open({}, { networkFaults: true });
    const { page, pages } = demo;
    const { table } = pages;
    // Every attempt of the adapter (3 in all: it retries writes that carry an idempotency key) fails.
    await armFetchFailures(page, "POST", "/status", 3);
    await table.chooseRowAction("Oscar Kernighan", "Archive user");
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    await modal.confirm("Archive user");

    // Optimistic: the row shows the new status while the request is under way.
    await table.waitForStatus("Oscar Kernighan", "Archived");
    expect(await (await table.row("Oscar Kernighan")).getAttribute("aria-busy")).toBe("true");
    await releaseFetchFailures(page);

    expect(await modal.errorText()).toMatch(/^Oscar Kernighan was not changed: .*(reach the server|connection)/);
    await table.waitForStatus("Oscar Kernighan", "Active");
    expect(await (await table.row("Oscar Kernighan")).getAttribute("aria-busy")).toBeNull();
    await expectAnnounced(page, /^Oscar Kernighan was not changed: /);
    expect(await remainingFetchFailures(page), "the adapter retried the write before giving up").toBe(0);
    await screenshot(page, "network-failure-rolled-back");

    await modal.retry();
    await modal.waitForClosed();
    await table.waitForStatus("Oscar Kernighan", "Archived");
  });

  it("persistence: a change survives a reload, and \"Reset demo data\" restores the seed", async () => {
    const demo = await demos.open();
    const { page, pages } = demo;
    const { table } = pages;
    await table.chooseRowAction("Oscar Kernighan", "Archive user");
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    await modal.confirm("Archive user");
    await modal.waitForClosed();
    await table.waitForStatus("Oscar Kernighan", "Archived");

    await page.reload();
    await table.waitForRows();
    await table.waitForStatus("Oscar Kernighan", "Archived");
    await expectSeats(page, 19);

    await page.getByRole("button", { name: "Reset demo data" }).click();
    await page.waitForEvent("load");
    await table.waitForRows();
    await table.waitForStatus("Oscar Kernighan", "Active");
    await expectSeats(page, 20);
  });
});
