import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { InviteUserDialog, InviteUserForm } from "../src/react";
import type { InviteUserFormProps } from "../src/react";
import type { RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";
import { portal, settled } from "./story-steps";

/**
 * The invite form (R5–R10) over the mock REST backend: each invitee validated and reported on its own,
 * errors inline next to the field with nothing typed lost, and the results with invitation links in
 * self-hosted deployments.
 */

type InviteStoryArgs = RosterStoryArgs & Pick<InviteUserFormProps, "onSubmitted" | "onCancel">;

const meta = {
  title: "Components/InviteUserForm",
  component: InviteUserForm,
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters },
  args: { lifecycle: "archive", deployment: "self-hosted", theme: "light", onSubmitted: fn(), onCancel: fn() },
  argTypes: {
    lifecycle: { control: "inline-radio", options: ["archive", "deactivate"] },
    deployment: { control: "inline-radio", options: ["self-hosted", "cloud"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: ({ onSubmitted, onCancel }) => (
    <div style={{ maxInlineSize: 560 }}>
      <InviteUserForm {...(onSubmitted ? { onSubmitted } : {})} {...(onCancel ? { onCancel } : {})} />
    </div>
  ),
} satisfies Meta<InviteStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ rosterkit: parameters });

interface Invitee {
  readonly name?: string;
  readonly email?: string;
  readonly role?: string;
  readonly metadata?: string;
}

/** Fills one invitee's fieldset ("Person N"). */
async function fillInvitee(canvasElement: HTMLElement, index: number, invitee: Invitee): Promise<HTMLElement> {
  const person = await within(canvasElement).findByRole("group", { name: `Person ${index}` }, { timeout: 5000 });
  const fields = within(person);
  if (invitee.name !== undefined) await userEvent.type(fields.getByRole("textbox", { name: "Name" }), invitee.name);
  if (invitee.email !== undefined) await userEvent.type(fields.getByRole("textbox", { name: "Email" }), invitee.email);
  if (invitee.role !== undefined) await userEvent.click(fields.getByRole("radio", { name: invitee.role }));
  if (invitee.metadata !== undefined) {
    const metadata = fields.getByRole("textbox", { name: /^Metadata \(JSON\)/ });
    await userEvent.click(metadata);
    // `userEvent.type` reads braces as key names: paste the JSON text instead.
    await userEvent.paste(invitee.metadata);
  }
  return person;
}

async function submit(canvasElement: HTMLElement, label = "Send invitation"): Promise<void> {
  await userEvent.click(within(canvasElement).getByRole("button", { name: label }));
}

/** The empty form: one person, nothing typed. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const person = within(await within(canvasElement).findByRole("group", { name: "Person 1" }, { timeout: 5000 }));
    await expect(person.getByRole("textbox", { name: "Name" })).toHaveValue("");
    await expect(person.getByRole("radiogroup", { name: "Role" })).toBeVisible();
  },
};

/** R5: name, email and role are required; focus moves to the first invalid field. */
export const RequiredFields: Story = {
  play: async ({ canvasElement, args }) => {
    await within(canvasElement).findByRole("group", { name: "Person 1" }, { timeout: 5000 });
    await submit(canvasElement);
    const person = within(canvasElement.querySelector('fieldset[data-part="invitee"]') as HTMLElement);
    await waitFor(() => expect(person.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription("Enter a name."));
    await expect(person.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await expect(person.getByRole("radiogroup", { name: "Role" })).toHaveAccessibleDescription("Choose a role.");
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(/Fix \d errors to continue\./);
    await expect(args.onSubmitted).not.toHaveBeenCalled();
  },
};

/** R5: a malformed email gets its error, and the text stays as typed. */
export const MalformedEmail: Story = {
  play: async ({ canvasElement }) => {
    const person = within(await fillInvitee(canvasElement, 1, { name: "Nina Typo", email: "nina@@example", role: "Builder" }));
    await submit(canvasElement);
    const email = person.getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    await expect(email).toHaveAccessibleDescription(/.+/);
    await expect(email).toHaveValue("nina@@example");
    await expect(email).toHaveFocus();
    await expect(person.getByRole("textbox", { name: "Name" })).toHaveValue("Nina Typo");
  },
};

/** R6: metadata that is not valid JSON is reported at its line and column; the text is kept. */
export const InvalidMetadataJson: Story = {
  play: async ({ canvasElement }) => {
    const text = '{\n  "team": "design",\n  "level": }';
    const person = within(await fillInvitee(canvasElement, 1, { name: "Omar Meta", email: "omar.meta@example.com", role: "End user", metadata: text }));
    await submit(canvasElement);
    const metadata = person.getByRole("textbox", { name: /^Metadata \(JSON\)/ });
    await waitFor(() => expect(metadata).toHaveAccessibleDescription(/Line 3, column \d+: /));
    await expect(metadata).toHaveValue(text);
  },
};

/** R6: metadata must be a JSON object, not an array. */
export const MetadataNotAnObject: Story = {
  play: async ({ canvasElement }) => {
    const person = within(await fillInvitee(canvasElement, 1, { name: "Omar Meta", email: "omar.meta@example.com", role: "End user", metadata: '["design"]' }));
    await submit(canvasElement);
    await waitFor(() => expect(person.getByRole("textbox", { name: /^Metadata \(JSON\)/ })).toHaveAttribute("aria-invalid", "true"));
  },
};

/** R5, R10: several invitees in one submission; self-hosted, so each result has its invitation link to copy. */
export const SeveralInviteesSelfHosted: Story = {
  play: async ({ canvasElement, args }) => {
    await fillInvitee(canvasElement, 1, { name: "Priya New", email: "priya.new@example.com", role: "Builder" });
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Add another person" }));
    await fillInvitee(canvasElement, 2, { name: "Mateo New", email: "mateo.new@example.com", role: "End user" });
    await submit(canvasElement, "Send 2 invitations");
    const results = await within(canvasElement).findByRole("region", { name: "Invitations" }, { timeout: 5000 });
    await expect(within(results).getByText("2 invitations sent.")).toBeVisible();
    const link = within(results).getByRole("textbox", { name: "Invitation link for priya.new@example.com" });
    await expect((link as HTMLInputElement).value).toMatch(/^https:\/\//);
    await expect(within(results).getByRole("button", { name: "Copy invitation link for mateo.new@example.com" })).toBeVisible();
    await expect(args.onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ status: "done", failed: 0 }));
  },
};

/** R9: in the cloud, an email with no account on the instance is `requested`; no links to copy. */
export const CloudRequested: Story = {
  args: { deployment: "cloud" },
  play: async ({ canvasElement }) => {
    await fillInvitee(canvasElement, 1, { name: "Yara Cloud", email: "yara.cloud@example.com", role: "End user" });
    await submit(canvasElement);
    const results = await within(canvasElement).findByRole("region", { name: "Invitations" }, { timeout: 5000 });
    await expect(within(results).getByText(/yara\.cloud@example\.com: requested/)).toBeVisible();
    await expect(within(results).queryByRole("textbox")).toBeNull();
  },
};

/** R7: an email already active in the workspace is refused as a duplicate; the other invitee still goes through. */
export const Duplicate: Story = {
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const email = roster.emailOf(SEED_USERS.endUser);
    await fillInvitee(canvasElement, 1, { name: "Someone Again", email, role: "End user" });
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Add another person" }));
    await fillInvitee(canvasElement, 2, { name: "Fresh Person", email: "fresh.person@example.com", role: "End user" });
    await submit(canvasElement, "Send 2 invitations");
    const person = within(await within(canvasElement).findByRole("group", { name: "Person 1" }));
    await waitFor(() => expect(person.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(`${email} is already active in this workspace.`), { timeout: 5000 });
    await expect(person.getByRole("textbox", { name: "Email" })).toHaveValue(email);
    const results = within(canvasElement).getByRole("region", { name: "Invitations" });
    await expect(within(results).getByText("1 invitation sent, 1 failed.")).toBeVisible();
  },
};

/** R7: an archived member's email is refused with the offer to unarchive them instead. */
export const ArchivedOffersUnarchive: Story = {
  render: ({ onSubmitted, onCancel }) => (
    <div style={{ maxInlineSize: 560 }}>
      <InviteUserForm {...(onSubmitted ? { onSubmitted } : {})} {...(onCancel ? { onCancel } : {})} onOfferExisting={fn()} />
    </div>
  ),
  play: async ({ canvasElement, loaded }) => {
    const email = rosterOf({ loaded }).emailOf(SEED_USERS.stopped);
    const person = within(await fillInvitee(canvasElement, 1, { name: "Back Again", email, role: "Builder" }));
    await submit(canvasElement);
    await waitFor(() => expect(person.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(`${email} is archived in this workspace. Unarchive them instead?`), {
      timeout: 5000,
    });
    await expect(person.getByRole("button", { name: "Unarchive instead" })).toBeVisible();
  },
};

/** R1, R3: a builder may not invite; the form is shown disabled with the reason. */
export const NotAllowed: Story = {
  parameters: backend({ scenario: "forbidden" }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole("button", { name: "Send invitation" })).toBeDisabled(), { timeout: 5000 });
    await expect(within(canvasElement).getByText(/Only admins of this workspace can invite members\./)).toBeVisible();
  },
};

/** The dialog around the form, as the console opens it. */
export const InDialog: Story = {
  render: () => <InviteUserDialog />,
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole("button", { name: "Invite members" }, { timeout: 5000 }));
    const dialog = await settled(await portal(canvasElement).findByRole("dialog", { name: "Invite members" }));
    await expect(within(dialog).getByText("Each person gets an invitation email to join Design.")).toBeVisible();
    await expect(within(dialog).getByRole("textbox", { name: "Name" })).toBeVisible();
  },
};
