import { env } from "cloudflare:test";
import { newApiToken, newTokenId, sha256Hex } from "../../../worker/src/auth/api-token.ts";
import { repos } from "../../../worker/src/db/index.ts";
import { NOW } from "./now.ts";

type Role = "school" | "department" | "admin";

/**
 * A new API token for `email`, stored as the worker stores one (its hash; scope = the memberships
 * `email` has now). The secret goes back to the test, as it does to a user once.
 */
export async function mintToken(
  email: string,
  label = "t",
  into: Cloudflare.Env = env,
): Promise<{ token: string; id: string }> {
  const token = newApiToken();
  const id = newTokenId();
  await repos(into).tokens.insert({ id, tokenHash: await sha256Hex(token), email, label }, NOW);
  return { token, id };
}

/** A user with these memberships and a token minted after them. */
export async function userWithToken(email: string, memberships: [string, Role][]): Promise<string> {
  const db = repos(env);
  for (const [org, role] of memberships) await db.orgs.upsertMember(org, email, role, NOW);
  return (await mintToken(email)).token;
}
