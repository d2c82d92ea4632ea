import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { Actor } from "../src/core/domain.types";
import type { RosterAdapter } from "../src/core/adapter.types";
import { InviteUserForm } from "../src/react/invite-user-form";
import type { RosterMessagesOverrides } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";
import { STRICT_METADATA_BYTES, stricterServer } from "./support/stricter-server";

/**
 * A field the server refuses after the client's check passed it (issue 9, R5, R6): the invite form shows
 * the host's sentence for the server's code, made from its values, never the server's English; a code the
 * kit does not know (a newer server's) shows the host's generic sentence. What was typed stays.
 */

const messages: RosterMessagesOverrides = {
  validation: {
    metadata_too_large: (params) => ("bytes" in params ? `Die Metadaten haben ${params.bytes} Byte; erlaubt sind ${params.limit}.` : `Zu lang: ${params.length} Zeichen.`),
  },
  invite: { fieldRefused: "Der Server hat diesen Wert nicht angenommen. Bitte prüfen." },
};

const METADATA = '{"team": "design and research", "site": "Lyon"}';

function renderForm(adapter: RosterAdapter, actor: Actor) {
  const user = userEvent.setup();
  render(
    <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} messages={messages}>
      <InviteUserForm />
    </RosterProvider>,
  );
  return user;
}

function person(): HTMLElement {
  return screen.getByRole("group", { name: "Person 1" });
}

async function fillAda(user: ReturnType<typeof userEvent.setup>, metadata: string): Promise<void> {
  const fields = within(person());
  await user.type(fields.getByLabelText("Name"), "Ada Lovelace");
  await user.type(fields.getByLabelText("Email"), "ada@example.com");
  await user.click(await fields.findByRole("radio", { name: "Admin" }));
  if (metadata !== "") {
    await user.click(fields.getByLabelText(/Metadata/));
    await user.paste(metadata);
  }
  await user.click(screen.getByRole("button", { name: "Send invitation" }));
}

describe("InviteUserForm: a field the server refused, in the host's words", () => {
  it("R6: metadata the client passed and a stricter server refused shows the host's sentence for the server's code, and stays as typed", async () => {
    const server = stricterServer();
    const user = renderForm(server.adapterFor(SEED_USERS.admin), await server.handler.engine.actor(SEED_USERS.admin));
    await fillAda(user, METADATA);
    const metadata = within(person()).getByLabelText(/Metadata/);
    const bytes = new TextEncoder().encode(JSON.stringify(JSON.parse(METADATA))).length;
    await waitFor(() => expect(metadata).toHaveAccessibleDescription(new RegExp(`Die Metadaten haben ${bytes} Byte; erlaubt sind ${STRICT_METADATA_BYTES}\\.`)));
    expect(metadata).toHaveValue(METADATA);
    expect(metadata).toHaveAttribute("aria-invalid", "true");
    expect(within(person()).getByLabelText("Email")).toHaveValue("ada@example.com");
    expect(screen.queryByText(/bytes; the limit is|cannot be invited yet/)).toBeNull();
  });

  it("R5: a refusal with a code the kit does not know (a newer server's) shows the host's generic sentence, never the server's English", async () => {
    const memory = createMemoryAdapter({ dataset: generateSeed({ members: 12 }), actorId: SEED_USERS.admin });
    const newer: RosterAdapter = {
      ...memory,
      inviteMembers: () =>
        Promise.resolve({
          results: [
            {
              ok: false,
              error: {
                code: "validation",
                message: "ada@example.com cannot be invited yet: example.com is not an allowed domain.",
                fieldErrors: { email: "example.com is not an allowed domain." },
                issues: [{ field: "email", code: "email_domain_not_allowed", params: { domain: "example.com" } }],
              },
            },
          ],
        }),
    };
    const user = renderForm(newer, memory.backend.actorFor(SEED_USERS.admin));
    await fillAda(user, "");
    const email = within(person()).getByLabelText("Email");
    await waitFor(() => expect(email).toHaveAccessibleDescription("Der Server hat diesen Wert nicht angenommen. Bitte prüfen."));
    expect(email).toHaveValue("ada@example.com");
    expect(screen.queryByText(/not an allowed domain/)).toBeNull();
  });
});
