// What «Импорт из файла» / «Перенести в шаблон» show in the sidebar (types only: the sidebar imports
// them without the Apps Script code behind them).
export interface ImportView {
  templateId: string;
  templateName: string;
  columns: { column: string; header: string; target: string }[];
  matched: number;
  notes: string[];
  /** set once the sheet is written */
  sheetName: string | null;
}
