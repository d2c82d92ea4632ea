import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import type { Lifecycle, MemberStatus } from "../src/core/domain.types";
import { MEMBER_STATUSES } from "../src/core/domain.types";
import { MessagesProvider } from "../src/react/provider";
import { StatusBadge } from "../src/react/status-badge";

const LABELS: Readonly<Record<MemberStatus, string>> = {
  requested: "Requested",
  invited: "Invited",
  active: "Active",
  archived: "Archived",
  inactive: "Inactive",
};

describe("StatusBadge", () => {
  it.each(MEMBER_STATUSES)("R23: shows %s as text and an icon hidden from assistive technology", (status) => {
    const { container } = render(<StatusBadge status={status} />);
    const root = container.querySelector('[data-scope="status-badge"][data-part="root"]');
    expect(root).not.toBeNull();
    expect(root).toHaveAttribute("data-status", status);
    expect(root).toHaveTextContent(LABELS[status]);
    const icon = root?.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon).toHaveAttribute("focusable", "false");
    expect(icon).toHaveAttribute("data-part", "icon");
    // One element per icon: a table of badges has fewer elements to style.
    expect(icon?.children).toHaveLength(1);
    expect(icon?.firstElementChild?.tagName).toBe("path");
    expect(icon?.firstElementChild?.getAttribute("d")).toMatch(/^M/);
    // The accessible text is the label alone: nothing from the icon.
    expect(screen.getByText(LABELS[status])).toHaveAttribute("data-part", "label");
  });

  it.each<[Lifecycle, readonly MemberStatus[]]>([
    ["archive", ["requested", "invited", "active", "archived"]],
    ["deactivate", ["invited", "active", "inactive"]],
  ])("R23: every status of the %s lifecycle has a badge with its lifecycle", (lifecycle, statuses) => {
    for (const status of statuses) {
      const { container, unmount } = render(<StatusBadge status={status} lifecycle={lifecycle} />);
      const root = container.firstElementChild;
      expect(root).toHaveAttribute("data-lifecycle", lifecycle);
      expect(root).toHaveTextContent(LABELS[status]);
      unmount();
    }
  });

  it("R23: every badge together has no axe violations", async () => {
    const { container } = render(
      <ul>
        {MEMBER_STATUSES.map((status) => (
          <li key={status}>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("R23: the label comes from the messages, so hosts can translate it", () => {
    render(
      <MessagesProvider locale="fr" messages={{ status: { label: { active: "Actif" } } }} lifecycle="deactivate">
        <StatusBadge status="active" />
      </MessagesProvider>,
    );
    const label = screen.getByText("Actif");
    expect(label.parentElement).toHaveAttribute("data-lifecycle", "deactivate");
  });

  it("R23: each status has its own icon", () => {
    const { container } = render(
      <>
        {MEMBER_STATUSES.map((status) => (
          <StatusBadge key={status} status={status} />
        ))}
      </>,
    );
    const shapes = [...container.querySelectorAll('[data-part="icon"] path')].map((path) => path.getAttribute("d"));
    expect(new Set(shapes).size).toBe(MEMBER_STATUSES.length);
  });

  it("R23: a nested provider that changes only the locale keeps the labels and lifecycle of the outer one", () => {
    render(
      <MessagesProvider messages={{ status: { label: { inactive: "Disabled" } } }} lifecycle="deactivate">
        <MessagesProvider locale="de">
          <StatusBadge status="inactive" />
          <StatusBadge status="active" lifecycle="archive" />
        </MessagesProvider>
      </MessagesProvider>,
    );
    expect(screen.getByText("Disabled").parentElement).toHaveAttribute("data-lifecycle", "deactivate");
    expect(screen.getByText("Active").parentElement).toHaveAttribute("data-lifecycle", "archive");
  });

  it("passes host attributes through but keeps its own parts", () => {
    render(<StatusBadge status="invited" className="mine" id="badge" data-testid="badge" />);
    const badge = screen.getByTestId("badge");
    expect(badge).toHaveClass("mine");
    expect(badge).toHaveAttribute("id", "badge");
    expect(badge).toHaveAttribute("data-scope", "status-badge");
  });
});
