import { describe, expect, it } from "vitest";
import { demoLanguage } from "../demo/demo-languages";
import type { RosterLocale } from "../src/react";
import { ar } from "../src/locales/ar";
import { de } from "../src/locales/de";
import { ja } from "../src/locales/ja";
import { WAIT_MS, expectNoAxeViolations, screenshot, useDemos } from "./support";

/**
 * The demo's Language select (issue 12), in the built demo on a 1280 px desktop: choosing a language
 * downloads that locale's chunk only, and the whole console reads in it (the kit's messages from
 * src/locales, the demo's column labels), in its direction, with no axe violation.
 */

const demos = useDemos();

describe.each([
  { tag: "de", entry: de, dir: "ltr" },
  { tag: "ar", entry: ar, dir: "rtl" },
  { tag: "ja", entry: ja, dir: "ltr" },
] as const satisfies readonly { tag: string; entry: RosterLocale; dir: "ltr" | "rtl" }[])("issue 12: the demo in $tag", ({ tag, entry, dir }) => {
  it(`R23: the Language select switches the whole console to ${tag} (${dir}), loading only its locale; axe clean`, async () => {
    const demo = await demos.open();
    const { page } = demo;
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    const chunk = (name: string) => new RegExp(`/${name}-[\\w-]+\\.js$`);

    await Promise.all([page.waitForEvent("load"), page.getByRole("combobox", { name: "Language" }).selectOption(tag)]);
    const { messages } = entry;
    const invite = page.locator('[data-scope="invite-dialog"][data-part="trigger"]').first();
    await expect.poll(async () => ((await invite.textContent({ timeout: WAIT_MS })) ?? "").trim(), { timeout: WAIT_MS }).toBe(messages.invite.openButton);
    const root = page.locator('[data-scope="roster"][data-part="root"]').first();
    expect(await root.getAttribute("lang")).toBe(entry.locale);
    expect(await root.getAttribute("dir")).toBe(dir);
    expect(await page.getByRole("combobox", { name: "Language" }).inputValue()).toBe(tag);
    const sortTriggers = page.locator('[data-scope="users-table"][data-part="sort-trigger"]').filter({ visible: true });
    await expect.poll(() => sortTriggers.allInnerTexts(), { timeout: WAIT_MS }).toEqual(expect.arrayContaining([expect.stringContaining(messages.table.columns.name)]));
    expect(await sortTriggers.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(demoLanguage(tag).columns.department)]));
    const badge = page.locator('[data-scope="users-table"][data-part="row"] [data-scope="status-badge"][data-part="root"]').first();
    const status = (await badge.getAttribute("data-status")) as keyof typeof messages.status.label | null;
    expect(status, "the first row's status badge names its status").not.toBeNull();
    if (status !== null) expect((await badge.innerText()).trim()).toBe(messages.status.label[status]);

    expect(scripts.filter((path) => chunk(tag).test(path)), `the ${tag} chunk is downloaded`).toHaveLength(1);
    const others = ["de", "ar", "ja", "fr", "he"].filter((other) => other !== tag);
    expect(scripts.filter((path) => others.some((other) => chunk(other).test(path))), "no other language's chunk").toEqual([]);

    await screenshot(page, `locale-${tag}-table`);
    await expectNoAxeViolations(page, `console in ${tag}`);
  });
});
