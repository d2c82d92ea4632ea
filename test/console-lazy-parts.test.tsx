import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { RosterErrorBoundary } from "../src/react/error-boundary";
import { lazyModule, useLazyModule } from "../src/react/lazy-module";
import { RosterProvider } from "../src/react/provider";
import { UserManagement } from "../src/react/user-management";

/**
 * Pay for what you use (issue 11): `<UserManagement>` renders its header, table, row menus and confirm
 * modal at once, and downloads the invite dialog, the member's details and the activity log the first
 * time each is asked for, with a pending state meanwhile. This file imports none of those three modules,
 * and the first asks below use events without pointer or focus (no prefetch), so each pending state
 * proves its module was not loaded by the first render. Module state lasts for the file: the first test
 * is the first ask of each part.
 */

function setup(actorId: string = SEED_USERS.superAdmin) {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId });
  render(<UserManagement adapter={adapter} actor={adapter.backend.actorFor(actorId)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} />);
}

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-scope="live-region"]');
  if (!region) throw new Error("no live region");
  return region;
}

describe("UserManagement loads its invite dialog, details panel and activity log on demand", () => {
  it("R5, R21, R28: each part shows a pending state the first time it is asked for, then itself, with focus where it belongs", async () => {
    setup();
    const [menu] = await screen.findAllByRole("button", { name: /^Actions for / }, { timeout: 3000 });
    if (!menu) throw new Error("no row menu");
    const invite = screen.getByRole("button", { name: "Invite members" });
    // The first paint: the button alone, no dialog code behind it yet (Radix's trigger would control a dialog).
    expect(invite).not.toHaveAttribute("aria-controls");
    expect(invite).toHaveAttribute("aria-haspopup", "dialog");

    fireEvent.click(invite);
    expect(invite).toHaveAttribute("aria-busy", "true");
    expect(invite).toHaveAccessibleDescription("Opening the invite form…");
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Opening the invite form…"));
    const dialog = await screen.findByRole("dialog", { name: "Invite members" });
    await waitFor(() => expect(within(dialog).getByRole("textbox", { name: /Name/ })).toHaveFocus());
    fireEvent.keyDown(document.activeElement ?? dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // Focus returns to the button, now the dialog's own trigger, which opens at once from then on.
    const trigger = screen.getByRole("button", { name: "Invite members" });
    expect(trigger).toHaveFocus();
    expect(trigger).not.toHaveAttribute("aria-busy");

    // The member's details, from a row menu opened and chosen by key and click events alone.
    fireEvent.keyDown(menu, { key: "Enter" });
    fireEvent.click(await screen.findByRole("menuitem", { name: "View details" }));
    const pending = document.querySelector('[data-part="loading"][data-for="details"]');
    expect(pending).toHaveTextContent("Loading the member's details…");
    expect(pending).toHaveAttribute("role", "status");
    expect(pending).toHaveFocus();
    const panel = await screen.findByRole("region", { name: /^Details of / });
    await waitFor(() => expect(within(panel).getByRole("button", { name: "Close details" })).toHaveFocus());
    expect(document.querySelector('[data-part="loading"]')).toBeNull();

    // The activity log, from the "Activity" button clicked without pointer or focus.
    fireEvent.click(screen.getByRole("button", { name: "Activity", pressed: false }));
    expect(document.querySelector('[data-part="loading"][data-for="activity"]')).toHaveTextContent("Loading the activity…");
    expect(await screen.findByRole("region", { name: "Activity" })).toBeInTheDocument();
    expect(document.querySelector('[data-part="loading"]')).toBeNull();
  });

  it("R3: an actor who may not invite gets the disabled button with its reason, and nothing is loaded for it", async () => {
    setup(SEED_USERS.endUser);
    const invite = await screen.findByRole("button", { name: "Invite members" });
    await waitFor(() => expect(invite).toHaveAttribute("aria-disabled", "true"));
    expect(invite).toHaveAccessibleDescription(/admin/i);
    fireEvent.click(invite);
    expect(invite).not.toHaveAttribute("aria-busy");
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

describe("a part whose download fails", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function Part({ part }: { readonly part: ReturnType<typeof lazyModule<(props: { readonly label: string }) => ReactNode>> }): ReactNode {
    const Loaded = useLazyModule(part, true);
    return Loaded === undefined ? <p>Waiting</p> : <Loaded label="The part" />;
  }

  it("R21: shows its error boundary with Try again, which downloads it again and shows it", async () => {
    let attempts = 0;
    const part = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return ({ label }: { readonly label: string }) => <p>{label}</p>;
    });
    const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 2 }), actorId: SEED_USERS.superAdmin });
    const failures: unknown[] = [];
    // React reports the caught error on the console; the test checks the boundary's `onError` instead.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <RosterProvider adapter={adapter} actor={adapter.backend.actorFor(SEED_USERS.superAdmin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
        <RosterErrorBoundary part="details" onError={(error) => failures.push(error)}>
          <Part part={part} />
        </RosterErrorBoundary>
      </RosterProvider>,
    );
    expect(screen.getByText("Waiting")).toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The member's details could not be shown because of an error.");
    expect(failures).toEqual([expect.objectContaining({ message: "Failed to fetch dynamically imported module" })]);
    await act(async () => fireEvent.click(within(alert).getByRole("button", { name: "Try again" })));
    expect(await screen.findByText("The part")).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it("a failed prefetch is forgotten: the real ask downloads again", async () => {
    let attempts = 0;
    const part = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError("offline");
      return "loaded";
    });
    part.prefetch();
    await waitFor(() => expect(attempts).toBe(1));
    await expect(part.load()).resolves.toBe("loaded");
    expect(part.current()).toBe("loaded");
    await part.load();
    expect(attempts).toBe(2);
  });
});
