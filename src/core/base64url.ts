/**
 * The URL-safe base64 (RFC 4648 §5, unpadded) of the kit's opaque cursors: member list pages and the
 * activity history's, which every storage writes alike.
 * @module
 */

/** Text as URL-safe base64 of its UTF-8 bytes, without padding. */
export function encodeBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The text of {@link encodeBase64Url}'s output (bytes that are not UTF-8 read as U+FFFD).
 * @throws DOMException `InvalidCharacterError` when the text is not base64.
 */
export function decodeBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
