import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { DemoSettings } from "./support";
import { expectAnnounced, expectFocused, expectNoAxeViolations, screenshot, useDemos } from "./support";

/**
 * The console on a phone (issue 12): at 390 × 844 CSS pixels, with a touch screen, the users table lays
 * each row out as a card showing every column's value (nothing cut, nothing off to the side), its row
 * menu works by touch and by keyboard, a member is archived from it, and the invite form's error summary
 * names each error, moves focus to its field and moves nothing on screen when it appears. In the light
 * and dark themes and right to left, with axe and a screenshot of each state in e2e/artifacts/; and the
 * desktop table at 1280 pixels is still a table; at 820 pixels, too narrow for its columns, it scrolls
 * sideways with a cue.
 */

const demos = useDemos();
const PHONE = { viewport: { width: 390, height: 844 }, touch: true } as const;

/** Saves what the phone's screen shows now (not the whole page) as `e2e/artifacts/{name}.png`. */
async function screenShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: fileURLToPath(new URL(`./artifacts/${name}.png`, import.meta.url)), animations: "disabled" });
}

/** What is wrong with the table's layout: sideways scrolling, and any element whose text is cut. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.querySelector<HTMLElement>('[data-scope="users-table"][data-part="root"]');
    const viewport = root?.querySelector<HTMLElement>('[data-scope="users-table"][data-part="viewport"]');
    if (!root || !viewport) return ["no users table"];
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
    if (viewport.scrollWidth > viewport.clientWidth) problems.push(`the table scrolls sideways (${viewport.scrollWidth} > ${viewport.clientWidth})`);
    const box = viewport.getBoundingClientRect();
    for (const element of viewport.querySelectorAll<HTMLElement>("*")) {
      const rect = element.getBoundingClientRect();
      // Text for screen readers only (a 1 × 1 px clipped box), and SVG parts, are not laid out as text.
      if (rect.width <= 1 || element instanceof SVGElement) continue;
      const style = getComputedStyle(element);
      const label = `${element.dataset["part"] ?? element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
      const clips = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
      if (clips && element.scrollWidth > element.clientWidth + 1) problems.push(`cut: ${label}`);
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) problems.push(`outside the table: ${label}`);
    }
    return problems;
  });
}

/** A member's card: each cell's column, its label (`data-label`), whether a label is drawn before it, and its text. */
async function cardOf(row: Locator): Promise<{ column: string; label: string; labelled: boolean; text: string }[]> {
  return row.locator('[data-part="cell"]').evaluateAll((cells) =>
    cells.map((cell) => ({
      column: cell.getAttribute("data-column") ?? "",
      label: cell.getAttribute("data-label") ?? "",
      labelled: getComputedStyle(cell, "::before").content !== "none",
      text: (cell as HTMLElement).innerText.replace(/\s+/g, " ").trim(),
    })),
  );
}

/** The rectangles of elements, to compare before and after something happens. */
async function rects(...locators: Locator[]): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return Promise.all(
    locators.map(async (locator) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error("An element to measure is not shown.");
      return box;
    }),
  );
}

describe.each([
  { theme: "light", locale: "en" },
  { theme: "dark", locale: "en" },
  { theme: "light", locale: "en-rtl" },
] as const satisfies readonly DemoSettings[])("phone, 390 px ($theme theme, $locale)", ({ theme, locale }) => {
  const tag = `phone-${theme}-${locale}`;

  it("R23: each row is a card with every column's value, labelled; nothing is cut or off to the side; no axe violations", async () => {
    const { page, pages } = await demos.open({ theme, locale }, PHONE);
    const row = await pages.table.row("Ines Garcia");
    const card = await cardOf(row);
    // No checkbox until selection is turned on (issue 11).
    const kitColumns = ["member", "role", "groups", "status", "invitedAt", "lastActiveAt", "actions"];
    expect(card.map((cell) => cell.column).filter((column) => kitColumns.includes(column))).toEqual(kitColumns);
    const byColumn = new Map(card.map((cell) => [cell.column, cell]));
    // Every other column, the demo's metadata columns too, shows its label before its value.
    for (const cell of card.filter((entry) => !["member", "status", "actions"].includes(entry.column))) {
      expect(cell.label, cell.column).not.toBe("");
      expect(cell.labelled, cell.column).toBe(true);
      expect(cell.text, cell.column).not.toBe("");
    }
    expect(byColumn.get("metadata.department")?.label).toBe("Department");
    expect(byColumn.get("member")?.text).toBe("Ines Garcia ines.garcia@acme.test");
    expect(byColumn.get("status")?.text).toBe("Active");
    for (const [column, label] of [
      ["role", "Role"],
      ["groups", "Groups"],
      ["invitedAt", "Invited"],
      ["lastActiveAt", "Last active"],
    ] as const) {
      expect(byColumn.get(column), column).toMatchObject({ label, labelled: true });
      expect(byColumn.get(column)?.text, column).not.toBe("");
    }
    expect(byColumn.get("role")?.text).toBe("End user");
    expect(byColumn.get("groups")?.text).toContain("Core team");
    expect(await layoutProblems(page)).toEqual([]);
    // The sort buttons stay reachable, in a bar above the cards.
    await expect.poll(() => page.getByRole("button", { name: "Last active" }).isVisible()).toBe(true);
    await screenshot(page, `${tag}-table-page`);
    await row.scrollIntoViewIfNeeded();
    await screenShot(page, `${tag}-table`);
    await expectNoAxeViolations(page, "table at 390 px");
  });

  it("R25: selection turned on with the Select toggle: a checkbox on each card, announced; nothing cut or off to the side; no axe violations", async () => {
    const { page, pages } = await demos.open({ theme, locale }, PHONE);
    await pages.table.waitForRows();
    expect(await page.getByRole("checkbox").count(), "no checkbox before selection is on").toBe(0);
    await pages.table.selectRow("Ines Garcia");
    await expectAnnounced(page, "Selection on: each row now has a checkbox.");
    await page.getByText("1 selected").waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await (await pages.table.row("Ines Garcia")).scrollIntoViewIfNeeded();
    await screenShot(page, `${tag}-selection-on`);
    await expectNoAxeViolations(page, "selection on at 390 px");
  });

  it("R21, R24: the row menu opens by touch within the screen; the invite form's errors are summarised without moving anything", async () => {
    const { page, pages } = await demos.open({ theme, locale }, PHONE);
    await (await pages.table.rowMenuTrigger("Oscar Kernighan")).tap();
    const menu = await pages.rowMenu.element();
    const box = await menu.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390, "the menu is inside the screen").toBe(true);
    expect(await pages.rowMenu.itemNames()).toContain("Archive user");
    await screenShot(page, `${tag}-menu-open`);
    await page.keyboard.press("Escape");
    await pages.rowMenu.waitForClosed();

    await page.getByRole("button", { name: "Invite members" }).tap();
    const form = pages.inviteDialog();
    const dialog = await form.element();
    const name = await form.field("name");
    const email = await form.field("email");
    const send = await form.submitButton();
    await email.fill("not-an-email");
    const before = await rects(dialog, name, send);
    await send.tap();
    const summary = await form.errorSummary();
    await expectFocused(name, "focus moves to the first invalid field");
    // Nothing jumped: not the dialog, not the field that now has the focus, not the button just pressed.
    // (Each error appears under its own field, so only what follows an invalid field moves down.)
    expect(await rects(dialog, name, send)).toEqual(before);
    expect(await summary.getByRole("button").allInnerTexts()).toEqual(["Name: Enter a name.", 'Email: "not-an-email" is missing an "@".', "Role: Choose a role."]);
    await screenShot(page, `${tag}-invite-errors`);
    await expectNoAxeViolations(page, "invite dialog with errors at 390 px");

    await summary.getByRole("button", { name: /^Email: / }).tap();
    await expectFocused(email, "the summary's entry moves focus to its field");
    await summary.getByRole("button", { name: "Role: Choose a role." }).tap();
    await expectFocused(await form.roleOption("Admin"), "a radio group's entry focuses its first radio");
  });
});

describe("phone, 390 px: actions", () => {
  it("R11, R24: archive a member by touch from the row menu, and open another row's menu by keyboard", async () => {
    const { page, pages } = await demos.open({}, PHONE);
    const { table } = pages;
    await table.waitForStatus("Oscar Kernighan", "Active");
    await (await table.rowMenuTrigger("Oscar Kernighan")).tap();
    await (await pages.rowMenu.item("Archive user")).tap();
    const modal = pages.confirmModal("Archive Oscar Kernighan?");
    const dialog = await modal.element();
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390, "the confirm modal is inside the screen").toBe(true);
    await screenShot(page, "phone-light-en-archive-modal");
    await (await modal.button("Archive user")).tap();
    await modal.waitForClosed();
    await table.waitForStatus("Oscar Kernighan", "Archived");
    await expectAnnounced(page, "Oscar Kernighan is now archived.");

    const menu = await table.openRowMenu("Nina Karimi", { via: "keyboard" });
    expect(await menu.itemNames()).toContain("Archive user");
    await page.keyboard.press("Escape");
    await menu.waitForClosed();
    await expectFocused(await table.rowMenuTrigger("Nina Karimi"), "focus returns to the row's menu button");
    expect(await layoutProblems(page)).toEqual([]);
  });

  it("R23: long words (German labels and group names) wrap between words and are never cut", async () => {
    const { page, pages } = await demos.open({}, PHONE);
    const row = await pages.table.row("Ines Garcia");
    // Words as long as a German translation's, put where the kit shows labels and group names.
    await row.evaluate((element) => {
      element.querySelector('[data-column="lastActiveAt"]')?.setAttribute("data-label", "Zuletzt aktiv im Arbeitsbereich");
      element.querySelector('[data-column="invitedAt"]')?.setAttribute("data-label", "Einladungsdatum");
      const chip = element.querySelector('[data-part="group-chip"]');
      if (chip) chip.textContent = "Qualitätssicherungsabteilung Kundendienstmitarbeiter";
    });
    expect(await layoutProblems(page)).toEqual([]);
    await row.scrollIntoViewIfNeeded();
    await screenShot(page, "phone-light-en-long-words");
  });
});

describe("tablet, 820 px: too narrow for every column, too wide for cards", () => {
  it("R23: the table scrolls sideways with a cue: a hint above it and a shadow on the actions column while columns hide under it", async () => {
    const { page, pages } = await demos.open({}, { viewport: { width: 820, height: 1000 } });
    const viewport = page.locator('[data-scope="users-table"][data-part="viewport"]');
    const hint = page.getByText("Scroll sideways to see every column.");
    await hint.waitFor();
    expect(await viewport.getAttribute("data-overflow")).toBe("end");
    const actions = await pages.table.cell("Ines Garcia", "actions");
    expect(await actions.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe("none");
    await screenShot(page, "tablet-light-en-table");
    await expectNoAxeViolations(page, "table scrolling sideways at 820 px");

    await viewport.evaluate((element) => element.scrollBy({ left: element.scrollWidth }));
    await expect.poll(() => viewport.getAttribute("data-overflow")).toBe("start");
    expect(await actions.evaluate((element) => getComputedStyle(element).boxShadow)).toBe("none");
    // The last columns are in sight now.
    expect(await (await pages.table.cell("Ines Garcia", "lastActiveAt")).isVisible()).toBe(true);
  });
});

describe.each([
  { theme: "light", locale: "en" },
  { theme: "dark", locale: "en" },
  { theme: "light", locale: "en-rtl" },
] as const satisfies readonly DemoSettings[])("desktop, 1280 px ($theme theme, $locale): selection", ({ theme, locale }) => {
  it("R25: no checkbox column until Select is pressed; then a checkbox per row, select-all in the header and the selection bar; no axe violations", async () => {
    const { page, pages } = await demos.open({ theme, locale });
    await pages.table.waitForRows();
    expect(await page.locator('[data-column="select"]').count()).toBe(0);
    await screenshot(page, `desktop-${theme}-${locale}-selection-off`);
    await pages.table.selectRow("Ines Garcia");
    await page.getByRole("button", { name: "Archive selected" }).waitFor();
    expect(await page.getByRole("button", { name: "Select", pressed: true }).count()).toBe(1);
    await screenshot(page, `desktop-${theme}-${locale}-selection-on`);
    await expectNoAxeViolations(page, "selection on at 1280 px");
  });
});

describe("desktop, 1280 px", () => {
  it("R23: the users table is still a table with one line per row", async () => {
    const { page, pages } = await demos.open();
    const row = await pages.table.row("Ines Garcia");
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe("table-row");
    const cells = await row.locator('[data-part="cell"]').evaluateAll((list) => list.map((cell) => Math.round(cell.getBoundingClientRect().top)));
    expect(new Set(cells).size, "every cell of the row on one line").toBe(1);
    // The hint shows exactly when the columns (the demo's metadata columns too) do not fit.
    const overflowing = (await page.locator('[data-scope="users-table"][data-part="viewport"]').getAttribute("data-overflow")) !== null;
    expect(await page.getByText("Scroll sideways to see every column.").isVisible()).toBe(overflowing);
    await screenshot(page, "desktop-light-en-table");
  });
});
