import { describe, expect, it } from "vitest";
import { createFormat, directionOf, formatCount, formatDate, formatList, formatPlural, formatRelative, pluralCategory } from "../src/react/format";
import type { DenialParams } from "../src/core";
import { DENIAL_KEYS, RosterError, deniedError, parseMetadata, validateEmail, validateName } from "../src/core";
import { VALIDATION_SENTENCES } from "../src/core/validation";
import { denial } from "../src/core/policy";
import { denialSentence } from "../src/core/denials";
import { defaultMessages, deniedReason, errorReason, mergeMessages, validationReason } from "../src/react/messages";

const en = createFormat("en");

describe("messages", () => {
  it("R23: default status labels are Requested, Invited, Active, Archived, Inactive", () => {
    expect(defaultMessages.status.label).toEqual({
      requested: "Requested",
      invited: "Invited",
      active: "Active",
      archived: "Archived",
      inactive: "Inactive",
    });
  });

  it("R24: default action labels name each lifecycle's actions", () => {
    const { actions } = defaultMessages;
    expect([actions.archive, actions.unarchive, actions.deactivate, actions.reactivate]).toEqual([
      "Archive user",
      "Unarchive user",
      "Deactivate",
      "Reactivate",
    ]);
    expect([actions.resendInvitation, actions.copyInvitationLink, actions.edit]).toEqual([
      "Resend invitation",
      "Copy invitation link",
      "Edit role and groups",
    ]);
    expect(actions.menuLabel({ name: "Ada Lovelace" }, en)).toBe("Actions for Ada Lovelace");
  });

  it("overrides merge deeply: one label changes, its siblings and other sections stay", () => {
    const merged = mergeMessages({
      status: { label: { inactive: "Disabled" } },
      actions: { deactivate: "Disable", menuLabel: ({ name }) => `Menu of ${name}` },
    });
    expect(merged.status.label.inactive).toBe("Disabled");
    expect(merged.status.label.active).toBe("Active");
    expect(merged.status.description).toBe(defaultMessages.status.description);
    expect(merged.actions.deactivate).toBe("Disable");
    expect(merged.actions.reactivate).toBe("Reactivate");
    expect(merged.actions.menuLabel({ name: "Ada" }, en)).toBe("Menu of Ada");
    expect(merged.table).toBe(defaultMessages.table);
    // The defaults are not changed.
    expect(defaultMessages.status.label.inactive).toBe("Inactive");
  });

  it("overrides merge over a base other than the defaults, and undefined keeps the base", () => {
    const french = mergeMessages({ status: { label: { active: "Actif" } } });
    const merged = mergeMessages({ status: { label: { invited: "Invité", archived: undefined } } }, french);
    expect(merged.status.label).toMatchObject({ active: "Actif", invited: "Invité", archived: "Archived" });
    expect(mergeMessages(undefined, french)).toBe(french);
  });

  it("ignores prototype-polluting keys in overrides", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "status": {"constructor": {"x": 1}}}') as Parameters<typeof mergeMessages>[0];
    const merged = mergeMessages(hostile);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(merged.status, "constructor")).toBe(false);
    expect(merged.status.label.active).toBe("Active");
  });

  it("R16, R20: confirm texts carry counts, lists and seat changes through Intl", () => {
    const { confirm, table, invite } = defaultMessages;
    expect(confirm.seatChange({ before: 1234, after: 1233 }, en)).toBe("Billable seats: 1,234 → 1,233.");
    expect(confirm.seatChange({ before: 12, after: 11, workspace: "Design" }, en)).toBe("Billable seats in Design: 12 → 11.");
    expect(confirm.seatDelta({ delta: -1 }, en)).toBe("Frees 1 billable seat.");
    expect(confirm.seatDelta({ delta: 1, workspace: "Ops" }, en)).toBe("Takes 1 billable seat in Ops.");
    expect(confirm.workspacesAffected({ workspaces: ["Design"] }, en)).toBe("Workspace affected: Design.");
    expect(confirm.workspacesAffected({ workspaces: ["Design", "Sales", "Ops"] }, en)).toBe("Workspaces affected: Design, Sales, and Ops.");
    expect(table.pageRange({ from: 1, to: 25, total: 1234 }, en)).toBe("1–25 of 1,234");
    expect(table.pageRange({ from: 26, to: 50, total: null }, en)).toBe("26–50");
    expect(table.memberCount({ count: 0 }, en)).toBe("No members");
    expect(table.memberCount({ count: 1 }, en)).toBe("1 member");
    expect(table.memberCount({ count: 2000 }, en)).toBe("2,000 members");
    expect(invite.submit({ count: 1 }, en)).toBe("Send invitation");
    expect(invite.submit({ count: 3 }, en)).toBe("Send 3 invitations");
    expect(invite.resultSummary({ sent: 2, failed: 1 }, en)).toBe("2 invitations sent, 1 failed.");
    expect(defaultMessages.member.moreGroups({ count: 3 }, createFormat("de"))).toBe("+3 more");
  });

  it("every message function returns a non-empty string", () => {
    const visit = (value: unknown, path: string): void => {
      if (typeof value === "string") {
        expect(value, path).not.toBe("");
      } else if (typeof value === "object" && value !== null) {
        for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
      }
    };
    visit(defaultMessages, "messages");
  });
});

describe("refusals and errors in the host's words", () => {
  const lastAdminParams: DenialParams<"R15.lastAdmin"> = { name: "Lin", verb: "archiveInstance", workspaces: ["ws-1", "ws-2"], workspaceNames: ["Design", "Sales"], count: 2 };
  const lastAdmin = denial("R15.lastAdmin", lastAdminParams, { workspaces: ["ws-1", "ws-2"] });
  const german = mergeMessages({
    denials: {
      "R15.lastAdmin": ({ name, workspaceNames, count }, f) => `${name} ist der letzte Admin von ${f.list(workspaceNames)} (${f.plural(count, { one: "# Arbeitsbereich", other: "# Arbeitsbereiche" })}).`,
    },
    errors: { forbidden: "Das ist nicht erlaubt.", last_admin: "Ein Arbeitsbereich braucht einen Admin." },
  });
  const de = createFormat("de");

  it("R3: every refusal key has a message, and the defaults say the core's English sentence", () => {
    expect(Object.keys(defaultMessages.denials).sort()).toEqual([...DENIAL_KEYS].sort());
    expect(deniedReason(lastAdmin, defaultMessages, en)).toBe(denialSentence(lastAdmin));
    expect(deniedReason(lastAdmin, defaultMessages, en)).toBe(denialSentence({ reasonKey: "R15.lastAdmin", params: lastAdminParams }));
    const notAdmin = denial("R1.notAdmin", { verb: "invite" });
    expect(deniedReason(notAdmin, defaultMessages, en)).toBe("Only admins of this workspace can invite members.");
  });

  it("R3, R15: a host's message for one key words that refusal from its values and the locale's format; other keys keep theirs", () => {
    expect(deniedReason(lastAdmin, german, de)).toBe("Lin ist der letzte Admin von Design und Sales (2 Arbeitsbereiche).");
    expect(deniedReason(denial("R4.self", { name: "Lin" }), german, de)).toBe(defaultMessages.denials["R4.self"]({ name: "Lin" }, de));
  });

  it("R3: an error that names its refusal is worded by its key, whatever the backend wrote", () => {
    const error = deniedError(lastAdmin);
    expect(errorReason(error, german, de)).toBe("Lin ist der letzte Admin von Design und Sales (2 Arbeitsbereiche).");
    expect(errorReason(error, defaultMessages, en)).toBe(denialSentence(lastAdmin));
    const rewritten = new RosterError("last_admin", "Lin is the last admin (English from the server).", { rule: "R15", reasonKey: "R15.lastAdmin", params: lastAdmin.params });
    expect(errorReason(rewritten, german, de)).toBe("Lin ist der letzte Admin von Design und Sales (2 Arbeitsbereiche).");
  });

  it("an error without a refusal key, or with one that does not fit, says its code's text, never the backend's own words or internals", () => {
    const english = new RosterError("forbidden", "Only admins of Design can do this.", { rule: "R1" });
    expect(errorReason(english, german, de)).toBe("Das ist nicht erlaubt.");
    expect(errorReason(english, defaultMessages, en)).toBe(defaultMessages.errors.forbidden);
    const broken = new RosterError("last_admin", "Lin is the last admin.", { rule: "R15", reasonKey: "R15.lastAdmin", params: { name: "Lin" } });
    expect(errorReason(broken, german, de)).toBe("Ein Arbeitsbereich braucht einen Admin.");
    const internal = new RosterError("validation", "PATCH /workspaces/ws-1/members/u-9 failed at https://db.internal");
    expect(errorReason(internal, defaultMessages, en)).toBe(defaultMessages.errors.validation);
    const timedOut = new RosterError("network", "No answer.", { timeoutMs: 15_000 });
    expect(errorReason(timedOut, defaultMessages, en)).toBe(defaultMessages.errors.timeout);
  });
});

describe("refused values in the host's words", () => {
  it("R5, R6: the default message of each validation code says the core's English message", () => {
    expect(Object.keys(defaultMessages.validation).sort()).toEqual(Object.keys(VALIDATION_SENTENCES).sort());
    for (const result of [validateEmail("ada@example"), validateName(" "), parseMetadata('{\n  "team": \n}', 8192), parseMetadata("[1]", 8192)]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(validationReason(result, defaultMessages, en)).toBe(result.message);
    }
  });

  it("R5, R6: a host's message for one code words that refusal from its values; a syntax error keeps its position", () => {
    const messages = mergeMessages({
      validation: {
        email_domain_no_dot: ({ domain }) => `Il manque un point au domaine « ${domain} ».`,
        json_unexpected_character: ({ found }) => `« ${found} » inattendu`,
      },
      invite: { metadataPosition: ({ message, line, column }, f) => `Ligne ${f.count(line)}, colonne ${f.count(column)} : ${message}` },
    });
    const fr = createFormat("fr");
    const email = validateEmail("ada@example");
    const metadata = parseMetadata('{\n  "team": \n}', 8192);
    if (email.ok || metadata.ok) throw new Error("both are refused");
    expect(validationReason(email, messages, fr)).toBe("Il manque un point au domaine « example ».");
    expect(validationReason(metadata, messages, fr)).toBe("Ligne 3, colonne 1 : « } » inattendu");
    expect(validationReason({ code: "name_required", params: {} }, messages, fr)).toBe("Enter a name.");
  });
});

describe("format", () => {
  it("plural rules come from Intl.PluralRules, per locale", () => {
    expect(pluralCategory(1, "en")).toBe("one");
    expect(pluralCategory(2, "en")).toBe("other");
    expect(pluralCategory(3, "pl")).toBe("few");
    expect(pluralCategory(5, "pl")).toBe("many");
    const forms = { one: "# użytkownik", few: "# użytkowników (few)", many: "# użytkowników", other: "# użytkownika" };
    expect(formatPlural(3, forms, "pl")).toBe("3 użytkowników (few)");
    expect(formatPlural(22, forms, "pl")).toBe("22 użytkowników (few)");
    expect(formatPlural(0, { "=0": "none", other: "# items" }, "en")).toBe("none");
  });

  it("counts are grouped for the locale", () => {
    expect(formatCount(1234567, "en")).toBe("1,234,567");
    expect(formatCount(1234567, "de")).toBe("1.234.567");
    expect(formatPlural(1234, { one: "# Mitglied", other: "# Mitglieder" }, "de")).toBe("1.234 Mitglieder");
  });

  it("dates and relative times go through Intl, and a bad date is shown as it is", () => {
    expect(formatDate("2026-03-04T10:00:00Z", "en", { timeZone: "UTC" })).toBe("Mar 4, 2026");
    expect(formatDate("2026-03-04T10:00:00Z", "de", { timeZone: "UTC" })).toBe("04.03.2026");
    expect(formatDate("not a date", "en")).toBe("not a date");
    const now = Date.parse("2026-03-04T00:00:00Z");
    expect(formatRelative("2026-03-01T00:00:00Z", "en", now)).toBe("3 days ago");
    expect(formatRelative("2026-03-03T00:00:00Z", "en", now)).toBe("yesterday");
    expect(formatRelative("2026-03-04T02:00:00Z", "en", now)).toBe("in 2 hours");
    expect(formatRelative("2026-03-03T23:59:30Z", "en", now)).toBe("30 seconds ago");
    expect(createFormat("en", { timeZone: "UTC" }).dateTime("2026-03-04T10:00:00Z")).toMatch(/Mar 4, 2026.*10:00/);
  });

  it("lists are joined for the locale", () => {
    expect(formatList(["Design", "Sales"], "en")).toBe("Design and Sales");
    expect(formatList(["Design", "Sales"], "en", "disjunction")).toBe("Design or Sales");
  });

  it("right-to-left locales are recognised by language", () => {
    expect(directionOf("ar-EG")).toBe("rtl");
    expect(directionOf("he")).toBe("rtl");
    expect(directionOf("fa_IR")).toBe("rtl");
    expect(directionOf("en-GB")).toBe("ltr");
    expect(directionOf("")).toBe("ltr");
  });
});
