// The department's summary is one batch (one round trip) of two reads: the participants, and the
// latest version of each organisation with its stored item digest. No grid is re-validated and no
// item row is scanned.

export interface ParticipantRow {
  id: string;
  name: string;
  path: string;
}

export interface LatestRow {
  org_id: string;
  version: number;
  status: "draft" | "submitted" | "late";
  received_at: string;
  errors: number;
  warnings: number;
  required: number;
  done: number;
  digest: string;
  /** a draft received after the counted version (it does not replace it) */
  draft_version: number | null;
  draft_received_at: string | null;
  /** the latest review of this school in the campaign, if any (issue 9) */
  review_version: number | null;
  review_state: "accepted" | "returned" | null;
  review_comment: string | null;
  review_items: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

/** One finding of an organisation's counted version, with the item it is about (issue 9). */
export interface FindingSummaryRow {
  org_id: string;
  code: string;
  severity: "error" | "warning" | "info";
  row: number | null;
  col: string | null;
  message: string;
  item_code: string | null;
  activity: string | null;
}

/** An organisation of the campaign's tree that is not a school: a roll-up group at its level. */
export interface GroupOrgRow {
  id: string;
  name: string;
  path: string;
}

export interface SummaryRows {
  participants: ParticipantRow[];
  latest: LatestRow[];
  findings: FindingSummaryRow[];
  /** the campaign's organisation and every non-school organisation under it (issue 9) */
  groupOrgs?: GroupOrgRow[];
}

export class SummaryRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * `findings`: also read every finding of every counted version (the «Замечания» sheet and the XLSX
   * export ask for them; the default JSON summary does not — at 10,000 schools they were most of its cost).
   */
  async read(campaignId: string, opts: { findings: boolean }): Promise<SummaryRows> {
    const statements = [
      this.db
        .prepare(
          "SELECT o.id, o.name, o.path FROM campaign_orgs co JOIN orgs o ON o.id = co.org_id WHERE co.campaign_id = ?1 ORDER BY o.path",
        )
        .bind(campaignId),
      // What counts per organisation: its latest submitted (non-draft) version, or its latest draft
      // when it never submitted one; a draft newer than the counted version is reported beside it.
      // Both through the UNIQUE(campaign_id, org_id, version) index.
      this.db
        .prepare(
          `SELECT s.org_id, s.version, s.status, s.received_at, s.errors, s.warnings, s.required, s.done, s.digest,
                  d.version AS draft_version, d.received_at AS draft_received_at,
                  r.version AS review_version, r.state AS review_state, r.comment AS review_comment,
                  r.item_comments AS review_items, r.reviewed_by, r.reviewed_at
           FROM (SELECT org_id, MAX(version) AS latest,
                        MAX(CASE WHEN status <> 'draft' THEN version END) AS counted
                 FROM submissions WHERE campaign_id = ?1 GROUP BY org_id) m
           JOIN submissions s
             ON s.campaign_id = ?1 AND s.org_id = m.org_id AND s.version = COALESCE(m.counted, m.latest)
           LEFT JOIN submissions d
             ON m.latest > s.version AND d.campaign_id = ?1 AND d.org_id = m.org_id AND d.version = m.latest
           LEFT JOIN (SELECT org_id, MAX(seq) AS seq FROM reviews WHERE campaign_id = ?1 GROUP BY org_id) rm
             ON rm.org_id = m.org_id
           LEFT JOIN reviews r ON r.campaign_id = ?1 AND r.org_id = m.org_id AND r.seq = rm.seq`,
        )
        .bind(campaignId),
      // Names of the roll-up groups at every depth, through the path index.
      this.db
        .prepare(
          `SELECT o.id, o.name, o.path FROM campaigns c JOIN orgs r ON r.id = c.org_id
           JOIN orgs o ON o.path >= r.path AND o.path < r.path || '~'
           WHERE c.id = ?1 AND o.kind <> 'school'`,
        )
        .bind(campaignId),
    ];
    if (opts.findings) {
      statements.push(
        // Every finding of each counted version with the item it is about, stored on the finding row
        // (migration 0008; no join with the items): the rows of the department's «Замечания».
        this.db
          .prepare(
            `SELECT s.org_id, f.code, f.severity, f.row, f.col, f.message, f.item_code, f.activity
           FROM (SELECT org_id, COALESCE(MAX(CASE WHEN status <> 'draft' THEN version END), MAX(version)) AS v
                 FROM submissions WHERE campaign_id = ?1 GROUP BY org_id) m
           JOIN submissions s ON s.campaign_id = ?1 AND s.org_id = m.org_id AND s.version = m.v
           JOIN submission_findings f ON f.submission_id = s.id
           ORDER BY s.org_id, f.seq`,
          )
          .bind(campaignId),
      );
    }
    const [participants, latest, groupOrgs, findings] = await this.db.batch(statements);
    return {
      participants: participants!.results as unknown as ParticipantRow[],
      latest: latest!.results as unknown as LatestRow[],
      findings: (findings?.results ?? []) as unknown as FindingSummaryRow[],
      groupOrgs: groupOrgs!.results as unknown as GroupOrgRow[],
    };
  }
}
