import { act, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { createRosterStore } from "../src/core/store";
import { LiveRegion, useAnnounce } from "../src/react/live-region";
import { RosterProvider } from "../src/react/provider";

function storeFor() {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 8 }), actorId: SEED_USERS.superAdmin });
  return createRosterStore({ adapter, actor: adapter.backend.actorFor(SEED_USERS.superAdmin), scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } });
}

let speak: (message: string) => void = () => undefined;
function Speaker(): ReactNode {
  speak = useAnnounce();
  return null;
}

describe("LiveRegion and useAnnounce", () => {
  it("is a polite status region in the page before anything is announced, and passes axe", async () => {
    const { container } = render(
      <RosterProvider store={storeFor()}>
        <LiveRegion />
      </RosterProvider>,
    );
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveAttribute("data-scope", "live-region");
    expect(region).toBeEmptyDOMElement();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("announces what any component of the same provider says, and a repeated sentence as a new node", () => {
    render(
      <RosterProvider store={storeFor()}>
        <Speaker />
        <LiveRegion />
      </RosterProvider>,
    );
    act(() => speak("Ada Lovelace is now archived."));
    const region = screen.getByRole("status");
    expect(region).toHaveTextContent("Ada Lovelace is now archived.");
    const first = region.firstElementChild;
    act(() => speak("Ada Lovelace is now archived."));
    expect(region).toHaveTextContent("Ada Lovelace is now archived.");
    expect(region.firstElementChild).not.toBe(first);
    act(() => speak("   "));
    expect(region).toHaveTextContent("Ada Lovelace is now archived.");
  });

  it("keeps providers apart, and only the first region of a provider speaks", () => {
    render(
      <>
        <RosterProvider store={storeFor()}>
          <Speaker />
          <LiveRegion />
          <LiveRegion />
        </RosterProvider>
        <RosterProvider store={storeFor()}>
          <LiveRegion />
        </RosterProvider>
      </>,
    );
    act(() => speak("Saved."));
    const regions = screen.getAllByRole("status");
    expect(regions.map((region) => region.textContent)).toEqual(["Saved.", "", ""]);
  });

  it("clears an announcement after a while, so browsing does not read it again", () => {
    vi.useFakeTimers();
    try {
      render(
        <RosterProvider store={storeFor()}>
          <Speaker />
          <LiveRegion clearAfterMs={1000} />
        </RosterProvider>,
      );
      act(() => speak("Invitation link copied."));
      expect(screen.getByRole("status")).toHaveTextContent("Invitation link copied.");
      act(() => vi.advanceTimersByTime(1000));
      expect(screen.getByRole("status")).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });
});
