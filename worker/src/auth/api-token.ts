// API tokens for scripts and the CLI: `svk_` + 32 random bytes; only the SHA-256 is stored.
export const API_TOKEN_PREFIX = "svk_";

export function looksLikeApiToken(token: string): boolean {
  return /^svk_[A-Za-z0-9_-]{43}$/.test(token);
}

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function newApiToken(): string {
  return API_TOKEN_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Only the token's hash is stored and looked up. */
export { sha256Hex } from "../sha256.ts";

/** The public id of a token (listed, revoked by): 16 hex digits, like the migration's default. */
export function newTokenId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
}
