import * as z from "zod";
import {
  CampaignChangesSchema,
  ChangeParticipantsSchema,
  CloseCampaignSchema,
  ReopenCampaignSchema,
  UpdateCampaignSchema,
} from "./campaign-changes.ts";
import { CampaignListSchema, CampaignSchema, CreateCampaignSchema } from "./campaigns.ts";
// issue 10: invitations
import {
  CreatedInvitationsSchema,
  CreateInvitationsSchema,
  InvitationInfoSchema,
  InvitationListSchema,
  InvitationSchema,
  JoinedSchema,
  JoinSchema,
  UploadCheckSchema,
  UploadSubmitQuerySchema,
} from "./invitations.ts";
import {
  AddMemberSchema,
  ChangeRoleSchema,
  CreateOrgSchema,
  MemberListSchema,
  MemberParamsSchema,
  MemberSchema,
  MeSchema,
  OrgDetailSchema,
  OrgSchema,
} from "./orgs.ts";
import { ReportViewSchema } from "./report.ts";
import { CreateReviewSchema, ReviewListSchema, ReviewSchema } from "./reviews.ts";
import {
  DiffQuerySchema,
  DiffSchema,
  HistorySchema,
  ReceiptSchema,
  SubmissionDetailSchema,
  SubmissionGridSchema,
  SubmitSchema,
} from "./submissions.ts";
import { SummaryQuerySchema, SummarySchema } from "./summary.ts";
import {
  ApiTokenSchema,
  CreatedTokenSchema,
  CreateTokenSchema,
  TokenListQuerySchema,
  TokenListSchema,
} from "./tokens.ts";
import { ValidateRequestSchema } from "./validate.ts";

// The contract: every route's method, path (`{param}` placeholders), schemas and success status.
// The worker mounts exactly these; the add-on builds its URLs with `fillPath`.
export interface RouteSpec {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  /** false only for public routes */
  auth: boolean;
  body?: z.ZodType;
  /** the JSON body may be left out entirely (no body is the same as `{}`); default: required */
  bodyOptional?: true;
  /** path parameters, when they are more than plain strings */
  params?: z.ZodType;
  query?: z.ZodType;
  response: z.ZodType;
  status: 200 | 201;
  /** extra response media types besides JSON */
  produces?: string[];
}

export const HealthSchema = z.object({
  ok: z.literal(true),
  service: z.literal("svodka"),
  version: z.string(),
});

export const TemplateListSchema = z.object({
  templates: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      name: z.string(),
      kind: z.string(),
      level: z.string(),
    }),
  ),
});

export const ROUTES = {
  health: {
    method: "get",
    path: "/health",
    summary: "Liveness",
    auth: false,
    response: HealthSchema,
    status: 200,
  },
  me: {
    method: "get",
    path: "/api/v1/me",
    summary: "Who am I and where am I a member",
    auth: true,
    response: MeSchema,
    status: 200,
  },
  templates: {
    method: "get",
    path: "/api/v1/templates",
    summary: "Built-in templates",
    auth: true,
    response: TemplateListSchema,
    status: 200,
  },
  createOrg: {
    method: "post",
    path: "/api/v1/orgs",
    summary: "Create an organisation under a parent",
    auth: true,
    body: CreateOrgSchema,
    response: OrgSchema,
    status: 201,
  },
  getOrg: {
    method: "get",
    path: "/api/v1/orgs/{orgId}",
    summary: "An organisation and its children",
    auth: true,
    response: OrgDetailSchema,
    status: 200,
  },
  listMembers: {
    method: "get",
    path: "/api/v1/orgs/{orgId}/members",
    summary: "Members of an organisation",
    auth: true,
    response: MemberListSchema,
    status: 200,
  },
  addMember: {
    method: "post",
    path: "/api/v1/orgs/{orgId}/members",
    summary: "Add a member (same role again: 200; another role: 409)",
    auth: true,
    body: AddMemberSchema,
    response: MemberSchema,
    status: 201,
  },
  changeMemberRole: {
    method: "patch",
    path: "/api/v1/orgs/{orgId}/members/{email}",
    summary: "Change a member's role (right to remove the old role and grant the new one)",
    auth: true,
    params: MemberParamsSchema,
    body: ChangeRoleSchema,
    response: MemberSchema,
    status: 200,
  },
  removeMember: {
    method: "delete",
    path: "/api/v1/orgs/{orgId}/members/{email}",
    summary: "Remove a member (effective on their next request; never your own last managing access)",
    auth: true,
    params: MemberParamsSchema,
    response: MemberSchema,
    status: 200,
  },
  listTokens: {
    method: "get",
    path: "/api/v1/tokens",
    summary: "My API tokens (an admin may ask for another user's with ?email=)",
    auth: true,
    query: TokenListQuerySchema,
    response: TokenListSchema,
    status: 200,
  },
  createToken: {
    method: "post",
    path: "/api/v1/tokens",
    summary: "Create an API token (its text is in this response only)",
    auth: true,
    body: CreateTokenSchema,
    response: CreatedTokenSchema,
    status: 201,
  },
  revokeToken: {
    method: "post",
    path: "/api/v1/tokens/{tokenId}/revoke",
    summary: "Revoke an API token and every token created with it (owner or admin)",
    auth: true,
    response: ApiTokenSchema,
    status: 200,
  },
  listCampaigns: {
    method: "get",
    path: "/api/v1/campaigns",
    summary: "Campaigns I report to or manage",
    auth: true,
    response: CampaignListSchema,
    status: 200,
  },
  createCampaign: {
    method: "post",
    path: "/api/v1/campaigns",
    summary: "Open a reporting campaign",
    auth: true,
    body: CreateCampaignSchema,
    response: CampaignSchema,
    status: 201,
  },
  getCampaign: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}",
    summary: "A campaign",
    auth: true,
    response: CampaignSchema,
    status: 200,
  },
  closeCampaign: {
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/close",
    summary: "Close a campaign (the body with a reason may be left out)",
    auth: true,
    body: CloseCampaignSchema,
    bodyOptional: true,
    response: CampaignSchema,
    status: 200,
  },
  submit: {
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/submissions",
    summary: "Submit a sheet (201 new version, 200 replay, 422 when it is not a roadmap of the template)",
    auth: true,
    body: SubmitSchema,
    response: ReceiptSchema,
    status: 201,
  },
  history: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}/orgs/{orgId}/submissions",
    summary: "All versions of one organisation",
    auth: true,
    response: HistorySchema,
    status: 200,
  },
  diff: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}/orgs/{orgId}/diff",
    summary: "Items added / removed / changed between two versions",
    auth: true,
    query: DiffQuerySchema,
    response: DiffSchema,
    status: 200,
  },
  getSubmission: {
    method: "get",
    path: "/api/v1/submissions/{submissionId}",
    summary: "One stored submission with findings and items",
    auth: true,
    response: SubmissionDetailSchema,
    status: 200,
  },
  getSubmissionGrid: {
    method: "get",
    path: "/api/v1/submissions/{submissionId}/grid",
    summary: "The raw grid of a stored submission, exactly as received",
    auth: true,
    response: SubmissionGridSchema,
    status: 200,
  },
  summary: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}/summary",
    summary: "The department's summary (JSON, formula-safe CSV, or XLSX with typed cells: ?format=xlsx)",
    auth: true,
    query: SummaryQuerySchema,
    response: SummarySchema,
    status: 200,
    produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  validate: {
    method: "post",
    path: "/api/v1/validate",
    summary: "Validate a grid without storing it",
    auth: true,
    body: ValidateRequestSchema,
    response: ReportViewSchema,
    status: 200,
  },
  // --- issue 10: invitations, join by code, the invitation link (school-scoped, no sign-in) ---
  createInvitations: {
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/invitations",
    summary: "Invite schools of a campaign: a code and a link per school (shown once)",
    auth: true,
    body: CreateInvitationsSchema,
    response: CreatedInvitationsSchema,
    status: 201,
  },
  listInvitations: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}/invitations",
    summary: "A campaign's invitations with their state and uses (never the codes)",
    auth: true,
    response: InvitationListSchema,
    status: 200,
  },
  revokeInvitation: {
    method: "post",
    path: "/api/v1/invitations/{invitationId}/revoke",
    summary: "Revoke an invitation: its code and link stop working at once",
    auth: true,
    response: InvitationSchema,
    status: 200,
  },
  join: {
    method: "post",
    path: "/api/v1/join",
    summary: "Join a school with an invitation code: the caller becomes its member",
    auth: true,
    body: JoinSchema,
    response: JoinedSchema,
    status: 200,
  },
  invitationPage: {
    method: "get",
    path: "/i/{token}",
    summary: "The invitation page (HTML, Russian): what is asked, by when, the add-on, the upload form",
    auth: false,
    response: InvitationInfoSchema,
    status: 200,
    produces: ["text/html"],
  },
  invitationCheck: {
    method: "post",
    path: "/i/{token}/check",
    summary: "Validate an uploaded .xlsx / .csv (raw body) for the link's school without storing it",
    auth: false,
    response: UploadCheckSchema,
    status: 200,
  },
  invitationSubmit: {
    method: "post",
    path: "/i/{token}/submit",
    summary: "Submit the uploaded file as the link's school (once per link; marked as sent via the link)",
    auth: false,
    query: UploadSubmitQuerySchema,
    response: ReceiptSchema,
    status: 201,
  },
  // issue 9: changing a running campaign
  updateCampaign: {
    method: "patch",
    path: "/api/v1/campaigns/{campaignId}",
    summary: "Rename a campaign or move its due / report date (each change is recorded)",
    auth: true,
    body: UpdateCampaignSchema,
    response: CampaignSchema,
    status: 200,
  },
  changeParticipants: {
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/participants",
    summary: "Add and remove participants (a removed school's submissions are kept)",
    auth: true,
    body: ChangeParticipantsSchema,
    response: CampaignSchema,
    status: 200,
  },
  reopenCampaign: {
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/reopen",
    summary: "Reopen a closed campaign (a reason is required)",
    auth: true,
    body: ReopenCampaignSchema,
    response: CampaignSchema,
    status: 200,
  },
  campaignChanges: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}/changes",
    summary: "Who changed what in a campaign, and when",
    auth: true,
    response: CampaignChangesSchema,
    status: 200,
  },
  // issue 9: review of a school's submitted version
  createReview: {
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/orgs/{orgId}/reviews",
    summary: "Accept or return (with a comment) a school's latest submitted version",
    auth: true,
    body: CreateReviewSchema,
    response: ReviewSchema,
    status: 201,
  },
  listReviews: {
    method: "get",
    path: "/api/v1/campaigns/{campaignId}/orgs/{orgId}/reviews",
    summary: "A school's review state and every review of its versions",
    auth: true,
    response: ReviewListSchema,
    status: 200,
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof ROUTES;

/** `/api/v1/campaigns/{campaignId}` + {campaignId: "c1"} → `/api/v1/campaigns/c1` (no `URL` in Apps Script). */
export function fillPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
