import type { Org } from "../../../shared/api/orgs.ts";
import type { OrgRow } from "../db/rows.ts";

export const orgView = (row: OrgRow): Org => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  kind: row.kind,
});
