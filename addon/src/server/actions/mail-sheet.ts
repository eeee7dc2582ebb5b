// A sheet of letters for the department's own mail (invitations, reminders): replaced as a whole on
// each run, so the department always has addresses and ready texts even when MailApp's quota is spent.
import type { Cell } from "../../../../shared/grid.ts";
import { clearBlock, getOrCreateSheet, lastRow, type Sheet, writeBlock } from "../services/sheet-io.ts";

export function writeMailSheet(name: string, header: readonly string[], rows: Cell[][]): Sheet {
  const sheet = getOrCreateSheet(name);
  const old = lastRow(sheet);
  if (old > 0) clearBlock(sheet, 1, 1, old, header.length);
  writeBlock(sheet, 1, 1, [[...header], ...rows]);
  return sheet;
}
