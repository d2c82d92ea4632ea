import { describe, expect, it } from "vitest";
import type { Member } from "../src/core";
import type { InviteEvent, InviteState } from "../src/core/invite.machine";
import { RosterError, resolveConfig } from "../src/core";
import { createInviteState, inviteTransition } from "../src/core/invite.machine";
import { denial } from "../src/core/policy";
import { runEvents } from "./support/machine";
import { makeMember } from "./support/member-fixture";

const config = resolveConfig();
const submit = (idempotencyKey = "key-1"): Extract<InviteEvent, { type: "INVITE.SUBMIT" }> => ({ type: "INVITE.SUBMIT", workspaceId: "ws-1", decision: { ok: true }, idempotencyKey, config });

function through(events: readonly InviteEvent[], state: InviteState = createInviteState()) {
  return runEvents(inviteTransition, state, events);
}

const ada = { name: "Ada", email: " Ada@Example.com ", role: "admin", groups: [], metadata: '{ "team": "core" }' };
const bob = { name: "Bob", email: "bob@example.com", role: "builder", groups: [], metadata: "" };

/** A form with Ada and Bob, submitted. */
const submitted = through([{ type: "INVITE.UPDATE", draftId: "invitee-1", patch: ada }, { type: "INVITE.ADD", draft: bob }, submit()]);

function invitedMember(id: string, email: string): Member {
  return makeMember({ id, name: id, email, status: "invited", instanceStatus: "invited", hasAccount: false, role: "admin" });
}

describe("invite machine", () => {
  it("R5: each invitee is validated on its own, with errors keyed by field", () => {
    const bad = { name: "", email: "bob@", role: "", groups: [], metadata: "" };
    const { state, effects } = through([{ type: "INVITE.UPDATE", draftId: "invitee-1", patch: ada }, { type: "INVITE.ADD", draft: bad }, submit()]);
    expect(effects).toEqual([]);
    expect(state.status).toBe("editing");
    expect(state.drafts[0]?.fieldErrors).toEqual({});
    expect(Object.keys(state.drafts[1]?.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
  });

  it("R6: invalid metadata gets a positioned error and nothing typed is lost", () => {
    const metadata = '{\n  "team": \n}';
    const { state } = through([{ type: "INVITE.UPDATE", draftId: "invitee-1", patch: { ...ada, metadata } }, { type: "INVITE.VALIDATE", config }]);
    expect(state.drafts[0]?.fieldErrors["metadata"]).toMatch(/^Line 3, column 1/);
    expect(state.drafts[0]?.draft).toEqual({ ...ada, metadata });
    const fixed = inviteTransition(state, { type: "INVITE.UPDATE", draftId: "invitee-1", patch: { metadata: "{}" } }).state;
    expect(fixed.drafts[0]?.fieldErrors).toEqual({});
  });

  it("R5: a valid form sends clean inputs under one idempotency key", () => {
    expect(submitted.state.status).toBe("submitting");
    expect(submitted.effects).toEqual([
      {
        type: "invite.submit",
        workspaceId: "ws-1",
        idempotencyKey: "key-1",
        invitees: [
          { name: "Ada", email: "ada@example.com", role: "admin", groups: [], metadata: { team: "core" } },
          { name: "Bob", email: "bob@example.com", role: "builder", groups: [], metadata: {} },
        ],
      },
    ]);
    expect(inviteTransition(submitted.state, { type: "INVITE.UPDATE", draftId: "invitee-1", patch: { name: "X" } }).state).toBe(submitted.state);
  });

  it("R7, R10: accepted invitees leave the form with their invitation URL; refused ones stay as typed with the error on their field", () => {
    const member = invitedMember("u-ada", "ada@example.com");
    const existing = { userId: "u-bob", status: "archived", offer: "unarchive" } as const;
    const { state, effects } = through(
      [
        {
          type: "INVITE.SUCCEEDED",
          idempotencyKey: "key-1",
          results: [
            { ok: true, member, invitationUrl: "https://app.example.com/invite/abc" },
            { ok: false, error: { code: "duplicate", message: "bob@example.com is archived: unarchive them instead.", fieldErrors: {}, existing } },
          ],
        },
      ],
      submitted.state,
    );
    expect(state.status).toBe("editing");
    expect(state.invited).toEqual([{ draftId: "invitee-1", member, invitationUrl: "https://app.example.com/invite/abc" }]);
    expect(state.drafts).toHaveLength(1);
    expect(state.drafts[0]).toMatchObject({ id: "invitee-2", draft: bob, fieldErrors: { email: expect.stringMatching(/unarchive/) }, failure: { existing } });
    expect(state.request).toBeNull();
    expect(effects.map((effect) => effect.type)).toEqual(["list.reload", "workspaces.refresh", "audit", "audit"]);
    expect(effects[3]).toEqual({
      type: "audit",
      record: expect.objectContaining({ type: "invite", target: "u-bob", targetEmail: "bob@example.com", outcome: "failed", idempotencyKey: "key-1" }),
    });
  });

  it("R5: when every invitee is accepted the form is done", () => {
    const results = [
      { ok: true, member: invitedMember("u-ada", "ada@example.com"), invitationUrl: null },
      { ok: true, member: invitedMember("u-bob", "bob@example.com"), invitationUrl: null },
    ] as const;
    const { state } = through([{ type: "INVITE.SUCCEEDED", idempotencyKey: "key-1", results }], submitted.state);
    expect(state).toMatchObject({ status: "done", drafts: [] });
    expect(inviteTransition(state, { type: "INVITE.ADD" }).state).toMatchObject({ status: "editing", drafts: [{ id: "invitee-3" }] });
  });

  it("R5: a failure of the whole request keeps everything typed; a retry reuses the key, an edit starts a new intent", () => {
    const failed = inviteTransition(submitted.state, { type: "INVITE.FAILED", idempotencyKey: "key-1", error: new RosterError("network", "offline") });
    expect(failed.state).toMatchObject({ status: "failed", drafts: submitted.state.drafts });
    expect(failed.effects).toHaveLength(2); // one failed audit event per invitee
    expect(inviteTransition(failed.state, { type: "INVITE.RETRY" }).effects).toEqual([expect.objectContaining({ type: "invite.submit", idempotencyKey: "key-1" })]);
    expect(inviteTransition(failed.state, submit("key-2")).effects).toEqual([expect.objectContaining({ idempotencyKey: "key-1" })]);
    const edited = through([{ type: "INVITE.UPDATE", draftId: "invitee-2", patch: { name: "Robert" } }, submit("key-2")], failed.state);
    expect(edited.effects).toEqual([expect.objectContaining({ idempotencyKey: "key-2" })]);
  });

  it("R5: a whole-request validation error lands on the fields of the invitees it names", () => {
    const error = new RosterError("validation", "Invalid.", { fieldErrors: { "invitees.1.email": "Taken by a service account." } });
    const { state } = through([{ type: "INVITE.FAILED", idempotencyKey: "key-1", error }], submitted.state);
    expect(state.drafts[0]?.fieldErrors).toEqual({});
    expect(state.drafts[1]?.fieldErrors).toEqual({ email: "Taken by a service account." });
  });

  it("R5, R6: a backend's coded refusal lands on the field with its issue; a code the kit does not know leaves the field refused without one", () => {
    const issues = [
      { field: "metadata", code: "metadata_too_large", params: { bytes: 18, limit: 8 } },
      { field: "email", code: "email_domain_blocked", params: { domain: "example.com" } },
      { field: "name", code: "name_too_long", params: { length: "3" } },
      { field: "team", code: "name_required", params: {} },
    ];
    const failure = { code: "validation", message: "Ada cannot be invited yet.", fieldErrors: { metadata: "Metadata is 18 bytes; the limit is 8 bytes." }, issues } as const;
    const { state } = through([{ type: "INVITE.SUCCEEDED", idempotencyKey: "key-1", results: [{ ok: false, error: failure }, { ok: true, member: invitedMember("u-bob", "bob@example.com"), invitationUrl: null }] }], submitted.state);
    const [entry] = state.drafts;
    expect(entry?.draft).toEqual(ada);
    expect(Object.keys(entry?.fieldErrors ?? {}).sort()).toEqual(["email", "metadata", "name", "team"]);
    // Worded by the kit from the code and values, not taken from the backend's text.
    expect(entry?.issues).toEqual({ metadata: { code: "metadata_too_large", params: { bytes: 18, limit: 8 }, message: "Metadata is 18 bytes; the limit is 8 bytes." } });
  });

  it("R5: a whole-request validation error's issues land on the fields of the invitees they name, replacing what was there", () => {
    const issues = [
      { field: "invitees.0.name", code: "name_too_long", params: { length: 3, limit: 2 } },
      { field: "invitees.1.email", code: "email_domain_blocked", params: {} },
      { field: "invitees.7.email", code: "email_required", params: {} },
    ];
    const first = new RosterError("validation", "Invalid.", { issues: [{ field: "invitees.1.email", code: "email_domain_no_dot", params: { domain: "example" } }] });
    const error = new RosterError("validation", "Invalid.", { fieldErrors: { "invitees.1.email": "Blocked domain." }, issues });
    const { state } = through([{ type: "INVITE.FAILED", idempotencyKey: "key-1", error: first }, { type: "INVITE.RETRY" }, { type: "INVITE.FAILED", idempotencyKey: "key-1", error }], submitted.state);
    expect(state.drafts[0]).toMatchObject({ fieldErrors: { name: "Invalid." }, issues: { name: { code: "name_too_long", params: { length: 3, limit: 2 } } } });
    // The retry's answer names the email again, with a code the kit does not know: the first answer's issue is gone.
    expect(state.drafts[1]).toMatchObject({ fieldErrors: { email: "Blocked domain." }, issues: {} });
  });

  it("R1: an invite the policy refuses sends nothing and says why", () => {
    const refusal = denial("R1.notAdmin", { verb: "invite" });
    const { state, effects } = through([{ type: "INVITE.UPDATE", draftId: "invitee-1", patch: ada }, { ...submit(), decision: refusal }]);
    expect(effects).toEqual([]);
    expect(state).toMatchObject({ status: "editing", refusal });
  });

  it("R5: answers for another submission are dropped", () => {
    expect(inviteTransition(submitted.state, { type: "INVITE.SUCCEEDED", idempotencyKey: "key-0", results: [] }).state).toBe(submitted.state);
  });
});
