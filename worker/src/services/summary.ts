import type {
  GroupSummary,
  ItemSummary,
  OrgSummary,
  StatusCounts,
  Summary,
} from "../../../shared/api/summary.ts";
import type { Template } from "../../../shared/templates/model.ts";
import type { CampaignRow } from "../db/rows.ts";
import type { SummaryRows } from "../db/summary-repo.ts";
import { campaignView } from "../views/campaign-view.ts";

const emptyCounts = (): StatusCounts => ({ total: 0, notSubmitted: 0, draft: 0, submitted: 0, late: 0 });

function bump(counts: StatusCounts, status: OrgSummary["status"]): void {
  counts.total++;
  if (status === "not-submitted") counts.notSubmitted++;
  else counts[status]++;
}

/** The id of the direct child of `rootPath` on the way to `path` (the org itself if it is that child). */
function groupOf(path: string, rootPath: string): string {
  const rest = path.slice(rootPath.length).split("/").filter(Boolean);
  return rest[0] ?? path.split("/").filter(Boolean).at(-1)!;
}

/** Assemble the department's summary from the stored rows (pure; the repository did the reading). */
export function buildSummary(
  campaign: CampaignRow & { org_path: string },
  template: Template | undefined,
  rows: SummaryRows,
  groupNames: ReadonlyMap<string, string>,
  now: string,
): Summary {
  const latest = new Map(rows.latest.map((r) => [r.org_id, r]));
  const required = template?.items.filter((i) => i.required).length ?? 0;
  const flagged = new Map<string, Pick<OrgSummary, "missing" | "overdue" | "targetsNotMet">>();
  for (const f of rows.flagged) {
    let entry = flagged.get(f.org_id);
    if (!entry) {
      entry = { missing: [], overdue: [], targetsNotMet: [] };
      flagged.set(f.org_id, entry);
    }
    const item = { code: f.template_code ?? f.code ?? "", activity: f.activity };
    if (f.state === "missing") entry.missing.push(item);
    else if (f.state === "overdue") entry.overdue.push(item);
    if (f.target_met === 0) entry.targetsNotMet.push(item);
  }

  const counts = emptyCounts();
  const groups = new Map<string, GroupSummary>();
  const orgs: OrgSummary[] = rows.participants.map((p) => {
    const s = latest.get(p.id);
    const status: OrgSummary["status"] = s ? s.status : "not-submitted";
    const f = flagged.get(p.id) ?? { missing: [], overdue: [], targetsNotMet: [] };
    const groupId = groupOf(p.path, campaign.org_path);
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
      ...f,
    };
    bump(counts, status);
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
    g.overdue += f.overdue.length;
    g.missing += f.missing.length;
    return org;
  });

  const aggregates = new Map(rows.items.map((r) => [r.template_code, r]));
  const items: ItemSummary[] = (template?.items ?? []).map((t) => {
    const a = aggregates.get(t.code);
    return {
      code: t.code,
      activity: t.activity,
      required: t.required,
      done: a?.done ?? 0,
      overdue: a?.overdue ?? 0,
      missing: a?.missing ?? 0,
      inProgress: a?.in_progress ?? 0,
      notStarted: a?.not_started ?? 0,
      actualTotal: a?.actual_total ?? null,
      targetTotal: a?.target_total ?? null,
      targetsMet: a?.met ?? 0,
      targetsNotMet: a?.not_met ?? 0,
    };
  });

  return {
    campaign: campaignView(campaign),
    generatedAt: now,
    counts,
    orgs,
    items,
    groups: [...groups.values()],
  };
}
