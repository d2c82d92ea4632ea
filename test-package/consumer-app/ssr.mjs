// Server rendering in plain Node (no bundler): the package's ESM as Node resolves it through `exports`.
// Prints one JSON object; run by test-package/consumer.test.ts in the fresh app.
/* global process */
import { createElement, version } from "react";
import { renderToString } from "react-dom/server";
import { UserManagement } from "rosterkit";
import { createRosterStore } from "rosterkit/core";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "rosterkit/adapters";
import { ar } from "rosterkit/locales/ar";

const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.admin });
const actor = adapter.backend.actorFor(SEED_USERS.admin);
const scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE };

// The console from adapter props, as a page renders it before the list has loaded.
const shell = renderToString(createElement(UserManagement, { adapter, actor, scope }));
// The same in Arabic, from a shipped locale entry (a wildcard export, `rosterkit/locales/*`).
const arabicShell = renderToString(createElement(UserManagement, { adapter, actor, scope, locale: ar.locale, messages: ar.messages }));

// From a store loaded on the server first, so that the HTML holds the rows: a store's server snapshot is
// its first one (what hydration renders), so the loaded snapshot is opted into as the server snapshot.
const store = createRosterStore({ adapter, actor, scope });
const status = await new Promise((resolve) => {
  const settled = () => ["ready", "error"].includes(store.getSnapshot().list.status);
  if (settled()) return resolve(store.getSnapshot().list.status);
  const stop = store.subscribe(() => {
    if (!settled()) return;
    stop();
    resolve(store.getSnapshot().list.status);
  });
});
const loaded = renderToString(createElement(UserManagement, { store: { ...store, getServerSnapshot: store.getSnapshot } }));
store.destroy();

process.stdout.write(JSON.stringify({ react: version, status, shell, arabicShell, loaded }));
