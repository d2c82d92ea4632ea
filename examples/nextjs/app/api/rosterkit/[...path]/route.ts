// The REST protocol of Rosterkit at /api/rosterkit/…, on the Node.js runtime.
import { handler } from "@/rosterkit";

export const runtime = "nodejs";

export { handler as DELETE, handler as GET, handler as PATCH, handler as POST };
