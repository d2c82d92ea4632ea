import { describe, expect, it } from "vitest";
import { invitationToken, sha256Hex } from "../src/core/engine/invitation-token";

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

// Texts with multi-byte characters and a lone surrogate: the bytes hashed must be the same UTF-8 either way.
const TEXTS = ["", "inv-1", "ünïcødé ✓ 漢字 😀", "lone \ud800 surrogate", "x".repeat(10_000)];

describe("invitation tokens and hashes (R26, R27)", () => {
  it.each(TEXTS)("R26, R27: sha256Hex(%j) is Web Crypto's SHA-256 of its UTF-8 bytes", async (text) => {
    expect(await sha256Hex(text)).toBe(hex(await crypto.subtle.digest("SHA-256", encoder.encode(text))));
  });

  it.each(TEXTS)("R27: invitationToken of %j is Web Crypto's HMAC-SHA-256 with the secret", async (id) => {
    const secret = "sëcret \ud800 key";
    const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    expect(await invitationToken(secret, id)).toBe(hex(await crypto.subtle.sign("HMAC", key, encoder.encode(id))));
  });
});
