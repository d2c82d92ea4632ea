import { act, fireEvent, render, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { inviteMachine } from "../src/core/invite.machine";
import { createRosterStore } from "../src/core/store";
import { validateEmail, validateInviteeDraft } from "../src/core/validation";
import { createFormat } from "../src/react/format";
import { InviteUserForm } from "../src/react/invite-user-form";
import { defaultMessages, validationReason } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";
import type { BadInput, BadInputField } from "./support/bad-inputs";
import { BAD_EMAILS, BAD_METADATA, BAD_NAMES, INERT_INPUTS, withValidFields } from "./support/bad-inputs";

/**
 * The bad-input corpus (test/support/bad-inputs.ts) typed into the invite form: each case is pasted (or,
 * when too large to paste key by key, set in one change event) into its field, the other fields valid.
 * Nothing crashes; a refused value gets its own specific message on its field, live once the field is
 * left and again on submit, with focus moved to it; every value stays in its field exactly as typed
 * (as far as the control can hold it: a one-line input drops line breaks, as browsers do). Odd but valid
 * values show no error, and an international domain says how it will be stored.
 */

const format = createFormat("en");
const FIELDS: readonly BadInputField[] = ["name", "email", "metadata"];

/** What a control keeps of pasted text: inputs drop line breaks, text areas turn CR LF into LF (HTML's value sanitisation). */
function keptBy(control: HTMLInputElement | HTMLTextAreaElement, text: string): string {
  return control instanceof HTMLTextAreaElement ? text.replace(/\r\n?/g, "\n") : text.replace(/[\r\n]/g, "");
}

async function setup() {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 10 }), actorId: SEED_USERS.superAdmin });
  const store = createRosterStore({
    adapter,
    actor: adapter.backend.actorFor(SEED_USERS.superAdmin),
    scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
    machines: [inviteMachine],
  });
  const user = userEvent.setup();
  const view = render(
    <RosterProvider store={store}>
      <InviteUserForm />
    </RosterProvider>,
  );
  await waitFor(() => expect(store.getSnapshot().groups.status).toBe("ready"));
  const person = within(view.getByRole("group", { name: "Person 1" }));
  await user.click(person.getByRole("radio", { name: "End user" }));
  const controls: Record<BadInputField, HTMLInputElement | HTMLTextAreaElement> = {
    name: person.getByRole("textbox", { name: "Name" }) as HTMLInputElement,
    email: person.getByRole("textbox", { name: "Email" }) as HTMLInputElement,
    metadata: person.getByRole("textbox", { name: /^Metadata/ }) as HTMLTextAreaElement,
  };
  const submit = view.getByRole("button", { name: "Send invitation" });
  const draft = () => store.getSnapshot().invite.drafts[0]?.draft;

  /** Puts `text` in `field` as a person would (paste), or in one change event when too large to paste. */
  async function enter(field: BadInputField, text: string, heavy: boolean): Promise<void> {
    const control = controls[field];
    await user.clear(control);
    if (heavy) fireEvent.change(control, { target: { value: text } });
    else if (text !== "") await user.paste(text);
    act(() => control.blur());
  }

  /** Fills every field for `input` (its own value where it has one, valid ones elsewhere). */
  async function fill(input: BadInput): Promise<Record<BadInputField, string>> {
    const values = withValidFields(input);
    for (const field of FIELDS) await enter(field, values[field], input.heavy === true && input[field] !== undefined);
    return { name: keptBy(controls.name, values.name), email: keptBy(controls.email, values.email), metadata: keptBy(controls.metadata, values.metadata) };
  }

  /** The text of the element with each id of the control's `aria-describedby`, by `data-part`. */
  function described(field: BadInputField): { error: string | undefined; notice: string | undefined } {
    const ids = (controls[field].getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
    const parts = ids.map((id) => document.getElementById(id));
    return {
      error: parts.find((part) => part?.dataset["part"] === "field-error")?.textContent ?? undefined,
      notice: parts.find((part) => part?.dataset["kind"] === "notice")?.textContent ?? undefined,
    };
  }

  return { store, user, controls, submit, draft, fill, described };
}

/** The sentence the form must show for `field` of these values: the core's issue, in the default messages. */
function expectedError(values: Record<BadInputField, string>, field: BadInputField, config: Parameters<typeof validateInviteeDraft>[1]) {
  const checked = validateInviteeDraft({ ...values, role: "end-user", groups: [] }, config);
  const issue = checked.ok ? undefined : checked.issues[field];
  return { issue, message: issue === undefined ? undefined : validationReason(issue, defaultMessages, format) };
}

let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});

afterEach(() => {
  // React reports a crash on the console: nothing was reported.
  expect(consoleError).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

async function runRefused(cases: readonly BadInput[]): Promise<void> {
  const { store, controls, submit, draft, fill, described, user } = await setup();
  const config = store.getSnapshot().config;
  for (const input of cases) {
    const field = input.refused;
    if (field === null) throw new Error(`${input.label}: not a refused case`);
    const kept = await fill(input);
    const control = controls[field];
    const typed = withValidFields(input)[field];
    const { issue, message } = expectedError(kept, field, config);

    // Kept exactly, in the field and in the store.
    expect(control.value, input.label).toBe(kept[field]);
    expect(draft()?.[field], input.label).toBe(kept[field]);
    if (kept[field] !== typed && message === undefined) {
      // A one-line input cannot hold a line break (a browser drops it from a paste): what is left is
      // valid, so it shows no error.
      expect(control.getAttribute("aria-invalid"), input.label).toBe("false");
      continue;
    }
    // The corpus's own code, unless the control could not hold the text as typed.
    if (kept[field] === typed) expect(issue?.code, input.label).toBe(input.code);
    expect(message, input.label).toBeDefined();
    // Live, once left: only a filled field (an empty one is "required" on submit only).
    if (kept[field].trim() !== "") {
      expect(control.getAttribute("aria-invalid"), input.label).toBe("true");
      expect(described(field).error, input.label).toBe(message);
    }

    await user.click(submit);
    expect(control.getAttribute("aria-invalid"), input.label).toBe("true");
    expect(described(field).error, input.label).toBe(message);
    expect(control, input.label).toHaveFocus();
    expect(control.value, input.label).toBe(kept[field]);
    for (const other of FIELDS.filter((name) => name !== field)) expect(controls[other].getAttribute("aria-invalid"), `${input.label}: ${other}`).toBe("false");
  }
  expect(store.getSnapshot().invite.status).toBe("editing");
}

describe("InviteUserForm and the bad-input corpus", { timeout: 120_000 }, () => {
  it(`R5: each of the ${BAD_NAMES.length} refused names gets its specific error and stays as typed`, async () => {
    await runRefused(BAD_NAMES);
  });

  it(`R5: each of the ${BAD_EMAILS.length} refused emails gets its specific error and stays as typed`, async () => {
    await runRefused(BAD_EMAILS);
  });

  it(`R6, R29: each of the ${BAD_METADATA.length} refused metadata texts gets its specific error and stays as typed`, async () => {
    await runRefused(BAD_METADATA);
  });

  it(`R5, R6: the ${INERT_INPUTS.length} odd but valid values show no error, stay as typed, and an international domain says how it is stored`, async () => {
    const { controls, draft, fill, described } = await setup();
    for (const input of INERT_INPUTS) {
      const kept = await fill(input);
      for (const field of FIELDS) {
        expect(controls[field].value, `${input.label}: ${field}`).toBe(kept[field]);
        expect(draft()?.[field], `${input.label}: ${field}`).toBe(kept[field]);
        expect(controls[field].getAttribute("aria-invalid"), `${input.label}: ${field}`).toBe("false");
        expect(described(field).error, `${input.label}: ${field}`).toBeUndefined();
      }
      const checked = validateEmail(kept.email);
      const converted = checked.ok ? checked.notice : undefined;
      expect(described("email").notice, input.label).toBe(
        converted === undefined
          ? undefined
          : defaultMessages.invite.emailConverted(
              { typed: String(converted.params["typed"]), stored: String(converted.params["stored"]), email: String(converted.params["email"]) },
              format,
            ),
      );
      if (input.email !== undefined && input.stored !== undefined && converted !== undefined) expect(described("email").notice, input.label).toContain(input.stored);
    }
  });
});
