import { readFileSync } from "node:fs";
import { join } from "node:path";
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
  it.each(MEMBER_STATUSES)("R23: shows %s as text, with one class per part and the icon left to the stylesheet", (status) => {
    const { container } = render(<StatusBadge status={status} />);
    const root = container.querySelector('[data-scope="status-badge"][data-part="root"]');
    expect(root).not.toBeNull();
    expect(root).toHaveAttribute("data-status", status);
    expect(root).toHaveClass("rk-status-badge", { exact: true });
    expect(root).toHaveTextContent(LABELS[status]);
    // Two elements per badge, nothing for the icon (a ::before in the theme): every row has a badge.
    expect(root?.querySelectorAll("*")).toHaveLength(1);
    // The accessible text is the label alone.
    const label = screen.getByText(LABELS[status]);
    expect(label).toHaveAttribute("data-part", "label");
    expect(label).toHaveClass("rk-status-badge__label", { exact: true });
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

  it("R23: the theme gives each status its own icon, drawn in the text colour and kept in forced colours", () => {
    const css = readFileSync(join(process.cwd(), "src/styles/rosterkit.css"), "utf8");
    const iconOf = (selector: string) => {
      const start = css.indexOf(`${selector} {`);
      expect(start, selector).toBeGreaterThan(-1);
      return /mask-image: (url\("data:image\/svg\+xml,[^"]+"\))/.exec(css.slice(start, css.indexOf("}", start)))?.[1];
    };
    const base = ':where([data-rk-root="styled"]) .rk-status-badge';
    // "inactive" has the base rule's icon; every other status replaces it.
    const icons = MEMBER_STATUSES.map((status) => iconOf(status === "inactive" ? `${base}::before` : `${base}[data-status="${status}"]::before`));
    expect(icons.every((icon) => icon !== undefined)).toBe(true);
    expect(new Set(icons).size).toBe(MEMBER_STATUSES.length);
    expect(css.slice(css.indexOf(`${base}::before {`))).toMatch(/^[^}]*background-color: currentColor;/);
    // A mask is filled by its background, which forced colours would paint Canvas (invisible): not this one.
    const forced = css.slice(css.indexOf("@media (forced-colors: active)"));
    expect(forced).toMatch(/\.rk-status-badge::before \{\s*forced-color-adjust: none;\s*background-color: CanvasText;/);
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
    expect(badge).toHaveClass("rk-status-badge", "mine", { exact: true });
    expect(badge).toHaveAttribute("id", "badge");
    expect(badge).toHaveAttribute("data-scope", "status-badge");
  });
});
