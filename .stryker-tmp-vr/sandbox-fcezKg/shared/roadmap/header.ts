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
import type { Role } from "../templates/model.ts";
import { normalize } from "../text.ts";

// Header synonyms, checked in this order: the first rule whose pattern matches a header names its role.
// Order matters: «Содержание деятельности и план мероприятий» is content, not activity;
// «Фактическое значение» is actual, not target.
const ROADMAP_RULES: ReadonlyArray<readonly [Role, RegExp]> = stryMutAct_9fa48("118") ? [] : (stryCov_9fa48("118"), [stryMutAct_9fa48("119") ? [] : (stryCov_9fa48("119"), [stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), "status"), stryMutAct_9fa48("123") ? /^статус|отметка о (выполнении|исполнении)|^состояние|выполнен/ : stryMutAct_9fa48("122") ? /^статус|отметка о (выполнении|исполнении)|состояние|^выполнен/ : stryMutAct_9fa48("121") ? /статус|отметка о (выполнении|исполнении)|^состояние|^выполнен/ : (stryCov_9fa48("121", "122", "123"), /^статус|отметка о (выполнении|исполнении)|^состояние|^выполнен/)]), stryMutAct_9fa48("124") ? [] : (stryCov_9fa48("124"), [stryMutAct_9fa48("125") ? "" : (stryCov_9fa48("125"), "proof"), stryMutAct_9fa48("126") ? /подтвержд|ссылк|url|доказател/ : (stryCov_9fa48("126"), /подтвержд|ссылк|^url|доказател/)]), stryMutAct_9fa48("127") ? [] : (stryCov_9fa48("127"), [stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), "comment"), /коммент|примечан/]), stryMutAct_9fa48("129") ? [] : (stryCov_9fa48("129"), [stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), "actual"), stryMutAct_9fa48("131") ? /факт|фактическ|достигнут/ : (stryCov_9fa48("131"), /^факт|фактическ|достигнут/)]), stryMutAct_9fa48("132") ? [] : (stryCov_9fa48("132"), [stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), "content"), stryMutAct_9fa48("135") ? /^содержание|описание/ : stryMutAct_9fa48("134") ? /содержание|^описание/ : (stryCov_9fa48("134", "135"), /^содержание|^описание/)]), stryMutAct_9fa48("136") ? [] : (stryCov_9fa48("136"), [stryMutAct_9fa48("137") ? "" : (stryCov_9fa48("137"), "evidence"), stryMutAct_9fa48("138") ? /результат|вид документа|отчет|продукт|форма представления/ : (stryCov_9fa48("138"), /результат|вид документа|отчет|^продукт|форма представления/)]), stryMutAct_9fa48("139") ? [] : (stryCov_9fa48("139"), [stryMutAct_9fa48("140") ? "" : (stryCov_9fa48("140"), "code"), stryMutAct_9fa48("152") ? /^№|^n\s?п\/п|^п\/п|^номер|^#$|^no?\.$/ : stryMutAct_9fa48("151") ? /^№|^n\s?п\/п|^п\/п|^номер|^#$|^no\.?$/ : stryMutAct_9fa48("150") ? /^№|^n\s?п\/п|^п\/п|^номер|^#$|^no?\.?/ : stryMutAct_9fa48("149") ? /^№|^n\s?п\/п|^п\/п|^номер|^#$|no?\.?$/ : stryMutAct_9fa48("148") ? /^№|^n\s?п\/п|^п\/п|^номер|^#|^no?\.?$/ : stryMutAct_9fa48("147") ? /^№|^n\s?п\/п|^п\/п|^номер|#$|^no?\.?$/ : stryMutAct_9fa48("146") ? /^№|^n\s?п\/п|^п\/п|номер|^#$|^no?\.?$/ : stryMutAct_9fa48("145") ? /^№|^n\s?п\/п|п\/п|^номер|^#$|^no?\.?$/ : stryMutAct_9fa48("144") ? /^№|^n\S?п\/п|^п\/п|^номер|^#$|^no?\.?$/ : stryMutAct_9fa48("143") ? /^№|^n\sп\/п|^п\/п|^номер|^#$|^no?\.?$/ : stryMutAct_9fa48("142") ? /^№|n\s?п\/п|^п\/п|^номер|^#$|^no?\.?$/ : stryMutAct_9fa48("141") ? /№|^n\s?п\/п|^п\/п|^номер|^#$|^no?\.?$/ : (stryCov_9fa48("141", "142", "143", "144", "145", "146", "147", "148", "149", "150", "151", "152"), /^№|^n\s?п\/п|^п\/п|^номер|^#$|^no?\.?$/)]), stryMutAct_9fa48("153") ? [] : (stryCov_9fa48("153"), [stryMutAct_9fa48("154") ? "" : (stryCov_9fa48("154"), "deadline"), stryMutAct_9fa48("157") ? /срок|^дата|^период|когда/ : stryMutAct_9fa48("156") ? /срок|^дата|период|^когда/ : stryMutAct_9fa48("155") ? /срок|дата|^период|^когда/ : (stryCov_9fa48("155", "156", "157"), /срок|^дата|^период|^когда/)]), stryMutAct_9fa48("158") ? [] : (stryCov_9fa48("158"), [stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), "responsible"), /ответствен|исполнител/]), stryMutAct_9fa48("160") ? [] : (stryCov_9fa48("160"), [stryMutAct_9fa48("161") ? "" : (stryCov_9fa48("161"), "target"), stryMutAct_9fa48("164") ? /показател|целевое значение|плановое значение|^значение|^план/ : stryMutAct_9fa48("163") ? /показател|целевое значение|плановое значение|^значение|план$/ : stryMutAct_9fa48("162") ? /показател|целевое значение|плановое значение|значение|^план$/ : (stryCov_9fa48("162", "163", "164"), /показател|целевое значение|плановое значение|^значение|^план$/)]), stryMutAct_9fa48("165") ? [] : (stryCov_9fa48("165"), [stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), "activity"), stryMutAct_9fa48("171") ? /мероприят|наименование|название|^этап|^действи|^задач|^вид работ|работ/ : stryMutAct_9fa48("170") ? /мероприят|наименование|название|^этап|^действи|^задач|вид работ|^работ/ : stryMutAct_9fa48("169") ? /мероприят|наименование|название|^этап|^действи|задач|^вид работ|^работ/ : stryMutAct_9fa48("168") ? /мероприят|наименование|название|^этап|действи|^задач|^вид работ|^работ/ : stryMutAct_9fa48("167") ? /мероприят|наименование|название|этап|^действи|^задач|^вид работ|^работ/ : (stryCov_9fa48("167", "168", "169", "170", "171"), /мероприят|наименование|название|^этап|^действи|^задач|^вид работ|^работ/)])]);
const INDICATOR_RULES: ReadonlyArray<readonly [Role, RegExp]> = stryMutAct_9fa48("172") ? [] : (stryCov_9fa48("172"), [stryMutAct_9fa48("173") ? [] : (stryCov_9fa48("173"), [stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), "criterion"), /критери/]), stryMutAct_9fa48("175") ? [] : (stryCov_9fa48("175"), [stryMutAct_9fa48("176") ? "" : (stryCov_9fa48("176"), "indicator"), /показател|индикатор/]), stryMutAct_9fa48("177") ? [] : (stryCov_9fa48("177"), [stryMutAct_9fa48("178") ? "" : (stryCov_9fa48("178"), "method"), /способ|метод|источник/]), stryMutAct_9fa48("179") ? [] : (stryCov_9fa48("179"), [stryMutAct_9fa48("180") ? "" : (stryCov_9fa48("180"), "scale"), /шкала|оценк/]), stryMutAct_9fa48("181") ? [] : (stryCov_9fa48("181"), [stryMutAct_9fa48("182") ? "" : (stryCov_9fa48("182"), "actual"), stryMutAct_9fa48("183") ? /факт|значение/ : (stryCov_9fa48("183"), /^факт|значение/)]), stryMutAct_9fa48("184") ? [] : (stryCov_9fa48("184"), [stryMutAct_9fa48("185") ? "" : (stryCov_9fa48("185"), "comment"), /коммент|примечан/])]);
export type TableKind = "roadmap" | "indicators";

/** Exact headers (normalised) a template names for its columns: recognised before the dictionary. */
export type HeaderHints = ReadonlyMap<string, Role>;
export function headerHints(columns: readonly {
  role: Role;
  header: string;
  synonyms?: readonly string[];
}[]): Map<string, Role> {
  if (stryMutAct_9fa48("186")) {
    {}
  } else {
    stryCov_9fa48("186");
    const hints = new Map<string, Role>();
    for (const c of columns) for (const h of stryMutAct_9fa48("187") ? [] : (stryCov_9fa48("187"), [c.header, ...(stryMutAct_9fa48("188") ? c.synonyms && [] : (stryCov_9fa48("188"), c.synonyms ?? (stryMutAct_9fa48("189") ? ["Stryker was here"] : (stryCov_9fa48("189"), []))))])) hints.set(normalize(h), c.role);
    return hints;
  }
}
export interface HeaderMatch {
  kind: TableKind;
  /** role → 0-based column */
  columns: Partial<Record<Role, number>>;
  /** 0-based columns whose header text was not recognised */
  unknown: number[];
}
function roleOf(rules: ReadonlyArray<readonly [Role, RegExp]>, header: string, hints?: HeaderHints): Role | null {
  if (stryMutAct_9fa48("190")) {
    {}
  } else {
    stryCov_9fa48("190");
    const h = normalize(header);
    const hinted = stryMutAct_9fa48("191") ? hints.get(h) : (stryCov_9fa48("191"), hints?.get(h));
    if (stryMutAct_9fa48("194") ? hinted || rules.some(([role]) => role === hinted) : stryMutAct_9fa48("193") ? false : stryMutAct_9fa48("192") ? true : (stryCov_9fa48("192", "193", "194"), hinted && (stryMutAct_9fa48("195") ? rules.every(([role]) => role === hinted) : (stryCov_9fa48("195"), rules.some(stryMutAct_9fa48("196") ? () => undefined : (stryCov_9fa48("196"), ([role]) => stryMutAct_9fa48("199") ? role !== hinted : stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198", "199"), role === hinted))))))) return hinted;
    for (const [role, re] of rules) if (stryMutAct_9fa48("201") ? false : stryMutAct_9fa48("200") ? true : (stryCov_9fa48("200", "201"), re.test(h))) return role;
    return null;
  }
}

/** Reads one row as a table header, or null when it is not one. A roadmap header needs an activity
 *  column and two more known roles; an indicator header needs criterion and indicator. */
export function matchHeader(cells: readonly string[], hints?: HeaderHints): HeaderMatch | null {
  if (stryMutAct_9fa48("202")) {
    {}
  } else {
    stryCov_9fa48("202");
    let filled = 0;
    for (const c of cells) {
      if (stryMutAct_9fa48("203")) {
        {}
      } else {
        stryCov_9fa48("203");
        if (stryMutAct_9fa48("207") ? c.length <= 120 : stryMutAct_9fa48("206") ? c.length >= 120 : stryMutAct_9fa48("205") ? false : stryMutAct_9fa48("204") ? true : (stryCov_9fa48("204", "205", "206", "207"), c.length > 120)) return null; // headers are short; a paragraph is not a header
        if (stryMutAct_9fa48("209") ? false : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209"), c)) stryMutAct_9fa48("210") ? filled-- : (stryCov_9fa48("210"), filled++);
      }
    }
    if (stryMutAct_9fa48("214") ? filled >= 2 : stryMutAct_9fa48("213") ? filled <= 2 : stryMutAct_9fa48("212") ? false : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213", "214"), filled < 2)) return null;
    const indicators = mapRow(cells, INDICATOR_RULES, hints);
    if (stryMutAct_9fa48("217") ? indicators.columns.criterion !== undefined || indicators.columns.indicator !== undefined : stryMutAct_9fa48("216") ? false : stryMutAct_9fa48("215") ? true : (stryCov_9fa48("215", "216", "217"), (stryMutAct_9fa48("219") ? indicators.columns.criterion === undefined : stryMutAct_9fa48("218") ? true : (stryCov_9fa48("218", "219"), indicators.columns.criterion !== undefined)) && (stryMutAct_9fa48("221") ? indicators.columns.indicator === undefined : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221"), indicators.columns.indicator !== undefined)))) {
      if (stryMutAct_9fa48("222")) {
        {}
      } else {
        stryCov_9fa48("222");
        return stryMutAct_9fa48("223") ? {} : (stryCov_9fa48("223"), {
          kind: stryMutAct_9fa48("224") ? "" : (stryCov_9fa48("224"), "indicators"),
          ...indicators
        });
      }
    }
    const roadmap = mapRow(cells, ROADMAP_RULES, hints);
    // «Содержание мероприятия» / «Содержание работы» with no other activity column is the activity
    if (stryMutAct_9fa48("227") ? roadmap.columns.activity === undefined || roadmap.columns.content !== undefined : stryMutAct_9fa48("226") ? false : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226", "227"), (stryMutAct_9fa48("229") ? roadmap.columns.activity !== undefined : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229"), roadmap.columns.activity === undefined)) && (stryMutAct_9fa48("231") ? roadmap.columns.content === undefined : stryMutAct_9fa48("230") ? true : (stryCov_9fa48("230", "231"), roadmap.columns.content !== undefined)))) {
      if (stryMutAct_9fa48("232")) {
        {}
      } else {
        stryCov_9fa48("232");
        roadmap.columns.activity = roadmap.columns.content;
        delete roadmap.columns.content;
      }
    }
    const known = Object.keys(roadmap.columns).length;
    if (stryMutAct_9fa48("235") ? roadmap.columns.activity === undefined && known < 3 : stryMutAct_9fa48("234") ? false : stryMutAct_9fa48("233") ? true : (stryCov_9fa48("233", "234", "235"), (stryMutAct_9fa48("237") ? roadmap.columns.activity !== undefined : stryMutAct_9fa48("236") ? false : (stryCov_9fa48("236", "237"), roadmap.columns.activity === undefined)) || (stryMutAct_9fa48("240") ? known >= 3 : stryMutAct_9fa48("239") ? known <= 3 : stryMutAct_9fa48("238") ? false : (stryCov_9fa48("238", "239", "240"), known < 3)))) return null;
    return stryMutAct_9fa48("241") ? {} : (stryCov_9fa48("241"), {
      kind: stryMutAct_9fa48("242") ? "" : (stryCov_9fa48("242"), "roadmap"),
      ...roadmap
    });
  }
}
function mapRow(cells: readonly string[], rules: ReadonlyArray<readonly [Role, RegExp]>, hints?: HeaderHints) {
  if (stryMutAct_9fa48("243")) {
    {}
  } else {
    stryCov_9fa48("243");
    const columns: Partial<Record<Role, number>> = {};
    const unknown: number[] = stryMutAct_9fa48("244") ? ["Stryker was here"] : (stryCov_9fa48("244"), []);
    cells.forEach((cell, i) => {
      if (stryMutAct_9fa48("245")) {
        {}
      } else {
        stryCov_9fa48("245");
        if (stryMutAct_9fa48("248") ? false : stryMutAct_9fa48("247") ? true : stryMutAct_9fa48("246") ? cell : (stryCov_9fa48("246", "247", "248"), !cell)) return;
        const role = roleOf(rules, cell, hints);
        if (stryMutAct_9fa48("251") ? role || columns[role] === undefined : stryMutAct_9fa48("250") ? false : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250", "251"), role && (stryMutAct_9fa48("253") ? columns[role] !== undefined : stryMutAct_9fa48("252") ? true : (stryCov_9fa48("252", "253"), columns[role] === undefined)))) columns[role] = i;else unknown.push(i);
      }
    });
    return stryMutAct_9fa48("254") ? {} : (stryCov_9fa48("254"), {
      columns,
      unknown
    });
  }
}

/** The `1 2 3 4 5` row a printed table carries under its header. */
export function isNumberingRow(cells: readonly string[]): boolean {
  if (stryMutAct_9fa48("255")) {
    {}
  } else {
    stryCov_9fa48("255");
    let expected = 1;
    let seen = 0;
    for (const c of cells) {
      if (stryMutAct_9fa48("256")) {
        {}
      } else {
        stryCov_9fa48("256");
        if (stryMutAct_9fa48("259") ? false : stryMutAct_9fa48("258") ? true : stryMutAct_9fa48("257") ? c : (stryCov_9fa48("257", "258", "259"), !c)) continue;
        if (stryMutAct_9fa48("262") ? c === String(expected) : stryMutAct_9fa48("261") ? false : stryMutAct_9fa48("260") ? true : (stryCov_9fa48("260", "261", "262"), c !== String(expected))) return stryMutAct_9fa48("263") ? true : (stryCov_9fa48("263"), false);
        stryMutAct_9fa48("264") ? expected-- : (stryCov_9fa48("264"), expected++);
        stryMutAct_9fa48("265") ? seen-- : (stryCov_9fa48("265"), seen++);
      }
    }
    return stryMutAct_9fa48("269") ? seen < 2 : stryMutAct_9fa48("268") ? seen > 2 : stryMutAct_9fa48("267") ? false : stryMutAct_9fa48("266") ? true : (stryCov_9fa48("266", "267", "268", "269"), seen >= 2);
  }
}