import { env } from "cloudflare:test";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { vi } from "vitest";

// A stand-in for Google: our own RSA keys, served as a JWKS at env.GOOGLE_JWKS_URL via a fetch spy.

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function makeKey(kid: string): Promise<TestKey> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, jwk };
}

/** Serve `keys()` (read at each fetch, so tests can rotate) and count the fetches. */
export function serveJwks(keys: () => TestKey[]) {
  const calls = { count: 0 };
  const real = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === env.GOOGLE_JWKS_URL) {
      calls.count++;
      return Response.json(
        { keys: keys().map((k) => k.jwk) },
        { headers: { "cache-control": "public, max-age=3600" } },
      );
    }
    return real(input, init);
  });
  return calls;
}

export const AUDIENCE = "test-client-1.apps.googleusercontent.com";

export interface TokenOptions {
  email?: string;
  aud?: string;
  iss?: string;
  emailVerified?: boolean;
  /** seconds from now; negative = already expired */
  expiresIn?: number;
}

export function googleToken(key: TestKey, o: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: o.email ?? "school-a@example.org", email_verified: o.emailVerified ?? true })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(o.iss ?? "https://accounts.google.com")
    .setAudience(o.aud ?? AUDIENCE)
    .setSubject("1234567890")
    .setIssuedAt(now - 10)
    .setExpirationTime(now + (o.expiresIn ?? 3600))
    .sign(key.privateKey);
}
