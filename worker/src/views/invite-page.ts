import { RU_INVITE } from "../../../shared/i18n/ru-invite.ts";

// The invitation page: one self-contained HTML document (no framework, no external requests), readable
// on a phone. The script only posts the chosen file to this link's check / submit addresses.

export interface InvitePageData {
  orgName: string;
  campaignName: string;
  templateName: string;
  dueDate: string;
  expiresAt: string;
  code: string;
  uploadedAt: string | null;
  marketplaceUrl: string | null;
  checkPath: string;
  submitPath: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** «31 декабря 2099 г.» */
export function ruDate(iso: string): string {
  return new Intl.DateTimeFormat("ru-RU", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa}
main{max-width:42rem;margin:0 auto;padding:1rem}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:1rem;margin:0 0 1rem}
h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:0 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{color:#57606a}dd{margin:0}
.code{font:700 1.6rem/1.2 ui-monospace,monospace;letter-spacing:.1em;background:#eef6ff;border-radius:6px;padding:.5rem .75rem;display:inline-block}
button{font:inherit;padding:.6rem 1rem;border-radius:6px;border:1px solid #1f6feb;background:#1f6feb;color:#fff;cursor:pointer;min-height:44px}
button.secondary{background:#fff;color:#1f6feb}button:disabled{opacity:.5}
input[type=file]{display:block;margin:.5rem 0 1rem;max-width:100%}
.note{color:#57606a}.ok{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}th,td{border-bottom:1px solid #d0d7de;padding:.35rem;text-align:left;vertical-align:top}
@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:.35rem}button{width:100%}}
`;

const SCRIPT = `
const t=JSON.parse(document.getElementById("t").textContent);const m=document.querySelector("main");
const fill=(s,p)=>Object.keys(p).reduce((a,k)=>a.split("{"+k+"}").join(String(p[k])),s);
const $=(id)=>document.getElementById(id);const out=$("result");
function line(text,cls){const p=document.createElement("p");p.textContent=text;if(cls)p.className=cls;out.append(p);return p}
async function send(path){const f=$("file").files[0];if(!f){out.replaceChildren();line(t.noFile,"bad");return null}
 const r=await fetch(path,{method:"POST",headers:{"content-type":f.type||"application/octet-stream"},body:await f.arrayBuffer()});
 return{status:r.status,body:await r.json()}}
function findings(list){const table=document.createElement("table");const head=table.insertRow();
 for(const h of [t.row,t.column,t.message]){const th=document.createElement("th");th.textContent=h;head.append(th)}
 for(const f of list){const tr=table.insertRow();tr.insertCell().textContent=f.row??"—";tr.insertCell().textContent=f.column??"—";
  tr.insertCell().textContent=(t.severity[f.severity]||f.severity)+": "+f.message}out.append(table)}
const copy=$("copy");if(copy)copy.onclick=async()=>{try{await navigator.clipboard.writeText($("code").textContent);copy.textContent=t.copied}catch{}};
const form=$("upload");if(form)form.onsubmit=async(e)=>{e.preventDefault();out.replaceChildren();line(t.checking,"note");
 try{const r=await send(m.dataset.check);out.replaceChildren();if(!r)return;
  if(r.status!==200){line(r.body.detail||t.network,"bad");return}
  const c=r.body.counts;line(fill(t.counts,c),c.error?"bad":"ok");
  if(r.body.findings.length){findings(r.body.findings)}else line(t.noFindings,"ok");
  if(c.error){line(t.fixErrors,"bad");return}
  line(t.confirm);const b=document.createElement("button");b.id="send";b.type="button";b.textContent=t.submit;out.append(b);
  const id=crypto.randomUUID();
  b.onclick=async()=>{b.disabled=true;b.textContent=t.submitting;
   try{const s=await send(m.dataset.submit+"?submissionId="+id);if(!s)return;
    if(s.status===200||s.status===201){out.replaceChildren();line(fill(t.accepted,{version:s.body.version,at:new Date(s.body.receivedAt).toLocaleString("ru-RU")}),"ok");form.hidden=true}
    else{line(s.body.detail||t.network,"bad");b.disabled=false;b.textContent=t.submit}}
   catch{line(t.network,"bad");b.disabled=false;b.textContent=t.submit}}}
 catch{out.replaceChildren();line(t.network,"bad")}};
`;

/** The texts the script needs, as JSON in the page (`<` escaped so it cannot close the element). */
function scriptTexts(): string {
  const r = RU_INVITE;
  const texts = {
    noFile: r.noFile,
    row: r.row,
    column: r.column,
    message: r.message,
    copied: r.copied,
    checking: r.checking,
    noFindings: r.noFindings,
    fixErrors: r.fixErrors,
    confirm: r.confirm,
    submit: r.submit,
    submitting: r.submitting,
    network: r.network,
    counts: r.counts,
    accepted: r.accepted,
    severity: r.severity,
  };
  return JSON.stringify(texts).replace(/</g, "\\u003c");
}

function htmlDocument(title: string, body: string, nonce: string, data = "", script = ""): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main ${data}>${body}<p class="note">${esc(RU_INVITE.footer)}</p></main>${script ? `<script nonce="${nonce}">${script}</script>` : ""}</body></html>`;
}

export function invitePage(d: InvitePageData, nonce: string): string {
  const install = d.marketplaceUrl
    ? `<a href="${esc(d.marketplaceUrl)}" rel="noreferrer" target="_blank">${esc(RU_INVITE.installLink)}</a>`
    : esc(RU_INVITE.installAsk);
  const [step1, step2, step3] = RU_INVITE.sheetsSteps;
  const upload = d.uploadedAt
    ? `<p class="ok">${esc(RU_INVITE.alreadyUploaded(ruDate(d.uploadedAt)))}</p>`
    : `<p>${esc(RU_INVITE.uploadLead)}</p>
<form id="upload"><label for="file">${esc(RU_INVITE.fileLabel)}</label>
<input id="file" name="file" type="file" accept=".xlsx,.docx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/csv">
<button type="submit">${esc(RU_INVITE.check)}</button></form><div id="result" aria-live="polite"></div>`;
  const body = `<h1>${esc(RU_INVITE.title)}</h1>
<p>${esc(RU_INVITE.lead(d.orgName))}</p>
<section><h2>${esc(RU_INVITE.campaign)}</h2><dl>
<dt>${esc(RU_INVITE.campaignLabel)}</dt><dd>${esc(d.campaignName)}</dd>
<dt>${esc(RU_INVITE.template)}</dt><dd>${esc(d.templateName)}</dd>
<dt>${esc(RU_INVITE.due)}</dt><dd><strong>${esc(ruDate(d.dueDate))}</strong></dd>
<dt>${esc(RU_INVITE.expires)}</dt><dd>${esc(ruDate(d.expiresAt))}</dd></dl></section>
<section><h2>${esc(RU_INVITE.sheetsHeading)}</h2><ol>
<li>${esc(step1)} ${install}.</li><li>${esc(step2)}</li><li>${esc(step3)}</li></ol>
<p>${esc(RU_INVITE.codeLabel)}: <span class="code" id="code">${esc(d.code)}</span></p>
<button type="button" class="secondary" id="copy">${esc(RU_INVITE.copy)}</button></section>
<section><h2>${esc(RU_INVITE.uploadHeading)}</h2>${upload}</section>
<script type="application/json" id="t">${scriptTexts()}</script>`;
  return htmlDocument(
    RU_INVITE.title,
    body,
    nonce,
    `data-check="${esc(d.checkPath)}" data-submit="${esc(d.submitPath)}"`,
    SCRIPT,
  );
}

/** Why the link does not work, as a page (the same Russian reason as the API's). */
export function inviteProblemPage(detail: string, nonce: string): string {
  return htmlDocument(
    RU_INVITE.problemTitle,
    `<h1>${esc(RU_INVITE.problemTitle)}</h1><p class="bad">${esc(detail)}</p>`,
    nonce,
  );
}
