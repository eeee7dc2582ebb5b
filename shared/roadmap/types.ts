import type { Period } from "../parse/period.ts";
import type { Role } from "../templates/model.ts";
import type { AssumedHeader, TableKind } from "./header.ts";

/** One item row as read from the sheet (continuation rows already merged in). */
export interface RawItem {
  /** 1-based sheet row of the item's first line */
  row: number;
  /** 1-based rows of continuation lines merged into it */
  continuation: number[];
  code: string | null;
  /** the code cell's text when it is not a valid code */
  badCode: string | null;
  /** index into `sections` */
  section: number | null;
  /** role → merged cell text */
  text: Partial<Record<Role, string>>;
}

export interface RawSection {
  row: number;
  code: string | null;
  title: string;
  /** 0 for a section, 1+ for sub-sections */
  depth: number;
}

export interface RawIndicator {
  row: number;
  criterion: string;
  indicator: string;
  method: string;
  scale: string;
  actual: string;
}

export interface TableRead {
  kind: TableKind;
  /** 1-based */
  headerRow: number;
  columns: Partial<Record<Role, number>>;
  unknownColumns: number[];
  /** misspelt headers read as the common header they are nearest to */
  assumedColumns: AssumedHeader[];
  /** 1-based, inclusive */
  firstRow: number;
  lastRow: number;
}

export interface RoadmapRead {
  title: string | null;
  period: Period | null;
  /** the roadmap table, or null when no roadmap header was found */
  table: TableRead | null;
  sections: RawSection[];
  items: RawItem[];
  /** 1-based blank rows inside the roadmap table */
  blankRows: number[];
  indicatorTables: TableRead[];
  indicators: RawIndicator[];
}
