// Worker answers shaped by shared/api's schemas (parsed here, so a contract change breaks the test
// data, not just the add-on).
import { CampaignSchema } from "../../shared/api/campaigns.ts";
import { ProblemSchema } from "../../shared/api/errors.ts";
import { MeSchema } from "../../shared/api/orgs.ts";
import { type Review, type ReviewList, ReviewListSchema, ReviewSchema } from "../../shared/api/reviews.ts";
import { ReceiptSchema } from "../../shared/api/submissions.ts";
import { type Summary, SummarySchema } from "../../shared/api/summary.ts";
import type { AddonEnv } from "./fakes/load-addon.ts";

export const WORKER = "https://svodka.example.workers.dev";

export const campaign = CampaignSchema.parse({
  id: "c-2024",
  orgId: "uo-sp",
  name: "Дорожная карта ЦМН 2023-2024",
  templateId: "school-roadmap",
  templateVersion: 1,
  period: { start: "2023-09-01", end: "2024-08-31" },
  reportDate: "2024-05-31",
  dueDate: "2024-06-10",
  status: "open",
  createdAt: "2024-05-01T09:00:00Z",
  closedAt: null,
  participants: ["s21", "s5"],
});

export function receipt(submissionId: string, version = 1) {
  return ReceiptSchema.parse({
    submissionId,
    campaignId: campaign.id,
    orgId: "s21",
    version,
    receivedAt: "2024-05-20T07:30:00Z",
    status: "submitted",
    counts: { error: 0, warning: 2, info: 1 },
    completion: { required: 10, present: 10, done: 4 },
  });
}

type OrgInput = { orgId: string; name: string; status: "not-submitted" | "draft" | "submitted" | "late" };

export function summary(orgs: OrgInput[]): Summary {
  const { participants: _p, ...c } = campaign;
  return SummarySchema.parse({
    campaign: c,
    generatedAt: "2024-06-01T06:00:00Z",
    counts: {
      total: orgs.length,
      notSubmitted: orgs.filter((o) => o.status === "not-submitted").length,
      draft: orgs.filter((o) => o.status === "draft").length,
      submitted: orgs.filter((o) => o.status === "submitted").length,
      late: orgs.filter((o) => o.status === "late").length,
    },
    orgs: orgs.map((o, i) => ({
      ...o,
      groupId: "uo-sp",
      version: o.status === "not-submitted" ? null : i + 1,
      receivedAt: o.status === "not-submitted" ? null : "2024-05-20T07:30:00Z",
      errors: o.status === "draft" ? 2 : 0,
      warnings: 1,
      completion: { done: 3 + i, required: 10 },
      missing: o.status === "not-submitted" ? [] : ["2.1"],
      overdue: o.status === "submitted" ? ["1.1"] : [],
      targetsNotMet: [],
      newerDraft: null,
    })),
    items: [
      {
        code: "1.1",
        activity: "=Подготовка приказа",
        required: true,
        done: 1,
        overdue: 1,
        missing: 0,
        inProgress: 0,
        notStarted: 0,
        actualTotal: null,
        targetTotal: null,
        targetsMet: 0,
        targetsNotMet: 0,
      },
      {
        code: "3.6",
        activity: "Доля педагогов-наставников",
        required: false,
        done: 0,
        overdue: 0,
        missing: 1,
        inProgress: 1,
        notStarted: 0,
        actualTotal: 15,
        targetTotal: 22,
        targetsMet: 1,
        targetsNotMet: 1,
      },
    ],
    groups: [],
  });
}

/** Stores the worker URL and campaign the way «Настройки» does. */
export function configure(env: AddonEnv): void {
  env.urlFetch.respond((req) =>
    req.url === `${WORKER}/api/v1/campaigns/${campaign.id}` ? { body: campaign } : { status: 404, body: {} },
  );
  const r = env.call("saveSettings", WORKER, campaign.id);
  if (!r.ok) throw new Error(`configure failed: ${r.message}`);
  env.urlFetch.requests.length = 0;
}

export function problem(status: number, code: string, detail: string) {
  return {
    status,
    contentType: "application/problem+json",
    body: ProblemSchema.parse({
      type: `https://svodka.example/problems/${code}`,
      title: code,
      status,
      code,
      detail,
    }),
  };
}

// --- the department's review of school s21's version 1 (reviews.test.ts, review-remarks.test.ts) ---

/** A review of s21's version 1 by uo@example.org at 2024-05-21 07:00 UTC; `fields` decide the rest. */
export function review(fields: { state: Review["state"]; comment: string; items: Review["items"] }): Review {
  return ReviewSchema.parse({
    id: "8d0c7e2a-1b7f-4e8e-9a51-0c2b7d6f3a10",
    campaignId: campaign.id,
    orgId: "s21",
    seq: 1,
    version: 1,
    submissionId: "0b6f1c9e-2a57-4c1e-9a3b-5d0f2e7c8a41",
    reviewedBy: "uo@example.org",
    reviewedAt: "2024-05-21T07:00:00Z",
    ...fields,
  });
}

/** The school user of s21, as /api/v1/me answers. */
export const schoolMe = MeSchema.parse({
  email: "s21@school.example",
  via: "google",
  memberships: [{ orgId: "s21", orgName: "МБОУ СОШ №21", kind: "school", role: "school" }],
});

/** The worker as school s21 sees it: itself, the campaign, and its review list; anything else 404. */
export function respondAsSchool(
  env: AddonEnv,
  reviews: Review[],
  state: ReviewList["state"] = "returned",
): void {
  const list = ReviewListSchema.parse({
    campaignId: campaign.id,
    orgId: "s21",
    state,
    countedVersion: 1,
    reviews,
  });
  env.urlFetch.respond((req) => {
    const path = req.url.slice(WORKER.length);
    if (path === "/api/v1/me") return { body: schoolMe };
    if (path === `/api/v1/campaigns/${campaign.id}`) return { body: campaign };
    if (path === `/api/v1/campaigns/${campaign.id}/orgs/s21/reviews`) return { body: list };
    return { status: 404, body: {} };
  });
}
