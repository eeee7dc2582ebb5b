// Row shapes as D1 returns them (snake_case, SQLite types).
export interface OrgRow {
  id: string;
  parent_id: string | null;
  name: string;
  kind: "region" | "municipality" | "school" | "other";
  path: string;
}

export interface MembershipRow {
  org_id: string;
  role: "school" | "department" | "admin";
  name: string;
  kind: OrgRow["kind"];
  path: string;
}

export interface CampaignRow {
  id: string;
  org_id: string;
  name: string;
  template_id: string;
  template_version: number;
  period_start: string;
  period_end: string;
  report_date: string;
  due_date: string;
  status: "open" | "closed";
  created_by: string;
  created_at: string;
  closed_at: string | null;
  /** IANA zone the exports use (migration 0004_campaign_time_zone) */
  time_zone: string;
  /** the running organisation's path (every campaign query joins its org, for permission checks) */
  org_path: string;
}

export interface SubmissionRow {
  id: string;
  campaign_id: string;
  org_id: string;
  version: number;
  payload_hash: string;
  status: "draft" | "submitted" | "late";
  sheet_name: string | null;
  submitted_by: string;
  received_at: string;
  errors: number;
  warnings: number;
  infos: number;
  required: number;
  present: number;
  done: number;
  grid_chunks: number;
}

export interface ItemRow {
  row: number | null;
  code: string | null;
  template_code: string | null;
  activity: string;
  state: string;
  status: string | null;
  deadline_kind: string;
  deadline_start: string | null;
  deadline_end: string | null;
  actual: string;
  actual_value: number | null;
  target_value: number | null;
  target_met: number | null;
}

export interface FindingRow {
  code: string;
  severity: "error" | "warning" | "info";
  row: number | null;
  col: string | null;
  message: string;
  params: string;
  /** the item the finding is about: the one on its row, or the one a missing-item finding names (0008) */
  item_code: string | null;
  activity: string | null;
}

/** `path >= ?1 AND path < ?1 || '~'`: the subtree of an org, using the path index ('~' sorts after every id character). */
export const SUBTREE = (column: string, param: string) =>
  `(${column} >= ${param} AND ${column} < ${param} || '~')`;

/** An API token as listed: never its hash. */
export interface TokenRow {
  id: string;
  email: string;
  label: string;
  created_at: string;
  created_by: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  /** JSON array of {orgId, role}: the token's scope (migration 0003) */
  scope: string;
}
