// Rewrites the stored findings of summary rows (migration 0010) from their source. The triggers
// rewrite a school's row and findings on every version and review; a version's findings arrive after
// its submissions row in the same batch, so the submit batch ends with this statement (and bulk
// loaders, such as the benchmark, call it once they have inserted findings).

/** The stored findings of one school in a campaign, or of every school in it (orgId omitted). */
export function refreshSummaryFindings(
  db: D1Database,
  campaignId: string,
  orgId?: string,
): D1PreparedStatement {
  const rewrite = `INSERT OR REPLACE INTO summary_findings (campaign_id, org_id, findings)
     SELECT campaign_id, org_id, findings FROM summary_source WHERE campaign_id = ?1`;
  // two statements rather than `?2 IS NULL OR …`, which would keep SQLite off the (campaign, org) index
  return orgId === undefined
    ? db.prepare(rewrite).bind(campaignId)
    : db.prepare(`${rewrite} AND org_id = ?2`).bind(campaignId, orgId);
}
