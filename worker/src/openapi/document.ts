import * as z from "zod";
import { ERROR_CODES, ERROR_STATUS, ProblemSchema } from "../../../shared/api/errors.ts";
// issue 10: field descriptions and examples
import { ROUTE_EXAMPLES } from "../../../shared/api/examples.ts";
import { ROUTES, type RouteSpec } from "../../../shared/api/routes.ts";
import { fieldDoc, withFieldDocs } from "./field-docs.ts";

type Json = Record<string, unknown>;

const schema = (s: z.ZodType, io: "input" | "output"): Json =>
  z.toJSONSchema(s, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

function operation(id: string, route: RouteSpec): Json {
  return withFieldDocs(bareOperation(id, route), id);
}

function bareOperation(id: string, route: RouteSpec): Json {
  const example = ROUTE_EXAMPLES[id as keyof typeof ROUTE_EXAMPLES];
  const pathSchemas = route.params
    ? ((schema(route.params, "input") as { properties?: Record<string, Json> }).properties ?? {})
    : {};
  const parameters: Json[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    description: fieldDoc(id, m[1]!) ?? m[1],
    schema: pathSchemas[m[1]!] ?? { type: "string" },
  }));
  if (route.query) {
    const q = schema(route.query, "input") as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, s] of Object.entries(q.properties ?? {})) {
      parameters.push({
        name,
        in: "query",
        required: q.required?.includes(name) ?? false,
        description: (s["description"] as string | undefined) ?? fieldDoc(id, name) ?? name,
        schema: s,
      });
    }
  }
  const content: Json = {
    "application/json": {
      schema: schema(route.response, "output"),
      ...(example?.response !== undefined ? { example: example.response } : {}),
    },
  };
  for (const type of route.produces ?? []) content[type] = { schema: { type: "string" } };
  const responses: Json = {
    [String(route.status)]: { description: route.summary, content },
    "4XX": problem("Problem details with a stable `code` and a Russian `detail`"),
  };
  return {
    operationId: id,
    summary: route.summary,
    ...(route.auth ? {} : { security: [] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: route.bodyOptional !== true,
            content: {
              "application/json": {
                schema: schema(route.body, "input"),
                ...(example?.request !== undefined ? { example: example.request } : {}),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

let cached: Json | null = null;

/** OpenAPI 3.1 document built from the same zod schemas the routes validate with. */
export function openApiDocument(version: string): Json {
  if (cached) return cached;
  const paths: Record<string, Json> = {};
  for (const [id, route] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation(id, route) };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Svodka API",
      version,
      description:
        "Reporting campaigns for mentoring-programme roadmaps. Errors are application/problem+json; `code` is stable, `detail` is Russian.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "Google ID token (ScriptApp.getIdentityToken()) or an API token svk_…",
        },
      },
      schemas: {
        Problem: schema(ProblemSchema, "output"),
        ErrorCodes: {
          type: "object",
          description: "HTTP status of every error code",
          properties: Object.fromEntries(ERROR_CODES.map((c) => [c, { const: ERROR_STATUS[c] }])),
        },
      },
    },
  };
  return cached;
}
