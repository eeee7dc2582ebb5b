// Review in the add-on (issue 9). The department: every school with a submitted version from one
// summary request, then one POST per decision. The school: its review state (one fetchAll to find its
// organisation, one GET), each new review also logged in «Квитанции».
import { CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { MeSchema } from "../../../../shared/api/orgs.ts";
import { ReviewListSchema, ReviewSchema } from "../../../../shared/api/reviews.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { RU_REVIEW } from "../../../../shared/i18n/ru-review.ts";
import { ORG_STATUS_RU, REVIEW_STATE_RU, reviewCommentText } from "../../../../shared/i18n/ru-summary.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { placeRemarks, type RemarkPlace, tableSpan } from "../plan/remark-places.ts";
import { formatLocal } from "../plan/to-iso-date.ts";
import type { MyReviewView, RemarksShownView, ReviewQueueView } from "../plan/views.ts";
import { readSettings } from "../services/settings.ts";
import { sheetName, zoneOffset } from "../services/sheet-io.ts";
import { callWorker, callWorkerEach } from "../services/worker-client.ts";
import { highlightRemarks } from "./highlight.ts";
import { logReview } from "./receipts.ts";
import { fetchSummary } from "./summary.ts";
import { type CheckedSheet, checkActiveSheet } from "./validate-sheet.ts";

export function reviewQueue(): Result<ReviewQueueView> {
  const got = fetchSummary();
  if (!got.ok) return got;
  const schools = got.value.orgs
    .filter((o) => o.review !== null && o.version !== null)
    .map((o) => ({
      orgId: o.orgId,
      name: o.name,
      version: o.version!,
      statusText: ORG_STATUS_RU[o.status],
      state: o.review!.state,
      stateText: REVIEW_STATE_RU[o.review!.state],
      comment: reviewCommentText(o.review!),
    }));
  return ok({ schools });
}

/** «1.2: текст» per line → item remarks; a line without «:» is an error the department sees. */
export function parseItemComments(text: string): Result<{ code: string; comment: string }[]> {
  const items: { code: string; comment: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^([^:]{1,40}):\s*(.+)$/.exec(line);
    if (!m) return err("invalid-form", fill(RU_REVIEW.badItemLine, { line: i + 1, text: line.slice(0, 60) }));
    items.push({ code: m[1]!.trim(), comment: m[2]!.trim() });
  }
  return ok(items);
}

export function reviewSchool(
  orgId: string,
  version: number,
  state: "accepted" | "returned",
  comment: string,
  itemsText: string,
): Result<ReviewQueueView> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  const items = parseItemComments(itemsText);
  if (!items.ok) return items;
  if (state === "returned" && !comment.trim() && items.value.length === 0) {
    return err("invalid-form", RU_REVIEW.needComment);
  }
  const sent = callWorker(
    workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.createReview.path, { campaignId: campaign.id, orgId }),
      body: { version, state, comment: comment.trim(), items: items.value },
      rejected: RU_UI.errors.reviewRejected,
    },
    ReviewSchema,
  );
  if (!sent.ok) return sent;
  return reviewQueue();
}

type ReviewList = ReturnType<typeof ReviewListSchema.parse>;

/** The school's organisation in the campaign and its reviews: one fetchAll, then one GET. */
function fetchMyReviews(): Result<{ orgName: string; list: ReviewList }> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  const first = callWorkerEach(workerUrl, [
    { method: "get", path: ROUTES.me.path, schema: MeSchema },
    {
      method: "get",
      path: fillPath(ROUTES.getCampaign.path, { campaignId: campaign.id }),
      schema: CampaignSchema,
    },
  ] as const);
  if ("ok" in first) return first;
  const [me, got] = first;
  if (!me.ok) return me;
  if (!got.ok) return got;
  const participants = new Set(got.value.value.participants);
  const org = me.value.value.memberships.find((m) => participants.has(m.orgId));
  if (!org) return err("not-participant", RU_REVIEW.noOrg);
  const list = callWorker(
    workerUrl,
    { method: "get", path: fillPath(ROUTES.listReviews.path, { campaignId: campaign.id, orgId: org.orgId }) },
    ReviewListSchema,
  );
  if (!list.ok) return list;
  return ok({ orgName: org.orgName, list: list.value.value });
}

/** The review that stands (none while the counted version waits for one). */
function currentReview(list: ReviewList): ReviewList["reviews"][number] | null {
  const last = list.reviews[list.reviews.length - 1];
  return last && list.state !== "pending" ? last : null;
}

/** The remarks located on the active sheet, read once; no roadmap there: no sheet, no rows. */
function locate(items: readonly { code: string; comment: string }[]): {
  checked: CheckedSheet | null;
  places: RemarkPlace[];
} {
  const none = { checked: null, places: placeRemarks(items, { items: [], columns: {} }) };
  if (items.length === 0) return none;
  const checked = checkActiveSheet();
  if (!checked.ok || checked.value.report.items.length === 0) return none;
  return { checked: checked.value, places: placeRemarks(items, checked.value.report) };
}

/** The school's own review state; new reviews are appended to «Квитанции» once (by review id). */
export function myReview(): Result<MyReviewView> {
  const got = fetchMyReviews();
  if (!got.ok) return got;
  const reviews = got.value.list;
  const offset = zoneOffset();
  logReview(reviews.reviews);
  const current = currentReview(reviews);
  const { checked, places } = locate(current?.items ?? []);
  return ok({
    orgName: got.value.orgName,
    state: reviews.state,
    stateText: reviews.state ? fill(RU_REVIEW.stateLine, { state: REVIEW_STATE_RU[reviews.state] }) : null,
    comment: current?.comment ?? "",
    items: places,
    sheetName: checked ? sheetName(checked.sheet) : null,
    detail: current
      ? fill(RU_REVIEW.reviewedAt, {
          at: formatLocal(current.reviewedAt, offset),
          by: current.reviewedBy,
          version: current.version,
        })
      : null,
  });
}

/** «Показать замечания на листе»: the rows of the standing review's item remarks on the active sheet,
 *  painted with the remark as a note — one read of the sheet, one batched write. */
export function highlightMyRemarks(): Result<RemarksShownView> {
  const got = fetchMyReviews();
  if (!got.ok) return got;
  const items = currentReview(got.value.list)?.items ?? [];
  if (items.length === 0) return err("no-remarks", RU_REVIEW.noRemarks);
  const { checked, places } = locate(items);
  if (!checked) return err("no-roadmap", RU_REVIEW.noRoadmap);
  const painted = highlightRemarks(checked.sheet, places, tableSpan(checked.report.columns));
  if (!painted.ok) return painted;
  const rows = new Set(places.filter((p) => p.row !== null).map((p) => p.row)).size;
  return ok({
    cells: painted.value.cells,
    rows,
    message: fill(RU_REVIEW.shown, { rows, sheet: sheetName(checked.sheet) }),
    items: places,
    sheetName: sheetName(checked.sheet),
  });
}
