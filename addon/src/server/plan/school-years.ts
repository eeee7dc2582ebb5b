// The school-year shortcut of «Новая кампания»: a school year runs 1 September – 31 August.
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import type { CampaignFormView } from "./views.ts";

/** Previous, current and next school year around `todayIso` (the current one in the middle). */
export function schoolYears(todayIso: string): CampaignFormView["schoolYears"] {
  const year = Number(todayIso.slice(0, 4));
  const month = Number(todayIso.slice(5, 7));
  const first = (month >= 9 ? year : year - 1) - 1;
  return [first, first + 1, first + 2].map((y) => ({
    label: fill(RU_UI.sidebar.newCampaign.schoolYearLabel, { from: y, to: y + 1 }),
    start: `${y}-09-01`,
    end: `${y + 1}-08-31`,
  }));
}
