import { errors, jwtVerify } from "jose";
import { ApiError } from "../http/api-error.ts";
import type { GoogleKeys } from "./google-keys.ts";

const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"];

function keysUnavailable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  // jose's plain JOSEError (ERR_JOSE_GENERIC) is the failed fetch; anything not from jose is the network
  if (error instanceof errors.JOSEError) return error.code === "ERR_JOSE_GENERIC";
  return true;
}

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
  keys: GoogleKeys,
  allowedAudiences: string[],
): Promise<string> {
  // An empty audience list would make jose skip the check; refuse instead.
  if (allowedAudiences.length === 0) throw new ApiError("wrong-audience");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      issuer: GOOGLE_ISSUERS,
      audience: allowedAudiences,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "email"],
      clockTolerance: 30,
    }));
  } catch (error) {
    // Google's key set could not be had (timeout, non-200, not a key set, network): not the user's
    // fault, and not a reason to sign them out — a 503 to retry.
    if (keysUnavailable(error)) throw new ApiError("keys-unavailable");
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
