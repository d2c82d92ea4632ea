import { describe, expect, it } from "vitest";
import { expectAnnounced, expectFocused, expectNoAxeViolations, expectSeats, screenshot, seatCount, tabTo, useDemos } from "./support";

/**
 * The deactivate lifecycle in the built demo (self-hosted, the super admin in Design): deactivate and
 * reactivate from the row menu and from the details panel, with role and groups restored.
 */

const demos = useDemos();

describe("deactivate lifecycle", () => {
  it("R17, R18, R24: deactivate and reactivate by keyboard alone from the row menu; role and groups are restored", async () => {
    const MEMBER = "Lynn Johnson";
    const demo = await demos.open({ lifecycle: "deactivate" });
    const { page, pages } = demo;
    const { table, rowMenu } = pages;
    await table.waitForStatus(MEMBER, "Active");
    const role = await table.cellText(MEMBER, "role");
    const groups = await table.cellText(MEMBER, "groups");
    expect(role).toBe("Admin");
    expect(groups).toBe("Reviewers");
    const seats = await seatCount(page);

    await table.chooseRowAction(MEMBER, "Deactivate", { via: "keyboard" });
    const deactivate = pages.confirmModal(`Deactivate ${MEMBER}?`);
    await expectFocused(await deactivate.button("Cancel"));
    expect((await deactivate.consequences())[0]).toBe(`${MEMBER} can no longer sign in, stops receiving notifications and cannot be assigned to new records.`);
    await screenshot(page, "deactivate-modal");
    await tabTo(page, await deactivate.button("Deactivate"), 3);
    await page.keyboard.press("Enter");
    await deactivate.waitForClosed();
    await table.waitForStatus(MEMBER, "Inactive");
    await expectAnnounced(page, `${MEMBER} is now inactive.`);
    await expectSeats(page, seats - 1);
    await expectFocused(await table.rowMenuTrigger(MEMBER), "focus returns to the row's menu button");

    // R24: an inactive member offers reactivate only.
    await page.keyboard.press("Enter");
    expect(await rowMenu.itemNames()).toEqual(["View details", "Reactivate"]);
    // Closed before it opens again: an Enter sent while the menu is still closing reaches nothing.
    await rowMenu.close();

    await table.chooseRowAction(MEMBER, "Reactivate", { via: "keyboard" });
    const reactivate = pages.confirmModal(`Reactivate ${MEMBER}?`);
    expect((await reactivate.consequences())[0]).toBe(`${MEMBER} can sign in again at once, with the role and groups they had before.`);
    await tabTo(page, await reactivate.button("Reactivate"), 3);
    await page.keyboard.press("Enter");
    await reactivate.waitForClosed();

    // R18: active at once, with the role and groups from before.
    await table.waitForStatus(MEMBER, "Active");
    await expectSeats(page, seats);
    expect(await table.cellText(MEMBER, "role")).toBe(role);
    expect(await table.cellText(MEMBER, "groups")).toBe(groups);
  });

  it("R17, R18, R21: deactivate and reactivate by mouse from the details panel, through the same modal", async () => {
    const MEMBER = "Yara Silva";
    const demo = await demos.open({ lifecycle: "deactivate" });
    const { page, pages } = demo;
    const { table } = pages;
    await table.chooseRowAction(MEMBER, "View details");
    const panel = page.getByRole("region", { name: `Details of ${MEMBER}` });
    await panel.waitFor();
    const fields = panel.locator('[data-part="fields"]');
    const before = await fields.innerText();
    expect(before).toMatch(/Role\s+End user/);
    expect(before).toMatch(/Groups\s+Core team and On call/);
    const actions = panel.getByRole("group", { name: "Actions" });

    await actions.getByRole("button", { name: "Deactivate" }).click();
    const deactivate = pages.confirmModal(`Deactivate ${MEMBER}?`);
    await deactivate.confirm("Deactivate");
    await deactivate.waitForClosed();
    await table.waitForStatus(MEMBER, "Inactive");
    await expect.poll(() => panel.locator('[data-scope="status-badge"][data-part="root"]').first().textContent()).toBe("Inactive");
    await screenshot(page, "deactivate-details-panel-inactive");
    await expectNoAxeViolations(page, "details panel of an inactive member");

    await actions.getByRole("button", { name: "Reactivate" }).click();
    const reactivate = pages.confirmModal(`Reactivate ${MEMBER}?`);
    await reactivate.confirm("Reactivate");
    await reactivate.waitForClosed();
    await table.waitForStatus(MEMBER, "Active");
    await expect.poll(() => panel.locator('[data-scope="status-badge"][data-part="root"]').first().textContent()).toBe("Active");
    expect(await fields.innerText()).toBe(before.replace("Inactive", "Active"));
  });
});
