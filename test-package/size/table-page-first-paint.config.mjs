// size-limit entry "table-only page first paint" (.size-limit.json): a page that composes the provider,
// the users table (with its row menu) and the confirm modal on the REST adapter, without the console, as
// first-paint.mjs measures it (the modules of dist/, as Rollup, Vite and webpack see them through the
// `rosterkit` barrel).
import { firstPaint } from "./first-paint.mjs";

export default firstPaint({
  name: "table-page-first-paint",
  contents: [
    'export { RosterProvider } from "./dist/react/provider.js";',
    'export { UsersTable } from "./dist/react/users-table.js";',
    'export { ConfirmStatusModal } from "./dist/react/confirm-status-modal.js";',
    'export { createRestAdapter } from "rosterkit/adapters";',
  ].join("\n"),
});
