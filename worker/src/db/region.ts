import type { Env } from "../env.ts";

// A database per region (docs/SCALE.md): every region's data (orgs, members, tokens, campaigns,
// submissions) lives in its own D1, chosen by the host name the region's users call. Adding a region
// is configuration only: a `[[d1_databases]]` binding in wrangler.toml and one entry in the
// REGION_DATABASES var ({"<host name>": "<binding>"}). Hosts not listed use DB.

function regionBindings(env: Pick<Env, "REGION_DATABASES">): Record<string, string> {
  if (!env.REGION_DATABASES) return {};
  const parsed = JSON.parse(env.REGION_DATABASES) as unknown;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new Error('REGION_DATABASES must be a JSON object {"<host name>": "<D1 binding>"}');
  return parsed as Record<string, string>;
}

function binding(env: Env, name: string): D1Database {
  const db = (env as unknown as Record<string, unknown>)[name] as D1Database | undefined;
  // A mapping to a binding that does not exist is a deployment mistake: fail loudly, never fall back
  // to another region's data.
  if (!db || typeof db.prepare !== "function") throw new Error(`no D1 binding named ${name}`);
  return db;
}

/**
 * The one function that chooses the database: this request's env with DB pointing at the region's
 * D1 for `host`. Everything after it (authentication, repos(), routes) reads env.DB as usual.
 */
export function regionEnv<E extends Env>(env: E, host: string): E {
  const name = regionBindings(env)[host.toLowerCase()];
  return name ? { ...env, DB: binding(env, name) } : env;
}

/** The env of every database, the default first (the scheduled job visits each). */
export function allRegionEnvs<E extends Env>(env: E): E[] {
  const names = [...new Set(Object.values(regionBindings(env)))].filter((n) => n !== "DB");
  return [env, ...names.map((n) => ({ ...env, DB: binding(env, n) }))];
}
