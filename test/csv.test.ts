import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Member } from "../src/core/domain.types";
import { CSV_LINE_END, csvField, csvRecord, neutraliseFormula } from "../src/core/csv";
import { MEMBER_EXPORT_COLUMNS, exportColumns, memberExportCells, memberExportFilename, memberExportStream } from "../src/core/member-export";
import { isRosterError } from "../src/core/errors";
import { parseCsv, readCsvStream } from "../src/testing/csv-records";
import { ALL_BAD_INPUTS, withValidFields } from "./support/bad-inputs";
import { makeMember } from "./support/member-fixture";

/**
 * R25: the CSV an export writes: RFC 4180 quoting, formulas neutralised (the bad-input corpus's
 * formula-looking names, emails and metadata among them), the allow-list of columns, each member's
 * cells, and a stream that reads one page at a time.
 */

/** The corpus cases whose text a spreadsheet would take for a formula. */
const FORMULA_CASES = ALL_BAD_INPUTS.filter((input) => input.label.includes("formula"));

describe("R25: CSV fields and records (RFC 4180)", () => {
  it.each([
    ["plain text", "Ada Lovelace", "Ada Lovelace"],
    ["an empty field", "", ""],
    ["a comma", "Lovelace, Ada", '"Lovelace, Ada"'],
    ["a double quote, doubled", 'Ada "the Countess"', '"Ada ""the Countess"""'],
    ["a line feed", "one\ntwo", '"one\ntwo"'],
    ["a CR LF inside", "one\r\ntwo", '"one\r\ntwo"'],
    ["a formula-free minus inside", "1-2", "1-2"],
    ["an equals sign inside", "a=b", "a=b"],
  ])("R25: %s", (_label, text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each([
    ["=", "=1+1"],
    ["+", "+1"],
    ["-", "-1"],
    ["@", "@SUM(A1)"],
    ["a tab", "\t=1"],
    ["a carriage return", "\r=1"],
  ])("R25: a field starting with %s is neutralised with a single quote", (_label, text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
    const [record] = parseCsv(csvRecord([text]));
    expect(record).toEqual([`'${text}`]);
  });

  it("R25: a record is its fields joined by commas and ended by CRLF", () => {
    expect(csvRecord(["name", "email"])).toBe(`name,email${CSV_LINE_END}`);
    expect(csvRecord(["=1", "a,b", ""])).toBe(`'=1,"a,b",\r\n`);
  });

  it.each(FORMULA_CASES.map((input) => [input.label, input] as const))("R25: the bad-input corpus's %s is written inert", (_label, input) => {
    const { name, email, metadata } = withValidFields(input);
    const cells = [name, email, metadata];
    const [record] = parseCsv(csvRecord(cells));
    expect(record).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    for (const cell of record ?? []) expect(cell, "no cell starts as a formula").not.toMatch(/^[=+\-@\t\r]/);
  });

  it("R25: any fields come back from the file as written, neutralised where they would run (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 6 }), (fields) => {
        expect(parseCsv(csvRecord(fields))).toEqual([fields.map(neutraliseFormula)]);
      }),
    );
  });

  it("R25: the test reader refuses what RFC 4180 does not allow, so a backend's quoting mistake fails", () => {
    expect(() => parseCsv('a"b\r\n')).toThrow(/double quote inside an unquoted field/);
    expect(() => parseCsv('"open\r\n')).toThrow(/not closed/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after a field/);
    expect(() => parseCsv("a,b\n")).toThrow(/after a field/);
    expect(() => parseCsv("a,b")).toThrow(/does not end with CRLF/);
  });
});

describe("R25: export columns and cells", () => {
  const member: Member = makeMember({
    name: "=Eve",
    email: "eve@example.com",
    role: "builder",
    groups: ["g-1", "g-gone"],
    metadata: { team: "design", level: 2 },
    invitedAt: "2026-01-02T09:00:00.000Z",
    lastActiveAt: null,
  });

  it("R25: every column by default; the columns asked for in their order; an unknown or repeated column refused, named", () => {
    expect(exportColumns(undefined)).toEqual(MEMBER_EXPORT_COLUMNS);
    expect(exportColumns([])).toEqual(MEMBER_EXPORT_COLUMNS);
    expect(exportColumns(["email", "name"])).toEqual(["email", "name"]);
    const refusal = (columns: string[]) => {
      try {
        exportColumns(columns);
      } catch (error) {
        if (isRosterError(error)) return error;
      }
      return expect.fail(`${columns.join(",")} was accepted`);
    };
    const unknown = refusal(["name", "password", "ssn"]);
    expect(unknown).toMatchObject({ code: "validation" });
    expect(unknown.message).toContain('"password", "ssn"');
    expect(unknown.fieldErrors["columns"]).toBe(unknown.message);
    expect(refusal(["name", "email", "name"]).message).toContain('"name"');
  });

  it("R25: cells: groups by name (the id when unknown), times ISO, metadata JSON, nothing empty; neutralised only when written", () => {
    const cells = memberExportCells(member, MEMBER_EXPORT_COLUMNS, (id) => (id === "g-1" ? "Design" : undefined));
    expect(cells).toEqual(["=Eve", "eve@example.com", member.status, "builder", "Design; g-gone", "2026-01-02T09:00:00.000Z", "", '{"team":"design","level":2}']);
    expect(csvRecord(cells).startsWith("'=Eve,")).toBe(true);
    expect(memberExportCells(makeMember({ role: null, metadata: {} }), ["role", "metadata"], () => undefined)).toEqual(["", ""]);
  });

  it("R25: the file is named after its scope", () => {
    expect(memberExportFilename({ kind: "workspace", workspaceId: "ws-1" })).toBe("members-ws-1.csv");
    expect(memberExportFilename({ kind: "workspace", workspaceId: 'a/b "c"' })).toBe("members-a_b_c_.csv");
    expect(memberExportFilename({ kind: "instance" })).toBe("all-users.csv");
  });

  it("R25: the stream writes a byte order mark and the header, then one chunk per page, reading a page only when asked", async () => {
    const asked: string[] = [];
    const page = (id: string, nextCursor: string | null) => ({ members: [makeMember({ id, name: id, email: `${id}@example.com` })], total: null, nextCursor });
    const stream = memberExportStream({
      columns: ["name"],
      groupName: () => undefined,
      first: page("a", "c1"),
      next: async (cursor) => {
        asked.push(cursor);
        return cursor === "c1" ? page("b", "c2") : page("c", null);
      },
    });
    const reader = stream.getReader();
    const chunk = async (): Promise<string | null> => {
      const read = await reader.read();
      return read.done ? null : new TextDecoder("utf-8", { ignoreBOM: true }).decode(read.value);
    };
    expect(await chunk()).toBe("\uFEFFname\r\n");
    expect(await chunk()).toBe("a\r\n"); // the first page, read before the stream was made
    expect(asked).toEqual([]);
    expect(await chunk()).toBe("b\r\n");
    expect(asked).toEqual(["c1"]);
    expect(await chunk()).toBe("c\r\n");
    expect(asked).toEqual(["c1", "c2"]);
    expect(await chunk()).toBeNull();
  });

  it("R25: a page that fails to load errors the stream: a cut export never passes for a whole one", async () => {
    const stream = memberExportStream({
      columns: ["name"],
      groupName: () => undefined,
      first: { members: [makeMember()], total: null, nextCursor: "c1" },
      next: () => Promise.reject(new Error("the database went away")),
    });
    await expect(readCsvStream(stream)).rejects.toThrow("the database went away");
  });
});
