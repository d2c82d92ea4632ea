import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { StrictMode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createMemoryBackend, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type * as StoreModule from "../src/core/store";
import type { RosterStore, RosterStoreOptions } from "../src/core/store";
import { defaultMessages } from "../src/react/messages";
import { MessagesProvider, RosterProvider } from "../src/react/provider";
import { StatusBadge } from "../src/react/status-badge";
import type { RosterStoreLike } from "../src/react/use-roster";
import { shallowEqual, useRosterFormat, useRosterPortalContainer, useRosterSelector, useRosterSend, useRosterStore } from "../src/react/use-roster";
import { useRosterEnvironment, useRosterMessages } from "../src/react/use-roster-environment";

/** Every store the provider creates from adapter props, with a spy on its `destroy`. */
const created = vi.hoisted(() => [] as { store: unknown; destroy: ReturnType<typeof vi.fn> }[]);

vi.mock("../src/core/store", async (importOriginal) => {
  const actual = await importOriginal<typeof StoreModule>();
  return {
    ...actual,
    createRosterStore(options: RosterStoreOptions): RosterStore {
      const store = actual.createRosterStore(options);
      const destroy = vi.fn(() => store.destroy());
      const spied = { ...store, destroy };
      created.push({ store: spied, destroy });
      return spied;
    },
  };
});

interface FakeSnapshot {
  readonly count: number;
  readonly label: string;
  readonly tags: readonly string[];
}

type FakeEvent = { readonly type: "INCREMENT" } | { readonly type: "RENAME"; readonly label: string } | { readonly type: "RETAG"; readonly tags: readonly string[] };

/** A store of the shape the provider needs: immutable snapshots, listeners called after each change. */
function createFakeStore(initial: FakeSnapshot = { count: 0, label: "a", tags: ["x"] }) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const store = {
    sent: [] as FakeEvent[],
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    send(event: FakeEvent) {
      store.sent.push(event);
      if (event.type === "INCREMENT") snapshot = { ...snapshot, count: snapshot.count + 1 };
      if (event.type === "RENAME") snapshot = { ...snapshot, label: event.label };
      if (event.type === "RETAG") snapshot = { ...snapshot, tags: event.tags };
      for (const listener of listeners) listener();
    },
    listenerCount: () => listeners.size,
  };
  return store;
}

function storeProp(store: ReturnType<typeof createFakeStore>): RosterStoreLike<unknown, never> {
  return store as unknown as RosterStoreLike<unknown, never>;
}

describe("RosterProvider and hooks", () => {
  it.each<[string, () => unknown]>([
    ["useRosterSelector", () => useRosterSelector((snapshot: FakeSnapshot) => snapshot.count)],
    ["useRosterSend", () => useRosterSend()],
    ["useRosterStore", () => useRosterStore()],
  ])("%s outside the provider throws a clear error", (name, hook) => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderHook(hook)).toThrow(`${name} must be used inside <RosterProvider>`);
    spy.mockRestore();
  });

  it("a selector re-renders its component only when its slice changes", () => {
    const store = createFakeStore();
    const renders = { count: 0, label: 0 };
    function Count(): ReactNode {
      const count = useRosterSelector((snapshot: FakeSnapshot) => snapshot.count);
      renders.count += 1;
      return <output aria-label="count">{count}</output>;
    }
    function Label(): ReactNode {
      const label = useRosterSelector((snapshot: FakeSnapshot) => snapshot.label);
      renders.label += 1;
      return <output aria-label="label">{label}</output>;
    }
    render(
      <RosterProvider store={storeProp(store)}>
        <Count />
        <Label />
      </RosterProvider>,
    );
    expect(renders).toEqual({ count: 1, label: 1 });

    act(() => store.send({ type: "INCREMENT" }));
    expect(screen.getByLabelText("count")).toHaveTextContent("1");
    expect(renders).toEqual({ count: 2, label: 1 });

    act(() => store.send({ type: "RENAME", label: "b" }));
    expect(screen.getByLabelText("label")).toHaveTextContent("b");
    expect(renders).toEqual({ count: 2, label: 2 });

    // A change that leaves both slices equal re-renders neither.
    act(() => store.send({ type: "RETAG", tags: ["y"] }));
    expect(renders).toEqual({ count: 2, label: 2 });
  });

  it("a selector that builds a new array re-renders only when isEqual says it changed", () => {
    const store = createFakeStore({ count: 0, label: "a", tags: ["x", "y"] });
    let renders = 0;
    function Tags(): ReactNode {
      const tags = useRosterSelector((snapshot: FakeSnapshot) => snapshot.tags.map((tag) => tag.toUpperCase()), shallowEqual);
      renders += 1;
      return <output aria-label="tags">{tags.join(",")}</output>;
    }
    render(
      <RosterProvider store={storeProp(store)}>
        <Tags />
      </RosterProvider>,
    );
    act(() => store.send({ type: "INCREMENT" }));
    act(() => store.send({ type: "RETAG", tags: ["x", "y"] }));
    expect(renders).toBe(1);
    act(() => store.send({ type: "RETAG", tags: ["z"] }));
    expect(screen.getByLabelText("tags")).toHaveTextContent("Z");
    expect(renders).toBe(2);
  });

  it("keeps the selection stable across re-renders caused by a parent with an inline selector", () => {
    const store = createFakeStore();
    const seen: (readonly string[])[] = [];
    function Tags(): ReactNode {
      const tags = useRosterSelector((snapshot: FakeSnapshot) => [...snapshot.tags], shallowEqual);
      seen.push(tags);
      return null;
    }
    const { rerender } = render(
      <RosterProvider store={storeProp(store)}>
        <Tags />
      </RosterProvider>,
    );
    rerender(
      <RosterProvider store={storeProp(store)}>
        <Tags />
      </RosterProvider>,
    );
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });

  it("useRosterSend is stable and sends to the store; useRosterStore returns it", () => {
    const store = createFakeStore();
    const sends: ((event: FakeEvent) => void)[] = [];
    let given: unknown;
    function Button(): ReactNode {
      const send = useRosterSend<FakeEvent>();
      sends.push(send);
      given = useRosterStore();
      const count = useRosterSelector((snapshot: FakeSnapshot) => snapshot.count);
      return (
        <button type="button" onClick={() => send({ type: "INCREMENT" })}>
          {count}
        </button>
      );
    }
    render(
      <RosterProvider store={storeProp(store)}>
        <Button />
      </RosterProvider>,
    );
    act(() => screen.getByRole("button").click());
    expect(store.sent).toEqual([{ type: "INCREMENT" }]);
    expect(screen.getByRole("button")).toHaveTextContent("1");
    expect(sends).toHaveLength(2);
    expect(sends[1]).toBe(sends[0]);
    expect(given).toBe(store);
  });

  it("unsubscribes on unmount and does not destroy a store it was given", () => {
    const store = Object.assign(createFakeStore(), { destroy: vi.fn() });
    function Count(): ReactNode {
      return useRosterSelector((snapshot: FakeSnapshot) => snapshot.count);
    }
    const { unmount } = render(
      <RosterProvider store={storeProp(store)}>
        <Count />
      </RosterProvider>,
    );
    // One for the component, one for the provider (which reads the store's lifecycle).
    expect(store.listenerCount()).toBe(2);
    unmount();
    expect(store.listenerCount()).toBe(0);
    expect(store.destroy).not.toHaveBeenCalled();
  });

  it("renders a root with the theme, direction, locale and unstyled attributes", () => {
    const store = createFakeStore();
    const { container, rerender } = render(<RosterProvider store={storeProp(store)}>x</RosterProvider>);
    const root = container.firstElementChild;
    expect(root).toHaveAttribute("data-rk-root", "styled");
    expect(root).toHaveAttribute("data-rk-theme", "light");
    expect(root).toHaveAttribute("dir", "ltr");
    expect(root).not.toHaveAttribute("data-rk-unstyled");
    expect(root).not.toHaveAttribute("lang");

    rerender(
      <RosterProvider store={storeProp(store)} locale="ar-EG" theme="auto" unstyled className="host">
        x
      </RosterProvider>,
    );
    expect(root).toHaveAttribute("dir", "rtl");
    expect(root).toHaveAttribute("lang", "ar-EG");
    expect(root).toHaveAttribute("data-rk-theme", "auto");
    expect(root).toHaveAttribute("data-rk-unstyled");
    expect(root).toHaveAttribute("data-rk-root", "unstyled");
    expect(root).toHaveClass("host");

    rerender(
      <RosterProvider store={storeProp(store)} locale="ar-EG" dir="ltr">
        x
      </RosterProvider>,
    );
    expect(root).toHaveAttribute("dir", "ltr");
  });

  it("gives menus and dialogs a portal container that mirrors the root's attributes", () => {
    const store = createFakeStore();
    let container: HTMLElement | null = null;
    function Probe(): ReactNode {
      container = useRosterPortalContainer();
      return null;
    }
    const { rerender, unmount } = render(
      <RosterProvider store={storeProp(store)} locale="he" theme="dark">
        <Probe />
      </RosterProvider>,
    );
    const portal = container as HTMLElement | null;
    expect(portal?.parentElement).toBe(document.body);
    expect(portal).toHaveAttribute("data-rk-portal");
    expect(portal).toHaveAttribute("data-rk-root", "styled");
    expect(portal).toHaveAttribute("dir", "rtl");
    expect(portal).toHaveAttribute("lang", "he");
    expect(portal).toHaveAttribute("data-rk-theme", "dark");
    rerender(
      <RosterProvider store={storeProp(store)} locale="en" unstyled>
        <Probe />
      </RosterProvider>,
    );
    expect(portal).toHaveAttribute("dir", "ltr");
    expect(portal).toHaveAttribute("data-rk-unstyled");
    expect(portal).toHaveAttribute("data-rk-root", "unstyled");
    expect(portal).toHaveAttribute("data-rk-theme", "light");
    unmount();
    expect(portal?.isConnected).toBe(false);
  });

  it("outside any provider, the hooks give the English defaults", () => {
    const { result } = renderHook(() => ({ environment: useRosterEnvironment(), messages: useRosterMessages(), format: useRosterFormat() }));
    const { environment, messages, format } = result.current;
    expect(messages).toBe(defaultMessages);
    expect(environment).toMatchObject({ messages: defaultMessages, locale: "en", dir: "ltr", timeZone: undefined, lifecycle: undefined });
    expect(format).toBe(environment.format);
    expect(format.count(1234)).toBe("1,234");
  });

  it("messages, locale and lifecycle reach the components; nested MessagesProvider merges over them", () => {
    const store = createFakeStore();
    function Probe(): ReactNode {
      const messages = useRosterMessages();
      const { format, locale, lifecycle } = useRosterEnvironment();
      return (
        <p>
          {messages.actions.deactivate} {messages.actions.reactivate} {format.count(1234)} {locale} {lifecycle}
        </p>
      );
    }
    render(
      <RosterProvider store={storeProp(store)} locale="de" lifecycle="deactivate" messages={{ actions: { deactivate: "Sperren" } }}>
        <Probe />
        <MessagesProvider messages={{ actions: { reactivate: "Entsperren" } }}>
          <Probe />
          <StatusBadge status="inactive" />
        </MessagesProvider>
      </RosterProvider>,
    );
    const [outer, inner] = screen.getAllByRole("paragraph");
    expect(outer).toHaveTextContent("Sperren Reactivate 1.234 de deactivate");
    expect(inner).toHaveTextContent("Sperren Entsperren 1.234 de deactivate");
    expect(screen.getByText("Inactive").parentElement).toHaveAttribute("data-lifecycle", "deactivate");
  });

  it("a nested MessagesProvider keeps the time zone and switches locale and direction", () => {
    const store = createFakeStore();
    function When(): ReactNode {
      const { format, dir } = useRosterEnvironment();
      return <p>{`${format.date("2026-03-04T23:30:00Z")} ${dir}`}</p>;
    }
    render(
      <RosterProvider store={storeProp(store)} locale="en" timeZone="UTC">
        <When />
        <MessagesProvider locale="he">
          <When />
        </MessagesProvider>
        <MessagesProvider timeZone="Asia/Tokyo">
          <When />
        </MessagesProvider>
      </RosterProvider>,
    );
    const [utc, hebrew, tokyo] = screen.getAllByRole("paragraph");
    expect(utc).toHaveTextContent("Mar 4, 2026 ltr");
    expect(hebrew).toHaveTextContent(/2026 rtl$/);
    expect(hebrew?.textContent).toContain("4");
    expect(tokyo).toHaveTextContent("Mar 5, 2026 ltr");
  });

  it("works under StrictMode", () => {
    const store = createFakeStore();
    function Count(): ReactNode {
      return <output aria-label="count">{useRosterSelector((snapshot: FakeSnapshot) => snapshot.count)}</output>;
    }
    render(
      <StrictMode>
        <RosterProvider store={storeProp(store)}>
          <Count />
        </RosterProvider>
      </StrictMode>,
    );
    act(() => store.send({ type: "INCREMENT" }));
    expect(screen.getByLabelText("count")).toHaveTextContent("1");
    // StrictMode's double effects leave no extra subscription: the component's and the provider's.
    expect(store.listenerCount()).toBe(2);
  });

  describe("with adapter props", () => {
    const backend = createMemoryBackend({ config: { lifecycle: "deactivate" } });
    const scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } as const;
    const adapterProps = {
      adapter: backend.as(SEED_USERS.admin),
      actor: backend.actorFor(SEED_USERS.admin),
      config: { lifecycle: "deactivate" },
      scope,
    } as const;

    function Rows(): ReactNode {
      const rows = useRosterSelector((snapshot) => snapshot.rows.length);
      const { lifecycle } = useRosterEnvironment();
      return (
        <p>
          {rows} rows, {lifecycle}
        </p>
      );
    }

    it("creates the store once, loads through it, and destroys it once on unmount", async () => {
      created.length = 0;
      const { rerender, unmount } = render(
        <RosterProvider {...adapterProps}>
          <Rows />
        </RosterProvider>,
      );
      expect(created).toHaveLength(1);
      await waitFor(() => expect(screen.getByRole("paragraph")).not.toHaveTextContent(/^0 rows/));
      expect(screen.getByRole("paragraph")).toHaveTextContent("deactivate");
      rerender(
        <RosterProvider {...adapterProps} theme="dark">
          <Rows />
        </RosterProvider>,
      );
      expect(created).toHaveLength(1);
      unmount();
      await Promise.resolve();
      expect(created[0]?.destroy).toHaveBeenCalledTimes(1);
    });

    it("keeps one live store under StrictMode and destroys it on unmount", async () => {
      created.length = 0;
      const { unmount } = render(
        <StrictMode>
          <RosterProvider {...adapterProps}>
            <Rows />
          </RosterProvider>
        </StrictMode>,
      );
      await Promise.resolve();
      expect(created).toHaveLength(1);
      expect(created[0]?.destroy).not.toHaveBeenCalled();
      await waitFor(() => expect(screen.getByRole("paragraph")).not.toHaveTextContent(/^0 rows/));
      unmount();
      await Promise.resolve();
      expect(created[0]?.destroy).toHaveBeenCalledTimes(1);
    });

    it("refuses to switch from adapter props to a store prop", () => {
      const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const { rerender } = render(<RosterProvider {...adapterProps}>x</RosterProvider>);
      expect(() => rerender(<RosterProvider store={storeProp(createFakeStore())}>x</RosterProvider>)).toThrow("new `key`");
      spy.mockRestore();
    });
  });
});
