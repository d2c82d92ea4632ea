// A server component page rendering the in-memory console (see in-memory-members.tsx).
import { InMemoryMembers } from "./in-memory-members";

export default function InMemoryPage() {
  return (
    <main>
      <h1>Members (in memory)</h1>
      <InMemoryMembers />
    </main>
  );
}
