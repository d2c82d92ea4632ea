/**
 * The bare floor: the same rows with no Rosterkit. A plain TanStack Table v9 over an array of members,
 * a Radix DropdownMenu mounted in every rendered row (non-modal, as the kit's), one Radix Dialog to
 * confirm, and the naive optimistic update: the member is replaced in the data array, so TanStack
 * rebuilds its rows. Server-paged mode asks the same memory backend for a page of 50 on every search or
 * sort; long-list mode holds the whole array, filters and sorts it with TanStack's row models and
 * virtualises it with @tanstack/react-virtual.
 * @module
 */
import * as Dialog from "@radix-ui/react-dialog";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import type { CellContext, ColumnDef, Row, SortingState } from "@tanstack/react-table";
import {
  FlexRender,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import type { RosterAdapter } from "../src/core/adapter.types";
import type { Member } from "../src/core/domain.types";
import "./floor.css";
import type { Impl } from "./impl";
import { PAGE_SIZE, SCOPE } from "./shared";

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { text: sortFn_text },
});
type Features = typeof features;
type Cell = CellContext<Features, Member, unknown>;

const helper = createColumnHelper<Features, Member>();
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** What a row's cells need from the app: open the confirm dialog for a member. */
let requestArchive: (member: Member) => void = () => undefined;

function RowMenu({ member }: { readonly member: Member }): ReactNode {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger data-menu-trigger="" aria-label={`Actions for ${member.name}`}>
        ⋮
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content data-floor-menu="" align="end" sideOffset={4} className="floor-menu">
          <DropdownMenu.Item data-action="details">View details</DropdownMenu.Item>
          {member.status === "active" || member.status === "invited" || member.status === "requested" ? (
            <DropdownMenu.Item data-action="archive" onSelect={() => requestArchive(member)}>
              Archive
            </DropdownMenu.Item>
          ) : (
            <DropdownMenu.Item data-action="unarchive">Unarchive</DropdownMenu.Item>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

const columns = helper.columns([
  helper.accessor((member) => member.name, {
    id: "name",
    header: "Name",
    sortFn: "text",
    cell: ({ row }: Cell) => (
      <div className="floor-member">
        <span data-floor-name="">{row.original.name}</span>
        <span data-floor-email="">{row.original.email}</span>
      </div>
    ),
  }),
  helper.accessor((member) => member.role ?? "", { id: "role", header: "Role", enableGlobalFilter: false, enableSorting: false }),
  helper.accessor((member) => member.groups.join(", "), { id: "groups", header: "Groups", enableGlobalFilter: false, enableSorting: false }),
  helper.accessor((member) => member.status, {
    id: "status",
    header: "Status",
    enableGlobalFilter: false,
    enableSorting: false,
    cell: ({ row }: Cell) => (
      <span data-floor-badge="" data-status={row.original.status}>
        {row.original.status}
      </span>
    ),
  }),
  helper.accessor((member) => member.invitedAt, {
    id: "invitedAt",
    header: "Invited",
    enableGlobalFilter: false,
    enableSorting: false,
    cell: ({ row }: Cell) => dateFormat.format(new Date(row.original.invitedAt)),
  }),
  helper.accessor((member) => member.lastActiveAt ?? "", {
    id: "lastActiveAt",
    header: "Last active",
    enableGlobalFilter: false,
    sortFn: "text",
    cell: ({ row }: Cell) => (row.original.lastActiveAt ? dateFormat.format(new Date(row.original.lastActiveAt)) : "Never"),
  }),
  helper.display({ id: "actions", header: "", cell: ({ row }: Cell) => <RowMenu member={row.original} /> }),
]) as ColumnDef<Features, Member, unknown>[];

function FloorRow({ row, index, measure }: { readonly row: Row<Features, Member>; readonly index?: number; readonly measure?: (element: HTMLTableRowElement | null) => void }): ReactNode {
  return (
    <tr data-floor-row="" data-member-id={row.original.id} data-index={index} ref={measure}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}
FloorRow.displayName = "FloorRow";

interface FloorAppProps {
  readonly mode: "paged" | "long";
  readonly adapter: RosterAdapter;
  /** Long-list mode: every member. */
  readonly all: readonly Member[];
}

function FloorApp({ mode, adapter, all }: FloorAppProps): ReactNode {
  const [data, setData] = useState<Member[]>(() => (mode === "long" ? all.slice() : []));
  const [search, setSearch] = useState("");
  const [sorting, setSorting] = useState<SortingState>([{ id: "name", desc: false }]);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const viewport = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (mode !== "paged") return undefined;
    const controller = new AbortController();
    const sort = sorting[0];
    adapter
      .listMembers({
        scope: SCOPE,
        search,
        statuses: [],
        roles: [],
        sort: { field: sort?.id === "lastActiveAt" ? "lastActiveAt" : "name", direction: sort?.desc ? "desc" : "asc" },
        page: { kind: "offset", offset: 0, limit: PAGE_SIZE },
        signal: controller.signal,
      })
      .then(
        (page) => {
          if (!controller.signal.aborted) setData(page.members.slice());
        },
        () => undefined,
      );
    return () => controller.abort();
  }, [mode, adapter, search, sorting]);

  requestArchive = setConfirming;

  const replace = (member: Member) => setData((rows) => rows.map((row) => (row.id === member.id ? member : row)));
  const confirm = () => {
    const member = confirming;
    if (!member) return;
    setConfirming(null);
    replace({ ...member, status: "archived" });
    adapter
      .changeStatus({ scope: SCOPE, memberId: member.id, action: "archive", expectedVersion: member.version, idempotencyKey: crypto.randomUUID(), signal: new AbortController().signal })
      .then(
        (result) => replace(result.member),
        () => replace(member),
      );
  };

  const local = mode === "long";
  const table = useTable(
    {
      features,
      columns,
      data,
      getRowId: (member) => member.id,
      manualSorting: !local,
      manualFiltering: !local,
      enableSortingRemoval: false,
      globalFilterFn: (row, _columnId, value: string) => {
        const member = row.original;
        const needle = value.toLowerCase();
        return member.name.toLowerCase().includes(needle) || member.email.toLowerCase().includes(needle);
      },
      state: { sorting, globalFilter: search },
      onSortingChange: setSorting,
      onGlobalFilterChange: setSearch,
    },
    (state) => ({ sorting: state.sorting, globalFilter: state.globalFilter }),
  );
  const rows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: local ? rows.length : 0,
    getScrollElement: () => viewport.current,
    estimateSize: () => 52,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  const header = (
    <thead>
      <tr>
        {table.getHeaderGroups()[0]?.headers.map((h) => (
          <th key={h.id} data-column={h.column.id}>
            {h.column.getCanSort() ? (
              <button type="button" data-floor-sort="" onClick={() => h.column.toggleSorting(h.column.getIsSorted() === "asc")}>
                <FlexRender header={h} /> {h.column.getIsSorted() === "desc" ? "▼" : "▲"}
              </button>
            ) : (
              <FlexRender header={h} />
            )}
          </th>
        ))}
      </tr>
    </thead>
  );

  let body: ReactNode;
  if (local) {
    const items = virtualizer.getVirtualItems();
    const before = items[0]?.start ?? 0;
    const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
    body = (
      <tbody>
        {before > 0 ? (
          <tr aria-hidden="true">
            <td colSpan={columns.length} style={{ height: before, padding: 0, border: 0 }} />
          </tr>
        ) : null}
        {items.map((item) => {
          const row = rows[item.index];
          return row ? <FloorRow key={row.id} row={row} index={item.index} measure={virtualizer.measureElement} /> : null;
        })}
        {after > 0 ? (
          <tr aria-hidden="true">
            <td colSpan={columns.length} style={{ height: after, padding: 0, border: 0 }} />
          </tr>
        ) : null}
      </tbody>
    );
  } else {
    body = (
      <tbody>
        {rows.map((row) => (
          <FloorRow key={row.id} row={row} />
        ))}
      </tbody>
    );
  }

  return (
    <div className="floor">
      <input type="search" data-floor-search="" aria-label="Search" value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
      <div ref={viewport} className="floor-viewport" style={local ? { maxHeight: "32rem", overflow: "auto" } : undefined}>
        <table>
          {header}
          {body}
        </table>
      </div>
      <Dialog.Root open={confirming !== null} onOpenChange={(open) => (open ? undefined : setConfirming(null))}>
        <Dialog.Portal>
          <Dialog.Overlay className="floor-overlay" />
          <Dialog.Content data-floor-modal="" className="floor-modal">
            <Dialog.Title>Archive {confirming?.name}?</Dialog.Title>
            <Dialog.Description>They lose access to this workspace. Nothing is deleted.</Dialog.Description>
            <Dialog.Close>Cancel</Dialog.Close>
            <button type="button" data-floor-confirm="" onClick={confirm}>
              Archive
            </button>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}

export function floorImpl(props: FloorAppProps): Impl {
  return {
    name: "floor",
    mount(container) {
      const root = createRoot(container);
      root.render(<FloorApp {...props} />);
      return () => root.unmount();
    },
    selectors: {
      row: "tr[data-floor-row]",
      rowName: "[data-floor-name]",
      rowEmail: "[data-floor-email]",
      badge: "[data-floor-badge]",
      search: "input[data-floor-search]",
      sortByName: 'th[data-column="name"] button[data-floor-sort]',
      sortByLastActive: 'th[data-column="lastActiveAt"] button[data-floor-sort]',
      menuTrigger: "button[data-menu-trigger]",
      menu: '[data-floor-menu][role="menu"]',
      archiveItem: '[data-floor-menu] [role="menuitem"][data-action="archive"]',
      modal: '[data-floor-modal][role="dialog"]',
      confirm: "button[data-floor-confirm]",
      scroller: ".floor-viewport",
    },
  };
}
