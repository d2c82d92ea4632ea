import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import document from "../../openapi/rosterkit.openapi.json";
import { RosterError } from "../core/errors";

/**
 * Request validation against the OpenAPI document's own schemas (draft 2020-12, the dialect of OpenAPI
 * 3.1), so that what the server accepts and what the document promises cannot drift apart. A bad
 * request gets a `validation` error whose `fieldErrors` name each field, as a JSON pointer path.
 * @module
 */

const DOCUMENT_ID = "urn:rosterkit:openapi";

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, coerceTypes: false });
addFormats(ajv);
ajv.addVocabulary(["openapi", "jsonSchemaDialect", "info", "servers", "paths", "components", "security", "tags", "webhooks"]);
ajv.addSchema(document, DOCUMENT_ID);

const compiled = new Map<string, ValidateFunction>();

function validatorOf(schemaName: string): ValidateFunction {
  let validate = compiled.get(schemaName);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/${schemaName}` });
    compiled.set(schemaName, validate);
  }
  return validate;
}

/** The field an ajv error is about: `invitees.2.email`, or the missing property, or `body`. */
function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split("/").filter((part) => part !== "");
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required" && typeof params["missingProperty"] === "string") path.push(params["missingProperty"]);
  if (error.keyword === "additionalProperties" && typeof params["additionalProperty"] === "string") path.push(params["additionalProperty"]);
  return path.length > 0 ? path.join(".") : "body";
}

function messageOf(error: ErrorObject, field: string): string {
  if (error.keyword === "additionalProperties") return `\`${field}\` is not a field of this request.`;
  if (error.keyword === "required") return `\`${field}\` is required.`;
  if (error.keyword === "enum") return `\`${field}\` must be one of ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String).join(", ")}.`;
  return `\`${field}\` ${error.message ?? "is not valid"}.`;
}

/**
 * Checks a value against a schema of the document; refuses it with every field named.
 * @param ignore fields whose problems are left to a later, more specific check (e.g. each invitee, R5).
 * @throws RosterError `validation`.
 */
export function checkAgainstSchema(schemaName: string, value: unknown, ignore: (field: string) => boolean = () => false): void {
  const validate = validatorOf(schemaName);
  if (validate(value)) return;
  // A Map, not an object: a field named `__proto__` or `constructor` must not be taken for one already seen.
  const fieldErrors = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    const field = fieldOf(error);
    if (ignore(field) || fieldErrors.has(field)) continue;
    fieldErrors.set(field, messageOf(error, field));
  }
  if (fieldErrors.size === 0) return;
  const [first = ""] = fieldErrors.values();
  const more = fieldErrors.size - 1;
  throw new RosterError("validation", more === 0 ? first : `${first} (${String(more)} more problem${more > 1 ? "s" : ""})`, { fieldErrors: Object.fromEntries(fieldErrors) });
}
