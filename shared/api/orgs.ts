import * as z from "zod";
import { IdSchema, OrgKindSchema, RoleSchema } from "./common.ts";

export const OrgSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  name: z.string(),
  kind: OrgKindSchema,
});
export type Org = z.infer<typeof OrgSchema>;

export const CreateOrgSchema = z.object({
  parentId: IdSchema,
  name: z.string().trim().min(1).max(300),
  kind: OrgKindSchema,
  /** optional stable id (slug); generated when absent */
  id: IdSchema.optional(),
});
export type CreateOrg = z.infer<typeof CreateOrgSchema>;

export const OrgDetailSchema = OrgSchema.extend({ children: z.array(OrgSchema) });
export type OrgDetail = z.infer<typeof OrgDetailSchema>;

export const MemberSchema = z.object({
  orgId: IdSchema,
  email: z.email(),
  role: RoleSchema,
});
export type Member = z.infer<typeof MemberSchema>;

export const AddMemberSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  role: RoleSchema,
});
export type AddMember = z.infer<typeof AddMemberSchema>;

/** A role change (`PATCH …/members/{email}`); adding is `POST …/members`, which never changes a role. */
export const ChangeRoleSchema = z.object({ role: RoleSchema });
export type ChangeRole = z.infer<typeof ChangeRoleSchema>;

/** Path parameters of one membership; the email is percent-encoded in the path (`fillPath` does it). */
export const MemberParamsSchema = z.object({
  orgId: IdSchema,
  email: z.email().transform((e) => e.toLowerCase()),
});

export const MemberListSchema = z.object({ members: z.array(MemberSchema) });

export const MeSchema = z.object({
  email: z.string(),
  via: z.enum(["google", "api-token", "dev"]),
  memberships: z.array(
    z.object({ orgId: IdSchema, orgName: z.string(), kind: OrgKindSchema, role: RoleSchema }),
  ),
});
export type Me = z.infer<typeof MeSchema>;
