import { afterEach, describe, expect, it } from "vitest";
import { SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters/memory/seed";
import type { InviteeInput } from "../src/core/adapter.types";
import { resolveConfig } from "../src/core/config";
import { validateInviteeInput } from "../src/core/validation";
import { live } from "./support/async";
import { checkingFetch } from "./openapi-validator";
import { STRICT_BASE_URL, STRICT_METADATA_BYTES, stricterServer } from "./support/stricter-server";

/**
 * A client and a server configured apart (issue 9, R5, R6): the server refuses an invitee the client's
 * check passed, and says why by code and values, over HTTP as the OpenAPI document describes, so that
 * the client words it in its host's language instead of showing the server's English.
 */
const metadata = { team: "design and research", site: "Lyon" };
const ada: InviteeInput = { name: "Ada Lovelace", email: "ada@example.com", role: "builder", groups: [], metadata };
const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
const drift: string[] = [];

afterEach(() => {
  expect(drift.splice(0), "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
});

describe("a server stricter than its client", () => {
  it("R5, R6: refuses what the client passed with each field's code and values, which the REST adapter surfaces as { field, code, params }", async () => {
    expect(validateInviteeInput(ada, resolveConfig()).ok).toBe(true);
    expect(bytes).toBeGreaterThan(STRICT_METADATA_BYTES);
    const server = stricterServer();
    const admin = server.adapterFor(SEED_USERS.admin, checkingFetch(STRICT_BASE_URL, drift, server.fetch));
    const { results } = await admin.inviteMembers({ workspaceId: SEED_FIRST_WORKSPACE, invitees: [ada], idempotencyKey: "strict-1", signal: live() });
    expect(results).toHaveLength(1);
    const [result] = results;
    if (result?.ok !== false) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
    expect(result.error.code).toBe("validation");
    expect(result.error.issues).toEqual([
      { field: "role", code: "role_unknown", params: { role: "builder", roles: ["Admin", "End user"] } },
      { field: "metadata", code: "metadata_too_large", params: { bytes, limit: STRICT_METADATA_BYTES } },
    ]);
    // The English stays for developers, field by field.
    expect(Object.keys(result.error.fieldErrors).sort()).toEqual(["metadata", "role"]);
  });

  it("R26: a replay of the refused invite answers the same coded issues", async () => {
    const { adapterFor } = stricterServer();
    const admin = adapterFor(SEED_USERS.admin);
    const params = { workspaceId: SEED_FIRST_WORKSPACE, invitees: [{ ...ada, role: "admin" }], idempotencyKey: "strict-2", signal: live() };
    const first = await admin.inviteMembers(params);
    expect(await admin.inviteMembers(params)).toEqual(first);
    expect(first.results[0]).toMatchObject({ ok: false, error: { issues: [{ field: "metadata", code: "metadata_too_large" }] } });
  });
});
