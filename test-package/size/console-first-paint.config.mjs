// size-limit entry "console first paint" (.size-limit.json): what `<UserManagement>` on the REST adapter
// downloads before it renders (first-paint.mjs). From the component's own module in dist/, as Rollup,
// Vite and webpack see it through the `rosterkit` barrel (they drop the barrel's unused re-exports before
// splitting; esbuild does not, see SIZE.md).
import { firstPaint } from "./first-paint.mjs";

export default firstPaint({
  name: "console-first-paint",
  contents: [
    'export { RosterProvider } from "./dist/react/provider.js";',
    'export { UserManagement } from "./dist/react/user-management.js";',
    'export { createRestAdapter } from "rosterkit/adapters";',
  ].join("\n"),
});
