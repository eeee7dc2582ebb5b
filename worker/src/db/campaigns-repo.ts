import { DEFAULT_TIME_ZONE } from "../../../shared/local-time.ts";
import type { CampaignRow } from "./rows.ts";

export interface NewCampaign {
  id: string;
  orgId: string;
  name: string;
  templateId: string;
  templateVersion: number;
  periodStart: string;
  periodEnd: string;
  reportDate: string;
  dueDate: string;
  createdBy: string;
  participants: readonly string[];
  /** IANA zone for exports; Moscow when absent */
  timeZone?: string;
}

/** The campaign's own columns (what RETURNING can give). */
const OWN =
  "id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, status, created_by, created_at, closed_at, time_zone";
/** A campaign row with its organisation's path: every read joins `orgs o`. */
const COLUMNS = `${OWN.split(", ")
  .map((col) => `c.${col}`)
  .join(", ")}, o.path AS org_path`;

export class CampaignsRepo {
  constructor(private readonly db: D1Database) {}

  /** The campaign and its participant list, atomically; the new row as stored (`orgPath` is the org's). */
  async create(c: NewCampaign & { orgPath: string }, now: string): Promise<CampaignRow> {
    const [inserted] = await this.db.batch<Omit<CampaignRow, "org_path">>([
      this.db
        .prepare(
          `INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${OWN}`,
        )
        .bind(
          c.id,
          c.orgId,
          c.name,
          c.templateId,
          c.templateVersion,
          c.periodStart,
          c.periodEnd,
          c.reportDate,
          c.dueDate,
          c.createdBy,
          now,
          c.timeZone ?? DEFAULT_TIME_ZONE,
        ),
      this.db
        .prepare("INSERT INTO campaign_orgs (campaign_id, org_id) SELECT ?, value FROM json_each(?)")
        .bind(c.id, JSON.stringify(c.participants)),
    ]);
    return { ...inserted!.results[0]!, org_path: c.orgPath };
  }

  /** The campaign with its organisation's path (for permission checks). */
  get(id: string): Promise<CampaignRow | null> {
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM campaigns c JOIN orgs o ON o.id = c.org_id WHERE c.id = ?`)
      .bind(id)
      .first<CampaignRow>();
  }

  async participants(id: string): Promise<string[]> {
    const { results } = await this.db
      .prepare("SELECT org_id FROM campaign_orgs WHERE campaign_id = ? ORDER BY org_id")
      .bind(id)
      .all<{ org_id: string }>();
    return results.map((r) => r.org_id);
  }

  async isParticipant(id: string, orgId: string): Promise<boolean> {
    const row = await this.db
      .prepare("SELECT 1 AS yes FROM campaign_orgs WHERE campaign_id = ? AND org_id = ?")
      .bind(id, orgId)
      .first<{ yes: number }>();
    return row !== null;
  }

  /**
   * Campaigns a user may see: run by an org inside one of `managedPaths`, or with a participant that
   * is one of `memberOrgIds` or inside `managedPaths`.
   */
  async visible(managedPaths: readonly string[], memberOrgIds: readonly string[]): Promise<CampaignRow[]> {
    const { results } = await this.db
      .prepare(
        `SELECT ${COLUMNS} FROM campaigns c JOIN orgs o ON o.id = c.org_id
         WHERE EXISTS (SELECT 1 FROM json_each(?1) m WHERE o.path >= m.value AND o.path < m.value || '~')
            OR EXISTS (SELECT 1 FROM campaign_orgs co JOIN orgs p ON p.id = co.org_id
                       WHERE co.campaign_id = c.id
                         AND (co.org_id IN (SELECT value FROM json_each(?2))
                              OR EXISTS (SELECT 1 FROM json_each(?1) m WHERE p.path >= m.value AND p.path < m.value || '~')))
         ORDER BY c.created_at DESC, c.id`,
      )
      .bind(JSON.stringify(managedPaths), JSON.stringify(memberOrgIds))
      .all<CampaignRow>();
    return results;
  }
}
