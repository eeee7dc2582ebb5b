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
import type { RawItem, RoadmapRead } from "./types.ts";

/** «1», «2» restarted inside each unnumbered section (seed 002) are told apart by their section:
 *  the n-th top-level section prefixes them, so they line up with a template's «n.1», «n.2». */
export function scopedCode(item: RawItem, read: RoadmapRead): string {
  if (stryMutAct_9fa48("760")) {
    {}
  } else {
    stryCov_9fa48("760");
    const code = stryMutAct_9fa48("761") ? item.code && "" : (stryCov_9fa48("761"), item.code ?? (stryMutAct_9fa48("762") ? "Stryker was here!" : (stryCov_9fa48("762"), "")));
    if (stryMutAct_9fa48("765") ? code.includes(".") && item.section === null : stryMutAct_9fa48("764") ? false : stryMutAct_9fa48("763") ? true : (stryCov_9fa48("763", "764", "765"), code.includes(stryMutAct_9fa48("766") ? "" : (stryCov_9fa48("766"), ".")) || (stryMutAct_9fa48("768") ? item.section !== null : stryMutAct_9fa48("767") ? false : (stryCov_9fa48("767", "768"), item.section === null)))) return code;
    const section = read.sections[item.section]!;
    if (stryMutAct_9fa48("771") ? section.code === null : stryMutAct_9fa48("770") ? false : stryMutAct_9fa48("769") ? true : (stryCov_9fa48("769", "770", "771"), section.code !== null)) return code;
    let ordinal = 0;
    for (let i = 0; stryMutAct_9fa48("774") ? i > item.section : stryMutAct_9fa48("773") ? i < item.section : stryMutAct_9fa48("772") ? false : (stryCov_9fa48("772", "773", "774"), i <= item.section); stryMutAct_9fa48("775") ? i-- : (stryCov_9fa48("775"), i++)) if (stryMutAct_9fa48("778") ? read.sections[i]!.depth !== 0 : stryMutAct_9fa48("777") ? false : stryMutAct_9fa48("776") ? true : (stryCov_9fa48("776", "777", "778"), read.sections[i]!.depth === 0)) stryMutAct_9fa48("779") ? ordinal-- : (stryCov_9fa48("779"), ordinal++);
    return stryMutAct_9fa48("780") ? `` : (stryCov_9fa48("780"), `${ordinal}.${code}`);
  }
}