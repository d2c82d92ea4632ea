import type { RosterLimits } from "./config";
import type { RosterLimitName } from "./errors";
import { RosterError } from "./errors";

/**
 * The documented limits of a request (R29) as checks a backend runs before it does any work: how many
 * invitees, how large and how deeply nested. Each refusal is a `limit_exceeded` {@link RosterError}
 * whose `limit` names the limit and its maximum, with a sentence for people that says what to do.
 * @module
 */

/** A byte count as people read it: `1 MiB`, `8 KiB`, or `1,500 bytes`. */
export function formatByteCount(bytes: number): string {
  if (bytes >= 1_048_576 && bytes % 1_048_576 === 0) return `${String(bytes / 1_048_576)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${String(bytes / 1024)} KiB`;
  return `${bytes.toLocaleString("en-US")} bytes`;
}

function limitMessage(name: RosterLimitName, max: number, actual: number | undefined): string {
  switch (name) {
    case "inviteesPerRequest":
      return `At most ${String(max)} people can be invited at once${actual === undefined ? "" : `; this request has ${String(actual)}`}. Invite them in smaller groups.`;
    case "requestBodyBytes":
      return `This request is larger than the limit of ${formatByteCount(max)}. Send fewer people or less metadata at once.`;
    case "jsonDepth":
      return `This request nests data more than ${String(max)} levels deep, which is the limit. Send flatter data.`;
  }
}

/**
 * The `limit_exceeded` error of a request past a limit (R29). `actual` is the measured value, when the
 * request was measured to the end.
 * @example
 * throw limitExceeded("inviteesPerRequest", 100, 150);
 * // RosterError limit_exceeded: "At most 100 people can be invited at once; this request has 150. …"
 */
export function limitExceeded(name: RosterLimitName, max: number, actual?: number): RosterError {
  return new RosterError("limit_exceeded", limitMessage(name, max, actual), {
    rule: "R29",
    limit: actual === undefined ? { name, max } : { name, max, actual },
  });
}

/**
 * Refuses an invite request with more invitees than `limits.inviteesPerRequest` (R29), before any of
 * them is looked at.
 * @throws RosterError `limit_exceeded` naming `inviteesPerRequest`.
 */
export function checkInviteeCount(count: number, limits: Pick<RosterLimits, "inviteesPerRequest">): void {
  if (count > limits.inviteesPerRequest) throw limitExceeded("inviteesPerRequest", limits.inviteesPerRequest, count);
}

/** Bytes of UTF-8 that a string takes, counting at most up to `stopAfter` (then any larger number). */
function utf8Length(text: string, stopAfter: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one code point of 4 bytes
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Builds canonical JSON text, refusing it as soon as it passes the byte or depth limit. */
class CanonicalWriter {
  private readonly parts: string[] = [];
  private bytes = 0;

  constructor(private readonly limits: Pick<RosterLimits, "requestBodyBytes" | "jsonDepth">) {}

  text(): string {
    return this.parts.join("");
  }

  private push(part: string): void {
    this.bytes += utf8Length(part, this.limits.requestBodyBytes - this.bytes);
    if (this.bytes > this.limits.requestBodyBytes) throw limitExceeded("requestBodyBytes", this.limits.requestBodyBytes);
    this.parts.push(part);
  }

  /** Writes a value as JSON would (`undefined`, functions and symbols: left out of objects, `null` in arrays). */
  write(value: unknown, depth: number): void {
    if (value === null || typeof value !== "object") {
      this.push(typeof value === "bigint" ? JSON.stringify(String(value)) : (JSON.stringify(value) ?? "null"));
      return;
    }
    if (depth >= this.limits.jsonDepth) throw limitExceeded("jsonDepth", this.limits.jsonDepth);
    if (Array.isArray(value)) {
      this.push("[");
      (value as readonly unknown[]).forEach((item, index) => {
        if (index > 0) this.push(",");
        this.write(item, depth + 1);
      });
      this.push("]");
      return;
    }
    const record = value as Readonly<Record<string, unknown>>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined && typeof record[key] !== "function" && typeof record[key] !== "symbol")
      .sort();
    this.push("{");
    keys.forEach((key, index) => {
      this.push(`${index > 0 ? "," : ""}${JSON.stringify(key)}:`);
      this.write(record[key], depth + 1);
    });
    this.push("}");
  }
}

/**
 * A value as canonical JSON: object keys sorted, no whitespace, so that two requests that mean the same
 * give the same text whatever their key order. It is measured while it is written: past
 * `requestBodyBytes` of UTF-8 or `jsonDepth` levels of objects and arrays it is refused at once, without
 * reading the rest (R29). A cycle is refused as too deep.
 * @throws RosterError `limit_exceeded` naming `requestBodyBytes` or `jsonDepth`.
 * @example
 * canonicalJson({ b: 1, a: [true, null] }, DEFAULT_LIMITS) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown, limits: Pick<RosterLimits, "requestBodyBytes" | "jsonDepth">): string {
  const writer = new CanonicalWriter(limits);
  writer.write(value, 0);
  return writer.text();
}
