// In-memory SpreadsheetApp: Spreadsheet, Sheet and Range with the real conventions — 1-based rows
// and columns, getValues as 2D arrays with "" for empty cells, setValues/setBackgrounds/setNotes
// that throw on a size mismatch with the real wording, sheets bounded by their max rows/columns.
// Values are typed in as Google types them for the spreadsheet's locale and time zone (ru_RU and
// Europe/Moscow unless a test sets others): see locale.ts; formulas compute (formula.ts).
import { columnIndex, columnLetter } from "../../../shared/grid.ts";
import { type CallLog, counted } from "./calls.ts";
import { evaluateFormula } from "./formula.ts";
import { displayText, parseTyped, type Value } from "./locale.ts";

interface CellData {
  value: Value;
  formula: string;
  background: string;
  note: string;
  fontWeight: string;
  wrap: boolean;
  format: string;
  validation: FakeDataValidation | null;
}

const WHITE = "#ffffff";

function blank(): CellData {
  return {
    value: "",
    formula: "",
    background: WHITE,
    note: "",
    fontWeight: "normal",
    wrap: false,
    format: "",
    validation: null,
  };
}

/** "B3" → {row: 3, col: 2} */
function parseCell(a1: string): { row: number; col: number } {
  const m = /^([A-Za-z]+)(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found`);
  return { row: Number(m[2]), col: columnIndex(m[1]!) + 1 };
}

export class FakeDataValidation {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getHelpText(): string {
    return this.helpText;
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

export class FakeDataValidationBuilder {
  private criteria = "";
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";
  requireValueInList(values: string[], showDropdown = true): this {
    this.criteria = "VALUE_IN_LIST";
    this.values = [values, showDropdown];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(t: string): this {
    this.helpText = t;
    return this;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly text: string,
    readonly background: string,
    readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    return this.ranges;
  }
}

export class FakeConditionalFormatRuleBuilder {
  private text = "";
  private background = "";
  private ranges: FakeRange[] = [];
  whenTextEqualTo(text: string): this {
    this.text = text;
    return this;
  }
  setBackground(colour: string): this {
    this.background = colour;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges;
    return this;
  }
  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this.text, this.background, this.ranges);
  }
}

export class FakeProtection {
  description = "";
  warningOnly = false;
  constructor(readonly range: FakeRange) {}
  setDescription(d: string): this {
    this.description = d;
    return this;
  }
  setWarningOnly(w: boolean): this {
    this.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getRange(): FakeRange {
    return this.range;
  }
}

export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Map<string, unknown>,
    readonly position: [number, number],
  ) {}
  getOptions(): { get(name: string): unknown } {
    return { get: (name: string) => this.options.get(name) };
  }
  getRanges(): FakeRange[] {
    return this.ranges;
  }
}

export class FakeChartBuilder {
  private type = "";
  private ranges: FakeRange[] = [];
  private options = new Map<string, unknown>();
  private position: [number, number] = [1, 1];
  setChartType(t: string): this {
    this.type = t;
    return this;
  }
  addRange(r: FakeRange): this {
    this.ranges.push(r);
    return this;
  }
  setNumHeaders(_n: number): this {
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.options.set(name, value);
    return this;
  }
  setPosition(row: number, col: number, _x: number, _y: number): this {
    this.position = [row, col];
    return this;
  }
  build(): FakeChart {
    return new FakeChart(this.type, this.ranges, this.options, this.position);
  }
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  private cells<T>(read: (c: CellData) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numCols; c++) line.push(read(this.sheet.cellAt(this.row + r, this.col + c)));
      out.push(line);
    }
    return out;
  }

  private checkSize(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data) {
      if (!Array.isArray(line) || line.length !== this.numCols) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numCols}.`,
        );
      }
    }
  }

  private write<T>(data: T[][], apply: (c: CellData, v: T) => void): this {
    this.checkSize(data);
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++)
        apply(this.sheet.cellAt(this.row + r, this.col + c, true), data[r]![c]!);
    }
    return this;
  }

  private all(apply: (c: CellData) => void): this {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++) apply(this.sheet.cellAt(this.row + r, this.col + c, true));
    }
    return this;
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.col - 1)}${this.row}`;
    if (this.numRows === 1 && this.numCols === 1) return start;
    return `${start}:${columnLetter(this.getLastColumn() - 1)}${this.getLastRow()}`;
  }
  getValues(): Value[][] {
    return this.cells((c) => this.sheet.computed(c));
  }
  getValue(): Value {
    return this.sheet.computed(this.sheet.cellAt(this.row, this.col));
  }
  getDisplayValues(): string[][] {
    const book = this.sheet.spreadsheet;
    return this.cells((c) => displayText(this.sheet.computed(c), c.format, book.locale, book.timeZone));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }
  getFormulas(): string[][] {
    return this.cells((c) => c.formula);
  }
  setValues(values: unknown[][]): this {
    return this.write(values, (c, v) => this.sheet.typeIn(c, v));
  }
  setValue(value: unknown): this {
    return this.all((c) => this.sheet.typeIn(c, value));
  }
  getBackgrounds(): string[][] {
    return this.cells((c) => c.background);
  }
  getBackground(): string {
    return this.sheet.cellAt(this.row, this.col).background;
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.write(colors, (c, v) => {
      c.background = v ?? WHITE;
    });
  }
  setBackground(color: string | null): this {
    return this.all((c) => {
      c.background = color ?? WHITE;
    });
  }
  getNotes(): string[][] {
    return this.cells((c) => c.note);
  }
  getNote(): string {
    return this.sheet.cellAt(this.row, this.col).note;
  }
  setNotes(notes: (string | null)[][]): this {
    return this.write(notes, (c, v) => {
      c.note = v ?? "";
    });
  }
  setNote(note: string | null): this {
    return this.all((c) => {
      c.note = note ?? "";
    });
  }
  clearNote(): this {
    return this.setNote(null);
  }
  getFontWeights(): string[][] {
    return this.cells((c) => c.fontWeight);
  }
  setFontWeights(w: (string | null)[][]): this {
    return this.write(w, (c, v) => {
      c.fontWeight = v ?? "normal";
    });
  }
  setFontWeight(w: string | null): this {
    return this.all((c) => {
      c.fontWeight = w ?? "normal";
    });
  }
  getWraps(): boolean[][] {
    return this.cells((c) => c.wrap);
  }
  setWraps(w: boolean[][]): this {
    return this.write(w, (c, v) => {
      c.wrap = v;
    });
  }
  setWrap(w: boolean): this {
    return this.all((c) => {
      c.wrap = w;
    });
  }
  setVerticalAlignment(_a: string): this {
    return this;
  }
  getNumberFormats(): string[][] {
    return this.cells((c) => c.format);
  }
  setNumberFormat(f: string): this {
    return this.all((c) => {
      c.format = f;
    });
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.cells((c) => c.validation);
  }
  getDataValidation(): FakeDataValidation | null {
    return this.sheet.cellAt(this.row, this.col).validation;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this.all((c) => {
      c.validation = rule;
    });
  }
  clearContent(): this {
    return this.all((c) => {
      c.value = "";
      c.formula = "";
    });
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this);
    this.sheet.protections.push(p);
    return this.sheet.wrapProtection(p);
  }
  activate(): this {
    this.sheet.spreadsheet.activeRange = this;
    this.sheet.spreadsheet.activeSheet = this.sheet;
    return this;
  }
}

/** What a cell holds after `v` is written into it, as Sheets does it for `locale` and `zone`. */
function setCellValue(c: CellData, v: unknown, locale: string, zone: string): void {
  c.formula = "";
  if (typeof v === "string" && v.startsWith("'")) {
    // As when typed: a leading apostrophe keeps the rest as text and is not stored.
    c.value = v.slice(1);
    return;
  }
  if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
    // A formula: getFormulas returns it, getValues what it computes.
    c.formula = v;
    c.value = v;
    return;
  }
  if (typeof v === "string" && c.format !== "@") {
    // Like typing: "007" → 7, "1,5" → 1.5, "1.1" → 1 January, "ИСТИНА" → true, unless the cell is text.
    const typed = parseTyped(v, locale, zone);
    c.value = typed.value;
    // Sheets gives a recognised date or percentage its format, if the cell had none.
    if (typed.format && !c.format) c.format = typed.format;
    return;
  }
  if (v === null || v === undefined) c.value = "";
  else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") c.value = v;
  else if (Object.prototype.toString.call(v) === "[object Date]") c.value = new Date((v as Date).getTime());
  else c.value = String(v);
}

export class FakeSheet {
  readonly cells = new Map<string, CellData>();
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  hidden = false;
  maxRows = 1000;
  maxCols = 26;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    readonly id: number,
  ) {}

  /** What getValues returns for a cell: the stored value, or what its formula computes. */
  computed(c: CellData, depth = 0): Value {
    if (!c.formula) return c.value;
    return evaluateFormula(
      c.formula,
      { valueAt: (r, col, d) => this.computed(this.cellAt(r, col), d) },
      depth,
    );
  }

  /** Writes `v` into a cell as if typed, in the spreadsheet's locale and time zone. */
  typeIn(c: CellData, v: unknown): void {
    setCellValue(c, v, this.spreadsheet.locale, this.spreadsheet.timeZone);
  }

  cellAt(row: number, col: number, create = false): CellData {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = blank();
      if (create) this.cells.set(key, c);
    }
    return c;
  }

  wrapRange(r: FakeRange): FakeRange {
    return counted(this.spreadsheet.log, "Range", r);
  }

  wrapProtection(p: FakeProtection): FakeProtection {
    return counted(this.spreadsheet.log, "Protection", p);
  }

  getName(): string {
    return this.name;
  }
  setName(n: string): this {
    this.name = n;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  insertRowsAfter(after: number, howMany: number): this {
    if (after !== this.maxRows) throw new Error("fake: only appending rows is supported");
    this.maxRows += howMany;
    return this;
  }
  /** Like Sheets: every cell from column `before` on moves right (the fake does not rewrite formula references). */
  insertColumnsBefore(before: number, howMany: number): this {
    const moved = [...this.cells.entries()].filter(([key]) => Number(key.split(",")[1]) >= before);
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, cell] of moved) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      this.cells.set(`${row},${col + howMany}`, cell);
    }
    this.maxCols += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after !== this.maxCols) throw new Error("fake: only appending columns is supported");
    this.maxCols += howMany;
    return this;
  }

  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): FakeRange {
    let r: FakeRange;
    if (typeof a === "string") {
      const [from, to] = a.split(":");
      const s = parseCell(from!);
      const e = to ? parseCell(to) : s;
      r = new FakeRange(this, s.row, s.col, e.row - s.row + 1, e.col - s.col + 1);
    } else {
      const rows = numRows ?? 1;
      const cols = numCols ?? 1;
      if (!Number.isInteger(a) || !Number.isInteger(col) || a < 1 || (col ?? 0) < 1) {
        throw new Error("Exception: Range not found");
      }
      if (rows < 1) throw new Error("Exception: The number of rows in the range must be at least 1.");
      if (cols < 1) throw new Error("Exception: The number of columns in the range must be at least 1.");
      r = new FakeRange(this, a, col!, rows, cols);
    }
    if (r.getLastRow() > this.maxRows || r.getLastColumn() > this.maxCols) {
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.wrapRange(r);
  }

  getLastRow(): number {
    let last = 0;
    for (const [key, c] of this.cells) if (c.value !== "") last = Math.max(last, Number(key.split(",")[0]));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const [key, c] of this.cells) if (c.value !== "") last = Math.max(last, Number(key.split(",")[1]));
    return last;
  }
  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  setFrozenRows(n: number): this {
    this.frozenRows = n;
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(col: number, width: number): this {
    this.columnWidths.set(col, width);
    return this;
  }
  getColumnWidth(col: number): number {
    return this.columnWidths.get(col) ?? 100;
  }
  activate(): this {
    this.spreadsheet.activeSheet = this;
    return this;
  }
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.conditionalRules = [...rules];
  }
  getProtections(_type: string): FakeProtection[] {
    return [...this.protections];
  }
  newChart(): FakeChartBuilder {
    return counted(this.spreadsheet.log, "EmbeddedChartBuilder", new FakeChartBuilder());
  }
  insertChart(chart: FakeChart): void {
    this.charts.push(chart);
  }
  removeChart(chart: FakeChart): void {
    const i = this.charts.indexOf(chart);
    if (i >= 0) this.charts.splice(i, 1);
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }

  /** Test helper (not counted): fills the sheet from A1, growing it like a paste would. */
  load(grid: unknown[][]): this {
    this.maxRows = Math.max(this.maxRows, grid.length);
    this.maxCols = Math.max(this.maxCols, ...grid.map((r) => r.length));
    grid.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) this.typeIn(this.cellAt(r + 1, c + 1, true), v);
      });
    });
    return this;
  }

  /** Test helper (not counted): values of the used block. */
  dump(): Value[][] {
    return new FakeRange(
      this,
      1,
      1,
      Math.max(1, this.getLastRow()),
      Math.max(1, this.getLastColumn()),
    ).getValues();
  }

  /** Test helper (not counted): one cell. */
  cell(a1: string): CellData {
    const { row, col } = parseCell(a1);
    return this.cellAt(row, col);
  }
}

export class FakeUi {
  readonly menus: { title: string; items: [string, string][] }[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly alerts: string[] = [];
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO" };
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" };
  constructor(private readonly log: CallLog) {}
  createAddonMenu(): FakeMenu {
    return counted(this.log, "Menu", new FakeMenu(this, "Сводка"));
  }
  createMenu(title: string): FakeMenu {
    return counted(this.log, "Menu", new FakeMenu(this, title));
  }
  showSidebar(html: { getTitle(): string; getContent(): string }): void {
    this.sidebars.push({ title: html.getTitle(), content: html.getContent() });
  }
  /** scripted answers to the next alerts with buttons (Button values); OK / YES when none is left */
  readonly answers: string[] = [];
  /** scripted answers to the next prompts; CANCEL when none is left */
  readonly promptAnswers: { button: string; text: string }[] = [];
  readonly prompts: string[] = [];
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons), as Apps Script's Ui */
  alert(...args: string[]): string {
    const message = args.length === 3 ? args[1]! : args[0]!;
    const buttons = args.length === 3 ? args[2] : args[1];
    this.alerts.push(message);
    return this.answers.shift() ?? (buttons === this.ButtonSet.YES_NO ? this.Button.YES : this.Button.OK);
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) → a PromptResponse */
  prompt(...args: string[]): { getResponseText(): string; getSelectedButton(): string } {
    this.prompts.push(args.length === 3 ? args[1]! : args[0]!);
    const answer = this.promptAnswers.shift() ?? { button: this.Button.CANCEL, text: "" };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
}

export class FakeMenu {
  readonly items: [string, string][] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
  ) {}
  addItem(caption: string, fn: string): this {
    this.items.push([caption, fn]);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push({ title: this.title, items: this.items });
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  readonly toasts: string[] = [];
  private nextId = 0;
  /** Spreadsheet settings, as in File → Settings; a Russian school's sheet by default. */
  timeZone = "Europe/Moscow";
  locale = "ru_RU";

  constructor(readonly log: CallLog) {}

  /** Test helper (not counted): adds a sheet and makes it active. */
  addSheet(name: string, grid: unknown[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    sheet.load(grid);
    this.sheets.push(sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  /** Test helper (not counted). */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.getName() === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  private wrap(s: FakeSheet): FakeSheet {
    return counted(this.log, "Sheet", s);
  }

  getId(): string {
    return "fake-spreadsheet";
  }
  getName(): string {
    return "Дорожная карта";
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(zone: string): void {
    this.timeZone = zone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  getSheets(): FakeSheet[] {
    return this.sheets.map((s) => this.wrap(s));
  }
  getSheetByName(name: string): FakeSheet | null {
    const s = this.sheets.find((x) => x.getName() === name);
    return s ? this.wrap(s) : null;
  }
  getActiveSheet(): FakeSheet | null {
    return this.activeSheet ? this.wrap(this.activeSheet) : null;
  }
  setActiveSheet(s: FakeSheet): FakeSheet {
    this.activeSheet = this.sheets.find((x) => x.getSheetId() === s.getSheetId()) ?? null;
    return s;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (this.sheets.some((s) => s.getName() === name)) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.activeSheet = sheet;
    return this.wrap(sheet);
  }
  toast(message: string): void {
    this.toasts.push(message);
  }
}

export function fakeSpreadsheetApp(log: CallLog, book: FakeSpreadsheet, ui: FakeUi) {
  return counted(log, "SpreadsheetApp", {
    getActiveSpreadsheet: () => counted(log, "Spreadsheet", book),
    getActive: () => counted(log, "Spreadsheet", book),
    getUi: () => counted(log, "Ui", ui),
    newDataValidation: () => counted(log, "DataValidationBuilder", new FakeDataValidationBuilder()),
    newConditionalFormatRule: () =>
      counted(log, "ConditionalFormatRuleBuilder", new FakeConditionalFormatRuleBuilder()),
    flush: () => undefined,
    ProtectionType: { RANGE: "RANGE", SHEET: "SHEET" },
  });
}
