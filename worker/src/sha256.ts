// SHA-256 as lowercase hex, with Web Crypto: token hashes (auth/) and payload hashes (services/)
// both use it, so it lives below both.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
