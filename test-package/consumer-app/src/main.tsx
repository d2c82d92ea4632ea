// A host app as the README tells it to embed the console: the package from its tarball, its stylesheet,
// and the in-memory adapter. Copied into a fresh app by test-package/consumer.test.ts.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { UserManagement } from "rosterkit";
import type { UserManagementProps } from "rosterkit";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "rosterkit/adapters";
import "rosterkit/styles.css";

const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.admin });
const props: UserManagementProps = {
  adapter,
  actor: adapter.backend.actorFor(SEED_USERS.admin),
  scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
};

const container = document.getElementById("root");
if (container === null) throw new Error("#root is missing");
createRoot(container).render(
  <StrictMode>
    <UserManagement {...props} />
  </StrictMode>,
);
