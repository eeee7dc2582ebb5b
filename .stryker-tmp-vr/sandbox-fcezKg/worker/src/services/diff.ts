import type { Diff, ItemView } from "../../../shared/api/index.ts";

type Field = Diff["changed"][number]["fields"][number];

/** Items are matched by template code, else by their own code, else by activity text. */
function keyOf(item: ItemView): string {
  return item.templateCode ?? (item.code ? `code:${item.code}` : `text:${item.activity.toLowerCase()}`);
}

function byKey(items: readonly ItemView[]): Map<string, ItemView> {
  const map = new Map<string, ItemView>();
  for (const item of items) {
    const key = keyOf(item);
    if (!map.has(key)) map.set(key, item);
  }
  return map;
}

/** What changed between two versions of one organisation's sheet. `missing` rows are not items. */
export function diffItems(before: readonly ItemView[], after: readonly ItemView[]) {
  const a = byKey(before.filter((i) => i.state !== "missing"));
  const b = byKey(after.filter((i) => i.state !== "missing"));
  const added: ItemView[] = [];
  const removed: ItemView[] = [];
  const changed: Diff["changed"] = [];
  for (const [key, item] of b) if (!a.has(key)) added.push(item);
  for (const [key, item] of a) {
    const next = b.get(key);
    if (!next) {
      removed.push(item);
      continue;
    }
    const fields: Field[] = [];
    if (item.status !== next.status) fields.push("status");
    if (item.state !== next.state) fields.push("state");
    if (item.deadline.start !== next.deadline.start || item.deadline.end !== next.deadline.end)
      fields.push("deadline");
    if (item.actual !== next.actual) fields.push("actual");
    if (item.activity !== next.activity) fields.push("activity");
    if (fields.length > 0) changed.push({ key, before: item, after: next, fields });
  }
  return { added, removed, changed };
}
