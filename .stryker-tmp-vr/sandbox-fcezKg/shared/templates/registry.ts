import { districtPlan } from "./district-plan.ts";
import { efficiencyCriteria } from "./efficiency-criteria.ts";
import { institutionRoadmap } from "./institution-roadmap.ts";
import type { Template } from "./model.ts";
import { municipalProgramme } from "./municipal-programme.ts";
import { municipalRoadmap } from "./municipal-roadmap.ts";
import { schoolRoadmap } from "./school-roadmap.ts";

/** Built-in templates, derived from the department's sample documents (tests/fixtures/seeds). */
export const TEMPLATES: readonly Template[] = [
  municipalRoadmap,
  schoolRoadmap,
  municipalProgramme,
  districtPlan,
  institutionRoadmap,
  efficiencyCriteria,
];

export function getTemplate(id: string, version?: number): Template | undefined {
  return TEMPLATES.find((t) => t.id === id && (version === undefined || t.version === version));
}
