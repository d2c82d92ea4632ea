import type { ExportMessages } from "./types";

/**
 * The users table's "Export CSV" button, in English: part of `defaultExportMessages`, in a module of its
 * own so that a table whose export dialog loads on demand bundles only the button's English at first
 * (`useMessageSection("export", defaultExportButtonMessages)`).
 */
export const defaultExportButtonMessages: Pick<ExportMessages, "trigger"> = {
  trigger: "Export CSV",
};
