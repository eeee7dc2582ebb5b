/** `/campaigns/{campaignId}` (OpenAPI form, as in shared/api) → `/campaigns/:campaignId` (Hono form). */
export type HonoPath<S extends string> = S extends `${infer A}{${infer P}}${infer B}`
  ? `${A}:${P}${HonoPath<B>}`
  : S;

// Typed so Hono still infers the route's parameter names from the literal path.
export function honoPath<S extends string>(path: S): HonoPath<S> {
  return path.replace(/\{(\w+)\}/g, ":$1") as HonoPath<S>;
}
