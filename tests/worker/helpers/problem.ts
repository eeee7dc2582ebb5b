import { expect } from "vitest";

/** The error contract of every 4xx: its status, problem+json with a stable code and its docs link,
 *  a title, a Russian detail for the user and never a stack trace. Returns the parsed body. */
export async function expectProblem(
  res: Response,
  status: number,
  code?: string,
): Promise<Record<string, unknown>> {
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body["status"]).toBe(status);
  expect(body["code"]).toEqual(code ?? expect.stringMatching(/^[a-z-]+$/));
  expect(body["type"]).toBe(`/docs#error-${body["code"]}`);
  expect(typeof body["title"]).toBe("string");
  expect(body["detail"]).toMatch(/[А-Яа-яЁё]/);
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+|Error:/);
  return body;
}
