// Which school (or other organisation) a roadmap belongs to, from its title: «МБОУ «СОШ №21»»,
// «МУДО ДЮОЦ», «МБОУ СОШ № 5». Null when the title names none (the caller falls back to the file name).
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
const KIND = stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), "(?:[МГЧНО]|ОГ|КГ)?(?:Б|А|К|Б?У)?(?:ОУ|ДОУ|УДО|У ДО|ОУДО)");
const ABBREVIATED = new RegExp(stryMutAct_9fa48("741") ? `` : (stryCov_9fa48("741"), `(?:^|[\\s(«"])(${KIND}(?:\\s+(?:«[^»]{2,150}»|"[^"]{2,150}"|[А-ЯЁ]{2,}[А-ЯЁ\\d-]*(?:\\s*№\\s*\\d+)?(?:\\s+[А-ЯЁ][а-яё]+)?)))`), stryMutAct_9fa48("742") ? "" : (stryCov_9fa48("742"), "u"));
const QUOTED = stryMutAct_9fa48("746") ? /«([^»]*(?:школ|гимнази|лице|детский сад|центр|интернат)[»]*)»/i : stryMutAct_9fa48("745") ? /«([^»]*(?:школ|гимнази|лице|детский сад|центр|интернат)[^»])»/i : stryMutAct_9fa48("744") ? /«([»]*(?:школ|гимнази|лице|детский сад|центр|интернат)[^»]*)»/i : stryMutAct_9fa48("743") ? /«([^»](?:школ|гимнази|лице|детский сад|центр|интернат)[^»]*)»/i : (stryCov_9fa48("743", "744", "745", "746"), /«([^»]*(?:школ|гимнази|лице|детский сад|центр|интернат)[^»]*)»/i);
export function schoolFromTitle(title: string | null): string | null {
  if (stryMutAct_9fa48("747")) {
    {}
  } else {
    stryCov_9fa48("747");
    if (stryMutAct_9fa48("750") ? false : stryMutAct_9fa48("749") ? true : stryMutAct_9fa48("748") ? title : (stryCov_9fa48("748", "749", "750"), !title)) return null;
    const t = title.replace(/\*\*/g, stryMutAct_9fa48("751") ? "Stryker was here!" : (stryCov_9fa48("751"), "")).replace(stryMutAct_9fa48("753") ? /\S+/g : stryMutAct_9fa48("752") ? /\s/g : (stryCov_9fa48("752", "753"), /\s+/g), stryMutAct_9fa48("754") ? "" : (stryCov_9fa48("754"), " "));
    const a = ABBREVIATED.exec(t);
    if (stryMutAct_9fa48("756") ? false : stryMutAct_9fa48("755") ? true : (stryCov_9fa48("755", "756"), a)) return stryMutAct_9fa48("757") ? a[1]! : (stryCov_9fa48("757"), a[1]!.trim());
    const q = QUOTED.exec(t);
    return q ? stryMutAct_9fa48("758") ? `` : (stryCov_9fa48("758"), `«${stryMutAct_9fa48("759") ? q[1]! : (stryCov_9fa48("759"), q[1]!.trim())}»`) : null;
  }
}