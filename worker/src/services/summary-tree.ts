import type { OrgSummary, RollupGroup } from "../../../shared/api/summary.ts";
import type { GroupOrgRow, ParticipantRow } from "../db/summary-repo.ts";

// Roll-up at any depth (issue 9): every organisation between the campaign's and a participant gets a
// group row with the same totals as the one-level `groups`, so region → municipalities → clusters →
// schools each have their own line. One pass over the participants; groups come out depth-first.

const emptyGroup = (id: string, name: string, parentId: string | null, depth: number): RollupGroup => ({
  orgId: id,
  name,
  parentId,
  depth,
  counts: { total: 0, notSubmitted: 0, draft: 0, submitted: 0, late: 0 },
  completion: { done: 0, required: 0 },
  overdue: 0,
  missing: 0,
});

export function rollupTree(
  rootId: string,
  rootPath: string,
  participants: readonly ParticipantRow[],
  orgs: readonly OrgSummary[],
  groupOrgs: readonly GroupOrgRow[],
): RollupGroup[] {
  const names = new Map(groupOrgs.map((g) => [g.id, g.name]));
  const nodes = new Map<string, { path: string; group: RollupGroup }>();
  participants.forEach((p, i) => {
    const org = orgs[i]!;
    const rest = p.path.slice(rootPath.length).split("/").filter(Boolean);
    // the campaign's org, then each ancestor strictly between it and the participant
    const chain = [rootId, ...rest.slice(0, -1)];
    let path = rootPath;
    chain.forEach((id, depth) => {
      if (depth > 0) path += `${id}/`;
      let node = nodes.get(id);
      if (!node) {
        node = {
          path,
          group: emptyGroup(id, names.get(id) ?? id, depth > 0 ? chain[depth - 1]! : null, depth),
        };
        nodes.set(id, node);
      }
      const g = node.group;
      g.counts.total++;
      if (org.status === "not-submitted") g.counts.notSubmitted++;
      else g.counts[org.status]++;
      g.completion.done += org.completion.done;
      g.completion.required += org.completion.required;
      g.overdue += org.overdue.length;
      g.missing += org.missing.length;
    });
  });
  return [...nodes.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((n) => n.group);
}
