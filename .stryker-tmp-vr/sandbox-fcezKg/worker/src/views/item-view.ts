import type { FindingView, ItemStateView, ItemView } from "../../../shared/api/report.ts";
import type { FindingRow, ItemRow } from "../db/rows.ts";

export const itemView = (r: ItemRow): ItemView => ({
  row: r.row,
  code: r.code,
  templateCode: r.template_code,
  activity: r.activity,
  state: r.state as ItemStateView,
  status: r.status,
  deadline: { kind: r.deadline_kind, start: r.deadline_start, end: r.deadline_end },
  actual: r.actual,
  targetMet: r.target_met === null ? null : r.target_met === 1,
});

export const findingView = (r: FindingRow): FindingView => ({
  code: r.code,
  severity: r.severity,
  row: r.row,
  column: r.col,
  message: r.message,
  params: JSON.parse(r.params) as FindingView["params"],
});
