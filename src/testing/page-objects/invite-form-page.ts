import type { RosterDriver, WaitOptions } from "./driver";
import type { PageContext } from "./page-context";
import { startsWith } from "./page-context";

/**
 * The invite form (`InviteUserForm`, alone or in `InviteUserDialog`, R5–R10): each invitee's fieldset
 * ("Person 1", "Person 2"…) and its fields, adding an invitee, sending, the errors next to each field and
 * the summary above them, and the results.
 * @module
 */

/** An invitee's text fields. */
export type InviteeTextField = "name" | "email" | "metadata";

/** An invitee's fields that show an error of their own. */
export type InviteeField = InviteeTextField | "role";

/** What to fill in for one invitee; a field left out is left as it is. */
export interface InviteeValues {
  /** Typed key by key. */
  readonly name?: string;
  /** Typed key by key. */
  readonly email?: string;
  /** The role's label, e.g. "Builder"; clicked. */
  readonly role?: string;
  /** Group names; each one clicked (a checked group is unchecked). */
  readonly groups?: readonly string[];
  /** The metadata JSON text, pasted whole into the emptied field. */
  readonly metadata?: string;
}

/** The invite form inside a scope: the invite dialog, or the element a standalone form is in. */
export class InviteFormPage<E> {
  readonly #driver: RosterDriver<E>;
  readonly #context: PageContext;
  readonly #scope: (options?: WaitOptions) => Promise<E>;

  /** The form inside whatever `scope` finds, as `driver` finds it, in the words of `context`. */
  constructor(driver: RosterDriver<E>, context: PageContext, scope: (options?: WaitOptions) => Promise<E>) {
    this.#driver = driver;
    this.#context = context;
    this.#scope = scope;
  }

  async #inScope(options?: WaitOptions): Promise<RosterDriver<E>> {
    return this.#driver.within(await this.#scope(options));
  }

  /** The element the form is in: the invite dialog, or the host's container. */
  async element(options?: WaitOptions): Promise<E> {
    return this.#scope(options);
  }

  /** The fieldset of the `index`-th invitee, counted from 1 ("Person 1"). */
  async invitee(index = 1, options?: WaitOptions): Promise<E> {
    const name = this.#context.messages.invite.inviteeLegend({ index }, this.#context.format);
    return (await this.#inScope(options)).findByRole("group", { name, ...options });
  }

  /** A text field of the `index`-th invitee: "name", "email" or "metadata". */
  async field(field: InviteeTextField, index = 1): Promise<E> {
    const text = this.#context.messages.invite;
    const name = { name: text.nameLabel, email: text.emailLabel, metadata: startsWith(text.metadataLabel) }[field];
    return this.#driver.within(await this.invitee(index)).findByRole("textbox", { name });
  }

  /** The radio of the role labelled `label` for the `index`-th invitee. */
  async roleOption(label: string, index = 1): Promise<E> {
    return this.#driver.within(await this.invitee(index)).findByRole("radio", { name: label });
  }

  /** The checkbox of the group named `name` for the `index`-th invitee. */
  async groupOption(name: string, index = 1): Promise<E> {
    return this.#driver.within(await this.invitee(index)).findByRole("checkbox", { name });
  }

  /** Fills the `index`-th invitee's fields as a person would; returns the invitee's fieldset. */
  async fillInvitee(values: InviteeValues, index = 1): Promise<E> {
    const fieldset = await this.invitee(index);
    if (values.name !== undefined) await this.#driver.type(await this.field("name", index), values.name);
    if (values.email !== undefined) await this.#driver.type(await this.field("email", index), values.email);
    if (values.role !== undefined) await this.#driver.click(await this.roleOption(values.role, index));
    for (const group of values.groups ?? []) await this.#driver.click(await this.groupOption(group, index));
    if (values.metadata !== undefined) {
      const metadata = await this.field("metadata", index);
      await this.#driver.click(metadata);
      await this.#driver.fill(metadata, values.metadata);
    }
    return fieldset;
  }

  /** Presses "Add another person". */
  async addInvitee(): Promise<void> {
    await this.#driver.click(await (await this.#inScope()).findByRole("button", { name: this.#context.messages.invite.addInvitee }));
  }

  /** The send button, whatever it says now ("Send invitation", "Send 2 invitations", "Sending…"). */
  async submitButton(options?: WaitOptions): Promise<E> {
    return (await this.#inScope(options)).findByRole("button", { attribute: ["data-part", "submit"], ...options });
  }

  /** Presses the send button. */
  async submit(): Promise<void> {
    await this.#driver.click(await this.submitButton());
  }

  /**
   * The error of a field of the `index`-th invitee, or `null` when the field is valid: its accessible
   * description while it is `aria-invalid` (for metadata, the hint comes first).
   */
  async fieldError(field: InviteeField, index = 1): Promise<string | null> {
    const element =
      field === "role"
        ? await this.#driver.within(await this.invitee(index)).findByRole("radiogroup", { name: this.#context.messages.invite.roleLabel })
        : await this.field(field, index);
    if ((await this.#driver.attribute(element, "aria-invalid")) !== "true") return null;
    return this.#driver.description(element);
  }

  /** The summary of the errors to fix ("Fix 2 errors to continue.", role `alert`); waits until it is shown. */
  async errorSummary(options?: WaitOptions): Promise<E> {
    return (await this.#inScope(options)).findByRole("alert", { attribute: ["data-kind", "errors"], ...options });
  }

  /** The results of the last send (R10: with each invitation link in self-hosted deployments); waits for them. */
  async results(options?: WaitOptions): Promise<E> {
    return (await this.#inScope(options)).findByRole("region", { name: this.#context.messages.invite.resultsTitle, ...options });
  }
}
