import { describe, expect, it } from "vitest";
import { ROUTE_EXAMPLES } from "../../shared/api/examples.ts";
import { ROUTES, type RouteSpec } from "../../shared/api/routes.ts";
import { call, json } from "./helpers/call.ts";

// The API reference a newcomer can use (issue 10): every field described, every route with a worked
// example that its own schemas accept, a getting-started section, and a root page instead of a 404.

type Json = Record<string, unknown>;

/** Paths of properties without a description, e.g. "submit.response.counts.error". */
function undocumented(node: unknown, at: string, out: string[]): string[] {
  if (Array.isArray(node)) {
    for (const n of node) undocumented(n, at, out);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === "properties") {
        for (const [name, prop] of Object.entries(value as Record<string, Json>)) {
          if (!prop["description"]) out.push(`${at}.${name}`);
          undocumented(prop, `${at}.${name}`, out);
        }
      } else undocumented(value, at, out);
    }
  }
  return out;
}

describe("the API reference", () => {
  it("describes every request and response field and every parameter", async () => {
    const doc = await json<{ paths: Record<string, Record<string, Json>> }>(
      await call("GET", "/openapi.json"),
    );
    const missing: string[] = [];
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        undocumented(op, String(op["operationId"]), missing);
        for (const p of (op["parameters"] as Json[] | undefined) ?? []) {
          if (!p["description"]) missing.push(`${op["operationId"]}.param.${p["name"]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("has an example for every route that the route's own schemas accept", async () => {
    const doc = await json<{ paths: Record<string, Record<string, Json>> }>(
      await call("GET", "/openapi.json"),
    );
    for (const [id, route] of Object.entries(ROUTES) as [keyof typeof ROUTES, RouteSpec][]) {
      const example = ROUTE_EXAMPLES[id];
      const response = route.response.safeParse(example.response);
      expect(response.success, `${id} response: ${JSON.stringify(response.error?.issues)}`).toBe(true);
      if (route.body) {
        const body = route.body.safeParse(example.request);
        expect(body.success, `${id} request: ${JSON.stringify(body.error?.issues)}`).toBe(true);
      } else expect(example.request, id).toBeUndefined();
      const op = doc.paths[route.path]![route.method] as {
        responses: Record<string, { content: Record<string, { example?: unknown }> }>;
      };
      expect(op.responses[String(route.status)]!.content["application/json"]!.example, id).toBeDefined();
    }
  });

  it("a body the route may leave out is optional in the document; every other body is required", async () => {
    const doc = await json<{ paths: Record<string, Record<string, Json>> }>(
      await call("GET", "/openapi.json"),
    );
    const optional: string[] = [];
    for (const [id, route] of Object.entries(ROUTES) as [keyof typeof ROUTES, RouteSpec][]) {
      const body = doc.paths[route.path]![route.method]!["requestBody"] as
        | { required: boolean; content: Record<string, { schema: Json }> }
        | undefined;
      if (!route.body) {
        expect(body, id).toBeUndefined();
        continue;
      }
      expect(body!.required, id).toBe(route.bodyOptional !== true);
      if (!body!.required) optional.push(id);
    }
    expect(optional).toEqual(["closeCampaign"]);
    // the close route's body: an optional reason, described
    const close = doc.paths[ROUTES.closeCampaign.path]!["post"]!["requestBody"] as {
      content: { "application/json": { schema: { properties: Record<string, Json>; required?: string[] } } };
    };
    const schema = close.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(["reason"]);
    expect(schema.required ?? []).toEqual([]);
    expect(schema.properties["reason"]!["description"]).toBeTruthy();
    expect(await (await call("GET", "/docs")).text()).toContain("Request body (optional)");
  });

  it("/docs starts with getting started: the three ways to sign in, submissionId as the retry key, the grid", async () => {
    const html = await (await call("GET", "/docs")).text();
    expect(html).toContain('id="getting-started"');
    expect(html).toMatch(/Google ID token[\s\S]*svk_[\s\S]*X-Svodka-Dev-User/);
    expect(html).toContain("is the retry key");
    expect(html).toContain("rows of cells");
    expect(html).toContain("Response example");
  });

  it("the root / is a small Russian page with links, not a 404", async () => {
    const res = await call("GET", "/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    for (const href of ["/docs", "/openapi.json", "/health"]) expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/Подключиться по коду/);
  });
});
