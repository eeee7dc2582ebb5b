import { type OrgReview, reviewStateOf } from "../../../shared/api/reviews.ts";
import type {
  GroupSummary,
  ItemSummary,
  OrgSummary,
  StatusCounts,
  Summary,
} from "../../../shared/api/summary.ts";
import type { Template } from "../../../shared/templates/model.ts";
import type { CampaignRow } from "../db/rows.ts";
import { summaryFinding } from "../db/stored-findings.ts";
import type { LatestRow, SummaryRows } from "../db/summary-repo.ts";
import { campaignView } from "../views/campaign-view.ts";
import { type DigestVisitor, scanDigest } from "./digest.ts";
import { dueDateEnds, submissionStatus } from "./submission-status.ts";
import { rollupTree } from "./summary-tree.ts";

const emptyCounts = (): StatusCounts => ({ total: 0, notSubmitted: 0, draft: 0, submitted: 0, late: 0 });

function bump(counts: StatusCounts, status: OrgSummary["status"]): void {
  counts.total++;
  if (status === "not-submitted") counts.notSubmitted++;
  else counts[status]++;
}

/**
 * The roll-up group of a participant: the direct child of the campaign's org it sits under (region →
 * municipality). Participants that are themselves direct children (a municipality's own schools)
 * roll up into the campaign's org, so the groups are always one level above the organisations.
 */
function groupOf(path: string, rootPath: string, rootId: string): string {
  // "m/s1/" under the root → "m"; "s1/" → the root itself (no split: 10,000 schools per summary)
  const cut = path.indexOf("/", rootPath.length);
  return cut >= 0 && cut + 1 < path.length - 1 ? path.slice(rootPath.length, cut) : rootId;
}

// the digest's state and target-met characters (digest.ts), compared as char codes
const [D, O, M, I, N, ONE, ZERO] = [..."domin10"].map((c) => c.charCodeAt(0));

type Totals = Omit<ItemSummary, "code" | "activity" | "required">;

const emptyTotals = (): Totals => ({
  done: 0,
  overdue: 0,
  missing: 0,
  inProgress: 0,
  notStarted: 0,
  actualTotal: null,
  targetTotal: null,
  targetsMet: 0,
  targetsNotMet: 0,
});

/** Most schools' review: one shared, frozen object instead of one each (the answer is only serialised). */
const PENDING: OrgReview = Object.freeze({
  state: "pending" as const,
  version: null,
  comment: "",
  items: Object.freeze([]) as unknown as OrgReview["items"],
  reviewedBy: null,
  reviewedAt: null,
});

/** The review part of a school's row: its latest review if it judged the counted version, else pending. */
function reviewOf(s: LatestRow | null): OrgReview | null {
  if (!s) return null;
  const latest = s.review_state ? { version: s.review_version!, state: s.review_state } : null;
  const state = reviewStateOf(s.version, s.status === "draft", latest);
  if (!state) return null;
  if (state === "pending") return PENDING;
  return {
    state,
    version: s.review_version,
    comment: s.review_comment ?? "",
    items: JSON.parse(s.review_items ?? "[]") as OrgReview["items"],
    reviewedBy: s.reviewed_by,
    reviewedAt: s.reviewed_at,
  };
}

/** Assemble the department's summary from the stored rows (pure; one pass over the digests). */
export function buildSummary(
  campaign: CampaignRow,
  template: Template | undefined,
  rows: SummaryRows,
  groupNames: ReadonlyMap<string, string>,
  now: string,
): Summary {
  const templateItems = template?.items ?? [];
  const flagged = templateItems.map((t) => t.code);
  const totals = templateItems.map(emptyTotals);
  const required = templateItems.filter((i) => i.required).length;
  const latest = new Map(rows.latest.map((r) => [r.org_id, r]));

  const counts = emptyCounts();
  const reviews = { pending: 0, accepted: 0, returned: 0 };
  const groups = new Map<string, GroupSummary>();
  const dueEnds = dueDateEnds(campaign);
  // One visitor for every school's digest, pointed at the school's flag lists before each scan
  // (no per-school closures or decoded objects: 10,000 digests per summary).
  const flags = {
    missing: [] as string[],
    overdue: [] as string[],
    targetsNotMet: [] as string[],
  };
  const visitor: DigestVisitor = {
    states(states, met) {
      const n = Math.min(states.length, totals.length);
      for (let i = 0; i < n; i++) {
        const t = totals[i]!;
        const state = states.charCodeAt(i);
        if (state === D) t.done++;
        else if (state === O) {
          t.overdue++;
          flags.overdue.push(flagged[i]!);
        } else if (state === M) {
          // only required items count as missing; optional ones are simply absent
          if (templateItems[i]!.required) {
            t.missing++;
            flags.missing.push(flagged[i]!);
          }
        } else if (state === I) t.inProgress++;
        else if (state === N) t.notStarted++;
        const m = met.charCodeAt(i);
        if (m === ONE) t.targetsMet++;
        else if (m === ZERO) {
          t.targetsNotMet++;
          flags.targetsNotMet.push(flagged[i]!);
        }
      }
    },
    number(i, actual, target) {
      const t = totals[i];
      if (!t) return;
      if (actual !== null) t.actualTotal = (t.actualTotal ?? 0) + actual;
      if (target !== null) t.targetTotal = (t.targetTotal ?? 0) + target;
    },
    extra(code, state, met) {
      if (state === "o") flags.overdue.push(code);
      if (met === "0") flags.targetsNotMet.push(code);
    },
  };
  const orgs: OrgSummary[] = rows.participants.map((p) => {
    const s = latest.get(p.id);
    // late is judged against the campaign's due date now, so moving the due date re-judges it
    const status: OrgSummary["status"] = s
      ? submissionStatus(s.status === "draft" ? 1 : 0, s.received_at, dueEnds)
      : "not-submitted";
    const missing: string[] = [];
    const overdue: string[] = [];
    const targetsNotMet: string[] = [];
    if (s) {
      flags.missing = missing;
      flags.overdue = overdue;
      flags.targetsNotMet = targetsNotMet;
      scanDigest(s.digest, visitor);
    }
    const groupId = groupOf(p.path, campaign.org_path, campaign.org_id);
    const org: OrgSummary = {
      orgId: p.id,
      name: p.name,
      groupId,
      status,
      version: s?.version ?? null,
      receivedAt: s?.received_at ?? null,
      errors: s?.errors ?? 0,
      warnings: s?.warnings ?? 0,
      completion: { done: s?.done ?? 0, required: s?.required ?? required },
      missing,
      overdue,
      targetsNotMet,
      review: reviewOf(s ?? null),
      newerDraft:
        s?.draft_version != null ? { version: s.draft_version, receivedAt: s.draft_received_at! } : null,
    };
    bump(counts, status);
    if (org.review) reviews[org.review.state]++;
    let g = groups.get(groupId);
    if (!g) {
      g = {
        orgId: groupId,
        name: groupNames.get(groupId) ?? groupId,
        counts: emptyCounts(),
        completion: { done: 0, required: 0 },
        overdue: 0,
        missing: 0,
      };
      groups.set(groupId, g);
    }
    bump(g.counts, status);
    g.completion.done += org.completion.done;
    g.completion.required += org.completion.required;
    g.overdue += overdue.length;
    g.missing += missing.length;
    return org;
  });

  const items: ItemSummary[] = templateItems.map((t, i) => ({
    code: t.code,
    activity: t.activity,
    required: t.required,
    ...totals[i]!,
  }));

  return {
    campaign: campaignView(campaign),
    generatedAt: now,
    counts,
    orgs,
    items,
    groups: [...groups.values()],
    tree: rollupTree(campaign.org_id, campaign.org_path, rows.participants, orgs, rows.groupOrgs ?? []),
    findings: rows.findings.map((f) => summaryFinding(f.org_id, f)),
    reviews,
  };
}
