// A direct API call to the local worker as a signed-in user (what an admin script does), for the e2e
// set-ups and cross-checks.
import type { TestGoogle } from "./test-google.ts";

export interface ApiReply {
  status: number;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: the tests check the shape they read
  json: () => any;
}

export async function apiCall(
  workerUrl: string,
  google: TestGoogle,
  email: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiReply> {
  const res = await fetch(workerUrl + path, {
    method,
    headers: {
      authorization: `Bearer ${await google.token(email)}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) };
}

/** A download (CSV, XLSX) as raw bytes, no text decoding (a byte order mark stays), with any bearer
 *  credential: a Google ID token or an API token (`svk_…`), as a script would send it. */
export async function apiDownload(
  workerUrl: string,
  bearer: string,
  path: string,
): Promise<{ status: number; contentType: string; bytes: Uint8Array }> {
  const res = await fetch(workerUrl + path, { headers: { authorization: `Bearer ${bearer}` } });
  return {
    status: res.status,
    contentType: res.headers.get("content-type") ?? "",
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}
