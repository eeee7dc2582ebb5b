import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../shared/api/errors.ts";
import { ROUTES } from "../../shared/api/routes.ts";
import { call, json } from "./helpers/call.ts";

interface OpenApiOperation {
  requestBody: { content: Record<string, { schema: { required?: string[] } }> };
  parameters?: unknown[];
  security?: unknown[];
}

describe("public routes", () => {
  it("GET /health answers without a token", async () => {
    const res = await call("GET", "/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, service: "svodka" });
  });

  it("GET /openapi.json documents every shared route with its schemas", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, OpenApiOperation>> }>(res);
    expect(doc.openapi).toBe("3.1.0");
    for (const route of Object.values(ROUTES)) {
      expect(doc.paths[route.path]?.[route.method], `${route.method} ${route.path}`).toBeDefined();
    }
    const submit = doc.paths[ROUTES.submit.path]!["post"]!;
    const body = submit.requestBody.content["application/json"]!.schema;
    expect(body.required).toEqual(expect.arrayContaining(["submissionId", "grid"]));
    expect(submit.parameters).toEqual([expect.objectContaining({ name: "campaignId", in: "path" })]);
    expect(doc.paths["/health"]!["get"]!.security).toEqual([]);
  });

  it("GET /docs is a self-contained HTML page listing routes and every error code", async () => {
    const res = await call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
    expect(html).toContain("/api/v1/campaigns/{campaignId}/summary");
    for (const code of ERROR_CODES) expect(html).toContain(`id="error-${code}"`);
  });

  it("unknown paths are a Russian problem+json 404", async () => {
    const res = await call("GET", "/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await json(res);
    expect(body).toMatchObject({ status: 404, code: "not-found", type: "/docs#error-not-found" });
    expect(body["detail"]).toMatch(/[а-я]/);
  });
});
