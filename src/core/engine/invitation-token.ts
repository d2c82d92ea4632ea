/**
 * Invitation tokens (R27): unguessable, derived from the invitation's random id with the server's
 * secret (an HMAC), and stored only as a SHA-256 hash. Uses the Web Crypto API that browsers and
 * Node share; nothing here performs I/O.
 * @module
 */

const encoder = new TextEncoder();

/** What this module uses of Node's `node:crypto`. */
interface NodeHashes {
  createHash(algorithm: "sha256"): NodeDigest;
  createHmac(algorithm: "sha256", key: Uint8Array): NodeDigest;
}

interface NodeDigest {
  update(data: Uint8Array): NodeDigest;
  digest(encoding: "hex"): string;
}

/**
 * Node's synchronous hashes, where the runtime offers them (`process.getBuiltinModule`, Node ≥ 20.16):
 * Web Crypto's `digest` and `sign` run each call as a job on a thread pool, which cost a server about
 * half a millisecond of CPU per write (R26's fingerprint, a link's token and hash). Same bytes in, same
 * hex out; browsers and other runtimes use Web Crypto.
 */
const nodeHashes = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:crypto") as NodeHashes | undefined;

function hex(bytes: ArrayBuffer | Uint8Array): string {
  let text = "";
  for (const byte of new Uint8Array(bytes)) text += byte.toString(16).padStart(2, "0");
  return text;
}

/** 128 random bits as hex: an id nobody can guess. */
export function randomId(): string {
  return hex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** The SHA-256 of a text, as hex: what storage keeps of a token, and the fingerprint of a request (R26). */
export async function sha256Hex(text: string): Promise<string> {
  if (nodeHashes) return nodeHashes.createHash("sha256").update(encoder.encode(text)).digest("hex");
  return hex(await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

type HmacKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

const keys = new Map<string, Promise<HmacKey>>();

function hmacKey(secret: string): Promise<HmacKey> {
  let key = keys.get(secret);
  if (!key) {
    key = globalThis.crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keys.set(secret, key);
  }
  return key;
}

/** The token of an invitation: HMAC-SHA-256 of its id with the secret, as hex (256 bits). */
export async function invitationToken(secret: string, invitationId: string): Promise<string> {
  if (nodeHashes) return nodeHashes.createHmac("sha256", encoder.encode(secret)).update(encoder.encode(invitationId)).digest("hex");
  return hex(await globalThis.crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(invitationId)));
}
