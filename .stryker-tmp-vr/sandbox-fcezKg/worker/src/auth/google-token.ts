import { errors, jwtVerify } from "jose";
import { ApiError } from "../http/api-error.ts";
import type { JwksCache } from "./jwks-cache.ts";

const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"];

/** A JWT has three base64url parts; API tokens (svk_…) never contain dots. */
export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}

export function audiences(configured: string): string[] {
  return configured
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Verify a Google ID token (from `ScriptApp.getIdentityToken()`): signature against Google's key set,
 * issuer, audience among our OAuth client ids, expiry, and a verified email. Returns the email.
 */
export async function verifyGoogleIdToken(
  token: string,
  keys: JwksCache,
  allowedAudiences: string[],
): Promise<string> {
  // An empty audience list would make jose skip the check; refuse instead.
  if (allowedAudiences.length === 0) throw new ApiError("wrong-audience");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keys.resolve, {
      issuer: GOOGLE_ISSUERS,
      audience: allowedAudiences,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "email"],
      clockTolerance: 30,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new ApiError("token-expired");
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "aud")
      throw new ApiError("wrong-audience");
    throw new ApiError("token-invalid");
  }
  if (payload["email_verified"] !== true && payload["email_verified"] !== "true") {
    throw new ApiError("email-not-verified");
  }
  const email = payload["email"];
  if (typeof email !== "string" || !email.includes("@")) throw new ApiError("token-invalid");
  return email.toLowerCase();
}
