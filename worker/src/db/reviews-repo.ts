// Reviews of submitted versions: append-only, numbered per school in a campaign.

export interface ReviewRow {
  id: string;
  campaign_id: string;
  org_id: string;
  seq: number;
  submission_id: string;
  version: number;
  state: "accepted" | "returned";
  comment: string;
  item_comments: string;
  reviewed_by: string;
  reviewed_at: string;
}

const COLUMNS =
  "id, campaign_id, org_id, seq, submission_id, version, state, comment, item_comments, reviewed_by, reviewed_at";

export class ReviewsRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * Append a review of `version`, only if that version is still the school's latest submitted one
   * (checked inside the INSERT, so a resubmission racing the review makes it a no-op: null).
   */
  async insert(r: Omit<ReviewRow, "seq" | "submission_id">): Promise<ReviewRow | null> {
    return this.db
      .prepare(
        `INSERT INTO reviews (${COLUMNS})
         SELECT ?1, ?2, ?3, (SELECT COALESCE(MAX(seq), 0) + 1 FROM reviews WHERE campaign_id = ?2 AND org_id = ?3),
                s.id, s.version, ?5, ?6, ?7, ?8, ?9
         FROM submissions s
         WHERE s.campaign_id = ?2 AND s.org_id = ?3 AND s.version = ?4 AND s.status <> 'draft'
           AND s.version = (SELECT MAX(version) FROM submissions
                            WHERE campaign_id = ?2 AND org_id = ?3 AND status <> 'draft')
         RETURNING ${COLUMNS}`,
      )
      .bind(
        r.id,
        r.campaign_id,
        r.org_id,
        r.version,
        r.state,
        r.comment,
        r.item_comments,
        r.reviewed_by,
        r.reviewed_at,
      )
      .first<ReviewRow>();
  }

  async list(campaignId: string, orgId: string): Promise<ReviewRow[]> {
    const { results } = await this.db
      .prepare(`SELECT ${COLUMNS} FROM reviews WHERE campaign_id = ? AND org_id = ? ORDER BY seq`)
      .bind(campaignId, orgId)
      .all<ReviewRow>();
    return results;
  }

  /** The school's counted version: its latest submitted (non-draft) one. */
  async counted(campaignId: string, orgId: string): Promise<number | null> {
    const row = await this.db
      .prepare(
        "SELECT MAX(version) AS v FROM submissions WHERE campaign_id = ? AND org_id = ? AND status <> 'draft'",
      )
      .bind(campaignId, orgId)
      .first<{ v: number | null }>();
    return row?.v ?? null;
  }
}
