/**
 * A strict JSON parser that says where it failed. `JSON.parse` messages differ between engines and
 * some carry no position, but R6 promises the line and column of a parse error.
 * @module
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Where and why parsing failed; `line` and `column` count from 1. */
export interface JsonParseFailure {
  readonly ok: false;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The result of {@link parseJson}. */
export type JsonParseResult = { readonly ok: true; readonly value: JsonValue } | JsonParseFailure;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(char: string | undefined): string {
  return char === undefined ? "the end of the text" : `"${char}"`;
}

class Parser {
  private offset = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonValue {
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.offset < this.text.length) this.fail(`Unexpected ${describe(this.text[this.offset])} after the end of the JSON value`);
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.offset);
  }

  private skipWhitespace(): void {
    while (this.offset < this.text.length && " \t\n\r".includes(this.text[this.offset] ?? "")) this.offset += 1;
  }

  private expect(char: string): void {
    if (this.text[this.offset] !== char) this.fail(`Expected "${char}" but found ${describe(this.text[this.offset])}`);
    this.offset += 1;
  }

  private parseValue(): JsonValue {
    this.skipWhitespace();
    const char = this.text[this.offset];
    if (char === "{") return this.parseObject();
    if (char === "[") return this.parseArray();
    if (char === '"') return this.parseString();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.offset)) {
        this.offset += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.offset;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.offset += number[0].length;
      return Number(number[0]);
    }
    return this.fail(char === undefined ? "Unexpected end of the text: a value is missing" : `Unexpected ${describe(char)}: expected a value`);
  }

  private parseObject(): JsonValue {
    this.offset += 1;
    const object: Record<string, JsonValue> = {};
    this.skipWhitespace();
    if (this.text[this.offset] === "}") {
      this.offset += 1;
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] !== '"') this.fail(`Expected a property name in double quotes but found ${describe(this.text[this.offset])}`);
      const key = this.parseString();
      this.skipWhitespace();
      this.expect(":");
      Object.defineProperty(object, key, { value: this.parseValue(), enumerable: true, writable: true, configurable: true });
      if (this.closes("}", "a property value")) return object;
    }
  }

  private parseArray(): JsonValue {
    this.offset += 1;
    const array: JsonValue[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === "]") {
      this.offset += 1;
      return array;
    }
    for (;;) {
      array.push(this.parseValue());
      if (this.closes("]", "an array item")) return array;
    }
  }

  /** After an entry of an object or array: skips a `,` (false) or the closing `close` (true); anything else fails. */
  private closes(close: "}" | "]", entry: string): boolean {
    this.skipWhitespace();
    const char = this.text[this.offset];
    if (char !== "," && char !== close) this.fail(`Expected "," or "${close}" after ${entry} but found ${describe(char)}`);
    this.offset += 1;
    return char === close;
  }

  private parseString(): string {
    this.offset += 1;
    let result = "";
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) this.fail("Unterminated string: a closing double quote is missing");
      if (char === '"') {
        this.offset += 1;
        return result;
      }
      if (char < " ") this.fail("Control characters must be escaped inside strings");
      if (char === "\\") {
        const escape = this.text[this.offset + 1] ?? "";
        if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))) {
          result += String.fromCharCode(parseInt(this.text.slice(this.offset + 2, this.offset + 6), 16));
          this.offset += 6;
          continue;
        }
        const replacement = ESCAPES[escape];
        if (replacement === undefined) this.fail(`Invalid escape "\\${escape}" in a string`);
        result += replacement;
        this.offset += 2;
        continue;
      }
      result += char;
      this.offset += 1;
    }
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Parses JSON text; on failure tells the line and column (from 1) where parsing stopped.
 * Keys such as `__proto__` become plain own properties, never prototypes.
 * @example
 * parseJson('{"a": }') // { ok: false, message: 'Unexpected "}": expected a value', line: 1, column: 7 }
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: new Parser(text).parseDocument() };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, message: error.message, ...position(text, error.offset) };
  }
}
