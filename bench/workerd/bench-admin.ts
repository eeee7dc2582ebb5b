import { env } from "cloudflare:test";
import { newApiToken, newTokenId, sha256Hex } from "../../worker/src/auth/api-token.ts";
import { repos } from "../../worker/src/db/index.ts";

/** The region 'reg' and its admin, whose API token (scoped like one minted by the API) the bench uses. */
export async function benchAdmin(now: string): Promise<string> {
  await env.DB.batch([
    env.DB.prepare("INSERT INTO orgs VALUES ('reg', NULL, 'Регион', 'region', '/reg/', ?)").bind(now),
    env.DB.prepare("INSERT INTO members VALUES ('reg', 'bench@example.org', 'admin', ?)").bind(now),
  ]);
  const token = newApiToken();
  await repos(env).tokens.insert(
    { id: newTokenId(), tokenHash: await sha256Hex(token), email: "bench@example.org", label: "bench" },
    now,
  );
  return token;
}
