import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAnnounced, expectFocused, screenshot, tabTo, useDemos } from "./support";

/**
 * Inviting (R5–R10) in the built demo: self-hosted, archive lifecycle, the super admin in Design.
 */

const demos = useDemos();

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

const BROKEN_METADATA = '{\n  "team": "design",\n  "level" 3\n}';

describe("invite", () => {
  it("R5, R6: invite by keyboard alone; a malformed email and invalid metadata JSON are reported inline and nothing typed is lost", async () => {
    const demo = await demos.open();
    const { page, pages } = demo;
    const { table, driver } = pages;
    const trigger = page.getByRole("button", { name: "Invite members" });
    const form = await pages.openInviteDialog({ via: "keyboard" });
    const dialog = await form.element();
    const name = await form.field("name");
    const email = await form.field("email");
    const metadata = await form.field("metadata");
    const send = await form.submitButton();
    await expectFocused(name, "the dialog opens on the first field");

    await page.keyboard.type("Grace Keys");
    await page.keyboard.press("Tab");
    await expectFocused(email);
    await page.keyboard.type("grace.keys.example.com");
    // Into the role radio group, then the arrow keys choose a role (R5: exactly one).
    await tabTo(page, await form.roleOption("Admin"), 3);
    await page.keyboard.press("ArrowDown");
    await expectFocused(await form.roleOption("Builder"));
    await page.keyboard.press("Tab");
    await expectFocused(await form.groupOption("Core team"));
    await page.keyboard.press("Space");
    await tabTo(page, metadata, 5);
    await page.keyboard.type(BROKEN_METADATA);
    await tabTo(page, send, 5);
    await page.keyboard.press("Enter");

    // Each error is on its field, and focus moves to the first invalid one.
    const summary = await form.errorSummary();
    expect(await summary.getByRole("paragraph").innerText()).toBe("Fix 2 errors to continue.");
    expect(await summary.getByRole("button").allInnerTexts()).toEqual(['Email: "grace.keys.example.com" is missing an "@".', expect.stringMatching(/^Metadata \(JSON\): Line 3, column 11: /)]);
    await expectFocused(email, "focus moves to the first invalid field");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await driver.description(email)).toBe('"grace.keys.example.com" is missing an "@".');
    expect(await metadata.getAttribute("aria-invalid")).toBe("true");
    // R6: the JSON error names the line and column where parsing failed.
    expect(await driver.description(metadata)).toContain('Line 3, column 11: Expected ":" but found "3"');
    // Nothing typed is lost.
    expect(await name.inputValue()).toBe("Grace Keys");
    expect(await email.inputValue()).toBe("grace.keys.example.com");
    expect(await (await form.roleOption("Builder")).isChecked()).toBe(true);
    expect(await (await form.groupOption("Core team")).isChecked()).toBe(true);
    expect(await metadata.inputValue()).toBe(BROKEN_METADATA);
    await screenshot(page, "invite-keyboard-errors");

    // Fix both by keyboard and send.
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("grace.keys@example.com");
    await tabTo(page, metadata, 8);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type('{"team": "design", "level": 3}');
    await tabTo(page, send, 5);
    await page.keyboard.press("Enter");

    // Self-hosted: the result lists the invitation link to copy, so the dialog stays open (R10).
    const results = await form.results();
    expect(await results.innerText()).toContain("grace.keys@example.com: invited.");
    await expectFocused(results.getByRole("heading", { name: "Invitations" }), "focus moves to the results");
    await expectAnnounced(page, "1 invitation sent.");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expectFocused(trigger, "focus returns to the Invite members button");

    await table.waitForStatus("Grace Keys", "Invited");
    expect(await table.cellText("Grace Keys", "role")).toBe("Builder");
    expect(await table.cellText("Grace Keys", "groups")).toBe("Core team");
  });

  it("R5, R6, R10: invite by mouse; an email without a domain and metadata that is not an object are refused, then the invitation link is copied", async () => {
    const demo = await demos.open({}, { clipboard: true });
    const { page, pages } = demo;
    const { table, driver } = pages;
    const form = await pages.openInviteDialog();
    const dialog = await form.element();
    const name = await form.field("name");
    const email = await form.field("email");
    const metadata = await form.field("metadata");
    const send = await form.submitButton();
    await name.click();
    await name.fill("Mo Mouse");
    await (await form.roleOption("End user")).click();
    await (await form.groupOption("Reviewers")).click();
    await (await form.groupOption("On call")).click();
    await email.click();
    await email.fill("mo@");
    await metadata.click();
    await metadata.fill('["not", "an object"]');
    await dialog.getByRole("heading", { name: "Invite members" }).click();
    await send.click();

    const summary = await form.errorSummary();
    expect(await summary.getByRole("paragraph").innerText()).toBe("Fix 2 errors to continue.");
    expect(await summary.getByRole("button").count()).toBe(2);
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await metadata.getAttribute("aria-invalid")).toBe("true");
    expect(await driver.description(metadata)).toMatch(/object/i);
    expect(await name.inputValue()).toBe("Mo Mouse");
    expect(await email.inputValue()).toBe("mo@");
    expect(await (await form.roleOption("End user")).isChecked()).toBe(true);
    expect(await (await form.groupOption("Reviewers")).isChecked()).toBe(true);
    expect(await (await form.groupOption("On call")).isChecked()).toBe(true);
    expect(await metadata.inputValue()).toBe('["not", "an object"]');
    await screenshot(page, "invite-mouse-errors");

    await email.click();
    await email.fill("mo@example.com");
    await metadata.click();
    await metadata.fill('{"team": "support"}');
    await dialog.getByRole("heading", { name: "Invite members" }).click();
    await send.click();

    const results = await form.results();
    const link = results.getByRole("textbox", { name: "Invitation link for mo@example.com" });
    const url = await link.inputValue();
    expect(url).toMatch(/^https?:\/\/\S+$/);
    await results.getByRole("button", { name: "Copy invitation link for mo@example.com" }).click();
    await results.getByText("Copied", { exact: true }).waitFor();
    expect(await readClipboard(page)).toBe(url);
    await screenshot(page, "invite-mouse-sent");
    // Two buttons are named "Close" here (the footer's and the × in the corner); the footer's has the text.
    await dialog.getByRole("button", { name: "Close", exact: true }).filter({ hasText: "Close" }).click();
    await dialog.waitFor({ state: "detached" });
    await table.waitForStatus("Mo Mouse", "Invited");
    expect(await table.cellText("Mo Mouse", "groups")).toBe("Reviewers On call");
  });

  // Leaving a field with an invalid value shows its error, which moves the controls below it. The form
  // shows it only after the click that left the field, so that the click still lands on its target.
  it("R5: the first click on a role counts, though leaving an invalid email shows its error", async () => {
    const demo = await demos.open();
    const form = await demo.pages.openInviteDialog();
    const email = await form.field("email");
    const endUser = await form.roleOption("End user");
    await (await form.field("name")).fill("Lee Lost");
    await email.click();
    await email.fill("lee.example.com");
    await endUser.click();
    expect(await endUser.isChecked(), "the role was chosen by the first click").toBe(true);
  });

  it("R10: copy a pending invitation's link from the row menu by keyboard, resend it by mouse: the link changes", async () => {
    const demo = await demos.open({}, { clipboard: true });
    const { page, pages } = demo;
    const { table } = pages;
    await table.waitForStatus("Edsger Conway", "Invited");

    await table.chooseRowAction("Edsger Conway", "Copy invitation link", { via: "keyboard" });
    await expectAnnounced(page, "Invitation link copied.");
    const first = await readClipboard(page);
    expect(first).toMatch(/^https?:\/\/\S+$/);

    const menu = await table.openRowMenu("Edsger Conway");
    expect(await menu.itemNames()).toEqual(["View details", "Copy invitation link", "Resend invitation", "Archive user"]);
    await menu.choose("Resend invitation");
    await expectAnnounced(page, "Invitation sent again to edsger.conway@example.org.");
    await table.waitForStatus("Edsger Conway", "Invited");

    // The old link stops working: the member's link is a new one.
    await table.chooseRowAction("Edsger Conway", "Copy invitation link");
    await expectAnnounced(page, "Invitation link copied.");
    await expect.poll(() => readClipboard(page)).not.toBe(first);
    expect(await readClipboard(page)).toMatch(/^https?:\/\/\S+$/);
  });
});
