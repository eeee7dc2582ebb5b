// Text a school might type that a spreadsheet would run or reinterpret if written naively.
export const EVIL = [
  '=IMPORTXML("http://x","//a")',
  "+1",
  "-1",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  '=HYPERLINK("http://evil";"СОШ")',
  "+7 (999) 000-00-00",
  "-",
  "'=already quoted",
] as const;

/** A cell Sheets (setValues) or Excel (CSV) would not keep as plain text. */
export const UNSAFE_START = /^[=+\-@\t\r]/;
