import type { RosterFormat } from "../../react/format";
import { createFormat } from "../../react/format";
import type { RosterMessages, RosterMessagesOverrides } from "../../react/messages";
import { mergeMessages } from "../../react/messages";
import type { RoleQuery, RosterDriver, WaitOptions } from "./driver";

/**
 * What every page object shares: the words it looks for (the kit's messages with the host's overrides,
 * in the host's locale) and a few helpers over the driver.
 * @module
 */

/** Options of the page objects: the same messages and locale the host gives `<RosterProvider>`. */
export interface RosterPagesOptions {
  /** The host's rewording of the kit's messages, as given to `<RosterProvider messages>`. */
  readonly messages?: RosterMessagesOverrides;
  /** The locale counts and lists are formatted in. @default "en" */
  readonly locale?: string;
}

/** How a person operates a control: with the pointer, or with the keyboard alone. */
export type Interaction = "pointer" | "keyboard";

/** Options of the page objects' actions. */
export interface ViaOptions {
  /** @default "pointer" */
  readonly via?: Interaction;
}

/** The words of the kit's UI, as a host shows them. */
export interface PageContext {
  readonly messages: RosterMessages;
  readonly format: RosterFormat;
}

/** The context for `options`. */
export function pageContext(options: RosterPagesOptions = {}): PageContext {
  return { messages: mergeMessages(options.messages), format: createFormat(options.locale) };
}

/** `text` with every RegExp metacharacter escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The source of a RegExp matching what `render` says for any value in place of its one parameter, e.g. "Actions for …". */
export function anyValuePattern(render: (value: string) => string): string {
  const marker = "\u0000";
  return render(marker).split(marker).map(escapeRegExp).join(".*");
}

/** A name that starts with `label`, for controls whose label is followed by a marker such as "(optional)". */
export function startsWith(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}`);
}

/** Waits until no element of `role` (and name) is left in the driver's scope. */
export async function waitForNone<E>(driver: RosterDriver<E>, role: string, query: RoleQuery, what: string, options?: WaitOptions): Promise<void> {
  await driver.waitFor(async () => {
    if ((await driver.queryAllByRole(role, query)).length > 0) throw new Error(`${what} is still there.`);
  }, options);
}
