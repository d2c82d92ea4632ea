import { describe, expect, it } from "vitest";
import {
  cellOf,
  chooseByKeyboard,
  expectAnnounced,
  expectFocused,
  expectNoAxeViolations,
  expectSeats,
  expectStatus,
  kebabOf,
  menuItems,
  screenshot,
  seatCount,
  tabTo,
  useDemos,
} from "./support";

/**
 * The deactivate lifecycle in the built demo (self-hosted, the super admin in Design): deactivate and
 * reactivate from the row menu and from the details panel, with role and groups restored.
 */

const demos = useDemos();


describe("deactivate lifecycle", () => {
  it("R17, R18, R24: deactivate and reactivate by keyboard alone from the row menu; role and groups are restored", async () => {
    const MEMBER = "Lynn Johnson";
    const demo = await demos.open({ lifecycle: "deactivate" });
    const { page } = demo;
    await expectStatus(page, MEMBER, "Active");
    const role = await cellOf(page, MEMBER, "role");
    const groups = await cellOf(page, MEMBER, "groups");
    expect(role).toBe("Admin");
    expect(groups).toBe("Reviewers");
    const seats = await seatCount(page);

    await chooseByKeyboard(page, MEMBER, "Deactivate");
    const deactivate = page.getByRole("alertdialog", { name: `Deactivate ${MEMBER}?` });
    await deactivate.waitFor();
    await expectFocused(deactivate.getByRole("button", { name: "Cancel" }));
    expect(await deactivate.getByRole("listitem").first().innerText()).toBe(
      `${MEMBER} can no longer sign in, stops receiving notifications and cannot be assigned to new records.`,
    );
    await screenshot(page, "deactivate-modal");
    await tabTo(page, deactivate.getByRole("button", { name: "Deactivate" }), 3);
    await page.keyboard.press("Enter");
    await deactivate.waitFor({ state: "detached" });
    await expectStatus(page, MEMBER, "Inactive");
    await expectAnnounced(page, `${MEMBER} is now inactive.`);
    await expectSeats(page, seats - 1);
    await expectFocused(kebabOf(page, MEMBER), "focus returns to the row's menu button");

    // R24: an inactive member offers reactivate only.
    await page.keyboard.press("Enter");
    expect(await menuItems(page)).toEqual(["View details", "Reactivate"]);
    await page.keyboard.press("Escape");

    await chooseByKeyboard(page, MEMBER, "Reactivate");
    const reactivate = page.getByRole("alertdialog", { name: `Reactivate ${MEMBER}?` });
    await reactivate.waitFor();
    expect(await reactivate.getByRole("listitem").first().innerText()).toBe(`${MEMBER} can sign in again at once, with the role and groups they had before.`);
    await tabTo(page, reactivate.getByRole("button", { name: "Reactivate" }), 3);
    await page.keyboard.press("Enter");
    await reactivate.waitFor({ state: "detached" });

    // R18: active at once, with the role and groups from before.
    await expectStatus(page, MEMBER, "Active");
    await expectSeats(page, seats);
    expect(await cellOf(page, MEMBER, "role")).toBe(role);
    expect(await cellOf(page, MEMBER, "groups")).toBe(groups);
  });

  it("R17, R18, R21: deactivate and reactivate by mouse from the details panel, through the same modal", async () => {
    const MEMBER = "Yara Silva";
    const demo = await demos.open({ lifecycle: "deactivate" });
    const { page } = demo;
    await kebabOf(page, MEMBER).click();
    await page.getByRole("menuitem", { name: "View details" }).click();
    const panel = page.getByRole("region", { name: `Details of ${MEMBER}` });
    await panel.waitFor();
    const fields = panel.locator('[data-part="fields"]');
    const before = await fields.innerText();
    expect(before).toMatch(/Role\s+End user/);
    expect(before).toMatch(/Groups\s+Core team and On call/);
    const actions = panel.getByRole("group", { name: "Actions" });

    await actions.getByRole("button", { name: "Deactivate" }).click();
    const deactivate = page.getByRole("alertdialog", { name: `Deactivate ${MEMBER}?` });
    await deactivate.getByRole("button", { name: "Deactivate" }).click();
    await deactivate.waitFor({ state: "detached" });
    await expectStatus(page, MEMBER, "Inactive");
    await expect.poll(() => panel.locator('[data-scope="status-badge"][data-part="root"]').first().textContent()).toBe("Inactive");
    await screenshot(page, "deactivate-details-panel-inactive");
    await expectNoAxeViolations(page, "details panel of an inactive member");

    await actions.getByRole("button", { name: "Reactivate" }).click();
    const reactivate = page.getByRole("alertdialog", { name: `Reactivate ${MEMBER}?` });
    await reactivate.getByRole("button", { name: "Reactivate" }).click();
    await reactivate.waitFor({ state: "detached" });
    await expectStatus(page, MEMBER, "Active");
    await expect.poll(() => panel.locator('[data-scope="status-badge"][data-part="root"]').first().textContent()).toBe("Active");
    expect(await fields.innerText()).toBe(before.replace("Inactive", "Active"));
  });
});
