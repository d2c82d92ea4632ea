import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import type { ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

/**
 * Test support: validates answers of the mock backend against `openapi/rosterkit.openapi.json` with ajv
 * (draft 2020-12, the dialect of OpenAPI 3.1), so that the document and the mock cannot drift apart.
 * Not a test file itself; used by `openapi.test.ts`, `mocks.test.ts` and `rest-adapter.contract.test.ts`.
 * @module
 */

/** The OpenAPI document, parsed. */
export const OPENAPI_DOCUMENT = JSON.parse(readFileSync(new URL("../openapi/rosterkit.openapi.json", import.meta.url), "utf8")) as OpenApiDocument;

/** The parts of an OpenAPI 3.1 document the tests read. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, unknown>>;
    readonly responses: Readonly<Record<string, OpenApiResponse>>;
    readonly parameters: Readonly<Record<string, unknown>>;
  };
}

/** One response object of the document. */
export interface OpenApiResponse {
  readonly $ref?: string;
  readonly description?: string;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly content?: Readonly<Record<string, { readonly schema: unknown }>>;
}

/** One operation of the document. */
export interface OpenApiOperation {
  readonly operationId: string;
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: unknown }>> };
}

const DOCUMENT_ID = "https://rosterkit.test/openapi.json";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A fresh ajv with the document loaded; its OpenAPI keywords are declared so that strict mode accepts it. */
export function createOpenApiAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(["openapi", "jsonSchemaDialect", "info", "servers", "paths", "components", "security", "tags", "webhooks"]);
  ajv.addSchema(OPENAPI_DOCUMENT, DOCUMENT_ID);
  return ajv;
}

const ajv = createOpenApiAjv();
const compiled = new Map<string, ValidateFunction>();

function escapePointer(part: string): string {
  return part.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A validator of the schema at a JSON pointer into the document. */
export function validatorAt(pointer: readonly string[]): ValidateFunction {
  const ref = `${DOCUMENT_ID}#/${pointer.map(escapePointer).join("/")}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

/** Every operation of the document with its path template and method. */
export function operations(): { path: string; method: string; operation: OpenApiOperation }[] {
  const out: { path: string; method: string; operation: OpenApiOperation }[] = [];
  for (const [path, item] of Object.entries(OPENAPI_DOCUMENT.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (operation) out.push({ path, method, operation });
    }
  }
  return out;
}

const routes = operations().map((entry) => ({
  ...entry,
  pattern: new RegExp(`^${entry.path.replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The response object the document gives for a status: exact, then `4XX`/`5XX`, then `default`; refs resolved. */
export function responseFor(operation: OpenApiOperation, status: number): { key: string; response: OpenApiResponse; pointer: string[] } | null {
  for (const key of [String(status), `${String(status)[0] ?? ""}XX`, "default"]) {
    const response = operation.responses[key];
    if (!response) continue;
    if (response.$ref) {
      const name = response.$ref.split("/").at(-1) ?? "";
      const resolved = OPENAPI_DOCUMENT.components.responses[name];
      if (!resolved) return null;
      return { key, response: resolved, pointer: ["components", "responses", name] };
    }
    return { key, response, pointer: [] };
  }
  return null;
}

/**
 * Checks one answer against the document and returns the problems found (empty when it conforms): the
 * operation exists, the status is documented, the media type is declared, and the body matches its schema.
 */
export async function checkAnswer(method: string, url: string, baseUrl: string, response: Response): Promise<string[]> {
  const path = new URL(url).pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, "").length);
  const what = `${method.toUpperCase()} ${path} → ${String(response.status)}`;
  const route = routes.find((candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(path));
  if (!route) return [`${what}: no operation in the OpenAPI document`];
  const found = responseFor(route.operation, response.status);
  if (!found) return [`${what}: status not documented for ${route.operation.operationId}`];
  const mediaType = (response.headers.get("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
  const content = found.response.content?.[mediaType];
  if (!content) return [`${what}: media type "${mediaType}" not documented (${Object.keys(found.response.content ?? {}).join(", ")})`];
  const pointer =
    found.pointer.length > 0
      ? [...found.pointer, "content", mediaType, "schema"]
      : ["paths", route.path, route.method, "responses", found.key, "content", mediaType, "schema"];
  const validate = validatorAt(pointer);
  const text = await response.clone().text();
  // A file (a CSV export) is checked as the text it is; every other answer is JSON.
  const body: unknown = mediaType.startsWith("text/") ? text : JSON.parse(text);
  if (validate(body)) return [];
  return [`${what} (${route.operation.operationId}): ${ajv.errorsText(validate.errors, { dataVar: "body" })}`];
}

/**
 * A `fetch` that checks every answer against the document and records what does not conform in `drift`;
 * `through` is the fetch it wraps (a handler called in process, for one).
 * @example
 * const drift: string[] = [];
 * const adapter = createRestAdapter({ baseUrl, fetch: checkingFetch(baseUrl, drift) });
 */
export function checkingFetch(
  baseUrl: string,
  drift: string[],
  through: (input: string, init: RequestInit) => Promise<Response> = (input, init) => globalThis.fetch(input, init),
): (input: string, init: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const response = await through(input, init);
    try {
      drift.push(...(await checkAnswer(init.method ?? "GET", input, baseUrl, response)));
    } catch (error) {
      drift.push(`${init.method ?? "GET"} ${input}: could not check the answer: ${error instanceof Error ? error.message : String(error)}`);
    }
    return response;
  };
}
