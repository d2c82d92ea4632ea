import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/testing/csv-records";
import { expectAnnounced, expectFocused, expectNoAxeViolations, screenshot, tabTo, useDemos } from "./support";

/**
 * The CSV export (R25) in the built demo with its 10,000 generated members (self-hosted, archive lifecycle,
 * the super admin in Design):
 * by keyboard alone, the roster's current view over every page, in the columns chosen (the demo's
 * metadata columns included), saved under the workspace's name and the day.
 */

const demos = useDemos();

describe("export", () => {
  it("R25: exports the roster by keyboard alone: every page, the columns chosen, a file named after the workspace and the day", async () => {
    const demo = await demos.open({ scenario: "large-10k" });
    const { page } = demo;
    const pageStatus = page.locator('[data-scope="users-table"][data-part="page-status"]').first();
    const total = Number(/of ([\d,]+)/.exec((await pageStatus.textContent()) ?? "")?.[1]?.replace(/,/g, "") ?? Number.NaN);
    const shown = await page.locator('[data-scope="users-table"][data-part="row"]').count();
    expect(total, "the roster has more members than one page shows").toBeGreaterThan(shown);
    expect(await page.getByRole("columnheader", { name: /Department/ }).count()).toBe(1);

    const trigger = page.getByRole("button", { name: "Export CSV" });
    await tabTo(page, trigger);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Export members as CSV" });
    await dialog.waitFor();
    await expectFocused(dialog.getByRole("checkbox", { name: "Name" }), "the dialog opens on its first column");
    // Leave out the metadata as JSON; keep the demo's metadata columns.
    const json = dialog.getByRole("checkbox", { name: "All metadata (JSON)" });
    await tabTo(page, json, 12);
    await page.keyboard.press("Space");
    expect(await json.isChecked()).toBe(false);
    expect(await dialog.getByRole("checkbox", { name: "Department" }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, "export dialog");
    await screenshot(page, "export-dialog");

    await tabTo(page, dialog.getByRole("button", { name: "Export", exact: true }), 6);
    const downloading = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^design-members-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const text = await readFile(path, "utf8");
    expect(text.startsWith("\uFEFF"), "a byte order mark, so spreadsheets read UTF-8").toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["name", "email", "status", "role", "groups", "invitedAt", "lastActiveAt", "metadata.department", "metadata.seniority"]);
    expect(rows).toHaveLength(total);
    expect(rows.some((row) => row[7] !== "")).toBe(true);

    const status = dialog.getByRole("status");
    await expect.poll(() => status.textContent()).toBe(`${total.toLocaleString("en-US")} members exported to ${download.suggestedFilename()}.`);
    await expectAnnounced(page, `${total.toLocaleString("en-US")} members exported to ${download.suggestedFilename()}.`);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expectFocused(trigger, "focus returns to the export button");
  });
});
