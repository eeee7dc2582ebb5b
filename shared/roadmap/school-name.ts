// Which school (or other organisation) a roadmap belongs to, from its title: «МБОУ «СОШ №21»»,
// «МУДО ДЮОЦ», «МБОУ СОШ № 5». Null when the title names none (the caller falls back to the file name).

const KIND = "(?:[МГЧНО]|ОГ|КГ)?(?:Б|А|К|Б?У)?(?:ОУ|ДОУ|УДО|У ДО|ОУДО)";
// A capitalised word after the number may be the place («МБОУ СОШ № 5 Тайшета»), but not the title
// that follows the name («МБОУ СОШ № 5 Дорожная карта»).
const TITLE_WORDS = "(?:Дорожн|План|Программ|Перечень|Мероприят|Положени|Отчёт|Отчет)";
const ABBREVIATED = new RegExp(
  `(?:^|[\\s(«"])(${KIND}(?:\\s+(?:«[^»]{2,150}»|"[^"]{2,150}"|[А-ЯЁ]{2,}[А-ЯЁ\\d-]*(?:\\s*№\\s*\\d+)?(?:\\s+(?!${TITLE_WORDS})[А-ЯЁ][а-яё]+)?)))`,
  "u",
);
const QUOTED = /«([^»]*(?:школ|гимнази|лице|детский сад|центр|интернат)[^»]*)»/i;

export function schoolFromTitle(title: string | null): string | null {
  if (!title) return null;
  const t = title.replace(/\*\*/g, "").replace(/\s+/g, " ");
  const a = ABBREVIATED.exec(t);
  if (a) return a[1]!.trim();
  const q = QUOTED.exec(t);
  return q ? `«${q[1]!.trim()}»` : null;
}
