import { defaultExportButtonMessages } from "./export-button";
import type { ExportMessages } from "./types";

/**
 * The CSV export of the users table's view (R25), in English: the default of `messages.export`. A module
 * of its own, so that only the components that render this section bundle it; a host's overrides of
 * `messages.export` are merged over it (`useMessageSection("export", defaultExportMessages)`).
 */
export const defaultExportMessages: ExportMessages = {
  trigger: defaultExportButtonMessages.trigger,
  title: "Export members as CSV",
  description: ({ filtered }) =>
    `${filtered ? "Every member that matches the current search and filters" : "Every member of this list"}, in the current sort order, across all pages.`,
  columnsLegend: "Columns",
  columns: {
    name: "Name",
    email: "Email",
    status: "Status",
    role: "Role",
    groups: "Groups",
    invitedAt: "Invited",
    lastActiveAt: "Last active",
    metadata: "All metadata (JSON)",
  },
  noColumns: "Choose at least one column.",
  submit: "Export",
  cancel: "Cancel",
  progress: ({ count }, f) => f.plural(count, { "=0": "Exporting…", one: "Exporting… # member so far", other: "Exporting… # members so far" }),
  stop: "Stop export",
  done: ({ count, fileName }, f) => f.plural(count, { "=0": `No members exported to ${fileName}.`, one: `# member exported to ${fileName}.`, other: `# members exported to ${fileName}.` }),
  failed: ({ reason }) => `The export failed: ${reason} Your choice is kept; try again.`,
  retry: "Try again",
  close: "Close",
};
