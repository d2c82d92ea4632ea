// A server component: it reads who is signed in on the server and renders the client component with
// plain data (the actor), which Next.js can send to the browser.
import { signedInActor } from "@/rosterkit";
import { Members } from "./members";

export const dynamic = "force-dynamic";

export default async function MembersPage() {
  const actor = await signedInActor();
  return (
    <main>
      <h1>Members</h1>
      <Members actor={actor} workspaceId="ws-1" />
    </main>
  );
}
