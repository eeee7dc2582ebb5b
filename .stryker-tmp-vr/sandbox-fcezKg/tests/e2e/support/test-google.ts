// A stand-in for Google's sign-in on loopback: an RSA key, its JWKS served over plain HTTP at
// /oauth2/v3/certs, and ID tokens signed with it. The worker under test is pointed at this JWKS
// through GOOGLE_JWKS_URL; nothing else differs from production verification.
// The server runs in its own thread: the test thread blocks in Atomics.wait during the add-on's
// synchronous fetches, and the worker fetches the key set in the middle of such a request.
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

const SERVER = `
const { createServer } = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const server = createServer((req, res) => {
  if (req.url === "/oauth2/v3/certs") {
    Atomics.add(workerData.count, 0, 1);
    res.writeHead(200, { "content-type": "application/json", "cache-control": "public, max-age=3600" });
    res.end(workerData.jwks);
    return;
  }
  res.writeHead(404).end();
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;

export const TEST_AUDIENCE = "svodka-e2e.apps.googleusercontent.com";

export interface TestGoogle {
  jwksUrl: string;
  /** how many times the worker fetched the key set */
  fetches: () => number;
  token: (email: string, o?: { expiresIn?: number }) => Promise<string>;
  close: () => Promise<void>;
}

export async function startTestGoogle(): Promise<TestGoogle> {
  const kid = `e2e-${Date.now().toString(36)}`;
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const count = new Int32Array(new SharedArrayBuffer(4));
  const thread = new Worker(SERVER, {
    eval: true,
    workerData: { jwks: JSON.stringify({ keys: [jwk] }), count },
  });
  const [port] = (await once(thread, "message")) as [number];
  thread.unref();
  return {
    jwksUrl: `http://127.0.0.1:${port}/oauth2/v3/certs`,
    fetches: () => Atomics.load(count, 0),
    token: (email, o = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ email, email_verified: true })
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
        .setIssuer("https://accounts.google.com")
        .setAudience(TEST_AUDIENCE)
        .setSubject(`sub-${email}`)
        .setIssuedAt(now - 5)
        .setExpirationTime(now + (o.expiresIn ?? 3600))
        .sign(privateKey);
    },
    close: async () => {
      await thread.terminate();
    },
  };
}
