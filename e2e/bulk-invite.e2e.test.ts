import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Demo } from "./support";
import { expectFocused, expectNoAxeViolations, expectSeats, screenshot, seatCount, tabTo, useDemos, WAIT_MS } from "./support";

/**
 * Bulk invite (issue 13; R5–R8, R26, R29) in the built demo, as a new admin would try it: a CSV of 1,000
 * people with a few bad rows is uploaded, the bad rows are fixed or dropped in the preview (one far down
 * the virtualised list), the rest is sent in batches of 100, and each row shows its result. By mouse,
 * and by keyboard alone (only the file itself is set as a file picker would), with axe on every state.
 */

const demos = useDemos();

/** The email of each member on the users table's current page, in order. */
async function pageEmails(page: Page): Promise<string[]> {
  const cells = page.locator('[data-scope="users-table"][data-part="member-email"]');
  await cells.first().waitFor();
  return (await cells.allInnerTexts()).map((text) => text.trim());
}

/** A CSV of `count` new people (`Bulk Person n`, `bulk.n@example.com`), with `changes` by row number. */
function peopleCsv(count: number, changes: Readonly<Record<number, readonly [name: string, email: string]>> = {}): Buffer {
  const lines = ["Full name,E-mail,Role,Groups"];
  for (let row = 1; row <= count; row += 1) {
    const [name, email] = changes[row] ?? [`Bulk Person ${String(row)}`, `bulk.${String(row)}@example.com`];
    lines.push(`${name},${email},End user,`);
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`);
}

async function openBulkInvite(demo: Demo, via: "pointer" | "keyboard"): Promise<{ dialog: Locator; file: Locator }> {
  const { page, pages } = demo;
  const form = await pages.openInviteDialog({ via });
  const dialog = await form.element();
  const mode = dialog.getByRole("button", { name: "From a list or CSV" });
  if (via === "keyboard") {
    await tabTo(page, mode, 20, "Shift+Tab");
    await page.keyboard.press("Enter");
  } else {
    await mode.click();
  }
  expect(await mode.getAttribute("aria-pressed")).toBe("true");
  const file = dialog.getByLabel("CSV file");
  await file.waitFor();
  return { dialog, file };
}

/** The preview's row whose row header is `row`, scrolled into the virtualised viewport first. */
async function previewRow(dialog: Locator, row: number): Promise<Locator> {
  const viewport = dialog.locator('[data-scope="invite-bulk"][data-part="viewport"]');
  const locator = dialog.locator('[data-scope="invite-bulk"][data-part="row"]').filter({ has: dialog.page().getByRole("rowheader", { name: row.toLocaleString("en-US"), exact: true }) });
  const deadline = Date.now() + WAIT_MS;
  // Scroll down a viewport at a time (as a wheel would) until the row is rendered.
  while ((await locator.count()) === 0) {
    if (Date.now() > deadline) throw new Error(`Row ${String(row)} never came into the preview.`);
    await viewport.evaluate((element) => element.scrollBy(0, element.clientHeight * 0.8));
    await dialog.page().waitForTimeout(50);
  }
  await locator.scrollIntoViewIfNeeded();
  return locator;
}

function summaryOf(dialog: Locator): Locator {
  return dialog.locator('[data-scope="invite-bulk"][data-part="preview-summary"]');
}

describe("bulk invite", () => {
  it("R5–R8, R26, R29: 1,000 people from a CSV by mouse: bad rows fixed in the preview, sent in batches, a result per row", async () => {
    const demo = await demos.open();
    const { page } = demo;
    const seats = await seatCount(page);
    // A member the store knows (R7 in the preview) and one it does not: with the table searched for the
    // first, the store holds that member only, so only the backend knows the second is taken.
    const [onThisPage = "", unknownToStore = ""] = await pageEmails(page);
    await demo.pages.table.search(onThisPage);
    await expect.poll(() => pageEmails(page)).toEqual([onThisPage]);

    const { dialog, file } = await openBulkInvite(demo, "pointer");
    await file.setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: peopleCsv(1000, {
        2: ["Bad Email", "bulk.2@example"],
        3: ["Same As One", "BULK.1@example.com"],
        5: ["Already Here", onThisPage],
        700: ["", "bulk.700@example.com"],
        1000: ["Known Elsewhere", unknownToStore],
      }),
    });
    await expectFocused(dialog.getByRole("heading", { name: "People to invite" }), "the preview takes focus");
    expect(await summaryOf(dialog).innerText()).toMatch(/^1,000 people: 996 ready, 4 to fix\./);
    // Only the rows in view are in the page: the list stays responsive at 1,000.
    expect(await dialog.locator('[data-scope="invite-bulk"][data-part="row"]').count()).toBeLessThan(60);

    const row2 = await previewRow(dialog, 2);
    const email2 = row2.getByRole("textbox", { name: "Email, row 2" });
    expect(await email2.getAttribute("aria-invalid")).toBe("true");
    expect(await demo.pages.driver.description(email2)).toBe('The domain "example" needs a dot, like example.com.');
    expect(await (await previewRow(dialog, 3)).innerText()).toContain("The same email as row 1.");
    expect(await (await previewRow(dialog, 5)).innerText()).toContain(`${onThisPage} is already active in this workspace.`);
    await screenshot(page, "bulk-invite-preview-errors");
    await expectNoAxeViolations(page, "bulk invite: preview with errors");

    await email2.fill("bulk.2@example.com");
    await (await previewRow(dialog, 3)).getByRole("textbox", { name: "Email, row 3" }).fill("bulk.3@example.com");
    await (await previewRow(dialog, 5)).getByRole("button", { name: "Remove row 5" }).click();
    const name700 = (await previewRow(dialog, 700)).getByRole("textbox", { name: "Name, row 700" });
    expect(await demo.pages.driver.description(name700)).toBe("Enter a name.");
    await name700.fill("Bulk Person 700");
    await expect.poll(() => summaryOf(dialog).innerText()).toMatch(/^999 people: 999 ready, 0 to fix\./);

    await dialog.getByRole("button", { name: "Send 999 invitations" }).click();
    const summary = dialog.locator('[data-scope="invite-bulk"][data-part="summary"]');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toBe("998 invitations sent; 1 person was not invited: fix the row and retry.");
    await expectFocused(summary, "focus moves to the results");
    expect(await summaryOf(dialog).innerText()).toMatch(/^999 people: 998 invited, 0 ready, 1 to fix\./);
    const refused = await previewRow(dialog, 1000);
    expect(await refused.getByText("Not invited", { exact: true }).count()).toBe(1);
    expect(await demo.pages.driver.description(refused.getByRole("textbox", { name: "Email, row 1,000" }))).toBe(`${unknownToStore} is already active in this workspace.`);
    expect(await (await previewRow(dialog, 999)).getByText("Invited", { exact: true }).count()).toBe(1);
    await screenshot(page, "bulk-invite-results");
    await expectNoAxeViolations(page, "bulk invite: results with one refused row");

    // The refused row is dropped; nothing is left to send.
    await refused.getByRole("button", { name: "Remove row 1,000" }).click();
    await expect.poll(() => summaryOf(dialog).innerText()).toMatch(/^998 people: 998 invited, 0 ready, 0 to fix\./);
    expect(await dialog.getByRole("button", { name: /^Send / }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Close", exact: true }).first().click();
    await dialog.waitFor({ state: "detached" });
    // R16: 998 new pending members take seats.
    await expectSeats(page, seats + 998);
  });

  it("R5, R29: 1,000 people by keyboard alone: only the rows to fix are shown, each is fixed in place, and all are sent", async () => {
    const demo = await demos.open();
    const { page } = demo;
    const seats = await seatCount(page);
    const { dialog, file } = await openBulkInvite(demo, "keyboard");
    // The file picker is the browser's own: the file is set as it would be once chosen.
    await file.setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: peopleCsv(1000, { 10: ["Ten", "bulk.10@@example.com"], 500: ["", "bulk.500@example.com"], 990: ["Nine Ninety", "bulk.990 @example.com"] }),
    });
    await expectFocused(dialog.getByRole("heading", { name: "People to invite" }), "the preview takes focus");
    expect(await summaryOf(dialog).innerText()).toMatch(/^1,000 people: 997 ready, 3 to fix\./);

    const only = dialog.getByRole("button", { name: "Show only the rows to fix" });
    await tabTo(page, only, 5);
    await page.keyboard.press("Enter");
    expect(await only.getAttribute("aria-pressed")).toBe("true");
    expect(await dialog.getByRole("rowheader").allInnerTexts()).toEqual(["10", "500", "990"]);

    await tabTo(page, dialog.getByRole("textbox", { name: "Email, row 10" }), 10);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("bulk.10@example.com");
    await tabTo(page, dialog.getByRole("textbox", { name: "Name, row 500" }), 10);
    await page.keyboard.type("Five Hundred");
    await tabTo(page, dialog.getByRole("textbox", { name: "Email, row 990" }), 10);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("bulk.990@example.com");
    await expect.poll(() => summaryOf(dialog).innerText()).toMatch(/^1,000 people: 1,000 ready, 0 to fix\./);
    expect(await dialog.getByText("Ready", { exact: true }).count()).toBe(3);
    await expectNoAxeViolations(page, "bulk invite: only the rows to fix, fixed");

    await tabTo(page, dialog.getByRole("button", { name: "Send 1,000 invitations" }), 10);
    await page.keyboard.press("Enter");
    const summary = dialog.locator('[data-scope="invite-bulk"][data-part="summary"]');
    await summary.waitFor({ timeout: 60_000 });
    await expectFocused(summary, "focus moves to the results");
    expect(await summary.innerText()).toBe("1,000 invitations sent.");
    await expectSeats(page, seats + 1000);
  });

  it("R5, R7: by keyboard alone: a pasted list checked, a repeated email fixed, a row removed, sent, and focus where it should be", async () => {
    const demo = await demos.open();
    const { page } = demo;
    const { dialog } = await openBulkInvite(demo, "keyboard");
    const paste = dialog.getByLabel("Or paste emails");
    await tabTo(page, paste, 10);
    await page.keyboard.type("Kim Keys <kim.keys@example.com>, lee.keys@example.com; Kim Again <KIM.keys@example.com>\nnot-an-email");
    await tabTo(page, dialog.getByRole("button", { name: "Add to the list" }), 5);
    await page.keyboard.press("Enter");
    await expectFocused(dialog.getByRole("heading", { name: "People to invite" }), "the preview takes focus");
    expect(await summaryOf(dialog).innerText()).toMatch(/^4 people: 2 ready, 2 to fix\./);
    await expectNoAxeViolations(page, "bulk invite: pasted list with errors");

    // Fix row 3's repeated email in place.
    const email3 = dialog.getByRole("textbox", { name: "Email, row 3" });
    await tabTo(page, email3, 30);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("kim.again@example.com");
    // Remove row 4: focus goes back to the preview's heading.
    await tabTo(page, dialog.getByRole("button", { name: "Remove row 4" }), 10);
    await page.keyboard.press("Enter");
    await expectFocused(dialog.getByRole("heading", { name: "People to invite" }), "focus stays in the preview");
    expect(await summaryOf(dialog).innerText()).toMatch(/^3 people: 3 ready, 0 to fix\./);

    await tabTo(page, dialog.getByRole("button", { name: "Send 3 invitations" }), 40);
    await page.keyboard.press("Enter");
    const summary = dialog.locator('[data-scope="invite-bulk"][data-part="summary"]');
    await expectFocused(summary, "focus moves to the results");
    expect(await summary.innerText()).toBe("3 invitations sent.");
    expect(await dialog.getByText("Invited", { exact: true }).count()).toBe(3);
    await expectNoAxeViolations(page, "bulk invite: every row invited");
    await screenshot(page, "bulk-invite-keyboard-results");

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expectFocused(page.getByRole("button", { name: "Invite members" }), "focus returns to the trigger");
  });
});
