/**
 * Rosterkit as a host mounts it: a store over the adapter, `<RosterProvider store>`, `<UsersTable>` and
 * `<ConfirmStatusModal>`, with the kit's stylesheet. Search debounce is 0 (the kit's 250 ms default is a
 * UX delay, not a cost); everything else is the default (`virtualize="auto"`, threshold 100).
 * @module
 */
import { createRoot } from "react-dom/client";
import type { RosterAdapter } from "../src/core/adapter.types";
import type { Actor } from "../src/core/domain.types";
import { localListQuery } from "../src/core/list.machine";
import { createRosterStore } from "../src/core/store";
import { ConfirmStatusModal, RosterProvider, UsersTable } from "../src/react";
import "../src/styles/rosterkit.css";
import type { Impl } from "./impl";
import { SCOPE } from "./shared";

export interface KitOptions {
  readonly adapter: RosterAdapter;
  readonly actor: Actor;
  readonly pageSize: number;
}

export function kitImpl({ adapter, actor, pageSize }: KitOptions): Impl {
  return {
    name: "rosterkit",
    mount(container) {
      // The local mode for the long-list runs, whose adapter answers every member at once.
      const store = createRosterStore({ adapter, actor, scope: SCOPE, pageSize, config: { lifecycle: "archive", deployment: "cloud" }, localQuery: localListQuery });
      const root = createRoot(container);
      root.render(
        <RosterProvider store={store}>
          <UsersTable searchDebounceMs={0} />
          <ConfirmStatusModal />
        </RosterProvider>,
      );
      return () => {
        root.unmount();
        store.destroy();
      };
    },
    selectors: {
      row: '[data-scope="users-table"][data-part="row"]',
      rowName: '[data-part="member-name"]',
      rowEmail: '[data-part="member-email"]',
      badge: '[data-scope="status-badge"][data-part="root"]',
      search: '[data-scope="users-table"][data-part="search-input"]',
      sortByName: 'th[data-column="member"] [data-part="sort-trigger"]',
      sortByLastActive: 'th[data-column="lastActiveAt"] [data-part="sort-trigger"]',
      menuTrigger: '[data-scope="member-actions"][data-part="trigger"]',
      menu: '[data-scope="member-actions"][data-part="content"][role="menu"]',
      archiveItem: '[data-scope="member-actions"][data-part="item"][data-action="archive"]:not([data-disabled])',
      modal: '[data-scope="confirm-status"][role="alertdialog"]',
      confirm: '[data-scope="confirm-status"][data-part="confirm"]',
      scroller: '[data-scope="users-table"][data-part="viewport"]',
    },
  };
}
