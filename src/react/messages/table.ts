import type { TableMessages } from "./types";

/**
 * The users table: toolbar, columns, states, pagination, bulk actions (R25), in English: the default of
 * `messages.table`. A module of its own, so that only the components that render this section bundle it; a
 * host's overrides of `messages.table` are merged over it (`useMessageSection("table",
 * defaultTableMessages)`).
 */
export const defaultTableMessages: TableMessages = {
  workspaceCaption: ({ workspace }) => `Members of ${workspace}`,
  instanceCaption: "All users",
  columns: {
    name: "Name",
    email: "Email",
    status: "Status",
    role: "Role",
    groups: "Groups",
    invitedAt: "Invited",
    lastActiveAt: "Last active",
    workspaces: "Workspaces",
    actions: "Actions",
  },
  sortBy: ({ column }) => `Sort by ${column}`,
  sortedAscending: "sorted ascending",
  sortedDescending: "sorted descending",
  searchLabel: "Search members",
  searchPlaceholder: "Search by name or email",
  clearSearch: "Clear search",
  statusFilterLabel: "Status",
  roleFilterLabel: "Role",
  allStatuses: "All statuses",
  allRoles: "All roles",
  clearFilters: "Clear filters",
  loading: "Loading members…",
  empty: "No members yet",
  emptyHint: "Invite people to give them access.",
  noMatches: "No members match",
  noMatchesHint: "Try another search or clear the filters.",
  errorTitle: "Members could not be loaded",
  retry: "Try again",
  scrollHint: "Scroll sideways to see every column.",
  paginationLabel: "Pagination",
  pageRange: ({ from, to, total }, f) =>
    total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} of ${f.count(total)}`,
  pageOf: ({ page, pages }, f) => `Page ${f.count(page)} of ${f.count(pages)}`,
  previousPage: "Previous page",
  nextPage: "Next page",
  firstPage: "First page",
  lastPage: "Last page",
  pageSize: "Rows per page",
  billableSeats: ({ count }, f) => f.plural(count, { one: "# billable seat", other: "# billable seats" }),
  memberCount: ({ count }, f) => f.plural(count, { "=0": "No members", one: "# member", other: "# members" }),
  selectRow: ({ name }) => `Select ${name}`,
  selectPage: "Select every member on this page",
  selectedCount: ({ count }, f) => f.plural(count, { one: "# selected", other: "# selected" }),
  clearSelection: "Clear selection",
  selectionToggle: "Select",
  selectionOn: "Selection on: each row now has a checkbox.",
  selectionOff: "Selection off.",
  bulkArchive: "Archive selected",
  bulkDeactivate: "Deactivate selected",
  bulkTitle: ({ count, action }, f) =>
    f.plural(count, action === "archive" ? { one: "Archive # member?", other: "Archive # members?" } : { one: "Deactivate # member?", other: "Deactivate # members?" }),
  bulkDescription: ({ action }) =>
    `${action === "archive" ? "Archived members lose access to this workspace and their pending invitations stop working." : "Deactivated members can no longer sign in."} Each member is changed on its own: members you may not change are skipped, and every result is listed. Nothing is deleted.`,
  bulkConfirm: ({ count, action }, f) =>
    f.plural(count, action === "archive" ? { one: "Archive # member", other: "Archive # members" } : { one: "Deactivate # member", other: "Deactivate # members" }),
  bulkApplying: "Applying…",
  bulkResultsLabel: "Results",
  bulkSucceeded: ({ name, status }) => `${name}: now ${status.toLowerCase()}.`,
  bulkRefused: ({ name, reason }) => `${name}: not changed. ${reason}`,
  bulkFailed: ({ name, reason }) => `${name}: failed. ${reason}`,
  bulkWaiting: ({ name }) => `${name}: waiting…`,
  bulkSummary: ({ succeeded, refused, failed }, f) =>
    [`${f.count(succeeded)} changed`, ...(refused > 0 ? [`${f.count(refused)} refused`] : []), ...(failed > 0 ? [`${f.count(failed)} failed`] : [])].join(", ") + ".",
  close: "Close",
  unsupported: ({ feature }) =>
    `The server cannot ${{ search: "search", filterByStatus: "filter by status", filterByRole: "filter by role", filterByMetadata: "filter by this field", sort: "sort by this column", page: "go to this page" }[feature]}; filtering only the page shown would hide members.`,
  membershipCount: ({ count }, f) => f.plural(count, { "=0": "No workspaces", one: "# workspace", other: "# workspaces" }),
  noMetadataValue: "Not set",
  anyValue: "Any",
};
