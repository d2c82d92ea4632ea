import { describe, it } from "vitest";
import { expectFocused, expectNoAxeViolations, kebabOf, screenshot, useDemos } from "./support";

/**
 * axe-core (WCAG 2.0–2.2 A and AA) on every state of the console a person reaches: the table, an open row
 * menu, the confirm modal, the invite dialog showing errors and the details panel; in the light and dark
 * themes and right to left. Each state is kept as a screenshot in e2e/artifacts/.
 */

const demos = useDemos();

describe.each([
  { theme: "light", locale: "en" },
  { theme: "dark", locale: "en" },
  { theme: "light", locale: "ar" },
] as const)("accessibility ($theme theme, $locale)", ({ theme, locale }) => {
  const tag = `a11y-${theme}-${locale}`;

  it("R23: the members table has no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    await screenshot(demo.page, `${tag}-table`);
    await expectNoAxeViolations(demo.page, "table");
  });

  it("R21, R24: an open row menu and the confirm modal have no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    const { page } = demo;
    await kebabOf(page, "Oscar Kernighan").click();
    const menu = page.getByRole("menu");
    await menu.waitFor();
    await screenshot(page, `${tag}-menu-open`);
    await expectNoAxeViolations(page, "menu open");

    await page.getByRole("menuitem", { name: "Archive user" }).click();
    const modal = page.getByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    await modal.waitFor();
    await expectFocused(modal.getByRole("button", { name: "Cancel" }), "Cancel is focused when the alertdialog opens");
    await screenshot(page, `${tag}-modal-open`);
    await expectNoAxeViolations(page, "modal open");
  });

  it("R5, R6: the invite dialog showing field errors has no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    const { page } = demo;
    await page.getByRole("button", { name: "Invite members" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite members" });
    await dialog.getByRole("textbox", { name: "Email" }).fill("not-an-email");
    await dialog.getByRole("textbox", { name: "Metadata (JSON) (optional)" }).fill('{"team": ');
    await dialog.getByRole("heading", { name: "Invite members" }).click();
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.getByText(/^Fix \d errors? to continue\.$/).waitFor();
    await screenshot(page, `${tag}-invite-errors`);
    await expectNoAxeViolations(page, "invite dialog with errors");
  });

  it("R21: the member details panel has no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    const { page } = demo;
    await kebabOf(page, "Nina Karimi").click();
    await page.getByRole("menuitem", { name: "View details" }).click();
    const panel = page.getByRole("region", { name: "Details of Nina Karimi" });
    await panel.waitFor();
    await screenshot(page, `${tag}-details-panel`);
    await expectNoAxeViolations(page, "details panel");
  });
});
