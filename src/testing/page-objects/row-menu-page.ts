import type { AccessibleName, RosterDriver, WaitOptions } from "./driver";
import type { ViaOptions } from "./page-context";
import { waitForNone } from "./page-context";

/**
 * The open row menu of the users table (`MemberActionsMenu`): its items by name, whether each is enabled
 * or disabled with its reason (R3), and choosing one by pointer or keyboard. One row menu is open at a
 * time; open it with `UsersTablePage.openRowMenu`.
 * @module
 */

/** What a person learns of a menu item. */
export interface MenuItemState {
  /** `false` for an action the rules refuse (R3): shown, focusable, `aria-disabled`, and it does nothing. */
  readonly enabled: boolean;
  /** Its accessible description: the refusal's reason when disabled, else a hint (or ""). */
  readonly description: string;
}

/** The open row menu, found by its `menu` role in the page (Radix renders it in a portal). */
export class RowMenuPage<E> {
  readonly #driver: RosterDriver<E>;

  /** The row menu as `driver` finds it. */
  constructor(driver: RosterDriver<E>) {
    this.#driver = driver;
  }

  /** The open menu, once it is there and visible. */
  async element(options?: WaitOptions): Promise<E> {
    const menu = await this.#driver.findByRole("menu", options);
    await this.#driver.waitForVisible(menu, options);
    return menu;
  }

  /** Its items, in order. */
  async items(): Promise<E[]> {
    return this.#driver.within(await this.element()).queryAllByRole("menuitem");
  }

  /** The names of its items, in order, e.g. `["View details", "Archive user"]`. */
  async itemNames(): Promise<string[]> {
    const names: string[] = [];
    for (const item of await this.items()) names.push(await this.#driver.text(item));
    return names;
  }

  /** The item named `name`. */
  async item(name: AccessibleName): Promise<E> {
    return this.#driver.within(await this.element()).findByRole("menuitem", { name });
  }

  /** Whether an item named `name` is offered at all (R19: there is never a delete). */
  async hasItem(name: AccessibleName): Promise<boolean> {
    return (await this.#driver.within(await this.element()).queryAllByRole("menuitem", { name })).length > 0;
  }

  /** Whether the item named `name` is enabled, and its description (the reason it is disabled, R3). */
  async itemState(name: AccessibleName): Promise<MenuItemState> {
    const item = await this.item(name);
    return { enabled: (await this.#driver.attribute(item, "aria-disabled")) !== "true", description: await this.#driver.description(item) };
  }

  /**
   * Chooses the item named `name`: a click, or (`via: "keyboard"`) ArrowDown from the focused item until
   * it has the focus, then Enter. A disabled item is pressed all the same, to show that it does nothing.
   */
  async choose(name: AccessibleName, { via = "pointer" }: ViaOptions = {}): Promise<void> {
    const item = await this.item(name);
    if (via === "pointer") {
      const disabled = (await this.#driver.attribute(item, "aria-disabled")) === "true";
      await this.#driver.click(item, disabled ? { force: true } : {});
      return;
    }
    const count = (await this.items()).length;
    for (let presses = 0; presses < count; presses += 1) {
      if (await this.#driver.isFocused(item)) {
        await this.#driver.press("Enter");
        return;
      }
      await this.#driver.press("ArrowDown");
    }
    throw new Error(`ArrowDown did not reach the menu item ${String(name)} in ${count} presses.`);
  }

  /** Waits until the menu that opened by keyboard has moved the focus to its first item (APG menu button). */
  async waitForFirstItemFocused(options?: WaitOptions): Promise<void> {
    const menu = await this.element(options);
    await this.#driver.waitFor(async () => {
      const [first] = await this.#driver.within(menu).queryAllByRole("menuitem");
      if (first === undefined || !(await this.#driver.isFocused(first))) throw new Error("The row menu opened by keyboard did not move the focus to its first item.");
    }, options);
  }

  /** Closes the menu with Escape and waits until it is gone. */
  async close(options?: WaitOptions): Promise<void> {
    await this.#driver.press("Escape");
    await this.waitForClosed(options);
  }

  /** Waits until no row menu is open. */
  async waitForClosed(options?: WaitOptions): Promise<void> {
    await waitForNone(this.#driver, "menu", {}, "The row menu", options);
  }
}
