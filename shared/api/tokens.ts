import * as z from "zod";
import { IdSchema, IsoDateTimeSchema, RoleSchema } from "./common.ts";

// API tokens for scripts and the CLI. The token text is shown once, at creation; lists carry its id
// and bookkeeping only, never the text or its hash.

const EmailSchema = z.email().transform((e) => e.toLowerCase());

export const ApiTokenSchema = z.object({
  id: IdSchema,
  /** whose token it is */
  email: z.string(),
  label: z.string(),
  createdAt: IsoDateTimeSchema,
  /** who created it (the owner, or an admin for them); null when made by `npm run token` */
  createdBy: z.string().nullable(),
  /** updated at most every 10 minutes */
  lastUsedAt: IsoDateTimeSchema.nullable(),
  revokedAt: IsoDateTimeSchema.nullable(),
  revokedBy: z.string().nullable(),
  /** the token this very request was made with */
  current: z.boolean(),
  /**
   * what the token may ever reach, fixed when it was minted (less once a membership is removed or
   * downgraded); each use acts with the owner's current memberships inside it, at the lower role
   */
  scope: z.array(z.object({ orgId: IdSchema, role: RoleSchema })),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const TokenListQuerySchema = z.object({
  /** another user's tokens: admins only, for users whose every membership is under their admin orgs */
  email: EmailSchema.optional(),
});

export const TokenListSchema = z.object({ email: z.string(), tokens: z.array(ApiTokenSchema) });
export type TokenList = z.infer<typeof TokenListSchema>;

export const CreateTokenSchema = z.object({
  /** what the token is for, e.g. «выгрузка сводки в 1С» */
  label: z.string().trim().min(1).max(100).default("api"),
  /** create it for another user: admins only (as for the list) */
  email: EmailSchema.optional(),
  /**
   * narrow the token (people task): only these organisations, each at most at the role given; every
   * entry must be inside what the token would get without it (same org, a role not above), else 403
   * `scope-too-wide`. Absent: the full scope.
   */
  scope: z
    .array(z.object({ orgId: IdSchema, role: RoleSchema }))
    .min(1)
    .max(100)
    .optional(),
});
export type CreateToken = z.infer<typeof CreateTokenSchema>;

export const CreatedTokenSchema = ApiTokenSchema.extend({
  /** `svk_…`: shown only in this response; store it like a password */
  token: z.string(),
});
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;
