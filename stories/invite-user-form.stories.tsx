import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { InviteUserDialog, InviteUserForm } from "../src/react";
import type { InviteUserFormProps } from "../src/react";
import type { RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";
import { storyPages } from "./story-steps";

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

/** The form rendered in the story's canvas. */
function formIn(canvasElement: HTMLElement) {
  return storyPages(canvasElement).inviteForm(canvasElement);
}

/** The empty form: one person, nothing typed. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const person = within(await formIn(canvasElement).invitee());
    await expect(person.getByRole("textbox", { name: "Name" })).toHaveValue("");
    await expect(person.getByRole("radiogroup", { name: "Role" })).toBeVisible();
  },
};

/** R5: name, email and role are required; focus moves to the first invalid field. */
export const RequiredFields: Story = {
  play: async ({ canvasElement, args }) => {
    const form = formIn(canvasElement);
    const person = within(await form.invitee());
    await form.submit();
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
    const form = formIn(canvasElement);
    const person = within(await form.fillInvitee({ name: "Nina Typo", email: "nina@@example", role: "Builder" }));
    await form.submit();
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
    const form = formIn(canvasElement);
    const person = within(await form.fillInvitee({ name: "Omar Meta", email: "omar.meta@example.com", role: "End user", metadata: text }));
    await form.submit();
    const metadata = person.getByRole("textbox", { name: /^Metadata \(JSON\)/ });
    await waitFor(() => expect(metadata).toHaveAccessibleDescription(/Line 3, column \d+: /));
    await expect(metadata).toHaveValue(text);
  },
};

/** R6: metadata must be a JSON object, not an array. */
export const MetadataNotAnObject: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    const person = within(await form.fillInvitee({ name: "Omar Meta", email: "omar.meta@example.com", role: "End user", metadata: '["design"]' }));
    await form.submit();
    await waitFor(() => expect(person.getByRole("textbox", { name: /^Metadata \(JSON\)/ })).toHaveAttribute("aria-invalid", "true"));
  },
};

/** R5, R10: several invitees in one submission; self-hosted, so each result has its invitation link to copy. */
export const SeveralInviteesSelfHosted: Story = {
  play: async ({ canvasElement, args }) => {
    const form = formIn(canvasElement);
    await form.fillInvitee({ name: "Priya New", email: "priya.new@example.com", role: "Builder" });
    await form.addInvitee();
    await form.fillInvitee({ name: "Mateo New", email: "mateo.new@example.com", role: "End user" }, 2);
    await expect(await form.submitButton()).toHaveAccessibleName("Send 2 invitations");
    await form.submit();
    const results = await form.results();
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
    const form = formIn(canvasElement);
    await form.fillInvitee({ name: "Yara Cloud", email: "yara.cloud@example.com", role: "End user" });
    await form.submit();
    const results = await form.results();
    await expect(within(results).getByText(/yara\.cloud@example\.com: requested/)).toBeVisible();
    await expect(within(results).queryByRole("textbox")).toBeNull();
  },
};

/** R7: an email already active in the workspace is refused as a duplicate; the other invitee still goes through. */
export const Duplicate: Story = {
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const email = roster.emailOf(SEED_USERS.endUser);
    const form = formIn(canvasElement);
    await form.fillInvitee({ name: "Someone Again", email, role: "End user" });
    await form.addInvitee();
    await form.fillInvitee({ name: "Fresh Person", email: "fresh.person@example.com", role: "End user" }, 2);
    await expect(await form.submitButton()).toHaveAccessibleName("Send 2 invitations");
    await form.submit();
    const person = within(await form.invitee());
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
    const form = formIn(canvasElement);
    const person = within(await form.fillInvitee({ name: "Back Again", email, role: "Builder" }));
    await form.submit();
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
    const form = await storyPages(canvasElement).openInviteDialog();
    await expect(within(await form.element()).getByText("Each person gets an invitation email to join Design.")).toBeVisible();
    await expect(await form.field("name")).toBeVisible();
  },
};
