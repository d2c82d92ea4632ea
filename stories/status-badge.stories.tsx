import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { MEMBER_STATUSES } from "../src/core";
import { MessagesProvider, StatusBadge } from "../src/react";

const meta = {
  title: "Components/StatusBadge",
  component: StatusBadge,
  args: { status: "active" },
  argTypes: { status: { control: "select", options: MEMBER_STATUSES } },
  decorators: [
    (Story) => (
      <div data-rk-root="styled">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge; pick the status in the controls. */
export const Single: Story = {};

function AllBadges() {
  return (
    <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
      {MEMBER_STATUSES.map((status) => (
        <StatusBadge key={status} status={status} />
      ))}
    </div>
  );
}

/** R23: every status has text and an icon, never colour alone. */
export const EveryStatus: Story = {
  render: () => <AllBadges />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of ["Requested", "Invited", "Active", "Inactive", "Archived"]) {
      await expect(canvas.getByText(label)).toBeVisible();
    }
  },
};

/** Dark theme. */
export const Dark: Story = {
  decorators: [
    (Story) => (
      <div data-rk-root="styled" data-rk-theme="dark" style={{ padding: 16, background: "#0d1117" }}>
        <Story />
      </div>
    ),
  ],
  render: () => <AllBadges />,
};

/** Right-to-left, with translated labels (Arabic). */
export const RightToLeft: Story = {
  render: () => (
    <MessagesProvider locale="ar" messages={{ status: { label: { active: "نشط", invited: "مدعو", archived: "مؤرشف", requested: "مطلوب", inactive: "غير نشط" } } }}>
      <div data-rk-root="styled" dir="rtl" style={{ display: "flex", gap: 8 }}>
        {MEMBER_STATUSES.map((status) => (
          <StatusBadge key={status} status={status} />
        ))}
      </div>
    </MessagesProvider>
  ),
};
