import { FIELD_DOCS } from "../../../shared/api/field-docs.ts";

type Json = Record<string, unknown>;

/** The description of field `name` met inside `context` (an enclosing field or an operation id). */
export function fieldDoc(context: string, name: string): string | undefined {
  return FIELD_DOCS[`${context}.${name}`] ?? FIELD_DOCS[name];
}

/** Fill in `description` of every property of a JSON schema that has none (a schema's own `.describe()` wins). */
export function withFieldDocs<T>(node: T, context: string): T {
  if (Array.isArray(node)) {
    for (const n of node) withFieldDocs(n, context);
  } else if (node && typeof node === "object") {
    const o = node as Json;
    for (const [key, value] of Object.entries(o)) {
      if (key === "properties" && value && typeof value === "object") {
        for (const [name, prop] of Object.entries(value as Record<string, Json>)) {
          if (prop && typeof prop === "object" && prop["description"] === undefined) {
            const doc = fieldDoc(context, name);
            if (doc) prop["description"] = doc;
          }
          withFieldDocs(prop, name);
        }
      } else {
        withFieldDocs(value, context);
      }
    }
  }
  return node;
}
