import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  cellOf,
  chooseByKeyboard,
  chooseByMouse,
  descriptionOf,
  expectAnnounced,
  expectFocused,
  expectStatus,
  kebabOf,
  menuItems,
  screenshot,
  tabTo,
  useDemos,
} from "./support";

/**
 * Inviting (R5–R10) in the built demo: self-hosted, archive lifecycle, the super admin in Design.
 */

const demos = useDemos();

/** The fields of the first invitee of the open invite dialog. */
function inviteFields(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Invite members" });
  return {
    dialog,
    name: dialog.getByRole("textbox", { name: "Name" }),
    email: dialog.getByRole("textbox", { name: "Email" }),
    role: (label: string): Locator => dialog.getByRole("radiogroup", { name: "Role" }).getByRole("radio", { name: label }),
    group: (label: string): Locator => dialog.getByRole("group", { name: /^Groups/ }).getByRole("checkbox", { name: label }),
    metadata: dialog.getByRole("textbox", { name: "Metadata (JSON) (optional)" }),
    send: dialog.getByRole("button", { name: "Send invitation" }),
    summary: dialog.getByRole("alert").filter({ hasText: /^Fix \d+ errors? to continue\.$/ }),
  };
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

const BROKEN_METADATA = '{\n  "team": "design",\n  "level" 3\n}';

describe("invite", () => {
  it("R5, R6: invite by keyboard alone; a malformed email and invalid metadata JSON are reported inline and nothing typed is lost", async () => {
    const demo = await demos.open();
    const { page } = demo;
    const trigger = page.getByRole("button", { name: "Invite members" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    const f = inviteFields(page);
    await f.dialog.waitFor();
    await expectFocused(f.name, "the dialog opens on the first field");

    await page.keyboard.type("Grace Keys");
    await page.keyboard.press("Tab");
    await expectFocused(f.email);
    await page.keyboard.type("grace.keys.example.com");
    // Into the role radio group, then the arrow keys choose a role (R5: exactly one).
    await tabTo(page, f.role("Admin"), 3);
    await page.keyboard.press("ArrowDown");
    await expectFocused(f.role("Builder"));
    await page.keyboard.press("Tab");
    await expectFocused(f.group("Core team"));
    await page.keyboard.press("Space");
    await tabTo(page, f.metadata, 5);
    await page.keyboard.type(BROKEN_METADATA);
    await tabTo(page, f.send, 5);
    await page.keyboard.press("Enter");

    // Each error is on its field, and focus moves to the first invalid one.
    await f.summary.waitFor();
    expect(await f.summary.innerText()).toBe("Fix 2 errors to continue.");
    await expectFocused(f.email, "focus moves to the first invalid field");
    expect(await f.email.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(f.email)).toBe('"grace.keys.example.com" is missing an "@".');
    expect(await f.metadata.getAttribute("aria-invalid")).toBe("true");
    // R6: the JSON error names the line and column where parsing failed.
    expect(await descriptionOf(f.metadata)).toContain('Line 3, column 11: Expected ":" but found "3"');
    // Nothing typed is lost.
    expect(await f.name.inputValue()).toBe("Grace Keys");
    expect(await f.email.inputValue()).toBe("grace.keys.example.com");
    expect(await f.role("Builder").isChecked()).toBe(true);
    expect(await f.group("Core team").isChecked()).toBe(true);
    expect(await f.metadata.inputValue()).toBe(BROKEN_METADATA);
    await screenshot(page, "invite-keyboard-errors");

    // Fix both by keyboard and send.
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("grace.keys@example.com");
    await tabTo(page, f.metadata, 8);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type('{"team": "design", "level": 3}');
    await tabTo(page, f.send, 5);
    await page.keyboard.press("Enter");

    // Self-hosted: the result lists the invitation link to copy, so the dialog stays open (R10).
    const results = f.dialog.getByRole("region", { name: "Invitations" });
    await results.waitFor();
    expect(await results.innerText()).toContain("grace.keys@example.com: invited.");
    await expectFocused(results.getByRole("heading", { name: "Invitations" }), "focus moves to the results");
    await expectAnnounced(page, "1 invitation sent.");
    await page.keyboard.press("Escape");
    await f.dialog.waitFor({ state: "detached" });
    await expectFocused(trigger, "focus returns to the Invite members button");

    await expectStatus(page, "Grace Keys", "Invited");
    expect(await cellOf(page, "Grace Keys", "role")).toBe("Builder");
    expect(await cellOf(page, "Grace Keys", "groups")).toBe("Core team");
  });

  it("R5, R6, R10: invite by mouse; an email without a domain and metadata that is not an object are refused, then the invitation link is copied", async () => {
    const demo = await demos.open({}, { clipboard: true });
    const { page } = demo;
    await page.getByRole("button", { name: "Invite members" }).click();
    const f = inviteFields(page);
    await f.name.click();
    await f.name.fill("Mo Mouse");
    await f.role("End user").click();
    await f.group("Reviewers").click();
    await f.group("On call").click();
    await f.email.click();
    await f.email.fill("mo@");
    await f.metadata.click();
    await f.metadata.fill('["not", "an object"]');
    await f.dialog.getByRole("heading", { name: "Invite members" }).click();
    await f.send.click();

    await f.summary.waitFor();
    expect(await f.summary.innerText()).toBe("Fix 2 errors to continue.");
    expect(await f.email.getAttribute("aria-invalid")).toBe("true");
    expect(await f.metadata.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(f.metadata)).toMatch(/object/i);
    expect(await f.name.inputValue()).toBe("Mo Mouse");
    expect(await f.email.inputValue()).toBe("mo@");
    expect(await f.role("End user").isChecked()).toBe(true);
    expect(await f.group("Reviewers").isChecked()).toBe(true);
    expect(await f.group("On call").isChecked()).toBe(true);
    expect(await f.metadata.inputValue()).toBe('["not", "an object"]');
    await screenshot(page, "invite-mouse-errors");

    await f.email.click();
    await f.email.fill("mo@example.com");
    await f.metadata.click();
    await f.metadata.fill('{"team": "support"}');
    await f.dialog.getByRole("heading", { name: "Invite members" }).click();
    await f.send.click();

    const results = f.dialog.getByRole("region", { name: "Invitations" });
    await results.waitFor();
    const link = results.getByRole("textbox", { name: "Invitation link for mo@example.com" });
    const url = await link.inputValue();
    expect(url).toMatch(/^https?:\/\/\S+$/);
    await results.getByRole("button", { name: "Copy invitation link for mo@example.com" }).click();
    await results.getByText("Copied", { exact: true }).waitFor();
    expect(await readClipboard(page)).toBe(url);
    await screenshot(page, "invite-mouse-sent");
    // Two buttons are named "Close" here (the footer's and the × in the corner); the footer's has the text.
    await f.dialog.getByRole("button", { name: "Close", exact: true }).filter({ hasText: "Close" }).click();
    await f.dialog.waitFor({ state: "detached" });
    await expectStatus(page, "Mo Mouse", "Invited");
    expect(await cellOf(page, "Mo Mouse", "groups")).toBe("Reviewers On call");
  });

  // Leaving a field with an invalid value shows its error, which moves the controls below it. The form
  // shows it only after the click that left the field, so that the click still lands on its target.
  it("R5: the first click on a role counts, though leaving an invalid email shows its error", async () => {
    const demo = await demos.open();
    const { page } = demo;
    await page.getByRole("button", { name: "Invite members" }).click();
    const f = inviteFields(page);
    await f.name.fill("Lee Lost");
    await f.email.click();
    await f.email.fill("lee.example.com");
    await f.role("End user").click();
    expect(await f.role("End user").isChecked(), "the role was chosen by the first click").toBe(true);
  });

  it("R10: copy a pending invitation's link from the row menu by keyboard, resend it by mouse: the link changes", async () => {
    const demo = await demos.open({}, { clipboard: true });
    const { page } = demo;
    await expectStatus(page, "Edsger Conway", "Invited");

    await chooseByKeyboard(page, "Edsger Conway", "Copy invitation link");
    await expectAnnounced(page, "Invitation link copied.");
    const first = await readClipboard(page);
    expect(first).toMatch(/^https?:\/\/\S+$/);

    await kebabOf(page, "Edsger Conway").click();
    expect(await menuItems(page)).toEqual(["View details", "Copy invitation link", "Resend invitation", "Archive user"]);
    await page.getByRole("menuitem", { name: "Resend invitation" }).click();
    await expectAnnounced(page, "Invitation sent again to edsger.conway@example.org.");
    await expectStatus(page, "Edsger Conway", "Invited");

    // The old link stops working: the member's link is a new one.
    await chooseByMouse(page, "Edsger Conway", "Copy invitation link");
    await expectAnnounced(page, "Invitation link copied.");
    await expect.poll(() => readClipboard(page)).not.toBe(first);
    expect(await readClipboard(page)).toMatch(/^https?:\/\/\S+$/);
  });
});
