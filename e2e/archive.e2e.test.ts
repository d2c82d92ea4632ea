import { describe, expect, it } from "vitest";
import {
  armFetchFailures,
  cellOf,
  chooseByKeyboard,
  chooseByMouse,
  descriptionOf,
  expectAnnounced,
  expectFocused,
  expectSeats,
  expectStatus,
  kebabOf,
  menuItems,
  pressUntilFocused,
  releaseFetchFailures,
  remainingFetchFailures,
  rowOf,
  screenshot,
  searchFor,
  statusOf,
  tabTo,
  waitForRoster,
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
    const { page } = demo;
    await expectStatus(page, "Oscar Kernighan", "Active");
    await expectSeats(page, 20);

    await chooseByKeyboard(page, "Oscar Kernighan", "Archive user");
    const modal = page.getByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    await modal.waitFor();
    // R20: the modal names the member, the action and its consequences.
    await expectFocused(modal.getByRole("button", { name: "Cancel" }), "an alertdialog opens on its least destructive button");
    const consequences = await modal.getByRole("listitem").allInnerTexts();
    expect(consequences).toEqual([
      "Oscar Kernighan loses access to Design. Their other workspaces are not affected.",
      "Workspace affected: Design.",
      "No email is sent.",
      "Billable seats: 20 → 19.",
      "Nothing they made is deleted.",
    ]);
    await screenshot(page, "archive-workspace-modal");

    await page.keyboard.press("Tab");
    await expectFocused(modal.getByRole("button", { name: "Archive user" }));
    await page.keyboard.press("Enter");
    await modal.waitFor({ state: "detached" });

    await expectStatus(page, "Oscar Kernighan", "Archived");
    await expectAnnounced(page, "Oscar Kernighan is now archived.");
    await expectSeats(page, 19);
    await expectFocused(kebabOf(page, "Oscar Kernighan"), "focus returns to the row's menu button");
    await screenshot(page, "archive-workspace-done");

    // R24: an archived member offers unarchive only (and never a delete, R19).
    await page.keyboard.press("Enter");
    expect(await menuItems(page)).toEqual(["View details", "Unarchive user"]);
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "detached" });
    await expectFocused(kebabOf(page, "Oscar Kernighan"), "Escape returns focus to the menu button");
  });

  it("R14, R20: unarchive a member at workspace level by mouse: invited again, with a new invitation email", async () => {
    const demo = await demos.open();
    const { page } = demo;
    await expectStatus(page, "Frances Lamport", "Archived");
    await kebabOf(page, "Frances Lamport").click();
    expect(await menuItems(page)).toEqual(["View details", "Unarchive user"]);
    await page.getByRole("menuitem", { name: "Unarchive user" }).click();

    const modal = page.getByRole("alertdialog", { name: "Unarchive Frances Lamport?" });
    await modal.waitFor();
    const consequences = await modal.getByRole("listitem").allInnerTexts();
    expect(consequences).toContain("Frances Lamport is invited to Design again and regains access once they accept.");
    expect(consequences).toContain("An invitation email is sent to frances.lamport@example.net.");
    expect(consequences).toContain("Billable seats: 20 → 21.");
    await modal.getByRole("button", { name: "Unarchive user" }).click();
    await modal.waitFor({ state: "detached" });

    await expectStatus(page, "Frances Lamport", "Invited");
    await expectAnnounced(page, "Frances Lamport is now invited.");
    await expectSeats(page, 21);
    // R24: a pending invite offers copy link, resend and archive (which revokes it).
    await kebabOf(page, "Frances Lamport").click();
    expect(await menuItems(page)).toEqual(["View details", "Copy invitation link", "Resend invitation", "Archive user"]);
  });

  it("R2, R12, R13: as super admin in \"All users\", archive a user from the whole instance and unarchive them, by keyboard", async () => {
    const demo = await demos.open();
    const { page } = demo;
    const scope = page.getByRole("combobox", { name: "Workspace" });
    await scope.focus();
    // "All users" is the first option (super admins only, R2); a closed select changes with the arrow keys.
    await page.keyboard.press("Home");
    await page.getByRole("heading", { name: "All users" }).waitFor();
    await searchFor(page, "oscar", "Oscar Kernighan");
    await expectStatus(page, "Oscar Kernighan", "Active");
    const workspaces = await cellOf(page, "Oscar Kernighan", "workspaces");

    await chooseByKeyboard(page, "Oscar Kernighan", "Archive from instance");
    const archive = page.getByRole("alertdialog", { name: "Archive Oscar Kernighan from the whole instance?" });
    await archive.waitFor();
    expect(await archive.getByRole("listitem").first().innerText()).toBe(
      "Oscar Kernighan can no longer sign in and loses access to every workspace. They cannot be invited until a super admin unarchives them.",
    );
    await screenshot(page, "archive-instance-modal");
    await tabTo(page, archive.getByRole("button", { name: "Archive from instance" }));
    await page.keyboard.press("Enter");
    await archive.waitFor({ state: "detached" });
    await expectStatus(page, "Oscar Kernighan", "Archived");
    await expectAnnounced(page, "Oscar Kernighan is now archived.");
    expect(await cellOf(page, "Oscar Kernighan", "workspaces")).toBe(workspaces);

    await chooseByKeyboard(page, "Oscar Kernighan", "Unarchive in instance");
    const unarchive = page.getByRole("alertdialog", { name: "Unarchive Oscar Kernighan in the instance?" });
    await unarchive.waitFor();
    expect(await unarchive.getByRole("listitem").first().innerText()).toBe(
      "Oscar Kernighan can sign in and be invited again. Their memberships stay archived until each workspace's admins unarchive them.",
    );
    await tabTo(page, unarchive.getByRole("button", { name: "Unarchive in instance" }));
    await page.keyboard.press("Enter");
    await unarchive.waitFor({ state: "detached" });
    // R13: the instance status becomes invited …
    await expectStatus(page, "Oscar Kernighan", "Invited");

    // … and the workspace membership stays archived (R12, R13).
    await scope.selectOption({ label: "Design" });
    await page.getByRole("heading", { name: "Design" }).waitFor();
    await waitForRoster(page);
    await expectStatus(page, "Oscar Kernighan", "Archived");
  });

  it("R2, R12: instance archive by mouse from \"All users\" archives every membership", async () => {
    const demo = await demos.open();
    const { page } = demo;
    await page.getByRole("combobox", { name: "Workspace" }).selectOption({ label: "All users" });
    await page.getByRole("heading", { name: "All users" }).waitFor();
    await searchFor(page, "nina", "Nina Karimi");
    await chooseByMouse(page, "Nina Karimi", "Archive from instance");
    const modal = page.getByRole("alertdialog", { name: "Archive Nina Karimi from the whole instance?" });
    await modal.getByRole("button", { name: "Archive from instance" }).click();
    await modal.waitFor({ state: "detached" });
    await expectStatus(page, "Nina Karimi", "Archived");

    await kebabOf(page, "Nina Karimi").click();
    await page.getByRole("menuitem", { name: "View details" }).click();
    const panel = page.getByRole("region", { name: "Details of Nina Karimi" });
    await panel.waitFor();
    const memberships = panel.locator('[data-part="membership"]');
    await expect.poll(() => memberships.count()).toBeGreaterThan(0);
    for (const text of await memberships.allInnerTexts()) expect(text).toContain("Archived");
  });

  it("R15, R3: the last active admin of a workspace cannot be archived (scenario last-admin)", async () => {
    const demo = await demos.open({ scenario: "last-admin" });
    const { page } = demo;
    // The super admin administers Operations; Lin Last is the only active admin of Design.
    await page.getByRole("combobox", { name: "Workspace" }).selectOption({ label: "Design" });
    await page.getByRole("heading", { name: "Design" }).waitFor();
    await waitForRoster(page);
    await expectStatus(page, "Lin Last", "Active");

    // R3: the action is offered disabled, focusable, with the policy's reason; choosing it does nothing.
    await chooseByKeyboard(page, "Lin Last", "Archive user");
    const menu = page.getByRole("menu");
    const item = menu.getByRole("menuitem", { name: "Archive user" });
    expect(await item.getAttribute("aria-disabled")).toBe("true");
    expect(await item.getAttribute("data-rule")).toBe("R15");
    const reason = "Lin Last is the last active admin of Design; archiving them would leave it without one. Make someone else an admin first.";
    expect(await descriptionOf(item)).toBe(reason);
    expect(await menu.isVisible(), "choosing a disabled item keeps the menu open").toBe(true);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await screenshot(page, "last-admin-refused-menu");

    // The details panel (R21) refuses the same way.
    await pressUntilFocused(page, "ArrowUp", "View details", 6);
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Details of Lin Last" });
    await panel.waitFor();
    const button = panel.getByRole("button", { name: "Archive user" });
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    expect(await descriptionOf(button)).toBe(reason);
    await button.click({ force: true });
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await statusOf(page, "Lin Last")).toBe("Active");
  });

  it("R15: an instance archive of the last admin of two workspaces is refused and names them (scenario last-admin)", async () => {
    const demo = await demos.open({ scenario: "last-admin" });
    const { page } = demo;
    await page.getByRole("combobox", { name: "Workspace" }).selectOption({ label: "All users" });
    await page.getByRole("heading", { name: "All users" }).waitFor();
    await searchFor(page, "lin", "Lin Last");
    await kebabOf(page, "Lin Last").click();
    const item = page.getByRole("menuitem", { name: "Archive from instance" });
    expect(await item.getAttribute("aria-disabled")).toBe("true");
    expect(await descriptionOf(item)).toBe(
      "Lin Last is the last active admin of Design, Engineering; archiving them at instance level would leave them without one. Make someone else an admin first.",
    );
    // A click on it (Playwright would wait for it to be enabled: force the click a person can make).
    await item.click({ force: true });
    expect(await page.getByRole("menu").isVisible()).toBe(true);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await screenshot(page, "last-admin-instance-refused");
  });

  it("R22: a version conflict applies nothing and shows the member's new state (scenario conflict)", async () => {
    const demo = await demos.open({ scenario: "conflict" });
    const { page } = demo;
    const groupsBefore = await cellOf(page, "Oscar Kernighan", "groups");
    await chooseByMouse(page, "Oscar Kernighan", "Archive user");
    const modal = page.getByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    await modal.getByRole("button", { name: "Archive user" }).click();

    await modal.getByText("Oscar Kernighan was changed by someone else while this was open. Nothing was applied; review their current state.").waitFor();
    await expectStatus(page, "Oscar Kernighan", "Active");
    expect(await modal.locator('[data-part="current-state"]').innerText()).toMatch(/Current status\s+Active\s+Current role\s+End user/);
    // The other admin's change (a group) is shown in the row.
    await expect.poll(() => cellOf(page, "Oscar Kernighan", "groups")).not.toBe(groupsBefore);
    await screenshot(page, "conflict-modal");

    // Starting again on the new state works (the next try is not a conflict).
    await modal.getByRole("button", { name: "Start again" }).click();
    await modal.getByRole("button", { name: "Archive user" }).click();
    await modal.waitFor({ state: "detached" });
    await expectStatus(page, "Oscar Kernighan", "Archived");
  });

  it("R20: a network failure rolls the optimistic change back and the modal shows the error; Try again applies it", async () => {
    const demo = await demos.open({}, { networkFaults: true });
    const { page } = demo;
    // Every attempt of the adapter (3 in all: it retries writes that carry an idempotency key) fails.
    await armFetchFailures(page, "POST", "/status", 3);
    await chooseByMouse(page, "Oscar Kernighan", "Archive user");
    const modal = page.getByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    await modal.getByRole("button", { name: "Archive user" }).click();

    // Optimistic: the row shows the new status while the request is under way.
    await expectStatus(page, "Oscar Kernighan", "Archived");
    expect(await rowOf(page, "Oscar Kernighan").getAttribute("aria-busy")).toBe("true");
    await releaseFetchFailures(page);

    const alert = modal.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^Oscar Kernighan was not changed: .*(reach the server|connection)/);
    await expectStatus(page, "Oscar Kernighan", "Active");
    expect(await rowOf(page, "Oscar Kernighan").getAttribute("aria-busy")).toBeNull();
    await expectAnnounced(page, /^Oscar Kernighan was not changed: /);
    expect(await remainingFetchFailures(page), "the adapter retried the write before giving up").toBe(0);
    await screenshot(page, "network-failure-rolled-back");

    await modal.getByRole("button", { name: "Try again" }).click();
    await modal.waitFor({ state: "detached" });
    await expectStatus(page, "Oscar Kernighan", "Archived");
  });

  it("persistence: a change survives a reload, and \"Reset demo data\" restores the seed", async () => {
    const demo = await demos.open();
    const { page } = demo;
    await chooseByMouse(page, "Oscar Kernighan", "Archive user");
    const modal = page.getByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    await modal.getByRole("button", { name: "Archive user" }).click();
    await modal.waitFor({ state: "detached" });
    await expectStatus(page, "Oscar Kernighan", "Archived");

    await page.reload();
    await waitForRoster(page);
    await expectStatus(page, "Oscar Kernighan", "Archived");
    await expectSeats(page, 19);

    await page.getByRole("button", { name: "Reset demo data" }).click();
    await page.waitForEvent("load");
    await waitForRoster(page);
    await expectStatus(page, "Oscar Kernighan", "Active");
    await expectSeats(page, 20);
  });
});
