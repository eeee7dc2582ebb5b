// Bindings and vars from wrangler.toml.
export interface Env {
  /** this request's database: the default, or its region's (db/region.ts re-points it by host name) */
  DB: D1Database;
  /** raw grids as received, keyed by payload hash (see storage/grid-bucket.ts) */
  GRIDS: R2Bucket;
  /** comma-separated OAuth client ids accepted as Google ID token audiences */
  ALLOWED_AUDIENCES: string;
  /** Google's key set; tests point it at their own */
  GOOGLE_JWKS_URL: string;
  /** "1" enables the X-Svodka-Dev-User header, and only on localhost */
  DEV_AUTH?: string;
  /** the add-on's Google Workspace Marketplace listing, shown on invitation pages (set at deploy) */
  MARKETPLACE_URL?: string;
  /** JSON {"<host name>": "<D1 binding>"}: regions kept in their own database (db/region.ts) */
  REGION_DATABASES?: string;
}
