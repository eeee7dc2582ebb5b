// Item codes: «1.», «1.2.», «5.1.1», «3.6», «1» — digits separated by dots, an optional trailing dot.
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
const CODE_ONLY = stryMutAct_9fa48("13") ? /^(\d{1,3}(?:\s?\.\s?\d{1,3})*)\s?\.$/ : stryMutAct_9fa48("12") ? /^(\d{1,3}(?:\s?\.\s?\d{1,3})*)\S?\.?$/ : stryMutAct_9fa48("11") ? /^(\d{1,3}(?:\s?\.\s?\d{1,3})*)\s\.?$/ : stryMutAct_9fa48("10") ? /^(\d{1,3}(?:\s?\.\s?\D{1,3})*)\s?\.?$/ : stryMutAct_9fa48("9") ? /^(\d{1,3}(?:\s?\.\s?\d)*)\s?\.?$/ : stryMutAct_9fa48("8") ? /^(\d{1,3}(?:\s?\.\S?\d{1,3})*)\s?\.?$/ : stryMutAct_9fa48("7") ? /^(\d{1,3}(?:\s?\.\s\d{1,3})*)\s?\.?$/ : stryMutAct_9fa48("6") ? /^(\d{1,3}(?:\S?\.\s?\d{1,3})*)\s?\.?$/ : stryMutAct_9fa48("5") ? /^(\d{1,3}(?:\s\.\s?\d{1,3})*)\s?\.?$/ : stryMutAct_9fa48("4") ? /^(\d{1,3}(?:\s?\.\s?\d{1,3}))\s?\.?$/ : stryMutAct_9fa48("3") ? /^(\D{1,3}(?:\s?\.\s?\d{1,3})*)\s?\.?$/ : stryMutAct_9fa48("2") ? /^(\d(?:\s?\.\s?\d{1,3})*)\s?\.?$/ : stryMutAct_9fa48("1") ? /^(\d{1,3}(?:\s?\.\s?\d{1,3})*)\s?\.?/ : stryMutAct_9fa48("0") ? /(\d{1,3}(?:\s?\.\s?\d{1,3})*)\s?\.?$/ : (stryCov_9fa48("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"), /^(\d{1,3}(?:\s?\.\s?\d{1,3})*)\s?\.?$/);
const CODE_THEN_TEXT = stryMutAct_9fa48("30") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].)$/s : stryMutAct_9fa48("29") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\S].*)$/s : stryMutAct_9fa48("28") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\D\s].*)$/s : stryMutAct_9fa48("27") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([\d\s].*)$/s : stryMutAct_9fa48("26") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\S*)([^\d\s].*)$/s : stryMutAct_9fa48("25") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s)([^\d\s].*)$/s : stryMutAct_9fa48("24") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\S+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("23") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("22") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\S*|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("21") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("20") ? /^(\d{1,3}(?:\.\D{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("19") ? /^(\d{1,3}(?:\.\d)*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("18") ? /^(\d{1,3}(?:\.\d{1,3}))(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("17") ? /^(\D{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("16") ? /^(\d(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s : stryMutAct_9fa48("15") ? /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)/s : stryMutAct_9fa48("14") ? /(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s : (stryCov_9fa48("14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"), /^(\d{1,3}(?:\.\d{1,3})*)(?:\.\s*|\s+|\)\s*)([^\d\s].*)$/s);

/** «1.2.» → "1.2"; null when the text is not a code. */
export function parseCode(text: string): string | null {
  if (stryMutAct_9fa48("31")) {
    {}
  } else {
    stryCov_9fa48("31");
    const m = CODE_ONLY.exec(text);
    return m ? m[1]!.replace(stryMutAct_9fa48("32") ? /\S/g : (stryCov_9fa48("32"), /\s/g), stryMutAct_9fa48("33") ? "Stryker was here!" : (stryCov_9fa48("33"), "")) : null;
  }
}
const DOTTED_THEN_TEXT = stryMutAct_9fa48("47") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\s].)$/s : stryMutAct_9fa48("46") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\S].*)$/s : stryMutAct_9fa48("45") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\D\s].*)$/s : stryMutAct_9fa48("44") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([\d\s].*)$/s : stryMutAct_9fa48("43") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\S*([^\d\s].*)$/s : stryMutAct_9fa48("42") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\s([^\d\s].*)$/s : stryMutAct_9fa48("41") ? /^(\d{1,3}(?:\.\d{1,3})+)\.\s*([^\d\s].*)$/s : stryMutAct_9fa48("40") ? /^(\d{1,3}(?:\.\D{1,3})+)\.?\s*([^\d\s].*)$/s : stryMutAct_9fa48("39") ? /^(\d{1,3}(?:\.\d)+)\.?\s*([^\d\s].*)$/s : stryMutAct_9fa48("38") ? /^(\d{1,3}(?:\.\d{1,3}))\.?\s*([^\d\s].*)$/s : stryMutAct_9fa48("37") ? /^(\D{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\s].*)$/s : stryMutAct_9fa48("36") ? /^(\d(?:\.\d{1,3})+)\.?\s*([^\d\s].*)$/s : stryMutAct_9fa48("35") ? /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\s].*)/s : stryMutAct_9fa48("34") ? /(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\s].*)$/s : (stryCov_9fa48("34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47"), /^(\d{1,3}(?:\.\d{1,3})+)\.?\s*([^\d\s].*)$/s);
const NUMBER_DOT_THEN_TEXT = stryMutAct_9fa48("58") ? /^(\d{1,3})[.)]\s*([^\d\s].)$/s : stryMutAct_9fa48("57") ? /^(\d{1,3})[.)]\s*([^\d\S].*)$/s : stryMutAct_9fa48("56") ? /^(\d{1,3})[.)]\s*([^\D\s].*)$/s : stryMutAct_9fa48("55") ? /^(\d{1,3})[.)]\s*([\d\s].*)$/s : stryMutAct_9fa48("54") ? /^(\d{1,3})[.)]\S*([^\d\s].*)$/s : stryMutAct_9fa48("53") ? /^(\d{1,3})[.)]\s([^\d\s].*)$/s : stryMutAct_9fa48("52") ? /^(\d{1,3})[^.)]\s*([^\d\s].*)$/s : stryMutAct_9fa48("51") ? /^(\D{1,3})[.)]\s*([^\d\s].*)$/s : stryMutAct_9fa48("50") ? /^(\d)[.)]\s*([^\d\s].*)$/s : stryMutAct_9fa48("49") ? /^(\d{1,3})[.)]\s*([^\d\s].*)/s : stryMutAct_9fa48("48") ? /(\d{1,3})[.)]\s*([^\d\s].*)$/s : (stryCov_9fa48("48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58"), /^(\d{1,3})[.)]\s*([^\d\s].*)$/s);

/** «1. Разработка …» → {code: "1", rest: "Разработка …"}: a section title written in the code cell.
 *  `dotted`: only «1. …», «1.2 …», «1) …» count (in an activity cell «2 семинара» is not a code). */
export function splitCodeAndText(text: string, dotted = stryMutAct_9fa48("59") ? true : (stryCov_9fa48("59"), false)): {
  code: string;
  rest: string;
} | null {
  if (stryMutAct_9fa48("60")) {
    {}
  } else {
    stryCov_9fa48("60");
    const m = dotted ? stryMutAct_9fa48("61") ? DOTTED_THEN_TEXT.exec(text) && NUMBER_DOT_THEN_TEXT.exec(text) : (stryCov_9fa48("61"), DOTTED_THEN_TEXT.exec(text) ?? NUMBER_DOT_THEN_TEXT.exec(text)) : CODE_THEN_TEXT.exec(text);
    if (stryMutAct_9fa48("64") ? false : stryMutAct_9fa48("63") ? true : stryMutAct_9fa48("62") ? m : (stryCov_9fa48("62", "63", "64"), !m)) return null;
    const rest = stryMutAct_9fa48("65") ? m[2]! : (stryCov_9fa48("65"), m[2]!.trim());
    // «2020 год» is not a code followed by a title
    if (stryMutAct_9fa48("68") ? /^\d{4}$/.test(m[1]!) && rest.length < 2 : stryMutAct_9fa48("67") ? false : stryMutAct_9fa48("66") ? true : (stryCov_9fa48("66", "67", "68"), (stryMutAct_9fa48("72") ? /^\D{4}$/ : stryMutAct_9fa48("71") ? /^\d$/ : stryMutAct_9fa48("70") ? /^\d{4}/ : stryMutAct_9fa48("69") ? /\d{4}$/ : (stryCov_9fa48("69", "70", "71", "72"), /^\d{4}$/)).test(m[1]!) || (stryMutAct_9fa48("75") ? rest.length >= 2 : stryMutAct_9fa48("74") ? rest.length <= 2 : stryMutAct_9fa48("73") ? false : (stryCov_9fa48("73", "74", "75"), rest.length < 2)))) return null;
    return stryMutAct_9fa48("76") ? {} : (stryCov_9fa48("76"), {
      code: m[1]!,
      rest
    });
  }
}

/** Orders codes part by part as numbers («1.10» after «1.9»), walking the strings without splitting
 *  them: this runs once per row. */
export function compareCodes(a: string, b: string): number {
  if (stryMutAct_9fa48("77")) {
    {}
  } else {
    stryCov_9fa48("77");
    let i = 0;
    let j = 0;
    while (stryMutAct_9fa48("79") ? i < a.length || j < b.length : stryMutAct_9fa48("78") ? false : (stryCov_9fa48("78", "79"), (stryMutAct_9fa48("82") ? i >= a.length : stryMutAct_9fa48("81") ? i <= a.length : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82"), i < a.length)) && (stryMutAct_9fa48("85") ? j >= b.length : stryMutAct_9fa48("84") ? j <= b.length : stryMutAct_9fa48("83") ? true : (stryCov_9fa48("83", "84", "85"), j < b.length)))) {
      if (stryMutAct_9fa48("86")) {
        {}
      } else {
        stryCov_9fa48("86");
        let x = 0;
        while (stryMutAct_9fa48("88") ? i < a.length || a.charCodeAt(i) !== 46 : stryMutAct_9fa48("87") ? false : (stryCov_9fa48("87", "88"), (stryMutAct_9fa48("91") ? i >= a.length : stryMutAct_9fa48("90") ? i <= a.length : stryMutAct_9fa48("89") ? true : (stryCov_9fa48("89", "90", "91"), i < a.length)) && (stryMutAct_9fa48("93") ? a.charCodeAt(i) === 46 : stryMutAct_9fa48("92") ? true : (stryCov_9fa48("92", "93"), a.charCodeAt(i) !== 46)))) x = stryMutAct_9fa48("94") ? x * 10 + a.charCodeAt(i++) + 48 : (stryCov_9fa48("94"), (stryMutAct_9fa48("95") ? x * 10 - a.charCodeAt(i++) : (stryCov_9fa48("95"), (stryMutAct_9fa48("96") ? x / 10 : (stryCov_9fa48("96"), x * 10)) + a.charCodeAt(stryMutAct_9fa48("97") ? i-- : (stryCov_9fa48("97"), i++)))) - 48);
        let y = 0;
        while (stryMutAct_9fa48("99") ? j < b.length || b.charCodeAt(j) !== 46 : stryMutAct_9fa48("98") ? false : (stryCov_9fa48("98", "99"), (stryMutAct_9fa48("102") ? j >= b.length : stryMutAct_9fa48("101") ? j <= b.length : stryMutAct_9fa48("100") ? true : (stryCov_9fa48("100", "101", "102"), j < b.length)) && (stryMutAct_9fa48("104") ? b.charCodeAt(j) === 46 : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104"), b.charCodeAt(j) !== 46)))) y = stryMutAct_9fa48("105") ? y * 10 + b.charCodeAt(j++) + 48 : (stryCov_9fa48("105"), (stryMutAct_9fa48("106") ? y * 10 - b.charCodeAt(j++) : (stryCov_9fa48("106"), (stryMutAct_9fa48("107") ? y / 10 : (stryCov_9fa48("107"), y * 10)) + b.charCodeAt(stryMutAct_9fa48("108") ? j-- : (stryCov_9fa48("108"), j++)))) - 48);
        if (stryMutAct_9fa48("111") ? x === y : stryMutAct_9fa48("110") ? false : stryMutAct_9fa48("109") ? true : (stryCov_9fa48("109", "110", "111"), x !== y)) return stryMutAct_9fa48("112") ? x + y : (stryCov_9fa48("112"), x - y);
        stryMutAct_9fa48("113") ? i-- : (stryCov_9fa48("113"), i++);
        stryMutAct_9fa48("114") ? j-- : (stryCov_9fa48("114"), j++);
      }
    }
    return stryMutAct_9fa48("115") ? a.length - i + (b.length - j) : (stryCov_9fa48("115"), (stryMutAct_9fa48("116") ? a.length + i : (stryCov_9fa48("116"), a.length - i)) - (stryMutAct_9fa48("117") ? b.length + j : (stryCov_9fa48("117"), b.length - j)));
  }
}