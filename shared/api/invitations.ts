import * as z from "zod";
import { CampaignSchema } from "./campaigns.ts";
import { IdSchema, IsoDateTimeSchema, UuidSchema } from "./common.ts";
import { ReportViewSchema } from "./report.ts";

// Invitations: one per school of a campaign, a short code for the add-on and a link to the
// invitation page. The code and the link are in the creation response only (stored hashed).

/** Codes are 8 letters/digits without look-alikes (no 0/O, 1/I), shown as `ABCD-EFGH`. */
export const INVITATION_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const INVITATION_CODE_LENGTH = 8;
export const DEFAULT_INVITATION_DAYS = 30;
export const MAX_INVITATION_DAYS = 180;
export const MAX_INVITATIONS_PER_REQUEST = 1000;

export const CreateInvitationsSchema = z
  .object({
    schools: z
      .array(
        z.object({
          orgId: IdSchema.describe("a school taking part in the campaign"),
          email: z
            .email()
            .transform((e) => e.toLowerCase())
            .optional()
            .describe("where the department will send it (kept for the mailing list only)"),
        }),
      )
      .min(1)
      .max(MAX_INVITATIONS_PER_REQUEST)
      .describe("one invitation per school; inviting a school again revokes its earlier unused one"),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_INVITATION_DAYS)
      .optional()
      .describe(`days the code and link stay valid (default ${DEFAULT_INVITATION_DAYS})`),
  })
  .meta({
    example: { schools: [{ orgId: "school-1", email: "uvr@school1.example.org" }], expiresInDays: 30 },
  });
export type CreateInvitations = z.infer<typeof CreateInvitationsSchema>;

export const InvitationStateSchema = z
  .enum(["active", "expired", "revoked"])
  .describe("active until it expires or is revoked");

export const InvitationUseSchema = z.object({
  kind: z
    .enum(["join", "upload"])
    .describe("join: the code in the add-on; upload: a file on the link's page"),
  email: z.string().nullable().describe("the Google account that joined (join only)"),
  submissionId: UuidSchema.nullable().describe("the submission stored through the link (upload only)"),
  usedAt: IsoDateTimeSchema,
});

export const InvitationSchema = z.object({
  id: IdSchema,
  campaignId: IdSchema,
  orgId: IdSchema,
  orgName: z.string(),
  email: z.string().nullable().describe("the address given at creation"),
  state: InvitationStateSchema,
  expiresAt: IsoDateTimeSchema,
  createdBy: z.string(),
  createdAt: IsoDateTimeSchema,
  revokedAt: IsoDateTimeSchema.nullable(),
  uses: z.array(InvitationUseSchema).describe("each use, at most one join and one upload"),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const CreatedInvitationSchema = InvitationSchema.extend({
  code: z.string().describe("to paste into «Подключиться по коду»; shown only in this response"),
  link: z.string().describe("the invitation page; shown only in this response"),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

export const CreatedInvitationsSchema = z.object({ invitations: z.array(CreatedInvitationSchema) });
export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) });

export const JoinSchema = z
  .object({
    code: z.string().min(1).max(40).describe("the code as typed: case, spaces, dashes do not matter"),
  })
  .meta({ example: { code: "KP7M-4XQ2" } });

export const JoinedSchema = z.object({
  orgId: IdSchema.describe("the school the caller is now a member of"),
  orgName: z.string(),
  campaign: CampaignSchema.describe("the campaign the school was invited to"),
});
export type Joined = z.infer<typeof JoinedSchema>;

/** What the invitation page shows before anything is uploaded. */
export const InvitationInfoSchema = z.object({
  orgName: z.string(),
  campaignName: z.string(),
  templateName: z.string(),
  dueDate: z.string(),
  expiresAt: IsoDateTimeSchema,
  uploaded: z.boolean().describe("a file was already submitted through this link"),
});
export type InvitationInfo = z.infer<typeof InvitationInfoSchema>;

export const UploadCheckSchema = ReportViewSchema.describe(
  "the shared engine's findings for the uploaded file (rows are 1-based, columns letters)",
);

export const UploadSubmitQuerySchema = z.object({
  submissionId: UuidSchema.describe("chosen by the page; the same id on a retry answers the same receipt"),
});
