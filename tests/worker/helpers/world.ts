import { env } from "cloudflare:test";
import { repos } from "../../../worker/src/db/index.ts";
import { NOW } from "./now.ts";
import { mintToken } from "./tokens.ts";

// A small world: a region over two municipalities (X with schools A and B, Y with school C), and one
// user per role. Each user gets an API token; Google-token tests sign for the same emails.

export const EMAILS = {
  schoolA: "school-a@example.org",
  schoolB: "school-b@example.org",
  schoolC: "school-c@example.org",
  deptX: "dept-x@example.org",
  deptY: "dept-y@example.org",
  region: "region@example.org",
  admin: "admin@example.org",
  stranger: "stranger@example.org",
} as const;
export type Who = keyof typeof EMAILS;

export interface World {
  tokens: Record<Who, string>;
  /** the public ids of `tokens` */
  tokenIds: Record<Who, string>;
}

/** `into` chooses the database (a second region's env in regions.test.ts). */
export async function seedWorld(
  prefix = "",
  into: Cloudflare.Env = env,
): Promise<World & { ids: Record<string, string> }> {
  const db = repos(into);
  const ids = {
    region: `${prefix}reg`,
    muniX: `${prefix}mx`,
    muniY: `${prefix}my`,
    schoolA: `${prefix}sa`,
    schoolB: `${prefix}sb`,
    schoolC: `${prefix}sc`,
  };
  await db.orgs.create({ id: ids.region, parentId: null, name: "Томская область", kind: "region" }, NOW);
  await db.orgs.create(
    { id: ids.muniX, parentId: ids.region, name: "ГО Стрежевой", kind: "municipality" },
    NOW,
  );
  await db.orgs.create(
    { id: ids.muniY, parentId: ids.region, name: "Каргасокский район", kind: "municipality" },
    NOW,
  );
  await db.orgs.create({ id: ids.schoolA, parentId: ids.muniX, name: "МОУ СОШ № 1", kind: "school" }, NOW);
  await db.orgs.create({ id: ids.schoolB, parentId: ids.muniX, name: "МОУ СОШ № 2", kind: "school" }, NOW);
  await db.orgs.create(
    { id: ids.schoolC, parentId: ids.muniY, name: "МКОУ Каргасокская СОШ", kind: "school" },
    NOW,
  );
  const memberships: [string, Who, "school" | "department" | "admin"][] = [
    [ids.schoolA, "schoolA", "school"],
    [ids.schoolB, "schoolB", "school"],
    [ids.schoolC, "schoolC", "school"],
    [ids.muniX, "deptX", "department"],
    [ids.muniY, "deptY", "department"],
    [ids.region, "region", "department"],
    [ids.region, "admin", "admin"],
  ];
  for (const [org, who, role] of memberships) await db.orgs.upsertMember(org, EMAILS[who], role, NOW);
  const tokens = {} as Record<Who, string>;
  const tokenIds = {} as Record<Who, string>;
  for (const who of Object.keys(EMAILS) as Who[]) {
    const { token, id } = await mintToken(EMAILS[who], `test ${who}`, into);
    tokens[who] = token;
    tokenIds[who] = id;
  }
  return { tokens, tokenIds, ids };
}
