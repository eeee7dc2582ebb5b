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

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The public id of a token (listed, revoked by): 16 hex digits, like the migration's default. */
export function newTokenId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
}
