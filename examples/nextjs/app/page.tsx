// A server component: it reads who is signed in on the server and renders the client component with
// plain data (the actor and the language's tag, from `?locale=de`), which Next.js can send to the browser.
import { signedInActor } from "@/rosterkit";
import { Members } from "./members";

export const dynamic = "force-dynamic";

export default async function MembersPage({ searchParams }: { readonly searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await signedInActor();
  const { locale } = await searchParams;
  return (
    <main>
      <h1>Members</h1>
      <Members actor={actor} workspaceId="ws-1" locale={typeof locale === "string" ? locale : "en"} />
    </main>
  );
}
