/**
 * CSV output as RFC 4180 writes it, for exports a person opens in a spreadsheet (R25): fields separated
 * by commas, records ended by CRLF, a field quoted when it holds a comma, a double quote, a CR or an LF,
 * and a double quote inside a quoted field doubled. A field a spreadsheet would run as a formula (one
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is neutralised first: a single quote
 * before it makes the spreadsheet show it as the text it is (OWASP's advice on CSV injection).
 * @module
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What makes a field need quotes (RFC 4180, section 2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** The record separator of RFC 4180. */
export const CSV_LINE_END = "\r\n";

/**
 * The text with a single quote before it when a spreadsheet would run it as a formula; other text as it is.
 * @example
 * neutraliseFormula("=HYPERLINK(\"http://evil.example\")") // "'=HYPERLINK(\"http://evil.example\")"
 * neutraliseFormula("Ada") // "Ada"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field of a CSV record: neutralised (see {@link neutraliseFormula}), then quoted when it must be.
 * @example
 * csvField('Lovelace, "Ada"') // "\"Lovelace, \"\"Ada\"\"\""
 * csvField("-1@example.com") // "'-1@example.com"
 */
export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One CSV record, CRLF included.
 * @example
 * csvRecord(["name", "email"]) // "name,email\r\n"
 */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}${CSV_LINE_END}`;
}
