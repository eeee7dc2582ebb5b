// Document properties: where this spreadsheet reports to. Nothing secret is stored — the identity
// token is fetched per request — because every editor of the document can read these properties.
import { BUILT_IN_WORKER_URL } from "../plan/built-in.ts";
import type { CampaignChoice, Settings } from "../plan/views.ts";

export type { CampaignChoice, Settings };

const KEYS = { workerUrl: "svodka.workerUrl", campaign: "svodka.campaign" } as const;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readSettings(): Settings {
  const all = props().getProperties();
  return {
    // An address set in «Настройки» (administrators, local development) wins over the built-in one.
    workerUrl: all[KEYS.workerUrl] || BUILT_IN_WORKER_URL,
    campaign: parse<CampaignChoice>(all[KEYS.campaign] ?? null),
  };
}

export function writeSettings(s: Settings): void {
  props().setProperties(
    { [KEYS.workerUrl]: s.workerUrl, [KEYS.campaign]: s.campaign ? JSON.stringify(s.campaign) : "" },
    false,
  );
}

/** What was inserted into a sheet, so «Проверить» uses the same template without guessing. */
export interface SheetTemplate {
  templateId: string;
  version: number;
  period: string;
}

export function readSheetTemplate(sheetKey: string): SheetTemplate | null {
  return parse<SheetTemplate>(props().getProperty(`svodka.sheet.${sheetKey}`));
}

export function writeSheetTemplate(sheetKey: string, t: SheetTemplate): void {
  props().setProperty(`svodka.sheet.${sheetKey}`, JSON.stringify(t));
}

/** A submission that has not been acknowledged yet: the retry sends the same id. */
export interface PendingSubmission {
  submissionId: string;
  /** fingerprint of the grid sent; a changed sheet gets a new id */
  fingerprint: string;
}

export function readPending(sheetKey: string): PendingSubmission | null {
  return parse<PendingSubmission>(props().getProperty(`svodka.pending.${sheetKey}`));
}

export function writePending(sheetKey: string, p: PendingSubmission): void {
  props().setProperty(`svodka.pending.${sheetKey}`, JSON.stringify(p));
}

export function clearPending(sheetKey: string): void {
  props().deleteProperty(`svodka.pending.${sheetKey}`);
}

function parse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** The organisation a «Школы» sheet was prefilled for: loading it into another one would duplicate schools. */
export interface SchoolsSheetOrg {
  orgId: string;
  orgName: string;
}

export function readSchoolsSheetOrg(sheetKey: string): SchoolsSheetOrg | null {
  return parse<SchoolsSheetOrg>(props().getProperty(`svodka.schools.${sheetKey}`));
}

export function writeSchoolsSheetOrg(sheetKey: string, org: SchoolsSheetOrg): void {
  props().setProperty(`svodka.schools.${sheetKey}`, JSON.stringify(org));
}
