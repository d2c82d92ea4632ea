import type { AccessibleName, RosterDriver, WaitOptions } from "./driver";
import type { PageContext } from "./page-context";
import { waitForNone } from "./page-context";

/**
 * The confirm modal of a status change (`ConfirmStatusModal`, R20–R22): an `alertdialog` named by its
 * title ("Archive Ada Lovelace?"), its consequences, its buttons, and the error it shows when the change
 * fails.
 * @module
 */

/** The confirm modal, found by its `alertdialog` role and, when given, its title. */
export class ConfirmModalPage<E> {
  readonly #driver: RosterDriver<E>;
  readonly #context: PageContext;
  readonly #title: AccessibleName | undefined;

  /** The modal titled `title` (any confirm modal when left out), as `driver` finds it, in the words of `context`. */
  constructor(driver: RosterDriver<E>, context: PageContext, title?: AccessibleName) {
    this.#driver = driver;
    this.#context = context;
    this.#title = title;
  }

  #named(): { name?: AccessibleName } {
    return this.#title === undefined ? {} : { name: this.#title };
  }

  /** The open modal, once it is there and visible. */
  async element(options?: WaitOptions): Promise<E> {
    const dialog = await this.#driver.findByRole("alertdialog", { ...this.#named(), ...options });
    await this.#driver.waitForVisible(dialog, options);
    return dialog;
  }

  /** Its title, e.g. "Archive Ada Lovelace?". */
  async title(): Promise<string> {
    return this.#driver.text(await this.#driver.within(await this.element()).findByRole("heading"));
  }

  /** The consequences it names (R20), in order. */
  async consequences(): Promise<string[]> {
    const texts: string[] = [];
    for (const item of await this.#driver.within(await this.element()).queryAllByRole("listitem")) texts.push(await this.#driver.text(item));
    return texts;
  }

  /** Its button named `name`. */
  async button(name: AccessibleName): Promise<E> {
    return this.#driver.within(await this.element()).findByRole("button", { name });
  }

  /** Presses the confirm button, named after the action (`label`: "Archive user", "Deactivate"…). */
  async confirm(label: AccessibleName): Promise<void> {
    await this.#driver.click(await this.button(label));
  }

  /** Presses Cancel. */
  async cancel(): Promise<void> {
    await this.#driver.click(await this.button(this.#context.messages.confirm.cancel));
  }

  /** Presses "Try again" after a failure (R20: the same change, with the same idempotency key). */
  async retry(): Promise<void> {
    await this.#driver.click(await this.button(this.#context.messages.confirm.retry));
  }

  /** Presses "Start again" after a conflict (R22: the same action on the member's new state). */
  async startAgain(): Promise<void> {
    await this.#driver.click(await this.button(this.#context.messages.confirm.startAgain));
  }

  /** The text of the error it shows (role `alert`): a failure, or a refusal; waits until there is one. */
  async errorText(options?: WaitOptions): Promise<string> {
    return this.#driver.text(await this.#driver.within(await this.element(options)).findByRole("alert", options));
  }

  /** Waits until the modal (any confirm modal, when it has no title) is closed. */
  async waitForClosed(options?: WaitOptions): Promise<void> {
    await waitForNone(this.#driver, "alertdialog", this.#named(), "The confirm modal", options);
  }
}
