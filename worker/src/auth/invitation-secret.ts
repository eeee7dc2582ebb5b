import { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH } from "../../../shared/api/invitations.ts";

// The two secrets of an invitation: a short code a person can read over the phone, and a long link
// token. Both are stored as SHA-256 only (see sha256Hex in api-token.ts).

/**
 * The code of a link: 8 symbols of a 32-symbol alphabet (40 bits; byte & 31 is unbiased since
 * 256 = 8 × 32) taken from SHA-256 of the token. So the invitation page, which holds the token, can
 * show the code while the database keeps neither; the code does not reveal the link.
 */
export async function codeForToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`code:${token}`));
  const bytes = new Uint8Array(digest).slice(0, INVITATION_CODE_LENGTH);
  const raw = [...bytes].map((b) => INVITATION_CODE_ALPHABET[b & 31]).join("");
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

// Russian keyboards: a code typed in Cyrillic look-alikes still matches.
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
};

/** What is hashed: upper case, Cyrillic look-alikes as Latin, spaces and dashes dropped. */
export function normaliseInvitationCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[А-ЯЁ]/g, (ch) => CYRILLIC_LOOKALIKES[ch] ?? ch)
    .replace(/[^A-Z0-9]/g, "");
}

/** The link's token: 24 random bytes, base64url (32 characters). */
export function newLinkToken(): string {
  let s = "";
  for (const b of crypto.getRandomValues(new Uint8Array(24))) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_");
}

export function looksLikeLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(token);
}
