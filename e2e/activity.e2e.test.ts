import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { WAIT_MS, expectAnnounced, expectFocused, expectNoAxeViolations, screenshot, tabTo, useDemos } from "./support";

/**
 * The activity history in the built demo (R28; archive lifecycle, signed in as the super admin Tomas
 * Lovelace in Design): a status change shows in the member's timeline, and the console's activity view
 * lists the workspace's changes (the scenario's seeded weeks and what the test does), filtered by action
 * and by person, by keyboard and by mouse, without axe violations, in light, dark and right to left.
 */

const demos = useDemos();
const ACTOR = "Tomas Lovelace";

/** The headlines of the entries shown in `region`, in order. */
async function headlines(region: Locator): Promise<string[]> {
  return (await region.locator('[data-part="entry"] [data-part="headline"]').allTextContents()).map((text) => text.trim());
}

/** Waits until the headlines of `region` satisfy `check`. */
async function expectHeadlines(region: Locator, check: (lines: string[]) => boolean, message: string): Promise<string[]> {
  await expect.poll(async () => check(await headlines(region)), { timeout: WAIT_MS, message }).toBe(true);
  return headlines(region);
}

/** Opens the console's activity view by keyboard: Tab to "Activity" and press Enter. */
async function openActivityByKeyboard(page: Page): Promise<Locator> {
  await tabTo(page, page.getByRole("button", { name: "Activity", exact: true }));
  await page.keyboard.press("Enter");
  const log = page.getByRole("region", { name: "Activity" });
  await expectHeadlines(log, (lines) => lines.length > 0, "the activity log's first page");
  return log;
}

describe("activity history", () => {
  it("R28: archive a member by mouse, open their details: the timeline says who archived them, when and where; axe clean; a reload keeps it", async () => {
    const { page, pages } = await demos.open();
    const { table } = pages;
    await table.waitForStatus("Oscar Kernighan", "Active");
    await table.chooseRowAction("Oscar Kernighan", "Archive user");
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    await modal.confirm("Archive user");
    await modal.waitForClosed();
    await table.waitForStatus("Oscar Kernighan", "Archived");

    await table.chooseRowAction("Oscar Kernighan", "View details");
    const panel = page.getByRole("region", { name: "Details of Oscar Kernighan" });
    const timeline = panel.getByRole("region", { name: "History" });
    const lines = await expectHeadlines(timeline, (shown) => shown[0] === `Archived by ${ACTOR}`, "the archive first in the timeline");
    // The seeded weeks are there too, older: the scenario's admins changed Oscar's groups and role.
    expect(lines.slice(1)).toEqual([`Role changed by ${ACTOR}`, expect.stringMatching(/^Groups changed by /)]);
    const entry = timeline.locator('[data-part="entry"]').first();
    expect(await entry.locator('[data-part="where"]').textContent()).toBe("Design");
    expect(await entry.locator('[data-part="changes"]').textContent()).toBe("Status: Active → Archived");
    const at = Date.parse((await entry.locator("time").getAttribute("datetime")) ?? "");
    expect(Math.abs(Date.now() - at)).toBeLessThan(10 * 60 * 1000);
    expect(await entry.locator("time").textContent()).toMatch(/\((now|\d+ seconds? ago|\d+ minutes? ago)\)$/);
    await expectNoAxeViolations(page, "details panel with its timeline");
    await screenshot(page, "activity-timeline");

    // The demo keeps the history with the roster: a reload shows the same timeline.
    await page.reload();
    await table.waitForRows();
    await table.chooseRowAction("Oscar Kernighan", "View details");
    const reloaded = page.getByRole("region", { name: "Details of Oscar Kernighan" }).getByRole("region", { name: "History" });
    expect(await expectHeadlines(reloaded, (shown) => shown.length === 3, "the same timeline after a reload")).toEqual(lines);
  });

  it("R28: the activity view by keyboard: open it (announced), filter by action with the arrow keys, clear the filters, go back to the members; axe clean", async () => {
    const { page, pages } = await demos.open();
    const log = await openActivityByKeyboard(page);
    await expectFocused(page.getByRole("button", { name: "Activity", exact: true, pressed: true }), "focus stays on the pressed Activity button");
    await expectAnnounced(page, /^\d+ events? shown\.$/);
    const all = await headlines(log);
    expect(all.some((line) => line === `${ACTOR} changed the role of Oscar Kernighan`)).toBe(true);
    // The console's title is an h2, the log's an h3, each day an h4.
    expect(await log.getByRole("heading", { level: 4 }).count()).toBeGreaterThan(3);
    await expectNoAxeViolations(page, "activity view");
    await screenshot(page, "activity-log-light");

    // A closed select changes with the arrow keys: "All actions", "Invited", …, "Archived" is the fifth down.
    const action = log.getByRole("combobox", { name: "Action" });
    await tabTo(page, action);
    for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowDown");
    await expect.poll(() => action.inputValue(), { timeout: WAIT_MS }).toBe("archive");
    const archived = await expectHeadlines(log, (lines) => lines.length > 0 && lines.every((line) => line.includes(" archived ")), "only archives");
    expect(archived.length).toBeLessThan(all.length);
    await expectNoAxeViolations(page, "activity view filtered by action");

    await tabTo(page, log.getByRole("button", { name: "Clear filters" }));
    await page.keyboard.press("Enter");
    await expectHeadlines(log, (lines) => lines.length === all.length, "every event again");
    await expectFocused(action, "the first filter takes the focus from the Clear filters button that went away");

    await tabTo(page, page.getByRole("button", { name: "Members", exact: true }), 40, "Shift+Tab");
    await page.keyboard.press("Enter");
    await pages.table.waitForRows();
  });

  it("R28: the activity view by mouse: filter by person (the one changed, then the one who made the change)", async () => {
    const { page } = await demos.open();
    await page.getByRole("button", { name: "Activity", exact: true }).click();
    const log = page.getByRole("region", { name: "Activity" });
    await expectHeadlines(log, (lines) => lines.length > 0, "the activity log's first page");

    const person = log.getByRole("combobox", { name: "Person" });
    await person.click();
    await person.fill("oscar kernighan");
    await log.getByRole("button", { name: "Filter", exact: true }).click();
    await expectHeadlines(log, (lines) => lines.length === 2 && lines.every((line) => line.endsWith("Oscar Kernighan")), "Oscar's changes only");

    await person.fill(ACTOR);
    await log.getByRole("combobox", { name: "Their part" }).selectOption({ label: "Made the change" });
    await log.getByRole("button", { name: "Filter", exact: true }).click();
    await expectHeadlines(log, (lines) => lines.length > 0 && lines.every((line) => line.startsWith(`${ACTOR} `)), "Tomas's changes only");

    await person.fill("Nobody Here");
    await log.getByRole("button", { name: "Filter", exact: true }).click();
    await expect.poll(() => log.getByRole("alert").textContent(), { timeout: WAIT_MS }).toBe('No one in the history matches "Nobody Here". Pick a name from the list, or clear the field.');
    expect(await person.inputValue()).toBe("Nobody Here");
    await expectNoAxeViolations(page, "activity view with a person no one has");
  });

  it.each([
    ["dark", { theme: "dark" }],
    ["rtl", { locale: "en-rtl" }],
  ] as const)("R28: the activity view and the timeline in %s: axe clean", async (name, settings) => {
    const { page, pages } = await demos.open(settings);
    await openActivityByKeyboard(page);
    await expectNoAxeViolations(page, `activity view, ${name}`);
    await screenshot(page, `activity-log-${name}`);
    await page.getByRole("button", { name: "Members", exact: true }).click();
    await pages.table.chooseRowAction("Oscar Kernighan", "View details");
    const timeline = page.getByRole("region", { name: "Details of Oscar Kernighan" }).getByRole("region", { name: "History" });
    await expectHeadlines(timeline, (lines) => lines.length === 2, "Oscar's seeded history");
    await expectNoAxeViolations(page, `timeline, ${name}`);
    await screenshot(page, `activity-timeline-${name}`);
  });
});
