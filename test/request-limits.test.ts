import { describe, expect, it } from "vitest";
import type { RosterError } from "../src/core";
import { DEFAULT_LIMITS, isRosterError } from "../src/core";
import { DEFAULT_IDEMPOTENCY_WINDOW_MS, idempotencyMismatch, writeFingerprint } from "../src/core/idempotency";
import { canonicalJson, checkInviteeCount, formatByteCount, limitExceeded } from "../src/core/request-limits";
import { parseJson } from "../src/core/json-parse";

/** The error a call throws; fails the test when it throws none or something else. */
function thrown(call: () => unknown): RosterError {
  try {
    call();
  } catch (error) {
    if (isRosterError(error)) return error;
    return expect.fail(`expected a RosterError, got ${String(error)}`);
  }
  return expect.fail("expected the call to throw");
}

function nested(levels: number): unknown {
  let value: unknown = 0;
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
}

describe("canonicalJson", () => {
  it("R26: gives one text for one meaning: keys sorted at every level, array order kept, undefined fields left out", () => {
    const a = canonicalJson({ b: 1, a: { y: [3, 1], x: null }, gone: undefined }, DEFAULT_LIMITS);
    const b = canonicalJson({ a: { x: null, y: [3, 1] }, b: 1 }, DEFAULT_LIMITS);
    expect(a).toBe('{"a":{"x":null,"y":[3,1]},"b":1}');
    expect(b).toBe(a);
    expect(canonicalJson({ a: [1, 3] }, DEFAULT_LIMITS)).not.toBe(canonicalJson({ a: [3, 1] }, DEFAULT_LIMITS));
    expect(canonicalJson(["x", undefined], DEFAULT_LIMITS)).toBe('["x",null]');
  });

  it("R29: allows exactly jsonDepth levels of objects and arrays and refuses one more, as the core's JSON parser counts them", () => {
    expect(() => canonicalJson(nested(32), DEFAULT_LIMITS)).not.toThrow();
    expect(thrown(() => canonicalJson(nested(33), DEFAULT_LIMITS))).toMatchObject({ code: "limit_exceeded", limit: { name: "jsonDepth", max: 32 } });
    expect(parseJson(JSON.stringify(nested(32)), { maxDepth: 32 }).ok).toBe(true);
    expect(parseJson(JSON.stringify(nested(33)), { maxDepth: 32 })).toMatchObject({ ok: false, code: "json_too_deep" });
  });

  it("R29: refuses a cycle as too deep instead of looping", () => {
    const cycle: Record<string, unknown> = { name: "loop" };
    cycle["again"] = cycle;
    expect(thrown(() => canonicalJson(cycle, DEFAULT_LIMITS)).limit).toEqual({ name: "jsonDepth", max: 32 });
  });

  it("R29: counts bytes of UTF-8 and refuses past requestBodyBytes; exactly the limit passes", () => {
    const limits = { requestBodyBytes: 8, jsonDepth: 32 };
    expect(canonicalJson("é😀", limits)).toBe('"é😀"'); // 1 + 2 + 4 + 1 bytes
    expect(thrown(() => canonicalJson("éé😀", limits))).toMatchObject({ code: "limit_exceeded", limit: { name: "requestBodyBytes", max: 8 } });
  });

  it("R29: a 10 MB string is refused without the rest of the request being written", () => {
    const request = { invitees: [{ metadata: { note: "x".repeat(10_000_000) } }, { never: "reached" }] };
    expect(thrown(() => canonicalJson(request, DEFAULT_LIMITS)).limit).toEqual({ name: "requestBodyBytes", max: 1_048_576 });
  });
});

describe("writeFingerprint", () => {
  const limits = DEFAULT_LIMITS;
  const archive = { operation: "changeStatus", target: { workspaceId: "ws-1", memberId: "u-4", expectedVersion: 3 }, body: { action: "archive" } };

  it("R26: binds the operation, the target, the expected version and the body", () => {
    const base = writeFingerprint(archive, limits);
    expect(base).toBe('["changeStatus",{"expectedVersion":3,"memberId":"u-4","workspaceId":"ws-1"},{"action":"archive"}]');
    expect(writeFingerprint({ ...archive, target: { ...archive.target, memberId: "u-5" } }, limits)).not.toBe(base);
    expect(writeFingerprint({ ...archive, target: { ...archive.target, expectedVersion: 4 } }, limits)).not.toBe(base);
    expect(writeFingerprint({ ...archive, body: { action: "unarchive" } }, limits)).not.toBe(base);
    expect(writeFingerprint({ ...archive, operation: "updateMember" }, limits)).not.toBe(base);
  });

  it("R29: refuses a body past the limits, whatever its target", () => {
    const huge = { ...archive, body: { action: "a".repeat(2_000_000) } };
    expect(thrown(() => writeFingerprint(huge, limits)).code).toBe("limit_exceeded");
  });

  it("R26: the mismatch error says what to do without internals, and the window defaults to 24 hours", () => {
    const error = idempotencyMismatch();
    expect(error).toMatchObject({ code: "idempotency_mismatch", rule: "R26", retryable: false });
    expect(error.message).toBe("This request reuses the idempotency key of an earlier, different request, so nothing was changed. Send it again with a new key.");
    expect(DEFAULT_IDEMPOTENCY_WINDOW_MS).toBe(86_400_000);
  });
});

describe("limit errors", () => {
  it("R29: name the limit, its maximum and what to do, in a sentence without internals", () => {
    expect(limitExceeded("inviteesPerRequest", 100, 250)).toMatchObject({
      code: "limit_exceeded",
      rule: "R29",
      retryable: false,
      limit: { name: "inviteesPerRequest", max: 100, actual: 250 },
      message: "At most 100 people can be invited at once; this request has 250. Invite them in smaller groups.",
    });
    expect(limitExceeded("requestBodyBytes", 1_048_576).message).toBe("This request is larger than the limit of 1 MiB. Send fewer people or less metadata at once.");
    expect(limitExceeded("jsonDepth", 32).limit).toEqual({ name: "jsonDepth", max: 32 });
  });

  it("R29: checkInviteeCount lets the limit itself through and refuses one more", () => {
    expect(() => checkInviteeCount(100, DEFAULT_LIMITS)).not.toThrow();
    expect(thrown(() => checkInviteeCount(101, DEFAULT_LIMITS)).limit).toEqual({ name: "inviteesPerRequest", max: 100, actual: 101 });
  });

  it("formats byte counts as people read them", () => {
    expect([formatByteCount(1_048_576), formatByteCount(8192), formatByteCount(1500), formatByteCount(3_145_728)]).toEqual(["1 MiB", "8 KiB", "1,500 bytes", "3 MiB"]);
  });
});
