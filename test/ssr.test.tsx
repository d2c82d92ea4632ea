// @vitest-environment node
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createMemoryBackend, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterAdapter } from "../src/core/adapter.types";
import { RosterProvider } from "../src/react/provider";
import { StatusBadge } from "../src/react/status-badge";
import type { RosterStoreLike } from "../src/react/use-roster";
import { useRosterFormat, useRosterSelector } from "../src/react/use-roster";

interface ServerSnapshot {
  readonly total: number;
}

function staticStore(snapshot: ServerSnapshot, serverSnapshot?: ServerSnapshot): RosterStoreLike<unknown, never> {
  return {
    subscribe: () => () => undefined,
    getSnapshot: () => snapshot,
    ...(serverSnapshot === undefined ? {} : { getServerSnapshot: () => serverSnapshot }),
    send: () => undefined,
  };
}

function Total(): ReactNode {
  const total = useRosterSelector((snapshot: ServerSnapshot) => snapshot.total);
  const format = useRosterFormat();
  return <p>{format.plural(total, { one: "# member", other: "# members" })}</p>;
}

describe("server rendering", () => {
  it("runs in an environment without window or document", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("R23: renders the provider, a selector and status badges to a string", () => {
    const html = renderToString(
      <RosterProvider store={staticStore({ total: 1234 })} locale="en" theme="auto">
        <Total />
        <StatusBadge status="active" />
        <StatusBadge status="archived" lifecycle="archive" />
      </RosterProvider>,
    );
    expect(html).toContain('data-rk-root="styled"');
    expect(html).toContain('data-rk-theme="auto"');
    expect(html).toContain('dir="ltr"');
    expect(html).toContain("1,234 members");
    expect(html).toContain('data-status="active"');
    expect(html).toContain(">Active</span>");
    expect(html).toContain(">Archived</span>");
    // The badge's icon is the stylesheet's (a ::before): nothing of it in the markup but the class.
    expect(html).toContain('class="rk-status-badge"');
    expect(html).not.toContain("<svg");
  });

  it("uses the store's server snapshot when it has one", () => {
    const html = renderToString(
      <RosterProvider store={staticStore({ total: 5 }, { total: 1 })}>
        <Total />
      </RosterProvider>,
    );
    expect(html).toContain("1 member<");
  });

  it("renders right to left and unstyled roots on the server", () => {
    const html = renderToString(
      <RosterProvider store={staticStore({ total: 3 })} locale="ar" unstyled>
        <Total />
      </RosterProvider>,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('lang="ar"');
    expect(html).toContain("data-rk-unstyled");
  });

  it("renders a StatusBadge alone, without any provider", () => {
    expect(renderToString(<StatusBadge status="requested" />)).toContain(">Requested</span>");
  });

  it("with adapter props, renders the first snapshot and stops the store's requests (no effect runs on the server)", () => {
    const backend = createMemoryBackend();
    const inner = backend.as(SEED_USERS.admin);
    const signals: AbortSignal[] = [];
    const adapter: RosterAdapter = {
      ...inner,
      listMembers: (params) => {
        signals.push(params.signal);
        return inner.listMembers(params);
      },
    };
    function Rows(): ReactNode {
      return <p>{useRosterSelector((snapshot) => snapshot.list.status)}</p>;
    }
    const html = renderToString(
      <RosterProvider adapter={adapter} actor={backend.actorFor(SEED_USERS.admin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
        <Rows />
        <StatusBadge status="invited" />
      </RosterProvider>,
    );
    expect(html).toContain(">Invited</span>");
    expect(html).toContain('data-lifecycle="archive"');
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });
});
