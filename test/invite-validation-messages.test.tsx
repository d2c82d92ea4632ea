import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { InviteUserForm } from "../src/react/invite-user-form";
import type { RosterMessagesOverrides } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";

/**
 * The invite form words every refusal of a typed value from `messages.validation`, by the code and values
 * the core's validation gives (R5, R6): a host that translates by code sees no English, as the field is
 * left and after a submit, and a metadata syntax error keeps its line and column.
 */

const messages: RosterMessagesOverrides = {
  validation: {
    name_required: () => "Bitte einen Namen eingeben.",
    email_domain_no_dot: ({ domain }) => `Der Domain „${domain}“ fehlt ein Punkt.`,
    json_unexpected_character: ({ expected, found }) => `„${found}“ steht, wo ${expected === "value" ? "ein Wert" : "etwas anderes"} stehen sollte.`,
  },
  invite: { metadataPosition: ({ message, line, column }) => `Zeile ${line}, Spalte ${column}: ${message}` },
};

function setup() {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.superAdmin });
  const user = userEvent.setup();
  render(
    <RosterProvider adapter={memory} actor={memory.backend.actorFor(SEED_USERS.superAdmin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} messages={messages}>
      <InviteUserForm />
    </RosterProvider>,
  );
  return { user };
}

function person(): HTMLElement {
  return screen.getByRole("group", { name: "Person 1" });
}

describe("InviteUserForm: refused values in the host's words", () => {
  it("R5: an email refused as the field is left shows the host's sentence for its code, made from its values", async () => {
    const { user } = setup();
    const email = within(person()).getByLabelText("Email");
    await user.type(email, "ada@example");
    await user.tab();
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Der Domain „example“ fehlt ein Punkt\./));
    expect(screen.queryByText(/needs a dot/)).toBeNull();
  });

  it("R5, R6: after a submit, a missing name and a metadata syntax error show the host's sentences, the latter after its line and column", async () => {
    const { user } = setup();
    await user.click(within(person()).getByLabelText(/Metadata/));
    await user.paste('{"team": }');
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    const name = within(person()).getByLabelText("Name");
    const metadata = within(person()).getByLabelText(/Metadata/);
    await waitFor(() => expect(name).toHaveAccessibleDescription(/Bitte einen Namen eingeben\./));
    expect(metadata).toHaveAccessibleDescription(/Zeile 1, Spalte 10: „}“ steht, wo ein Wert stehen sollte\./);
    expect(screen.queryByText(/Enter a name|expected a value/)).toBeNull();
  });
});
