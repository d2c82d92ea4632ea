// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { createRosterStore } from "../src/core/store";
import { UserManagement } from "../src/react/user-management";

function adapterFor(actorId: string) {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId });
  return { adapter, actor: adapter.backend.actorFor(actorId) };
}

describe("UserManagement on the server", () => {
  it("runs without window or document", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("R2, R16: renders the console from adapter props with react-dom/server", () => {
    const { adapter, actor } = adapterFor(SEED_USERS.superAdmin);
    const html = renderToString(
      <UserManagement adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} theme="dark" locale="en" />,
    );
    expect(html).toContain('data-scope="user-management"');
    expect(html).toContain('data-rk-theme="dark"');
    expect(html).toContain('data-scope="live-region"');
    expect(html).toContain("Invite members");
    // R2: the super admin's switcher offers "All users".
    expect(html).toContain('<option value="instance">All users</option>');
  });

  it("R2: renders the instance view for a super admin, from a store created outside React", () => {
    const { adapter, actor } = adapterFor(SEED_USERS.superAdmin);
    const store = createRosterStore({ adapter, actor, scope: { kind: "instance" } });
    try {
      const html = renderToString(<UserManagement store={store} dir="rtl" />);
      expect(html).toContain('dir="rtl"');
      expect(html).toMatch(/<h2[^>]*>All users<\/h2>/);
      expect(html).toContain('data-view="instance"');
    } finally {
      store.destroy();
    }
  });

  it("R2: a workspace admin's server render has no \"All users\" option", () => {
    const { adapter, actor } = adapterFor(SEED_USERS.admin);
    const html = renderToString(<UserManagement adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} />);
    expect(html).not.toContain("All users");
  });
});
