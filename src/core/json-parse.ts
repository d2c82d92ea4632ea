/**
 * A strict JSON parser that never throws on its input and says where it failed. `JSON.parse` messages
 * differ between engines and some carry no position, but R6 promises the line and column of a parse
 * error; it also silently keeps the last of two equal keys and recurses without bound on deep nesting.
 *
 * This parser works with an explicit stack (no recursion), refuses text past `maxLength` before reading
 * it and nesting past `maxDepth` as soon as it is reached (R29), refuses duplicate keys and the prototype
 * keys of R6, and answers every failure as data: a stable `code` with its `params` for hosts that word
 * errors themselves, an English `message`, and the `line`, `column` and `offset` where parsing stopped.
 * @module
 */
import { DEFAULT_LIMITS } from "./config";

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Why parsing failed; stable, for hosts that translate the message. */
export type JsonErrorCode =
  /** The text ended where a value, a key or a closing bracket was due. `params.expected` says which. */
  | "json_unexpected_end"
  /** A character that cannot stand here. `params.found` is it, `params.expected` what was due. */
  | "json_unexpected_character"
  /** Something follows the end of the JSON value. `params.found` is its first character. */
  | "json_trailing_content"
  /** A string has no closing double quote. */
  | "json_unterminated_string"
  /** A raw control character (U+0000–U+001F) inside a string. `params.codePoint` names it. */
  | "json_control_character"
  /** An escape JSON does not know, like `\x` or `\u12`. `params.escape` is it. */
  | "json_invalid_escape"
  /** An object repeats a key (the first would be lost silently). `params.key` is it. */
  | "json_duplicate_key"
  /** A key refused by the caller, by default the prototype keys of R6. `params.key` is it. */
  | "json_forbidden_key"
  /** Objects and arrays nest deeper than `params.limit` (R29). */
  | "json_too_deep"
  /** The text is longer than `params.limit` characters; it was refused before it was read (R29). */
  | "json_too_long"
  /** What was passed is not text at all. */
  | "json_not_text";

/** What was due where parsing stopped: `params.expected` of `json_unexpected_end` and `json_unexpected_character`. */
export type JsonExpected =
  /** A value: an object, array, string, number, `true`, `false` or `null`. */
  | "value"
  /** A property name in double quotes. */
  | "propertyName"
  /** The ":" after a property name. */
  | "colon"
  /** "," or "]" after an array item. */
  | "commaOrBracket"
  /** "," or "}" after a property value. */
  | "commaOrBrace";

/** The values of each parse error, by code: what a host words the error from. */
export interface JsonErrorParamsByCode {
  readonly json_unexpected_end: { readonly expected: JsonExpected };
  /** `found` is the character as typed (a whole code point). */
  readonly json_unexpected_character: { readonly expected: JsonExpected; readonly found: string };
  readonly json_trailing_content: { readonly found: string };
  readonly json_unterminated_string: Readonly<Record<never, never>>;
  /** `codePoint` names the character, e.g. `U+0009`. */
  readonly json_control_character: { readonly codePoint: string };
  /** `escape` as typed, e.g. `\x` or `\u12`. */
  readonly json_invalid_escape: { readonly escape: string };
  readonly json_duplicate_key: { readonly key: string };
  readonly json_forbidden_key: { readonly key: string };
  readonly json_too_deep: { readonly limit: number };
  readonly json_too_long: { readonly length: number; readonly limit: number };
  /** `type` is what was passed instead, as `typeof` names it. */
  readonly json_not_text: { readonly type: string };
}

/** The values of any parse error. */
export type JsonErrorParams = JsonErrorParamsByCode[JsonErrorCode];

/** Where and why parsing failed. `line` and `column` count from 1 (columns in code points); `offset` from 0 in UTF-16 code units. */
export interface JsonParseFailure {
  readonly ok: false;
  readonly code: JsonErrorCode;
  /** An English sentence without the position, e.g. `Unexpected "}": expected a value`. */
  readonly message: string;
  /** The values the message is made of, for hosts that word it themselves ({@link JsonErrorParamsByCode}). */
  readonly params: JsonErrorParams;
  readonly line: number;
  readonly column: number;
  /** Index into the text where parsing stopped (for `setSelectionRange`). */
  readonly offset: number;
}

/** The result of {@link parseJson}. */
export type JsonParseResult = { readonly ok: true; readonly value: JsonValue } | JsonParseFailure;

/** Options of {@link parseJson}. */
export interface JsonParseOptions {
  /** Deepest nesting of objects and arrays allowed; `[]` is depth 1. @default DEFAULT_LIMITS.jsonDepth, 32 (R29) */
  readonly maxDepth?: number;
  /** Longest text read, in UTF-16 code units; longer text is refused without being read. @default Infinity */
  readonly maxLength?: number;
  /** Object keys refused wherever they appear. @default PROTOTYPE_KEYS (R6) */
  readonly forbiddenKeys?: readonly string[];
}

/** Keys that reach object prototypes in careless code; refused by default (R6). */
export const PROTOTYPE_KEYS: readonly string[] = Object.freeze(["__proto__", "constructor", "prototype"]);

class JsonSyntaxError extends Error {
  constructor(
    readonly code: JsonErrorCode,
    message: string,
    readonly params: JsonErrorParams,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const LITERALS: readonly (readonly [string, JsonValue])[] = [["true", true], ["false", false], ["null", null]];
/** Longest key or character quoted in a message; longer ones are cut with "…". */
const QUOTE_MAX = 40;

/** `U+0009`: how a code point is named in messages (the validation's too). */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A character as a message shows it: quoted when printable, by its code point when not. */
function describeChar(char: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `"${char}"` : codePointName(char.codePointAt(0) ?? 0);
}

/** A key as a message quotes it, cut to {@link QUOTE_MAX} characters. */
function quoteKey(key: string): string {
  return `"${key.length > QUOTE_MAX ? `${key.slice(0, QUOTE_MAX)}…` : key}"`;
}

const EXPECTED_TEXT: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "Expected a property name in double quotes",
  colon: 'Expected ":"',
  commaOrBracket: 'Expected "," or "]" after an array item',
  commaOrBrace: 'Expected "," or "}" after a property value',
};

/** What stood where something else was due, in English: the sentence of both "unexpected" codes. */
function unexpectedSentence(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "Unexpected end of the text: a value is missing" : `Unexpected ${describeChar(found)}: expected a value`;
  return `${EXPECTED_TEXT[expected]} but found ${found === "" ? "the end of the text" : describeChar(found)}`;
}

/**
 * The kit's English sentence of every parse error, by code, without the position and without a final
 * period: the `message` of a {@link JsonParseFailure}, and the UI's default messages for these codes.
 */
export const JSON_ERROR_SENTENCES: { readonly [C in JsonErrorCode]: (params: JsonErrorParamsByCode[C]) => string } = {
  json_unexpected_end: ({ expected }) => unexpectedSentence(expected, ""),
  json_unexpected_character: ({ expected, found }) => unexpectedSentence(expected, found),
  json_trailing_content: ({ found }) => `Unexpected ${describeChar(found)} after the end of the JSON value`,
  json_unterminated_string: () => "Unterminated string: a closing double quote is missing",
  json_control_character: ({ codePoint }) => `The control character ${codePoint} must be escaped inside strings`,
  json_invalid_escape: ({ escape }) => `Invalid escape "${escape}" in a string${escape.startsWith("\\u") ? ": \\u takes four hexadecimal digits" : ""}`,
  json_duplicate_key: ({ key }) => `The key ${quoteKey(key)} appears twice in the same object; each key may appear only once`,
  json_forbidden_key: ({ key }) => `The key ${quoteKey(key)} is not allowed`,
  json_too_deep: ({ limit }) => `The JSON nests objects and arrays more than ${limit} levels deep, which is the limit`,
  json_too_long: ({ length, limit }) => `The text is ${length} characters long; the limit is ${limit}`,
  json_not_text: ({ type }) => `Expected JSON text, not ${type}`,
};

/**
 * The English sentence of a parse error from its code and values.
 * @example
 * jsonErrorSentence("json_unexpected_character", { expected: "colon", found: "}" }) // 'Expected ":" but found "}"'
 */
export function jsonErrorSentence<C extends JsonErrorCode>(code: C, params: JsonErrorParamsByCode[C]): string {
  // The table is keyed by C: its entry takes exactly the parameters of C.
  return (JSON_ERROR_SENTENCES[code] as (params: JsonErrorParamsByCode[C]) => string)(params);
}

/** An object or array still open, with the key its next value goes under. */
interface Frame {
  readonly container: JsonValue[] | Record<string, JsonValue>;
  readonly isArray: boolean;
  key: string;
}

class Parser {
  private offset = 0;
  private readonly maxDepth: number;
  private readonly forbiddenKeys: ReadonlySet<string>;

  constructor(
    private readonly text: string,
    options: JsonParseOptions,
  ) {
    this.maxDepth = options.maxDepth ?? DEFAULT_LIMITS.jsonDepth;
    this.forbiddenKeys = new Set(options.forbiddenKeys ?? PROTOTYPE_KEYS);
  }

  private fail<C extends JsonErrorCode>(code: C, params: JsonErrorParamsByCode[C], offset = this.offset): never {
    throw new JsonSyntaxError(code, jsonErrorSentence(code, params), params, offset);
  }

  /** Fails on what stands at the offset when `expected` was due (the end of the text or a wrong character). */
  private unexpected(expected: JsonExpected): never {
    const char = this.charAt(this.offset);
    if (char === "") return this.fail("json_unexpected_end", { expected });
    return this.fail("json_unexpected_character", { expected, found: char });
  }

  /** The whole code point at `offset` (a surrogate pair counts as one), or "" at the end. */
  private charAt(offset: number): string {
    const code = this.text.codePointAt(offset);
    return code === undefined ? "" : String.fromCodePoint(code);
  }

  private skipWhitespace(): void {
    const { text } = this;
    for (;;) {
      const code = text.charCodeAt(this.offset);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return;
      this.offset += 1;
    }
  }

  parseDocument(): JsonValue {
    const stack: Frame[] = [];
    for (;;) {
      let value = this.parseValue(stack);
      if (value === undefined) continue; // a container opened: its first entry is next
      // A value is complete: hand it to the open containers, closing every one that ends here.
      for (;;) {
        const frame = stack.at(-1);
        if (frame === undefined) {
          this.skipWhitespace();
          const rest = this.charAt(this.offset);
          if (rest !== "") this.fail("json_trailing_content", { found: rest });
          return value;
        }
        if (frame.isArray) (frame.container as JsonValue[]).push(value);
        else Object.defineProperty(frame.container, frame.key, { value, enumerable: true, writable: true, configurable: true });
        this.skipWhitespace();
        const close = frame.isArray ? "]" : "}";
        const next = this.text[this.offset];
        if (next === ",") {
          this.offset += 1;
          if (!frame.isArray) this.parseKey(frame);
          break;
        }
        if (next !== close) this.unexpected(frame.isArray ? "commaOrBracket" : "commaOrBrace");
        this.offset += 1;
        stack.pop();
        value = frame.container;
      }
    }
  }

  /** Parses a primitive value, or opens a container: then returns `undefined` (or the container when it is empty). */
  private parseValue(stack: Frame[]): JsonValue | undefined {
    this.skipWhitespace();
    const char = this.text[this.offset];
    if (char === "{" || char === "[") {
      if (stack.length >= this.maxDepth) {
        this.fail("json_too_deep", { limit: this.maxDepth });
      }
      this.offset += 1;
      this.skipWhitespace();
      const isArray = char === "[";
      const container: JsonValue[] | Record<string, JsonValue> = isArray ? [] : {};
      if (this.text[this.offset] === (isArray ? "]" : "}")) {
        this.offset += 1;
        return container;
      }
      const frame: Frame = { container, isArray, key: "" };
      stack.push(frame);
      if (!isArray) this.parseKey(frame);
      return undefined;
    }
    if (char === '"') return this.parseString();
    for (const [word, value] of LITERALS) {
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
    return this.unexpected("value");
  }

  /** Reads `"key":` into `frame.key`, refusing forbidden and repeated keys where they start. */
  private parseKey(frame: Frame): void {
    this.skipWhitespace();
    if (this.text[this.offset] !== '"') this.unexpected("propertyName");
    const start = this.offset;
    const key = this.parseString();
    if (this.forbiddenKeys.has(key)) this.fail("json_forbidden_key", { key }, start);
    if (Object.hasOwn(frame.container, key)) this.fail("json_duplicate_key", { key }, start);
    frame.key = key;
    this.skipWhitespace();
    if (this.text[this.offset] !== ":") this.unexpected("colon");
    this.offset += 1;
  }

  private parseString(): string {
    const { text } = this;
    const start = this.offset;
    this.offset += 1;
    let result = "";
    let run = this.offset;
    for (;;) {
      const code = text.charCodeAt(this.offset);
      if (code === 0x22) {
        result += text.slice(run, this.offset);
        this.offset += 1;
        return result;
      }
      if (Number.isNaN(code)) this.fail("json_unterminated_string", {}, start);
      if (code < 0x20) this.fail("json_control_character", { codePoint: codePointName(code) });
      if (code !== 0x5c) {
        this.offset += 1;
        continue;
      }
      result += text.slice(run, this.offset);
      const escape = text[this.offset + 1] ?? "";
      if (escape === "u") {
        HEX4.lastIndex = this.offset + 2;
        if (!HEX4.test(text)) {
          this.fail("json_invalid_escape", { escape: `\\u${/^[0-9a-fA-F]*/.exec(text.slice(this.offset + 2, this.offset + 6))?.[0] ?? ""}` });
        }
        result += String.fromCharCode(parseInt(text.slice(this.offset + 2, this.offset + 6), 16));
        this.offset += 6;
      } else {
        const replacement = ESCAPES[escape];
        if (replacement === undefined) this.fail("json_invalid_escape", { escape: `\\${escape}` });
        result += replacement;
        this.offset += 2;
      }
      run = this.offset;
    }
  }
}

/** Line and column (from 1; the column in code points) of an offset in `text`; reads no further than the offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let index = 0; index < offset; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      line += 1;
      column = 1;
    } else if (!((code & 0xfc00) === 0xdc00 && (text.charCodeAt(index - 1) & 0xfc00) === 0xd800)) {
      // The second half of a surrogate pair belongs to the code point already counted.
      column += 1;
    }
  }
  return { line, column };
}

function failure<C extends JsonErrorCode>(text: string, code: C, params: JsonErrorParamsByCode[C], offset: number): JsonParseFailure {
  return { ok: false, code, message: jsonErrorSentence(code, params), params, ...position(text, offset), offset };
}

function failureOf(text: string, error: JsonSyntaxError): JsonParseFailure {
  return { ok: false, code: error.code, message: error.message, params: error.params, ...position(text, error.offset), offset: error.offset };
}

/**
 * Parses JSON text; never throws on its input. On failure tells why (`code`, `params`, `message`) and the
 * line and column (from 1) where parsing stopped. Text longer than `maxLength` is refused before it is
 * read; nesting deeper than `maxDepth` is refused where it passes the limit; a repeated key and the
 * prototype keys of R6 are refused where they stand. Every other text parses as `JSON.parse` parses it.
 * @example
 * parseJson('{"a": }')
 * // { ok: false, code: "json_unexpected_character", message: 'Unexpected "}": expected a value',
 * //   params: { expected: "value", found: "}" }, line: 1, column: 7, offset: 6 }
 */
export function parseJson(text: string, options: JsonParseOptions = {}): JsonParseResult {
  if (typeof text !== "string") return failure("", "json_not_text", { type: typeof text }, 0);
  const maxLength = options.maxLength ?? Infinity;
  if (text.length > maxLength) return failure(text, "json_too_long", { length: text.length, limit: maxLength }, maxLength);
  try {
    return { ok: true, value: new Parser(text, options).parseDocument() };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return failureOf(text, error);
  }
}
