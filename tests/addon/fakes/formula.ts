// A small formula evaluator so the fake's getValues returns what a formula computes, as Sheets does
// (getFormulas returns the formula). The documented subset: numbers, "strings", TRUE/FALSE, cell
// references (A1, $A$1) and ranges (A1:B3) on the same sheet, + - * / & and unary minus, parentheses,
// and SUM, AVERAGE, COUNT, COUNTA, MIN, MAX, ROUND, IF. Anything else gives "#NAME?" like Sheets does
// for an unknown function; errors are the strings Sheets returns ("#DIV/0!", "#VALUE!", "#REF!").
// Argument separators "," and ";" are both accepted (Apps Script takes English names and commas).
import { columnIndex } from "../../../shared/grid.ts";
import type { Value } from "./locale.ts";

export interface FormulaSheet {
  /** the computed value of one cell ("" when empty) */
  valueAt(row: number, col: number, depth: number): Value;
}

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Token = { kind: "num" | "str" | "ref" | "name" | "op"; text: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-zА-Яа-я_][\w.]*)|(<>|<=|>=|[-+*/&(),;:=<>]))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s+$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new FormulaError("#ERROR!");
    i = re.lastIndex;
    if (m[1] !== undefined) out.push({ kind: "num", text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "str", text: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: "ref", text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: "name", text: m[4] });
    else out.push({ kind: "op", text: m[5]! });
  }
  return out;
}

function cellRef(text: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(text)!;
  return { row: Number(m[2]), col: columnIndex(m[1]!) + 1 };
}

type Operand = Value | Value[];

function toNumber(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  if (Object.prototype.toString.call(v) === "[object Date]") {
    // Sheets counts days from 1899-12-30.
    return ((v as Date).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  const n = Number(String(v).replace(",", "."));
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

function scalar(v: Operand): Value {
  if (Array.isArray(v)) return v.length === 1 ? v[0]! : (v[0] ?? "");
  return v;
}

function numbersIn(args: Operand[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (Array.isArray(a)) {
      // Ranges count only numeric cells (text and blanks are skipped), as in Sheets.
      for (const v of a) if (typeof v === "number") out.push(v);
    } else out.push(toNumber(a));
  }
  return out;
}

const FUNCTIONS: Record<string, (args: Operand[]) => Value> = {
  SUM: (a) => numbersIn(a).reduce((s, n) => s + n, 0),
  AVERAGE: (a) => {
    const ns = numbersIn(a);
    if (ns.length === 0) throw new FormulaError("#DIV/0!");
    return ns.reduce((s, n) => s + n, 0) / ns.length;
  },
  COUNT: (a) => numbersIn(a).length,
  COUNTA: (a) => a.flat().filter((v) => v !== "").length,
  MIN: (a) => {
    const ns = numbersIn(a);
    return ns.length ? Math.min(...ns) : 0;
  },
  MAX: (a) => {
    const ns = numbersIn(a);
    return ns.length ? Math.max(...ns) : 0;
  },
  ROUND: (a) => {
    const f = 10 ** toNumber(scalar(a[1] ?? 0));
    return Math.round(toNumber(scalar(a[0] ?? 0)) * f) / f;
  },
  IF: (a) => (toNumber(scalar(a[0] ?? false)) !== 0 ? scalar(a[1] ?? true) : scalar(a[2] ?? false)),
};

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly sheet: FormulaSheet,
    private readonly depth: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private take(op?: string): Token {
    const t = this.tokens[this.pos++];
    if (!t || (op !== undefined && t.text !== op)) throw new FormulaError("#ERROR!");
    return t;
  }

  parse(): Value {
    const v = this.comparison();
    if (this.pos !== this.tokens.length) throw new FormulaError("#ERROR!");
    return scalar(v);
  }

  private comparison(): Operand {
    let left = this.concat();
    const t = this.peek();
    if (t?.kind === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.text)) {
      this.pos++;
      const a = scalar(left);
      const b = scalar(this.concat());
      const [x, y] = typeof a === "number" || typeof b === "number" ? [toNumber(a), toNumber(b)] : [a, b];
      const r: Record<string, boolean> = {
        "=": x === y,
        "<>": x !== y,
        "<": x < y,
        ">": x > y,
        "<=": x <= y,
        ">=": x >= y,
      };
      left = r[t.text]!;
    }
    return left;
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.peek()?.text === "&") {
      this.pos++;
      left = `${String(scalar(left))}${String(scalar(this.additive()))}`;
    }
    return left;
  }

  private additive(): Operand {
    let left = this.term();
    for (let t = this.peek(); t?.kind === "op" && (t.text === "+" || t.text === "-"); t = this.peek()) {
      this.pos++;
      const a = toNumber(scalar(left));
      const b = toNumber(scalar(this.term()));
      left = t.text === "+" ? a + b : a - b;
    }
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    for (let t = this.peek(); t?.kind === "op" && (t.text === "*" || t.text === "/"); t = this.peek()) {
      this.pos++;
      const a = toNumber(scalar(left));
      const b = toNumber(scalar(this.unary()));
      if (t.text === "/" && b === 0) throw new FormulaError("#DIV/0!");
      left = t.text === "*" ? a * b : a / b;
    }
    return left;
  }

  private unary(): Operand {
    const t = this.peek();
    if (t?.kind === "op" && (t.text === "-" || t.text === "+")) {
      this.pos++;
      const v = toNumber(scalar(this.unary()));
      return t.text === "-" ? -v : v;
    }
    return this.primary();
  }

  private primary(): Operand {
    const t = this.take();
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text;
    if (t.kind === "ref") return this.reference(t.text);
    if (t.kind === "name") {
      const name = t.text.toUpperCase();
      if (this.peek()?.text !== "(") {
        if (name === "TRUE") return true;
        if (name === "FALSE") return false;
        throw new FormulaError("#NAME?");
      }
      this.take("(");
      const args: Operand[] = [];
      if (this.peek()?.text !== ")") {
        args.push(this.comparison());
        while (this.peek()?.text === "," || this.peek()?.text === ";") {
          this.pos++;
          args.push(this.comparison());
        }
      }
      this.take(")");
      const fn = FUNCTIONS[name];
      if (!fn) throw new FormulaError("#NAME?");
      return fn(args);
    }
    if (t.text === "(") {
      const v = this.comparison();
      this.take(")");
      return v;
    }
    throw new FormulaError("#ERROR!");
  }

  private reference(text: string): Operand {
    const [from, to] = text.split(":");
    const a = cellRef(from!);
    if (!to) return this.sheet.valueAt(a.row, a.col, this.depth + 1);
    const b = cellRef(to);
    const out: Value[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
        out.push(this.sheet.valueAt(r, c, this.depth + 1));
      }
    }
    return out;
  }
}

/** The value of `formula` ("=…") on `sheet`; errors come back as Sheets' error strings. */
export function evaluateFormula(formula: string, sheet: FormulaSheet, depth = 0): Value {
  // A reference cycle: Sheets reports it as #REF!.
  if (depth > 50) return "#REF!";
  try {
    return new Parser(tokenize(formula.slice(1)), sheet, depth).parse();
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}
