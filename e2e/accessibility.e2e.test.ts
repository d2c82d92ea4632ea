import { describe, it } from "vitest";
import { expectFocused, expectNoAxeViolations, screenshot, useDemos } from "./support";

/**
 * axe-core (WCAG 2.0–2.2 A and AA) on every state of the console a person reaches: the table, an open row
 * menu, the confirm modal, the invite dialog showing errors and the details panel; in the light and dark
 * themes and right to left. Each state is kept as a screenshot in e2e/artifacts/.
 */

const demos = useDemos();

describe.each([
  { theme: "light", locale: "en" },
  { theme: "dark", locale: "en" },
  { theme: "light", locale: "en-rtl" },
] as const)("accessibility ($theme theme, $locale)", ({ theme, locale }) => {
  const tag = `a11y-${theme}-${locale}`;

  it("R23: the members table has no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    await screenshot(demo.page, `${tag}-table`);
    await expectNoAxeViolations(demo.page, "table");
  });

  it("R21, R24: an open row menu and the confirm modal have no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    const { page, pages } = demo;
    const menu = await pages.table.openRowMenu("Oscar Kernighan");
    await screenshot(page, `${tag}-menu-open`);
    await expectNoAxeViolations(page, "menu open");

    await menu.choose("Archive user");
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    await expectFocused(await modal.button("Cancel"), "Cancel is focused when the alertdialog opens");
    await screenshot(page, `${tag}-modal-open`);
    await expectNoAxeViolations(page, "modal open");
  });

  it("R5, R6: the invite dialog showing field errors has no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    const { page, pages } = demo;
    const form = await pages.openInviteDialog();
    await (await form.field("email")).fill("not-an-email");
    await (await form.field("metadata")).fill('{"team": ');
    await (await form.element()).getByRole("heading", { name: "Invite members" }).click();
    await form.submit();
    await form.errorSummary();
    await screenshot(page, `${tag}-invite-errors`);
    await expectNoAxeViolations(page, "invite dialog with errors");
  });

  it("R21: the member details panel has no axe violations", async () => {
    const demo = await demos.open({ theme, locale });
    const { page, pages } = demo;
    await pages.table.chooseRowAction("Nina Karimi", "View details");
    const panel = page.getByRole("region", { name: "Details of Nina Karimi" });
    await panel.waitFor();
    await screenshot(page, `${tag}-details-panel`);
    await expectNoAxeViolations(page, "details panel");
  });
});
