import { useState } from "react";
import type { DemoInvitation } from "./server-backend";
import { acceptDemoInvitation } from "./server-backend";

/**
 * Where an invitation link of the demo server leads (the development mailer prints it in the
 * terminal): the invitee accepts, and becomes an active member (R27). Stands in for the host's own
 * join page.
 */
export function JoinInvitation({ invitation }: { readonly invitation: DemoInvitation }) {
  const [state, setState] = useState<{ readonly kind: "idle" | "busy" } | { readonly kind: "done" | "failed"; readonly message: string }>({ kind: "idle" });
  const accept = (): void => {
    setState({ kind: "busy" });
    acceptDemoInvitation(invitation, new AbortController().signal).then(
      (member) => setState({ kind: "done", message: `Welcome, ${member.name}: you are now an active member (${member.email}).` }),
      (error: unknown) => setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <main className="demo-join">
      <h1>Invitation</h1>
      <p>You followed an invitation link of the demo roster “{invitation.roster}”. Accepting it signs you up as the invitee.</p>
      {state.kind === "done" || state.kind === "failed" ? (
        <p role={state.kind === "failed" ? "alert" : "status"}>{state.message}</p>
      ) : (
        <button type="button" onClick={accept} disabled={state.kind === "busy"}>
          {state.kind === "busy" ? "Accepting…" : "Accept the invitation"}
        </button>
      )}
      <p>
        <a href="/">Back to the demo console</a>
      </p>
    </main>
  );
}
