import { act, render, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { ProfilerOnRenderCallback } from "react";
import { memo, Profiler } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { inviteMachine } from "../src/core/invite.machine";
import { createRosterStore } from "../src/core/store";
import type * as FieldsetModule from "../src/react/invite-fieldset";
import type { InviteeFieldsetProps } from "../src/react/invite-fieldset";
import { InviteUserForm } from "../src/react/invite-user-form";
import { RosterProvider } from "../src/react/provider";

/** Commits per draft id: every render of an invitee's fieldset, from its props or its own store subscription. */
const commits = vi.hoisted(() => new Map<string, number>());
/** How many fieldset elements the form created: each render of the form's list creates one per invitee. */
const offered = vi.hoisted(() => ({ count: 0 }));

// Each fieldset is wrapped in a React Profiler keyed by its draft id, behind a memo on the same props as
// the real (memoised) fieldset, so it lets through exactly the renders the form would cause; the
// Profiler also sees every render the fieldset causes itself (its draft changed). The outer wrapper is
// not memoised: it counts how often the form rendered its list at all.
vi.mock("../src/react/invite-fieldset", async (importOriginal) => {
  const actual = await importOriginal<typeof FieldsetModule>();
  const Real = actual.InviteeFieldset;
  const onRender: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1);
  const Counted = memo(function CountedFieldset(props: InviteeFieldsetProps) {
    return (
      <Profiler id={props.draftId} onRender={onRender}>
        <Real {...props} />
      </Profiler>
    );
  });
  function OfferedFieldset(props: InviteeFieldsetProps) {
    offered.count += 1;
    return <Counted {...props} />;
  }
  return { ...actual, InviteeFieldset: OfferedFieldset };
});

const PEOPLE = 1000;
const MIDDLE = PEOPLE / 2;

async function setup() {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 10 }), actorId: SEED_USERS.superAdmin });
  const store = createRosterStore({
    adapter,
    actor: adapter.backend.actorFor(SEED_USERS.superAdmin),
    scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
    machines: [inviteMachine],
  });
  for (let person = 1; person < PEOPLE; person += 1) store.send({ type: "INVITE.ADD" });
  // Roles and groups first, so that the 1,000 fieldsets render once, complete.
  await vi.waitFor(() => expect([store.getSnapshot().groups.status, store.getSnapshot().roles.status]).toEqual(["ready", "ready"]));
  const view = render(
    <RosterProvider store={store}>
      <InviteUserForm />
    </RosterProvider>,
  );
  const fieldsets = view.container.querySelectorAll<HTMLFieldSetElement>('[data-part="invitee"]');
  // Role and label queries weigh every element of the document (25,000 nodes here): the form's parts
  // are found by their data-part and checked by their text and label instead.
  const part = (name: string): HTMLElement => {
    const element = view.container.querySelector<HTMLElement>(`[data-scope="invite-form"][data-part="${name}"]`);
    if (!element) throw new Error(`no ${name}`);
    return element;
  };
  // user-event's CSS pointer-events check calls jsdom's getComputedStyle on the target and each of its
  // ancestors, which slows down with the size of the document: minutes per click at 25,000 nodes.
  return { store, fieldsets, part, user: userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never }) };
}

/** The control of `fieldset` whose label starts with `label` (`element.labels` would search the whole document). */
function field(fieldset: HTMLElement, selector: "input" | "textarea", label: string): HTMLInputElement | HTMLTextAreaElement {
  const control = [...fieldset.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)].find((element) =>
    fieldset.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.startsWith(label),
  );
  if (!control) throw new Error(`no ${label} field`);
  return control;
}

/** Fieldsets that rendered since the last reset, with how many times. */
function rendered(): Record<string, number> {
  return Object.fromEntries(commits);
}

function reset(): void {
  commits.clear();
  offered.count = 0;
}

beforeEach(reset);

// jsdom builds the 25,000 nodes of 1,000 fieldsets, and takes them down, in seconds each: a generous
// per-test timeout (a deadline against hangs, not an assertion on speed).
describe("InviteUserForm render isolation", { timeout: 120_000 }, () => {
  it("R5: typing in invitee #500 of 1,000 re-renders that invitee's fieldset once per key, and nothing else of the form", async () => {
    const { store, fieldsets, user } = await setup();
    expect(fieldsets).toHaveLength(PEOPLE);
    const fiveHundredth = fieldsets[MIDDLE - 1];
    if (!fiveHundredth) throw new Error("no fieldset #500");
    expect(within(fiveHundredth).getByText(`Person ${MIDDLE}`)).toBeInTheDocument();
    const name = field(fiveHundredth, "input", "Name");
    reset();

    await user.type(name, "Ada");

    expect(name).toHaveValue("Ada");
    expect(store.getSnapshot().invite.drafts[MIDDLE - 1]?.draft.name).toBe("Ada");
    expect(rendered()).toEqual({ [`invitee-${MIDDLE}`]: 3 });
    // The form did not render its list again: no other invitee was even offered a render.
    expect(offered.count).toBe(0);
  });

  it("R5, R6: pasting metadata into invitee #500 and leaving it shows its error on that invitee only", async () => {
    const { fieldsets, user } = await setup();
    const fieldset = fieldsets[MIDDLE - 1];
    if (!fieldset) throw new Error("no fieldset #500");
    const metadata = field(fieldset, "textarea", "Metadata");
    reset();

    await user.click(metadata);
    await user.paste('{"team": ');
    // Leaving the field (user.tab would weigh every focusable control of the 1,000 fieldsets).
    act(() => metadata.blur());

    expect(metadata).toHaveValue('{"team": ');
    expect(metadata).toHaveAttribute("aria-invalid", "true");
    // The description's text, read by id (computing it from styles would be as slow as above).
    const description = (metadata.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(description).toEqual([expect.stringMatching(/JSON object/), expect.stringMatching(/^Line 1, column 10: /)]);
    expect(Object.keys(rendered())).toEqual([`invitee-${MIDDLE}`]);
    expect(document.querySelectorAll('[data-part="field-error"]')).toHaveLength(1);
  });

  it("R5: adding a person to 1,000 renders the new fieldset only; the others keep their renders", async () => {
    const { store, part, user } = await setup();
    const add = part("add-invitee");
    expect(add).toHaveTextContent("Add another person");
    reset();
    await user.click(add);
    expect(store.getSnapshot().invite.drafts).toHaveLength(PEOPLE + 1);
    expect(Object.keys(rendered())).toEqual([`invitee-${PEOPLE + 1}`]);
    expect(part("submit")).toHaveTextContent(`Send ${(PEOPLE + 1).toLocaleString("en")} invitations`);
  });

  it("R5: an update the store makes to one draft (from outside the form) re-renders that draft's fieldset only", async () => {
    const { store } = await setup();
    reset();
    act(() => store.send({ type: "INVITE.UPDATE", draftId: "invitee-1", patch: { email: "ada@example.com" } }));
    expect(rendered()).toEqual({ "invitee-1": 1 });
    expect(offered.count).toBe(0);
  });
});
