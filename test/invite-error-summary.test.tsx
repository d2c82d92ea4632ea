import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { InviteUserForm } from "../src/react/invite-user-form";
import type { RosterLocale } from "../src/react/messages";
import { defaultMessages } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";

/**
 * The invite form on a phone (issue 12): its error summary names each error with its field and person and
 * moves focus to the field, it appears below the invitees (a refused submit moves nothing above the
 * focused field), and an optional field says "optional" once, in every shipped locale.
 */

function setup(locale?: RosterLocale) {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 12 }), actorId: SEED_USERS.superAdmin });
  const user = userEvent.setup();
  const view = render(
    <RosterProvider
      adapter={memory}
      actor={memory.backend.actorFor(SEED_USERS.superAdmin)}
      scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}
      {...(locale ? { messages: locale.messages, locale: locale.locale } : {})}
    >
      <InviteUserForm />
    </RosterProvider>,
  );
  return { user, view };
}

function person(index: number): HTMLElement {
  return screen.getByRole("group", { name: `Person ${index}` });
}

/** Waits until the groups have loaded, so the form is complete. */
async function ready(): Promise<void> {
  await screen.findByRole("checkbox", { name: "Core team" });
}

/** The summary's entries: the buttons in the alert. */
function summaryEntries(): HTMLElement[] {
  return within(screen.getByRole("alert")).getAllByRole("button");
}

/** Every shipped locale (src/locales/*.ts), whatever its export is called. */
function shippedLocales(): RosterLocale[] {
  const modules = import.meta.glob<Record<string, unknown>>("../src/locales/*.ts", { eager: true });
  const locales = Object.values(modules).flatMap((exports) => Object.values(exports).filter(isLocale));
  return locales.length > 0 ? locales : [{ locale: "en", messages: defaultMessages }];
}

function isLocale(value: unknown): value is RosterLocale {
  return typeof value === "object" && value !== null && typeof (value as { locale?: unknown }).locale === "string" && typeof (value as { messages?: unknown }).messages === "object";
}

/** The texts of the elements a control's `aria-describedby` names (its hint, its error). */
function descriptions(control: Element): string[] {
  const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id !== "");
  return ids.map((id) => document.getElementById(id)?.textContent ?? "");
}

function occurrences(text: string, word: string): number {
  return text.toLocaleLowerCase().split(word.toLocaleLowerCase()).length - 1;
}

/**
 * Whether `text` opens by saying `word` on its own ("Optional. Any number…", "可选。…"): the word, then
 * punctuation or a space. Words that merely begin the same way ("可选择", "Optionally") do not count.
 */
function opensWith(text: string, word: string): boolean {
  const lower = text.trim().toLocaleLowerCase();
  const marker = word.toLocaleLowerCase();
  return lower.startsWith(marker) && /^[\p{P}\s]/u.test(lower.slice(marker.length));
}

describe("invite form error summary (issue 12)", () => {
  it("R5: one person: each error is named with its field, on a button that moves focus to the field", async () => {
    const { user } = setup();
    await ready();
    await user.type(within(person(1)).getByLabelText("Email"), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Send invitation" }));

    expect(screen.getByRole("alert")).toHaveTextContent(/^Fix 3 errors to continue\./);
    expect(summaryEntries().map((entry) => entry.textContent)).toEqual(["Name: Enter a name.", 'Email: "not-an-email" is missing an "@".', "Role: Choose a role."]);
    expect(within(person(1)).getByLabelText("Name")).toHaveFocus();

    await user.click(within(screen.getByRole("alert")).getByRole("button", { name: /^Email: / }));
    expect(within(person(1)).getByLabelText("Email")).toHaveFocus();
    // A radio group's entry focuses its first radio while none is chosen.
    await user.click(within(screen.getByRole("alert")).getByRole("button", { name: "Role: Choose a role." }));
    expect(within(person(1)).getByRole("radio", { name: "Admin" })).toHaveFocus();
  });

  it("R5, R6: several people: each entry names the person, and a fixed field leaves the summary", async () => {
    const { user } = setup();
    await ready();
    await user.type(within(person(1)).getByLabelText("Name"), "Ada");
    await user.click(within(person(1)).getByRole("radio", { name: "Builder" }));
    await user.click(screen.getByRole("button", { name: "Add another person" }));
    await user.type(within(person(2)).getByLabelText("Name"), "Alan");
    await user.type(within(person(2)).getByLabelText("Email"), "alan@example.com");
    await user.click(within(person(2)).getByRole("radio", { name: "Admin" }));
    await user.click(within(person(2)).getByLabelText(/Metadata/));
    await user.paste('{"team": ');
    await user.click(screen.getByRole("button", { name: "Send 2 invitations" }));

    const entries = summaryEntries().map((entry) => entry.textContent ?? "");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toBe("Email of person 1: Enter an email address.");
    expect(entries[1]).toMatch(/^Metadata \(JSON\) of person 2: Line 1, column 10: /);
    expect(within(person(1)).getByLabelText("Email")).toHaveFocus();

    await user.click(within(screen.getByRole("alert")).getByRole("button", { name: /^Metadata \(JSON\) of person 2/ }));
    const metadata = within(person(2)).getByLabelText(/Metadata/);
    expect(metadata).toHaveFocus();
    expect(metadata).toHaveValue('{"team": ');

    await user.type(within(person(1)).getByLabelText("Email"), "ada@example.com");
    expect(summaryEntries().map((entry) => entry.textContent)).toEqual([entries[1]]);
    expect(screen.getByRole("alert")).toHaveTextContent(/^Fix 1 error to continue\./);
  });

  it("R5: the summary comes after every invitee, with the send button: a refused submit inserts nothing above the fields", async () => {
    const { user, view } = setup();
    await ready();
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    const summary = screen.getByRole("alert");
    const footer = view.container.querySelector('[data-scope="invite-form"][data-part="footer"]');
    expect(footer).toContainElement(summary);
    expect(person(1).compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(summary.compareDocumentPosition(screen.getByRole("button", { name: "Send invitation" })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each(shippedLocales().map((locale) => [locale.locale, locale] as const))("R5, R6: %s: an optional field says it is optional once, in its label; its hint does not say it again", async (_tag, locale) => {
    const { view } = setup(locale);
    await ready();
    const text = locale.messages.invite;
    const groups = view.container.querySelector<HTMLFieldSetElement>('[data-part="groups-field"]');
    const metadata = view.container.querySelector<HTMLTextAreaElement>('[data-part="textarea"]');
    const name = view.container.querySelector<HTMLInputElement>('[data-part="input"]');
    if (!groups || !metadata || !name) throw new Error("The invite form lacks its groups, metadata or name field.");
    expect(occurrences(groups.querySelector("legend")?.textContent ?? "", text.optional), `${locale.locale}: the groups' legend`).toBe(1);
    expect(occurrences(metadata.labels?.[0]?.textContent ?? "", text.optional), `${locale.locale}: the metadata's label`).toBe(1);
    expect(occurrences(name.labels?.[0]?.textContent ?? "", text.optional), `${locale.locale}: the name's label`).toBe(0);
    for (const hint of [...descriptions(groups), ...descriptions(metadata)]) {
      expect(opensWith(hint, text.optional), `${locale.locale}: the hint "${hint}" says "${text.optional}" again`).toBe(false);
    }
  });
});
