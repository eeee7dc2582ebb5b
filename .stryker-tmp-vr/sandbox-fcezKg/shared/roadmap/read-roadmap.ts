function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { type Cell, cellText, type Grid } from "../grid.ts";
import { findPeriod, type Period } from "../parse/period.ts";
import type { Role } from "../templates/model.ts";
import { startsAsContinuation } from "../text.ts";
import { parseCode, splitCodeAndText } from "./codes.ts";
import { type HeaderHints, type HeaderMatch, isNumberingRow, matchHeader } from "./header.ts";
import type { RawIndicator, RawItem, RawSection, RoadmapRead, TableRead } from "./types.ts";

// Non-item rows in a row (titles, prose) after which the roadmap table is over.
const END_AFTER_NON_ITEMS = 4;
const PROSE_LENGTH = 300;
const TITLE_LINES = 6;
type Entry = {
  kind: "item";
  item: RawItem;
} | {
  kind: "heading";
  row: number;
  code: string | null;
  title: string;
  inline: boolean;
  raw: RawItem | null;
};

/** Reads a sheet (or a pasted document as a grid) into title, period, roadmap sections and items, and
 *  indicator tables. Pure and total: any grid gives a result. */
export function readRoadmap(grid: Grid, hints?: HeaderHints): RoadmapRead {
  if (stryMutAct_9fa48("270")) {
    {}
  } else {
    stryCov_9fa48("270");
    const texts: (string[] | undefined)[] = stryMutAct_9fa48("271") ? new Array() : (stryCov_9fa48("271"), new Array(grid.length));
    const rowText = (r: number): string[] => {
      if (stryMutAct_9fa48("272")) {
        {}
      } else {
        stryCov_9fa48("272");
        let t = texts[r];
        if (stryMutAct_9fa48("275") ? false : stryMutAct_9fa48("274") ? true : stryMutAct_9fa48("273") ? t : (stryCov_9fa48("273", "274", "275"), !t)) {
          if (stryMutAct_9fa48("276")) {
            {}
          } else {
            stryCov_9fa48("276");
            const row = grid[r];
            t = Array.isArray(row) ? row.map(cellText) : stryMutAct_9fa48("277") ? ["Stryker was here"] : (stryCov_9fa48("277"), []);
            texts[r] = t;
          }
        }
        return t;
      }
    };
    const result: RoadmapRead = stryMutAct_9fa48("278") ? {} : (stryCov_9fa48("278"), {
      title: null,
      period: null,
      table: null,
      sections: stryMutAct_9fa48("279") ? ["Stryker was here"] : (stryCov_9fa48("279"), []),
      items: stryMutAct_9fa48("280") ? ["Stryker was here"] : (stryCov_9fa48("280"), []),
      blankRows: stryMutAct_9fa48("281") ? ["Stryker was here"] : (stryCov_9fa48("281"), []),
      indicatorTables: stryMutAct_9fa48("282") ? ["Stryker was here"] : (stryCov_9fa48("282"), []),
      indicators: stryMutAct_9fa48("283") ? ["Stryker was here"] : (stryCov_9fa48("283"), [])
    });
    let r = 0;
    let roadmapHeader: {
      row: number;
      match: HeaderMatch;
    } | null = null;
    for (; stryMutAct_9fa48("286") ? r >= grid.length : stryMutAct_9fa48("285") ? r <= grid.length : stryMutAct_9fa48("284") ? false : (stryCov_9fa48("284", "285", "286"), r < grid.length); stryMutAct_9fa48("287") ? r-- : (stryCov_9fa48("287"), r++)) {
      if (stryMutAct_9fa48("288")) {
        {}
      } else {
        stryCov_9fa48("288");
        const m = matchHeader(rowText(r), hints);
        if (stryMutAct_9fa48("291") ? false : stryMutAct_9fa48("290") ? true : stryMutAct_9fa48("289") ? m : (stryCov_9fa48("289", "290", "291"), !m)) continue;
        if (stryMutAct_9fa48("294") ? m.kind !== "roadmap" : stryMutAct_9fa48("293") ? false : stryMutAct_9fa48("292") ? true : (stryCov_9fa48("292", "293", "294"), m.kind === (stryMutAct_9fa48("295") ? "" : (stryCov_9fa48("295"), "roadmap")))) {
          if (stryMutAct_9fa48("296")) {
            {}
          } else {
            stryCov_9fa48("296");
            roadmapHeader = stryMutAct_9fa48("297") ? {} : (stryCov_9fa48("297"), {
              row: r,
              match: m
            });
            break;
          }
        }
        r = readIndicatorTable(r, m, rowText, grid.length, result);
      }
    }
    if (stryMutAct_9fa48("299") ? false : stryMutAct_9fa48("298") ? true : (stryCov_9fa48("298", "299"), roadmapHeader)) {
      if (stryMutAct_9fa48("300")) {
        {}
      } else {
        stryCov_9fa48("300");
        const titleAndPeriod = findTitle(roadmapHeader.row, rowText);
        result.title = titleAndPeriod.title;
        result.period = titleAndPeriod.period;
        r = readRoadmapTable(grid, roadmapHeader.row, roadmapHeader.match, rowText, result);
      }
    } else {
      if (stryMutAct_9fa48("301")) {
        {}
      } else {
        stryCov_9fa48("301");
        result.period = findTitle(stryMutAct_9fa48("302") ? Math.max(grid.length, 60) : (stryCov_9fa48("302"), Math.min(grid.length, 60)), rowText).period;
      }
    }

    // Indicator tables after the roadmap (seed 002 keeps its criteria at the end).
    for (; stryMutAct_9fa48("305") ? r >= grid.length : stryMutAct_9fa48("304") ? r <= grid.length : stryMutAct_9fa48("303") ? false : (stryCov_9fa48("303", "304", "305"), r < grid.length); stryMutAct_9fa48("306") ? r-- : (stryCov_9fa48("306"), r++)) {
      if (stryMutAct_9fa48("307")) {
        {}
      } else {
        stryCov_9fa48("307");
        const cells = rowText(r);
        if (stryMutAct_9fa48("310") ? cells.length < 2 && parseCode(cells[0] ?? "") : stryMutAct_9fa48("309") ? false : stryMutAct_9fa48("308") ? true : (stryCov_9fa48("308", "309", "310"), (stryMutAct_9fa48("313") ? cells.length >= 2 : stryMutAct_9fa48("312") ? cells.length <= 2 : stryMutAct_9fa48("311") ? false : (stryCov_9fa48("311", "312", "313"), cells.length < 2)) || parseCode(stryMutAct_9fa48("314") ? cells[0] && "" : (stryCov_9fa48("314"), cells[0] ?? (stryMutAct_9fa48("315") ? "Stryker was here!" : (stryCov_9fa48("315"), "")))))) continue;
        const m = matchHeader(cells, hints);
        if (stryMutAct_9fa48("318") ? m?.kind !== "indicators" : stryMutAct_9fa48("317") ? false : stryMutAct_9fa48("316") ? true : (stryCov_9fa48("316", "317", "318"), (stryMutAct_9fa48("319") ? m.kind : (stryCov_9fa48("319"), m?.kind)) === (stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), "indicators")))) r = readIndicatorTable(r, m, rowText, grid.length, result);
      }
    }
    return result;
  }
}
function joined(cells: readonly string[]): string {
  if (stryMutAct_9fa48("321")) {
    {}
  } else {
    stryCov_9fa48("321");
    let out = stryMutAct_9fa48("322") ? "Stryker was here!" : (stryCov_9fa48("322"), "");
    for (const c of cells) if (stryMutAct_9fa48("324") ? false : stryMutAct_9fa48("323") ? true : (stryCov_9fa48("323", "324"), c)) out = out ? stryMutAct_9fa48("325") ? `` : (stryCov_9fa48("325"), `${out} ${c}`) : c;
    return out;
  }
}

/** The title is the block of lines right above the header; the period is in it or, failing that,
 *  in the nearest line above that names one. */
function findTitle(headerRow: number, rowText: (r: number) => string[]): {
  title: string | null;
  period: Period | null;
} {
  if (stryMutAct_9fa48("326")) {
    {}
  } else {
    stryCov_9fa48("326");
    let r = stryMutAct_9fa48("327") ? headerRow + 1 : (stryCov_9fa48("327"), headerRow - 1);
    while (stryMutAct_9fa48("329") ? r >= 0 || joined(rowText(r)) === "" : stryMutAct_9fa48("328") ? false : (stryCov_9fa48("328", "329"), (stryMutAct_9fa48("332") ? r < 0 : stryMutAct_9fa48("331") ? r > 0 : stryMutAct_9fa48("330") ? true : (stryCov_9fa48("330", "331", "332"), r >= 0)) && (stryMutAct_9fa48("334") ? joined(rowText(r)) !== "" : stryMutAct_9fa48("333") ? true : (stryCov_9fa48("333", "334"), joined(rowText(r)) === (stryMutAct_9fa48("335") ? "Stryker was here!" : (stryCov_9fa48("335"), "")))))) stryMutAct_9fa48("336") ? r++ : (stryCov_9fa48("336"), r--);
    const lines: string[] = stryMutAct_9fa48("337") ? ["Stryker was here"] : (stryCov_9fa48("337"), []);
    for (; stryMutAct_9fa48("339") ? r >= 0 || lines.length < TITLE_LINES : stryMutAct_9fa48("338") ? false : (stryCov_9fa48("338", "339"), (stryMutAct_9fa48("342") ? r < 0 : stryMutAct_9fa48("341") ? r > 0 : stryMutAct_9fa48("340") ? true : (stryCov_9fa48("340", "341", "342"), r >= 0)) && (stryMutAct_9fa48("345") ? lines.length >= TITLE_LINES : stryMutAct_9fa48("344") ? lines.length <= TITLE_LINES : stryMutAct_9fa48("343") ? true : (stryCov_9fa48("343", "344", "345"), lines.length < TITLE_LINES))); stryMutAct_9fa48("346") ? r++ : (stryCov_9fa48("346"), r--)) {
      if (stryMutAct_9fa48("347")) {
        {}
      } else {
        stryCov_9fa48("347");
        const line = joined(rowText(r));
        if (stryMutAct_9fa48("350") ? false : stryMutAct_9fa48("349") ? true : stryMutAct_9fa48("348") ? line : (stryCov_9fa48("348", "349", "350"), !line)) break;
        lines.unshift(line);
      }
    }
    const title = lines.length ? stryMutAct_9fa48("351") ? lines.join(" ").replace(/\*\*/g, "").replace(/\s+/g, " ") : (stryCov_9fa48("351"), lines.join(stryMutAct_9fa48("352") ? "" : (stryCov_9fa48("352"), " ")).replace(/\*\*/g, stryMutAct_9fa48("353") ? "Stryker was here!" : (stryCov_9fa48("353"), "")).replace(stryMutAct_9fa48("355") ? /\S+/g : stryMutAct_9fa48("354") ? /\s/g : (stryCov_9fa48("354", "355"), /\s+/g), stryMutAct_9fa48("356") ? "" : (stryCov_9fa48("356"), " ")).trim()) : null;
    let period = title ? findPeriod(title) : null;
    for (let k = stryMutAct_9fa48("357") ? headerRow + 1 : (stryCov_9fa48("357"), headerRow - 1); stryMutAct_9fa48("359") ? !period && k >= 0 || k >= headerRow - 80 : stryMutAct_9fa48("358") ? false : (stryCov_9fa48("358", "359"), (stryMutAct_9fa48("361") ? !period || k >= 0 : stryMutAct_9fa48("360") ? true : (stryCov_9fa48("360", "361"), (stryMutAct_9fa48("362") ? period : (stryCov_9fa48("362"), !period)) && (stryMutAct_9fa48("365") ? k < 0 : stryMutAct_9fa48("364") ? k > 0 : stryMutAct_9fa48("363") ? true : (stryCov_9fa48("363", "364", "365"), k >= 0)))) && (stryMutAct_9fa48("368") ? k < headerRow - 80 : stryMutAct_9fa48("367") ? k > headerRow - 80 : stryMutAct_9fa48("366") ? true : (stryCov_9fa48("366", "367", "368"), k >= (stryMutAct_9fa48("369") ? headerRow + 80 : (stryCov_9fa48("369"), headerRow - 80))))); stryMutAct_9fa48("370") ? k++ : (stryCov_9fa48("370"), k--)) {
      if (stryMutAct_9fa48("371")) {
        {}
      } else {
        stryCov_9fa48("371");
        const line = joined(rowText(k));
        if (stryMutAct_9fa48("373") ? false : stryMutAct_9fa48("372") ? true : (stryCov_9fa48("372", "373"), line)) period = findPeriod(line);
      }
    }
    return stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
      title,
      period
    });
  }
}
function readRoadmapTable(grid: Grid, headerRow: number, match: HeaderMatch, rowText: (r: number) => string[], out: RoadmapRead): number {
  if (stryMutAct_9fa48("375")) {
    {}
  } else {
    stryCov_9fa48("375");
    const cols = match.columns;
    const codeCol = cols.code;
    const activityCol = cols.activity;
    const roles = stryMutAct_9fa48("376") ? Object.keys(cols) as Role[] : (stryCov_9fa48("376"), (Object.keys(cols) as Role[]).filter(stryMutAct_9fa48("377") ? () => undefined : (stryCov_9fa48("377"), k => stryMutAct_9fa48("380") ? k === "code" : stryMutAct_9fa48("379") ? false : stryMutAct_9fa48("378") ? true : (stryCov_9fa48("378", "379", "380"), k !== (stryMutAct_9fa48("381") ? "" : (stryCov_9fa48("381"), "code"))))));
    const dataCols = stryMutAct_9fa48("382") ? roles.map(k => cols[k]!) : (stryCov_9fa48("382"), roles.filter(stryMutAct_9fa48("383") ? () => undefined : (stryCov_9fa48("383"), k => stryMutAct_9fa48("386") ? k === "activity" : stryMutAct_9fa48("385") ? false : stryMutAct_9fa48("384") ? true : (stryCov_9fa48("384", "385", "386"), k !== (stryMutAct_9fa48("387") ? "" : (stryCov_9fa48("387"), "activity"))))).map(stryMutAct_9fa48("388") ? () => undefined : (stryCov_9fa48("388"), k => cols[k]!)));
    let r = stryMutAct_9fa48("389") ? headerRow - 1 : (stryCov_9fa48("389"), headerRow + 1);
    if (stryMutAct_9fa48("392") ? r < grid.length || isNumberingRow(rowText(r)) : stryMutAct_9fa48("391") ? false : stryMutAct_9fa48("390") ? true : (stryCov_9fa48("390", "391", "392"), (stryMutAct_9fa48("395") ? r >= grid.length : stryMutAct_9fa48("394") ? r <= grid.length : stryMutAct_9fa48("393") ? true : (stryCov_9fa48("393", "394", "395"), r < grid.length)) && isNumberingRow(rowText(r)))) stryMutAct_9fa48("396") ? r-- : (stryCov_9fa48("396"), r++);
    const firstRow = r;
    const entries: Entry[] = stryMutAct_9fa48("397") ? ["Stryker was here"] : (stryCov_9fa48("397"), []);
    let lastItem: RawItem | null = null;
    let nonItems = 0;
    let pendingBlanks: number[] = stryMutAct_9fa48("398") ? ["Stryker was here"] : (stryCov_9fa48("398"), []);

    // The hot loop of the whole engine: read only the cells a row's roles need, build no row arrays.
    for (; stryMutAct_9fa48("401") ? r >= grid.length : stryMutAct_9fa48("400") ? r <= grid.length : stryMutAct_9fa48("399") ? false : (stryCov_9fa48("399", "400", "401"), r < grid.length); stryMutAct_9fa48("402") ? r-- : (stryCov_9fa48("402"), r++)) {
      if (stryMutAct_9fa48("403")) {
        {}
      } else {
        stryCov_9fa48("403");
        const row = grid[r];
        const raw: readonly Cell[] = Array.isArray(row) ? row : NO_CELLS;
        const codeCell = (stryMutAct_9fa48("406") ? codeCol !== undefined : stryMutAct_9fa48("405") ? false : stryMutAct_9fa48("404") ? true : (stryCov_9fa48("404", "405", "406"), codeCol === undefined)) ? stryMutAct_9fa48("407") ? "Stryker was here!" : (stryCov_9fa48("407"), "") : cellText(raw[codeCol]);
        let activity = (stryMutAct_9fa48("410") ? activityCol !== undefined : stryMutAct_9fa48("409") ? false : stryMutAct_9fa48("408") ? true : (stryCov_9fa48("408", "409", "410"), activityCol === undefined)) ? stryMutAct_9fa48("411") ? "Stryker was here!" : (stryCov_9fa48("411"), "") : cellText(raw[activityCol]);
        let hasData = stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412"), false);
        for (let k = 0; stryMutAct_9fa48("415") ? k >= dataCols.length : stryMutAct_9fa48("414") ? k <= dataCols.length : stryMutAct_9fa48("413") ? false : (stryCov_9fa48("413", "414", "415"), k < dataCols.length); stryMutAct_9fa48("416") ? k-- : (stryCov_9fa48("416"), k++)) {
          if (stryMutAct_9fa48("417")) {
            {}
          } else {
            stryCov_9fa48("417");
            if (stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419"), cellText(raw[dataCols[k]!]))) {
              if (stryMutAct_9fa48("420")) {
                {}
              } else {
                stryCov_9fa48("420");
                hasData = stryMutAct_9fa48("421") ? false : (stryCov_9fa48("421"), true);
                break;
              }
            }
          }
        }
        if (stryMutAct_9fa48("424") ? !codeCell && !activity && !hasData || firstText(raw) === "" : stryMutAct_9fa48("423") ? false : stryMutAct_9fa48("422") ? true : (stryCov_9fa48("422", "423", "424"), (stryMutAct_9fa48("426") ? !codeCell && !activity || !hasData : stryMutAct_9fa48("425") ? true : (stryCov_9fa48("425", "426"), (stryMutAct_9fa48("428") ? !codeCell || !activity : stryMutAct_9fa48("427") ? true : (stryCov_9fa48("427", "428"), (stryMutAct_9fa48("429") ? codeCell : (stryCov_9fa48("429"), !codeCell)) && (stryMutAct_9fa48("430") ? activity : (stryCov_9fa48("430"), !activity)))) && (stryMutAct_9fa48("431") ? hasData : (stryCov_9fa48("431"), !hasData)))) && (stryMutAct_9fa48("433") ? firstText(raw) !== "" : stryMutAct_9fa48("432") ? true : (stryCov_9fa48("432", "433"), firstText(raw) === (stryMutAct_9fa48("434") ? "Stryker was here!" : (stryCov_9fa48("434"), "")))))) {
          if (stryMutAct_9fa48("435")) {
            {}
          } else {
            stryCov_9fa48("435");
            pendingBlanks.push(stryMutAct_9fa48("436") ? r - 1 : (stryCov_9fa48("436"), r + 1));
            continue;
          }
        }
        let code: string | null = null;
        let inline: string | null = null;
        if (stryMutAct_9fa48("438") ? false : stryMutAct_9fa48("437") ? true : (stryCov_9fa48("437", "438"), codeCell)) {
          if (stryMutAct_9fa48("439")) {
            {}
          } else {
            stryCov_9fa48("439");
            code = parseCode(codeCell);
            if (stryMutAct_9fa48("442") ? false : stryMutAct_9fa48("441") ? true : stryMutAct_9fa48("440") ? code : (stryCov_9fa48("440", "441", "442"), !code)) {
              if (stryMutAct_9fa48("443")) {
                {}
              } else {
                stryCov_9fa48("443");
                const split = splitCodeAndText(codeCell);
                if (stryMutAct_9fa48("445") ? false : stryMutAct_9fa48("444") ? true : (stryCov_9fa48("444", "445"), split)) {
                  if (stryMutAct_9fa48("446")) {
                    {}
                  } else {
                    stryCov_9fa48("446");
                    code = split.code;
                    inline = split.rest;
                  }
                }
              }
            }
          }
        }

        // A pasted document splits a long row over two lines: the second has no code and reads on.
        if (stryMutAct_9fa48("449") ? !codeCell && lastItem || (activity ? startsAsContinuation(firstText(raw)) : hasData) : stryMutAct_9fa48("448") ? false : stryMutAct_9fa48("447") ? true : (stryCov_9fa48("447", "448", "449"), (stryMutAct_9fa48("451") ? !codeCell || lastItem : stryMutAct_9fa48("450") ? true : (stryCov_9fa48("450", "451"), (stryMutAct_9fa48("452") ? codeCell : (stryCov_9fa48("452"), !codeCell)) && lastItem)) && (activity ? startsAsContinuation(firstText(raw)) : hasData))) {
          if (stryMutAct_9fa48("453")) {
            {}
          } else {
            stryCov_9fa48("453");
            for (const role of roles) {
              if (stryMutAct_9fa48("454")) {
                {}
              } else {
                stryCov_9fa48("454");
                const t = cellText(raw[cols[role]!]);
                if (stryMutAct_9fa48("457") ? false : stryMutAct_9fa48("456") ? true : stryMutAct_9fa48("455") ? t : (stryCov_9fa48("455", "456", "457"), !t)) continue;
                const prev = lastItem.text[role];
                lastItem.text[role] = prev ? stryMutAct_9fa48("458") ? `` : (stryCov_9fa48("458"), `${prev} ${t}`) : t;
              }
            }
            lastItem.continuation.push(stryMutAct_9fa48("459") ? r - 1 : (stryCov_9fa48("459"), r + 1));
            pendingBlanks = stryMutAct_9fa48("460") ? ["Stryker was here"] : (stryCov_9fa48("460"), []); // a page break, not a blank row of the table
            continue;
          }
        }

        // No code column (or an empty code cell) and «1.1. Назначить куратора» in the activity cell.
        if (stryMutAct_9fa48("463") ? !codeCell || activity : stryMutAct_9fa48("462") ? false : stryMutAct_9fa48("461") ? true : (stryCov_9fa48("461", "462", "463"), (stryMutAct_9fa48("464") ? codeCell : (stryCov_9fa48("464"), !codeCell)) && activity)) {
          if (stryMutAct_9fa48("465")) {
            {}
          } else {
            stryCov_9fa48("465");
            const split = splitCodeAndText(activity, stryMutAct_9fa48("466") ? false : (stryCov_9fa48("466"), true));
            if (stryMutAct_9fa48("468") ? false : stryMutAct_9fa48("467") ? true : (stryCov_9fa48("467", "468"), split)) {
              if (stryMutAct_9fa48("469")) {
                {}
              } else {
                stryCov_9fa48("469");
                code = split.code;
                inline = hasData ? null : split.rest;
                activity = split.rest;
              }
            }
          }
        }
        if (stryMutAct_9fa48("472") ? !code && codeCell === "" && !activity || !hasData : stryMutAct_9fa48("471") ? false : stryMutAct_9fa48("470") ? true : (stryCov_9fa48("470", "471", "472"), (stryMutAct_9fa48("474") ? !code && codeCell === "" || !activity : stryMutAct_9fa48("473") ? true : (stryCov_9fa48("473", "474"), (stryMutAct_9fa48("476") ? !code || codeCell === "" : stryMutAct_9fa48("475") ? true : (stryCov_9fa48("475", "476"), (stryMutAct_9fa48("477") ? code : (stryCov_9fa48("477"), !code)) && (stryMutAct_9fa48("479") ? codeCell !== "" : stryMutAct_9fa48("478") ? true : (stryCov_9fa48("478", "479"), codeCell === (stryMutAct_9fa48("480") ? "Stryker was here!" : (stryCov_9fa48("480"), "")))))) && (stryMutAct_9fa48("481") ? activity : (stryCov_9fa48("481"), !activity)))) && (stryMutAct_9fa48("482") ? hasData : (stryCov_9fa48("482"), !hasData)))) {
          if (stryMutAct_9fa48("483")) {
            {}
          } else {
            stryCov_9fa48("483");
            // text only in columns we do not read: not part of the roadmap
            if (stryMutAct_9fa48("487") ? ++nonItems < END_AFTER_NON_ITEMS : stryMutAct_9fa48("486") ? ++nonItems > END_AFTER_NON_ITEMS : stryMutAct_9fa48("485") ? false : stryMutAct_9fa48("484") ? true : (stryCov_9fa48("484", "485", "486", "487"), (stryMutAct_9fa48("488") ? --nonItems : (stryCov_9fa48("488"), ++nonItems)) >= END_AFTER_NON_ITEMS)) break;
            continue;
          }
        }

        // Another table's header ends this one.
        if (stryMutAct_9fa48("491") ? !code || matchHeader(rowText(r)) : stryMutAct_9fa48("490") ? false : stryMutAct_9fa48("489") ? true : (stryCov_9fa48("489", "490", "491"), (stryMutAct_9fa48("492") ? code : (stryCov_9fa48("492"), !code)) && matchHeader(rowText(r)))) break;
        if (stryMutAct_9fa48("495") ? false : stryMutAct_9fa48("494") ? true : stryMutAct_9fa48("493") ? hasData : (stryCov_9fa48("493", "494", "495"), !hasData)) {
          if (stryMutAct_9fa48("496")) {
            {}
          } else {
            stryCov_9fa48("496");
            const title = stryMutAct_9fa48("499") ? ((inline ?? (code ? "" : codeCell)) || activity) && (code ? "" : codeCell) : stryMutAct_9fa48("498") ? false : stryMutAct_9fa48("497") ? true : (stryCov_9fa48("497", "498", "499"), (stryMutAct_9fa48("501") ? (inline ?? (code ? "" : codeCell)) && activity : stryMutAct_9fa48("500") ? false : (stryCov_9fa48("500", "501"), (stryMutAct_9fa48("502") ? inline && (code ? "" : codeCell) : (stryCov_9fa48("502"), inline ?? (code ? stryMutAct_9fa48("503") ? "Stryker was here!" : (stryCov_9fa48("503"), "") : codeCell))) || activity)) || (code ? stryMutAct_9fa48("504") ? "Stryker was here!" : (stryCov_9fa48("504"), "") : codeCell));
            const prose = stryMutAct_9fa48("508") ? title.length <= PROSE_LENGTH : stryMutAct_9fa48("507") ? title.length >= PROSE_LENGTH : stryMutAct_9fa48("506") ? false : stryMutAct_9fa48("505") ? true : (stryCov_9fa48("505", "506", "507", "508"), title.length > PROSE_LENGTH);
            stryMutAct_9fa48("509") ? nonItems -= prose ? 2 : 1 : (stryCov_9fa48("509"), nonItems += prose ? 2 : 1);
            if (stryMutAct_9fa48("513") ? nonItems < END_AFTER_NON_ITEMS : stryMutAct_9fa48("512") ? nonItems > END_AFTER_NON_ITEMS : stryMutAct_9fa48("511") ? false : stryMutAct_9fa48("510") ? true : (stryCov_9fa48("510", "511", "512", "513"), nonItems >= END_AFTER_NON_ITEMS)) break;
            const asItem = (stryMutAct_9fa48("516") ? code !== null || !inline : stryMutAct_9fa48("515") ? false : stryMutAct_9fa48("514") ? true : (stryCov_9fa48("514", "515", "516"), (stryMutAct_9fa48("518") ? code === null : stryMutAct_9fa48("517") ? true : (stryCov_9fa48("517", "518"), code !== null)) && (stryMutAct_9fa48("519") ? inline : (stryCov_9fa48("519"), !inline)))) ? makeItem(r, code, null, raw, roles, cols) : null;
            entries.push(stryMutAct_9fa48("520") ? {} : (stryCov_9fa48("520"), {
              kind: stryMutAct_9fa48("521") ? "" : (stryCov_9fa48("521"), "heading"),
              row: stryMutAct_9fa48("522") ? r - 1 : (stryCov_9fa48("522"), r + 1),
              code,
              title: code ? title : joined(stryMutAct_9fa48("523") ? [] : (stryCov_9fa48("523"), [codeCell, activity])),
              inline: stryMutAct_9fa48("526") ? inline === null : stryMutAct_9fa48("525") ? false : stryMutAct_9fa48("524") ? true : (stryCov_9fa48("524", "525", "526"), inline !== null),
              raw: asItem
            }));
            lastItem = null;
          }
        } else {
          if (stryMutAct_9fa48("527")) {
            {}
          } else {
            stryCov_9fa48("527");
            nonItems = 0;
            const badCode = (stryMutAct_9fa48("530") ? !code || codeCell : stryMutAct_9fa48("529") ? false : stryMutAct_9fa48("528") ? true : (stryCov_9fa48("528", "529", "530"), (stryMutAct_9fa48("531") ? code : (stryCov_9fa48("531"), !code)) && codeCell)) ? codeCell : null;
            const item = makeItem(r, code, badCode, raw, roles, cols);
            item.text.activity = stryMutAct_9fa48("534") ? (activity || inline) && "" : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), (stryMutAct_9fa48("536") ? activity && inline : stryMutAct_9fa48("535") ? false : (stryCov_9fa48("535", "536"), activity || inline)) || (stryMutAct_9fa48("537") ? "Stryker was here!" : (stryCov_9fa48("537"), "")));
            entries.push(stryMutAct_9fa48("538") ? {} : (stryCov_9fa48("538"), {
              kind: stryMutAct_9fa48("539") ? "" : (stryCov_9fa48("539"), "item"),
              item
            }));
            lastItem = item;
          }
        }
        out.blankRows.push(...pendingBlanks);
        pendingBlanks = stryMutAct_9fa48("540") ? ["Stryker was here"] : (stryCov_9fa48("540"), []);
      }
    }
    resolveStructure(entries, out);
    // rows after the last item (closing titles, prose) are not part of the table
    const lastItemRow = out.items.length ? lastRowOf(out.items[stryMutAct_9fa48("541") ? out.items.length + 1 : (stryCov_9fa48("541"), out.items.length - 1)]!) : stryMutAct_9fa48("542") ? headerRow - 1 : (stryCov_9fa48("542"), headerRow + 1);
    out.blankRows = stryMutAct_9fa48("543") ? out.blankRows : (stryCov_9fa48("543"), out.blankRows.filter(stryMutAct_9fa48("544") ? () => undefined : (stryCov_9fa48("544"), b => stryMutAct_9fa48("548") ? b >= lastItemRow : stryMutAct_9fa48("547") ? b <= lastItemRow : stryMutAct_9fa48("546") ? false : stryMutAct_9fa48("545") ? true : (stryCov_9fa48("545", "546", "547", "548"), b < lastItemRow))));
    out.table = stryMutAct_9fa48("549") ? {} : (stryCov_9fa48("549"), {
      kind: stryMutAct_9fa48("550") ? "" : (stryCov_9fa48("550"), "roadmap"),
      headerRow: stryMutAct_9fa48("551") ? headerRow - 1 : (stryCov_9fa48("551"), headerRow + 1),
      columns: cols,
      unknownColumns: match.unknown,
      firstRow: stryMutAct_9fa48("552") ? firstRow - 1 : (stryCov_9fa48("552"), firstRow + 1),
      lastRow: lastItemRow
    });
    return out.items.length ? lastItemRow : r;
  }
}
function lastRowOf(item: RawItem): number {
  if (stryMutAct_9fa48("553")) {
    {}
  } else {
    stryCov_9fa48("553");
    return item.continuation.length ? item.continuation[stryMutAct_9fa48("554") ? item.continuation.length + 1 : (stryCov_9fa48("554"), item.continuation.length - 1)]! : item.row;
  }
}
const NO_CELLS: readonly Cell[] = stryMutAct_9fa48("555") ? ["Stryker was here"] : (stryCov_9fa48("555"), []);

/** The first non-empty cell of a row, as text. */
function firstText(raw: readonly Cell[]): string {
  if (stryMutAct_9fa48("556")) {
    {}
  } else {
    stryCov_9fa48("556");
    for (let c = 0; stryMutAct_9fa48("559") ? c >= raw.length : stryMutAct_9fa48("558") ? c <= raw.length : stryMutAct_9fa48("557") ? false : (stryCov_9fa48("557", "558", "559"), c < raw.length); stryMutAct_9fa48("560") ? c-- : (stryCov_9fa48("560"), c++)) {
      if (stryMutAct_9fa48("561")) {
        {}
      } else {
        stryCov_9fa48("561");
        const t = cellText(raw[c]);
        if (stryMutAct_9fa48("563") ? false : stryMutAct_9fa48("562") ? true : (stryCov_9fa48("562", "563"), t)) return t;
      }
    }
    return stryMutAct_9fa48("564") ? "Stryker was here!" : (stryCov_9fa48("564"), "");
  }
}
function firstNonEmpty(cells: readonly string[]): string {
  if (stryMutAct_9fa48("565")) {
    {}
  } else {
    stryCov_9fa48("565");
    for (const c of cells) if (stryMutAct_9fa48("567") ? false : stryMutAct_9fa48("566") ? true : (stryCov_9fa48("566", "567"), c)) return c;
    return stryMutAct_9fa48("568") ? "Stryker was here!" : (stryCov_9fa48("568"), "");
  }
}
function makeItem(r: number, code: string | null, badCode: string | null, raw: readonly Cell[], roles: readonly Role[], cols: Partial<Record<Role, number>>): RawItem {
  if (stryMutAct_9fa48("569")) {
    {}
  } else {
    stryCov_9fa48("569");
    const text: Partial<Record<Role, string>> = {};
    for (const role of roles) text[role] = cellText(raw[cols[role]!]);
    return stryMutAct_9fa48("570") ? {} : (stryCov_9fa48("570"), {
      row: stryMutAct_9fa48("571") ? r - 1 : (stryCov_9fa48("571"), r + 1),
      continuation: stryMutAct_9fa48("572") ? ["Stryker was here"] : (stryCov_9fa48("572"), []),
      code,
      badCode,
      section: null,
      text
    });
  }
}

/** Second pass: a coded heading with children (5.1 before 5.1.1) or with its title in the code cell
 *  («1. Разработка …») is a section; any other coded heading is an item with nothing filled in. */
function resolveStructure(entries: Entry[], out: RoadmapRead): void {
  if (stryMutAct_9fa48("573")) {
    {}
  } else {
    stryCov_9fa48("573");
    const parents = new Set<string>();
    for (const e of entries) {
      if (stryMutAct_9fa48("574")) {
        {}
      } else {
        stryCov_9fa48("574");
        const code = (stryMutAct_9fa48("577") ? e.kind !== "item" : stryMutAct_9fa48("576") ? false : stryMutAct_9fa48("575") ? true : (stryCov_9fa48("575", "576", "577"), e.kind === (stryMutAct_9fa48("578") ? "" : (stryCov_9fa48("578"), "item")))) ? e.item.code : e.code;
        if (stryMutAct_9fa48("581") ? false : stryMutAct_9fa48("580") ? true : stryMutAct_9fa48("579") ? code : (stryCov_9fa48("579", "580", "581"), !code)) continue;
        for (let i = code.indexOf(stryMutAct_9fa48("582") ? "" : (stryCov_9fa48("582"), ".")); stryMutAct_9fa48("585") ? i <= 0 : stryMutAct_9fa48("584") ? i >= 0 : stryMutAct_9fa48("583") ? false : (stryCov_9fa48("583", "584", "585"), i > 0); i = code.indexOf(stryMutAct_9fa48("586") ? "" : (stryCov_9fa48("586"), "."), stryMutAct_9fa48("587") ? i - 1 : (stryCov_9fa48("587"), i + 1))) parents.add(stryMutAct_9fa48("588") ? code : (stryCov_9fa48("588"), code.slice(0, i)));
      }
    }
    // trailing headings after the last item are closing titles, not sections
    let last = stryMutAct_9fa48("589") ? entries.length + 1 : (stryCov_9fa48("589"), entries.length - 1);
    while (stryMutAct_9fa48("591") ? last >= 0 && entries[last]!.kind === "heading" || !(entries[last] as {
      raw: unknown;
    }).raw : stryMutAct_9fa48("590") ? false : (stryCov_9fa48("590", "591"), (stryMutAct_9fa48("593") ? last >= 0 || entries[last]!.kind === "heading" : stryMutAct_9fa48("592") ? true : (stryCov_9fa48("592", "593"), (stryMutAct_9fa48("596") ? last < 0 : stryMutAct_9fa48("595") ? last > 0 : stryMutAct_9fa48("594") ? true : (stryCov_9fa48("594", "595", "596"), last >= 0)) && (stryMutAct_9fa48("598") ? entries[last]!.kind !== "heading" : stryMutAct_9fa48("597") ? true : (stryCov_9fa48("597", "598"), entries[last]!.kind === (stryMutAct_9fa48("599") ? "" : (stryCov_9fa48("599"), "heading")))))) && (stryMutAct_9fa48("600") ? (entries[last] as {
      raw: unknown;
    }).raw : (stryCov_9fa48("600"), !(entries[last] as {
      raw: unknown;
    }).raw)))) stryMutAct_9fa48("601") ? last++ : (stryCov_9fa48("601"), last--);
    const stack: {
      code: string | null;
      index: number;
    }[] = stryMutAct_9fa48("602") ? ["Stryker was here"] : (stryCov_9fa48("602"), []);
    for (let k = 0; stryMutAct_9fa48("605") ? k > last : stryMutAct_9fa48("604") ? k < last : stryMutAct_9fa48("603") ? false : (stryCov_9fa48("603", "604", "605"), k <= last); stryMutAct_9fa48("606") ? k-- : (stryCov_9fa48("606"), k++)) {
      if (stryMutAct_9fa48("607")) {
        {}
      } else {
        stryCov_9fa48("607");
        const e = entries[k]!;
        const isSection = stryMutAct_9fa48("610") ? e.kind === "heading" || e.code === null || e.inline || parents.has(e.code) || !e.raw : stryMutAct_9fa48("609") ? false : stryMutAct_9fa48("608") ? true : (stryCov_9fa48("608", "609", "610"), (stryMutAct_9fa48("612") ? e.kind !== "heading" : stryMutAct_9fa48("611") ? true : (stryCov_9fa48("611", "612"), e.kind === (stryMutAct_9fa48("613") ? "" : (stryCov_9fa48("613"), "heading")))) && (stryMutAct_9fa48("615") ? (e.code === null || e.inline || parents.has(e.code)) && !e.raw : stryMutAct_9fa48("614") ? true : (stryCov_9fa48("614", "615"), (stryMutAct_9fa48("617") ? (e.code === null || e.inline) && parents.has(e.code) : stryMutAct_9fa48("616") ? false : (stryCov_9fa48("616", "617"), (stryMutAct_9fa48("619") ? e.code === null && e.inline : stryMutAct_9fa48("618") ? false : (stryCov_9fa48("618", "619"), (stryMutAct_9fa48("621") ? e.code !== null : stryMutAct_9fa48("620") ? false : (stryCov_9fa48("620", "621"), e.code === null)) || e.inline)) || parents.has(e.code))) || (stryMutAct_9fa48("622") ? e.raw : (stryCov_9fa48("622"), !e.raw)))));
        if (stryMutAct_9fa48("625") ? e.kind === "heading" || isSection : stryMutAct_9fa48("624") ? false : stryMutAct_9fa48("623") ? true : (stryCov_9fa48("623", "624", "625"), (stryMutAct_9fa48("627") ? e.kind !== "heading" : stryMutAct_9fa48("626") ? true : (stryCov_9fa48("626", "627"), e.kind === (stryMutAct_9fa48("628") ? "" : (stryCov_9fa48("628"), "heading")))) && isSection)) {
          if (stryMutAct_9fa48("629")) {
            {}
          } else {
            stryCov_9fa48("629");
            const depth = e.code ? stryMutAct_9fa48("630") ? e.code.split(".").length + 1 : (stryCov_9fa48("630"), e.code.split(stryMutAct_9fa48("631") ? "" : (stryCov_9fa48("631"), ".")).length - 1) : 0;
            while (stryMutAct_9fa48("633") ? stack.length || !isAncestor(stack[stack.length - 1]!.code, e.code) : stryMutAct_9fa48("632") ? false : (stryCov_9fa48("632", "633"), stack.length && (stryMutAct_9fa48("634") ? isAncestor(stack[stack.length - 1]!.code, e.code) : (stryCov_9fa48("634"), !isAncestor(stack[stryMutAct_9fa48("635") ? stack.length + 1 : (stryCov_9fa48("635"), stack.length - 1)]!.code, e.code))))) stack.pop();
            const section: RawSection = stryMutAct_9fa48("636") ? {} : (stryCov_9fa48("636"), {
              row: e.row,
              code: e.code,
              title: e.title,
              depth
            });
            out.sections.push(section);
            stack.push(stryMutAct_9fa48("637") ? {} : (stryCov_9fa48("637"), {
              code: e.code,
              index: stryMutAct_9fa48("638") ? out.sections.length + 1 : (stryCov_9fa48("638"), out.sections.length - 1)
            }));
            continue;
          }
        }
        const item = (stryMutAct_9fa48("641") ? e.kind !== "item" : stryMutAct_9fa48("640") ? false : stryMutAct_9fa48("639") ? true : (stryCov_9fa48("639", "640", "641"), e.kind === (stryMutAct_9fa48("642") ? "" : (stryCov_9fa48("642"), "item")))) ? e.item : e.raw!;
        item.section = sectionFor(item.code, stack);
        out.items.push(item);
      }
    }
  }
}

/** Is section code `a` an ancestor of `b`? An uncoded section is ended by any new section. */
function isAncestor(a: string | null, b: string | null): boolean {
  if (stryMutAct_9fa48("643")) {
    {}
  } else {
    stryCov_9fa48("643");
    if (stryMutAct_9fa48("646") ? a === null && b === null : stryMutAct_9fa48("645") ? false : stryMutAct_9fa48("644") ? true : (stryCov_9fa48("644", "645", "646"), (stryMutAct_9fa48("648") ? a !== null : stryMutAct_9fa48("647") ? false : (stryCov_9fa48("647", "648"), a === null)) || (stryMutAct_9fa48("650") ? b !== null : stryMutAct_9fa48("649") ? false : (stryCov_9fa48("649", "650"), b === null)))) return stryMutAct_9fa48("651") ? true : (stryCov_9fa48("651"), false);
    return stryMutAct_9fa48("652") ? b.endsWith(`${a}.`) : (stryCov_9fa48("652"), b.startsWith(stryMutAct_9fa48("653") ? `` : (stryCov_9fa48("653"), `${a}.`)));
  }
}
function sectionFor(code: string | null, stack: readonly {
  code: string | null;
  index: number;
}[]): number | null {
  if (stryMutAct_9fa48("654")) {
    {}
  } else {
    stryCov_9fa48("654");
    if (stryMutAct_9fa48("657") ? stack.length !== 0 : stryMutAct_9fa48("656") ? false : stryMutAct_9fa48("655") ? true : (stryCov_9fa48("655", "656", "657"), stack.length === 0)) return null;
    if (stryMutAct_9fa48("659") ? false : stryMutAct_9fa48("658") ? true : (stryCov_9fa48("658", "659"), code)) {
      if (stryMutAct_9fa48("660")) {
        {}
      } else {
        stryCov_9fa48("660");
        for (let i = stryMutAct_9fa48("661") ? stack.length + 1 : (stryCov_9fa48("661"), stack.length - 1); stryMutAct_9fa48("664") ? i < 0 : stryMutAct_9fa48("663") ? i > 0 : stryMutAct_9fa48("662") ? false : (stryCov_9fa48("662", "663", "664"), i >= 0); stryMutAct_9fa48("665") ? i++ : (stryCov_9fa48("665"), i--)) {
          if (stryMutAct_9fa48("666")) {
            {}
          } else {
            stryCov_9fa48("666");
            const s = stack[i]!;
            if (stryMutAct_9fa48("669") ? s.code !== null || code.startsWith(`${s.code}.`) : stryMutAct_9fa48("668") ? false : stryMutAct_9fa48("667") ? true : (stryCov_9fa48("667", "668", "669"), (stryMutAct_9fa48("671") ? s.code === null : stryMutAct_9fa48("670") ? true : (stryCov_9fa48("670", "671"), s.code !== null)) && (stryMutAct_9fa48("672") ? code.endsWith(`${s.code}.`) : (stryCov_9fa48("672"), code.startsWith(stryMutAct_9fa48("673") ? `` : (stryCov_9fa48("673"), `${s.code}.`)))))) return s.index;
          }
        }
      }
    }
    return stack[stryMutAct_9fa48("674") ? stack.length + 1 : (stryCov_9fa48("674"), stack.length - 1)]!.index;
  }
}
function readIndicatorTable(headerRow: number, match: HeaderMatch, rowText: (r: number) => string[], rows: number, out: RoadmapRead): number {
  if (stryMutAct_9fa48("675")) {
    {}
  } else {
    stryCov_9fa48("675");
    const c = match.columns;
    const get = stryMutAct_9fa48("676") ? () => undefined : (stryCov_9fa48("676"), (() => {
      const get = (cells: string[], role: Role) => (stryMutAct_9fa48("679") ? c[role] !== undefined : stryMutAct_9fa48("678") ? false : stryMutAct_9fa48("677") ? true : (stryCov_9fa48("677", "678", "679"), c[role] === undefined)) ? stryMutAct_9fa48("680") ? "Stryker was here!" : (stryCov_9fa48("680"), "") : stryMutAct_9fa48("681") ? cells[c[role]!] && "" : (stryCov_9fa48("681"), cells[c[role]!] ?? (stryMutAct_9fa48("682") ? "Stryker was here!" : (stryCov_9fa48("682"), "")));
      return get;
    })());
    let r = stryMutAct_9fa48("683") ? headerRow - 1 : (stryCov_9fa48("683"), headerRow + 1);
    if (stryMutAct_9fa48("686") ? r < rows || isNumberingRow(rowText(r)) : stryMutAct_9fa48("685") ? false : stryMutAct_9fa48("684") ? true : (stryCov_9fa48("684", "685", "686"), (stryMutAct_9fa48("689") ? r >= rows : stryMutAct_9fa48("688") ? r <= rows : stryMutAct_9fa48("687") ? true : (stryCov_9fa48("687", "688", "689"), r < rows)) && isNumberingRow(rowText(r)))) stryMutAct_9fa48("690") ? r-- : (stryCov_9fa48("690"), r++);
    const firstRow = r;
    let blanks = 0;
    let criterion = stryMutAct_9fa48("691") ? "Stryker was here!" : (stryCov_9fa48("691"), "");
    let last = headerRow;
    for (; stryMutAct_9fa48("694") ? r >= rows : stryMutAct_9fa48("693") ? r <= rows : stryMutAct_9fa48("692") ? false : (stryCov_9fa48("692", "693", "694"), r < rows); stryMutAct_9fa48("695") ? r-- : (stryCov_9fa48("695"), r++)) {
      if (stryMutAct_9fa48("696")) {
        {}
      } else {
        stryCov_9fa48("696");
        const cells = rowText(r);
        if (stryMutAct_9fa48("699") ? false : stryMutAct_9fa48("698") ? true : stryMutAct_9fa48("697") ? firstNonEmpty(cells) : (stryCov_9fa48("697", "698", "699"), !firstNonEmpty(cells))) {
          if (stryMutAct_9fa48("700")) {
            {}
          } else {
            stryCov_9fa48("700");
            if (stryMutAct_9fa48("704") ? ++blanks < 3 : stryMutAct_9fa48("703") ? ++blanks > 3 : stryMutAct_9fa48("702") ? false : stryMutAct_9fa48("701") ? true : (stryCov_9fa48("701", "702", "703", "704"), (stryMutAct_9fa48("705") ? --blanks : (stryCov_9fa48("705"), ++blanks)) >= 3)) break;
            continue;
          }
        }
        blanks = 0;
        if (stryMutAct_9fa48("707") ? false : stryMutAct_9fa48("706") ? true : (stryCov_9fa48("706", "707"), matchHeader(cells))) break;
        const indicator = get(cells, stryMutAct_9fa48("708") ? "" : (stryCov_9fa48("708"), "indicator"));
        const crit = get(cells, stryMutAct_9fa48("709") ? "" : (stryCov_9fa48("709"), "criterion"));
        if (stryMutAct_9fa48("712") ? false : stryMutAct_9fa48("711") ? true : stryMutAct_9fa48("710") ? indicator : (stryCov_9fa48("710", "711", "712"), !indicator)) {
          if (stryMutAct_9fa48("713")) {
            {}
          } else {
            stryCov_9fa48("713");
            if (stryMutAct_9fa48("716") ? crit.length > PROSE_LENGTH && cells.filter(Boolean).length === 1 : stryMutAct_9fa48("715") ? false : stryMutAct_9fa48("714") ? true : (stryCov_9fa48("714", "715", "716"), (stryMutAct_9fa48("719") ? crit.length <= PROSE_LENGTH : stryMutAct_9fa48("718") ? crit.length >= PROSE_LENGTH : stryMutAct_9fa48("717") ? false : (stryCov_9fa48("717", "718", "719"), crit.length > PROSE_LENGTH)) || (stryMutAct_9fa48("721") ? cells.filter(Boolean).length !== 1 : stryMutAct_9fa48("720") ? false : (stryCov_9fa48("720", "721"), (stryMutAct_9fa48("722") ? cells.length : (stryCov_9fa48("722"), cells.filter(Boolean).length)) === 1)))) break;
            continue;
          }
        }
        // a criterion cell starting in lower case continues the previous criterion (a page break)
        if (stryMutAct_9fa48("724") ? false : stryMutAct_9fa48("723") ? true : (stryCov_9fa48("723", "724"), crit)) criterion = (stryMutAct_9fa48("727") ? startsAsContinuation(crit) || criterion : stryMutAct_9fa48("726") ? false : stryMutAct_9fa48("725") ? true : (stryCov_9fa48("725", "726", "727"), startsAsContinuation(crit) && criterion)) ? stryMutAct_9fa48("728") ? `` : (stryCov_9fa48("728"), `${criterion} ${crit}`) : crit;
        const ind: RawIndicator = stryMutAct_9fa48("729") ? {} : (stryCov_9fa48("729"), {
          row: stryMutAct_9fa48("730") ? r - 1 : (stryCov_9fa48("730"), r + 1),
          criterion,
          indicator,
          method: get(cells, stryMutAct_9fa48("731") ? "" : (stryCov_9fa48("731"), "method")),
          scale: get(cells, stryMutAct_9fa48("732") ? "" : (stryCov_9fa48("732"), "scale")),
          actual: get(cells, stryMutAct_9fa48("733") ? "" : (stryCov_9fa48("733"), "actual"))
        });
        out.indicators.push(ind);
        last = r;
      }
    }
    const table: TableRead = stryMutAct_9fa48("734") ? {} : (stryCov_9fa48("734"), {
      kind: stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), "indicators"),
      headerRow: stryMutAct_9fa48("736") ? headerRow - 1 : (stryCov_9fa48("736"), headerRow + 1),
      columns: c,
      unknownColumns: match.unknown,
      firstRow: stryMutAct_9fa48("737") ? firstRow - 1 : (stryCov_9fa48("737"), firstRow + 1),
      lastRow: stryMutAct_9fa48("738") ? last - 1 : (stryCov_9fa48("738"), last + 1)
    });
    out.indicatorTables.push(table);
    return stryMutAct_9fa48("739") ? r + 1 : (stryCov_9fa48("739"), r - 1);
  }
}