// Russian plural forms through Intl.PluralRules: «1 школа», «2 школы», «5 школ», «21 школа».
export interface Forms {
  one: string;
  few: string;
  many: string;
}

let rules: Intl.PluralRules | null = null;

/** The form of `noun` for `n` (integers; a fraction takes the `few` form as Russian does: «1,5 школы»). */
export function pluralForm(n: number, noun: Forms): string {
  rules ??= new Intl.PluralRules("ru");
  const category = rules.select(n);
  if (category === "one") return noun.one;
  // "other" is what Russian rules give fractions.
  return category === "few" || category === "other" ? noun.few : noun.many;
}

/** «2 школы» */
export function plural(n: number, noun: Forms): string {
  return `${n} ${pluralForm(n, noun)}`;
}

export const NOUNS = {
  school: { one: "школа", few: "школы", many: "школ" },
  participant: { one: "участник", few: "участника", many: "участников" },
  letter: { one: "письмо", few: "письма", many: "писем" },
  invitation: { one: "приглашение", few: "приглашения", many: "приглашений" },
  address: { one: "адрес", few: "адреса", many: "адресов" },
  cell: { one: "ячейка", few: "ячейки", many: "ячеек" },
  error: { one: "ошибка", few: "ошибки", many: "ошибок" },
  day: { one: "день", few: "дня", many: "дней" },
} as const satisfies Record<string, Forms>;
