import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/core/config";
import { RosterError } from "../src/core/errors";
import { deserializeRosterError, serializeRosterError } from "../src/core/engine/stored-error";
import { validateInviteeDraft, validateInviteeInput, validationIssueOf, VALIDATION_SENTENCES } from "../src/core/validation";
import { ALL_BAD_INPUTS, withValidFields } from "./support/bad-inputs";

/**
 * Coded field issues (issue 9, R5, R6, R29): what a backend reports about a refused field is its code and
 * values, and `validationIssueOf` reads them back as the kit's own issue, so that a UI words it in the
 * host's language; a code the kit does not know, or values that do not fit it, read back as nothing.
 */
const config = resolveConfig();

describe("validationIssueOf", () => {
  it("R5, R6, R29: every refusal of the bad-input corpus reads back with its code, its values and the kit's sentence", () => {
    const refused = ALL_BAD_INPUTS.filter((input) => input.refused !== null);
    expect(refused.length).toBeGreaterThan(20);
    for (const input of refused) {
      const checked = validateInviteeDraft({ ...withValidFields(input), role: "admin", groups: [] }, config);
      const issue = checked.ok ? undefined : checked.issues[input.refused ?? "name"];
      expect(issue, input.label).toBeDefined();
      if (!issue) continue;
      const read = validationIssueOf(issue.code, JSON.parse(JSON.stringify(issue.params)));
      expect(read, input.label).toEqual({ code: issue.code, params: issue.params, message: VALIDATION_SENTENCES[issue.code](issue.params as never) });
    }
  });

  it("R5, R6: the refusals a backend makes of what arrives (role, groups, metadata objects) read back too", () => {
    const checked = validateInviteeInput({ name: "", email: "ada@", role: "chief", groups: ["g-9"], metadata: { team: { nested: true } } }, config, new Set(["g-1"]));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.issues).sort()).toEqual(["email", "groups", "metadata", "name", "role"]);
    for (const issue of Object.values(checked.issues)) expect(validationIssueOf(issue.code, issue.params)?.message).toBe(issue.message);
  });

  it("R6: a code with two shapes of values takes either (metadata over its limit in bytes, or as text not read)", () => {
    expect(validationIssueOf("metadata_too_large", { bytes: 9000, limit: 64 })?.message).toBe("Metadata is 9,000 bytes; the limit is 64 bytes.");
    expect(validationIssueOf("metadata_too_large", { length: 200, limit: 64 })?.params).toEqual({ length: 200, limit: 64 });
    expect(validationIssueOf("metadata_too_large", { limit: 64 })).toBeUndefined();
  });

  it("R5: an optional value may be absent; values the sentence does not read are dropped", () => {
    expect(validationIssueOf("email_domain_invalid", { domain: "exa mple.com" })?.params).toEqual({ domain: "exa mple.com" });
    expect(validationIssueOf("email_domain_invalid", { domain: "a.com", character: "!", extra: "dropped" })?.params).toEqual({ domain: "a.com", character: "!" });
    expect(validationIssueOf("email_domain_invalid", { domain: "a.com", character: 7 })).toBeUndefined();
  });

  it("a code of a newer backend, values that do not fit, or what is not a code at all read back as nothing", () => {
    expect(validationIssueOf("email_domain_blocked", { domain: "example.com" })).toBeUndefined();
    expect(validationIssueOf("name_too_long", { length: "201", limit: 200 })).toBeUndefined();
    expect(validationIssueOf("name_too_long", { length: 201 })).toBeUndefined();
    expect(validationIssueOf("name_too_long", null)).toBeUndefined();
    expect(validationIssueOf("name_too_long", [201, 200])).toBeUndefined();
    expect(validationIssueOf("metadata_not_object", { type: "date" })).toBeUndefined();
    expect(validationIssueOf("toString", {})).toBeUndefined();
    expect(validationIssueOf(42, {})).toBeUndefined();
  });
});

describe("RosterError issues", () => {
  it("R26: a validation error's issues are kept when its refusal is stored and replayed", () => {
    const issues = [{ field: "invitees.0.metadata", code: "metadata_too_large", params: { bytes: 90, limit: 64 } }];
    const error = new RosterError("validation", "Metadata is 90 bytes; the limit is 64 bytes.", { issues });
    expect(error.issues).toEqual(issues);
    expect(new RosterError("validation", "No issues.").issues).toEqual([]);
    expect(deserializeRosterError(JSON.parse(JSON.stringify(serializeRosterError(error)))).issues).toEqual(issues);
  });
});
