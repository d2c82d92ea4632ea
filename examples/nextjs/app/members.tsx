"use client";

// The console in a client component: the adapter is a client object (it calls fetch), so it is made
// here, not passed from the server component.
import { UserManagement } from "rosterkit";
import { createRestAdapter } from "rosterkit/adapters";
import type { Actor } from "rosterkit/core";

const adapter = createRestAdapter({ baseUrl: "/api/rosterkit" });

export function Members({ actor, workspaceId }: { readonly actor: Actor; readonly workspaceId: string }) {
  return <UserManagement adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId }} config={{ lifecycle: "archive", deployment: "cloud" }} />;
}
