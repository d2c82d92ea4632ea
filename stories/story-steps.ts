import { expect, userEvent, waitFor, within } from "storybook/test";

/**
 * Steps the play functions share, written as a person would act: find by role and accessible name,
 * press, wait for what they would see. Radix menus and dialogs render in a portal outside the canvas,
 * so they are looked up in the page body.
 * @module
 */

/** The page body: Radix portals (menus, dialogs) render there, outside the canvas element. */
export function portal(canvasElement: HTMLElement): ReturnType<typeof within> {
  return within(canvasElement.ownerDocument.body);
}

/** Waits until the users table has loaded a page with at least one member row. */
export async function waitForMembers(canvasElement: HTMLElement, timeout = 8000): Promise<void> {
  await waitFor(
    () => {
      const root = canvasElement.querySelector('[data-scope="users-table"][data-part="root"]');
      expect(root?.getAttribute("data-state")).toBe("ready");
      expect(canvasElement.querySelectorAll('[data-scope="users-table"][data-part="row"]').length).toBeGreaterThan(0);
    },
    { timeout },
  );
}

/** Searches the users table on the server and waits for a member's row. */
export async function searchMember(canvasElement: HTMLElement, name: string): Promise<void> {
  const search = within(canvasElement).getByRole("searchbox", { name: "Search members" });
  await userEvent.clear(search);
  await userEvent.type(search, name);
  await within(canvasElement).findByRole("button", { name: `Actions for ${name}` }, { timeout: 5000 });
}

/** The kebab trigger of a member: "Actions for {name}". */
export function memberTrigger(canvasElement: HTMLElement, name: string): HTMLElement {
  return within(canvasElement).getByRole("button", { name: `Actions for ${name}` });
}

/** The table row of a member. */
export function memberRow(canvasElement: HTMLElement, name: string): HTMLElement {
  const row = memberTrigger(canvasElement, name).closest("tr");
  if (row === null) throw new Error(`No table row holds the actions of ${name}.`);
  return row;
}

/** Opens a member's row menu, by pointer or by keyboard (focus the trigger, press Enter), and returns the menu. */
export async function openMemberMenu(canvasElement: HTMLElement, name: string, via: "pointer" | "keyboard" = "pointer"): Promise<HTMLElement> {
  const trigger = memberTrigger(canvasElement, name);
  if (via === "keyboard") {
    trigger.focus();
    await userEvent.keyboard("{Enter}");
  } else {
    await userEvent.click(trigger);
  }
  return settled(await portal(canvasElement).findByRole("menu", {}, { timeout: 3000 }));
}

/** Waits until a portalled element has finished its entry animation (it starts at opacity 0). */
export async function settled(element: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect(element).toBeVisible(), { timeout: 3000 });
  return element;
}

/** A menu item by the start of its accessible name (a disabled item's name also holds its reason). */
export function menuItem(menu: HTMLElement, label: string): HTMLElement {
  return within(menu).getByRole("menuitem", { name: new RegExp(`^${escapeRegExp(label)}`) });
}

/** Opens a member's menu and chooses an action; returns the confirm modal that opens. */
export async function startStatusChange(canvasElement: HTMLElement, name: string, label: string, title: string): Promise<HTMLElement> {
  const menu = await openMemberMenu(canvasElement, name);
  await userEvent.click(menuItem(menu, label));
  return settled(await portal(canvasElement).findByRole("alertdialog", { name: title }, { timeout: 3000 }));
}

/** Waits until a member's row shows a status badge. */
export async function expectRowStatus(canvasElement: HTMLElement, name: string, status: string, timeout = 5000): Promise<void> {
  await waitFor(() => expect(within(memberRow(canvasElement, name)).getByText(status)).toBeVisible(), { timeout });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
