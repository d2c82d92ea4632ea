/**
 * A strict RFC 4180 reader for the conformance suite: it reads what an export wrote back into records,
 * and refuses anything RFC 4180 does not allow (a quote inside an unquoted field, text after a closing
 * quote, an unterminated quoted field, a bare CR or LF as a line end), so a backend's quoting mistakes
 * fail the suite instead of being read generously. Not a general CSV parser: the kit ships none.
 * @module
 */

/** What an export file holds: its byte order mark, and its records (the header first). */
export interface CsvFile {
  /** Whether the bytes start with the UTF-8 byte order mark. */
  readonly byteOrderMark: boolean;
  readonly records: readonly (readonly string[])[];
}

/**
 * Reads CSV text whose every record ends with CRLF.
 * @throws Error naming the line and what is wrong.
 * @example
 * parseCsv('name,note\r\n"Lovelace, Ada","said ""hi"""\r\n') // [["name", "note"], ["Lovelace, Ada", 'said "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let position = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new Error(`CSV line ${String(line)}: ${what}.`);
  };
  while (position < text.length) {
    let field = "";
    if (text[position] === '"') {
      position += 1;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote === -1) fail("a quoted field is not closed");
        field += text.slice(position, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          position = quote + 2;
        } else {
          position = quote + 1;
          break;
        }
      }
      line += (field.match(/\n/g) ?? []).length;
    } else {
      const end = text.slice(position).search(/[,\r\n]/);
      field = end === -1 ? text.slice(position) : text.slice(position, position + end);
      if (field.includes('"')) fail(`a double quote inside an unquoted field (${JSON.stringify(field)})`);
      position += field.length;
    }
    record.push(field);
    if (text[position] === ",") {
      position += 1;
    } else if (text.startsWith("\r\n", position)) {
      records.push(record);
      record = [];
      position += 2;
      line += 1;
    } else {
      fail(position >= text.length ? "the last record does not end with CRLF" : `${JSON.stringify(text[position])} after a field, where a comma or CRLF must be`);
    }
  }
  return records;
}

/**
 * Reads an export stream whole: its byte order mark, then its records.
 * @throws Error when the bytes are not UTF-8 or the text not RFC 4180.
 */
export async function readCsvStream(stream: ReadableStream<Uint8Array>): Promise<CsvFile> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(byteOrderMark ? bytes.subarray(3) : bytes);
  return { byteOrderMark, records: parseCsv(text) };
}
