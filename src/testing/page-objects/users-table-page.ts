import type { UsersTableColumnId } from "../../react/users-table-columns";
import type { AccessibleName, RosterDriver, WaitOptions } from "./driver";
import type { PageContext, ViaOptions } from "./page-context";
import { anyValuePattern, escapeRegExp } from "./page-context";
import type { RowMenuPage } from "./row-menu-page";

/**
 * The users table (`UsersTable`, R23–R25): its member rows by member name, a row's cells and status
 * badge, the search box, row selection (turned on with the "Select" toggle), and each row's actions menu. The table is found by its name ("Members of {workspace}"
 * or "All users"), rows through their menu trigger, "Actions for {name}", always with hidden elements
 * included, so a row can still be read while a modal hides the table from assistive technology
 * (`aria-hidden` outside the dialog).
 * @module
 */

/** The users table as a person finds it: by roles and accessible names. */
export class UsersTablePage<E> {
  readonly #driver: RosterDriver<E>;
  readonly #context: PageContext;
  readonly #rowMenu: RowMenuPage<E>;
  readonly #anyTrigger: RegExp;
  readonly #tableName: RegExp;

  /** The table as `driver` finds it, in the words of `context`; `rowMenu` is the menu its rows open. */
  constructor(driver: RosterDriver<E>, context: PageContext, rowMenu: RowMenuPage<E>) {
    this.#driver = driver;
    this.#context = context;
    this.#rowMenu = rowMenu;
    const { messages, format } = context;
    this.#anyTrigger = new RegExp(`^${anyValuePattern((name) => messages.actions.menuLabel({ name }, format))}$`);
    const workspaceCaption = anyValuePattern((workspace) => messages.table.workspaceCaption({ workspace }, format));
    this.#tableName = new RegExp(`^(?:${workspaceCaption}|${escapeRegExp(messages.table.instanceCaption)})$`);
  }

  #triggerName(name: string): string {
    return this.#context.messages.actions.menuLabel({ name }, this.#context.format);
  }

  /** The `table` element. */
  async element(options?: WaitOptions): Promise<E> {
    return this.#driver.findByRole("table", { name: this.#tableName, hidden: true, ...options });
  }

  /** Waits until the table has loaded (not `aria-busy`) and shows at least one member row. */
  async waitForRows(options?: WaitOptions): Promise<void> {
    await this.#driver.waitFor(async () => {
      const [table] = await this.#driver.queryAllByRole("table", { name: this.#tableName, hidden: true });
      if (table === undefined) throw new Error("There is no users table.");
      if ((await this.#driver.attribute(table, "aria-busy")) === "true") throw new Error("The users table is still loading.");
      if ((await this.#driver.within(table).queryAllByRole("button", { name: this.#anyTrigger, hidden: true })).length === 0) throw new Error("The users table shows no member rows.");
    }, options);
  }

  /** The member rows shown, in order (header, loading and spacer rows left out). */
  async rows(): Promise<E[]> {
    const table = await this.element();
    const rows: E[] = [];
    for (const trigger of await this.#driver.within(table).queryAllByRole("button", { name: this.#anyTrigger, hidden: true })) {
      rows.push(await this.#driver.closestRow(trigger));
    }
    return rows;
  }

  /** The trigger of a member's row menu, the button named "Actions for {name}". */
  async rowMenuTrigger(name: string, options?: WaitOptions): Promise<E> {
    return this.#driver.findByRole("button", { name: this.#triggerName(name), hidden: true, ...options });
  }

  /** A member's row, by the member's name. */
  async row(name: string, options?: WaitOptions): Promise<E> {
    return this.#driver.closestRow(await this.rowMenuTrigger(name, options));
  }

  /** The cell of a member's row in a column (`"role"`, `"groups"`, `"status"`, `"workspaces"`…). */
  async cell(name: string, column: UsersTableColumnId, options?: WaitOptions): Promise<E> {
    return this.#cellOf(await this.row(name, options), name, column);
  }

  async #cellOf(row: E, name: string, column: UsersTableColumnId): Promise<E> {
    const [cell] = await this.#driver.within(row).queryAllByRole("cell", { hidden: true, attribute: ["data-column", column] });
    if (cell === undefined) throw new Error(`The row of ${name} has no ${column} column.`);
    return cell;
  }

  /** The text of a member's cell in a column. */
  async cellText(name: string, column: UsersTableColumnId, options?: WaitOptions): Promise<string> {
    return this.#driver.text(await this.cell(name, column, options));
  }

  /** The text of the status badge in a member's row (R23), e.g. "Active". */
  async statusText(name: string, options?: WaitOptions): Promise<string> {
    return this.cellText(name, "status", options);
  }

  /** Waits until a member's row shows `status` (R20: at once while the change is on its way, and after). */
  async waitForStatus(name: string, status: string, options?: WaitOptions): Promise<void> {
    await this.#driver.waitFor(async () => {
      const [trigger] = await this.#driver.queryAllByRole("button", { name: this.#triggerName(name), hidden: true });
      if (trigger === undefined) throw new Error(`No row of ${name} is shown.`);
      const shown = await this.#driver.text(await this.#cellOf(await this.#driver.closestRow(trigger), name, "status"));
      if (shown !== status) throw new Error(`The row of ${name} shows the status "${shown}", not "${status}".`);
    }, options);
  }

  /**
   * Turns row selection on as a person does: presses the toolbar's "Select" toggle unless it is pressed
   * already (a table with `selection="always"` has no toggle: its checkboxes are there), then waits for
   * the "select every member on this page" checkbox.
   */
  async turnOnSelection(): Promise<void> {
    const { table } = this.#context.messages;
    const [toggle] = await this.#driver.queryAllByRole("button", { name: table.selectionToggle });
    if (toggle !== undefined && (await this.#driver.attribute(toggle, "aria-pressed")) !== "true") await this.#driver.click(toggle);
    await this.#driver.findByRole("checkbox", { name: table.selectPage });
  }

  /** Selects a member's row by its checkbox ("Select {name}"), turning selection on first if it is off. */
  async selectRow(name: string): Promise<void> {
    await this.turnOnSelection();
    const checkbox = await this.#driver.findByRole("checkbox", { name: this.#context.messages.table.selectRow({ name }, this.#context.format) });
    if (!(await this.#driver.isChecked(checkbox))) await this.#driver.click(checkbox);
  }

  /** Types `text` into the search box, replacing what was there (R25: the server searches). */
  async search(text: string): Promise<void> {
    const box = await this.#driver.findByRole("searchbox", { name: this.#context.messages.table.searchLabel });
    await this.#driver.clear(box);
    await this.#driver.type(box, text);
  }

  /**
   * Opens a member's row menu with the pointer, or (`via: "keyboard"`) by Enter on the focused trigger,
   * and waits for it; by keyboard, also until the focus is on its first item (APG menu button).
   */
  async openRowMenu(name: string, { via = "pointer" }: ViaOptions = {}): Promise<RowMenuPage<E>> {
    const trigger = await this.rowMenuTrigger(name);
    if (via === "keyboard") {
      await this.#driver.focus(trigger);
      await this.#driver.press("Enter");
      await this.#rowMenu.waitForFirstItemFocused();
    } else {
      await this.#driver.click(trigger);
      await this.#rowMenu.element();
    }
    return this.#rowMenu;
  }

  /** Opens a member's row menu and chooses `item`, both with the pointer or both with the keyboard. */
  async chooseRowAction(name: string, item: AccessibleName, options: ViaOptions = {}): Promise<void> {
    const menu = await this.openRowMenu(name, options);
    await menu.choose(item, options);
  }
}
