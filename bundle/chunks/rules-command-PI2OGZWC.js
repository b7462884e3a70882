import{createRequire as __cr}from'node:module';import{fileURLToPath as __fu}from'node:url';import{dirname as __dn}from'node:path';const require=__cr(import.meta.url),__filename=__fu(import.meta.url),__dirname=__dn(__filename);
import{L as o,M as s,i as a}from"./chunk-35ZZMXVT.js";import"./chunk-QWLI7KTF.js";import"./chunk-FHITSZFB.js";import{a as d}from"./chunk-A5HMU6PA.js";import"./chunk-HIBMLKPV.js";import"./chunk-Y6ANOAYF.js";function u(t){let{check:r,...e}=t;return e}function f(t){return[`${t.id}  (${t.category}, ${t.severity})`,`  ${t.title}`,`  ${t.description}`,"",`  Why: ${t.docs.rationale}`,`  Fix: ${t.docs.fix}`,`  AWS: ${t.helpUri}`,...t.docs.peers?.length?[`  Covers: ${t.docs.peers.join(", ")}`]:[]].join(`
`)}function l(t,r,e){if(t!==void 0){let n=s.get(t);if(!n){let i=a(t,[...s.keys()]);throw new d(`unknown rule "${t}"${i?`; did you mean "${i}"?`:""}`)}return e.stdout(r.format==="json"?JSON.stringify(u(n),null,2)+`
`:f(n)+`
`),0}if(r.format==="json")return e.stdout(JSON.stringify(o.map(u),null,2)+`
`),0;let c=Math.max(...o.map(n=>n.id.length)),m=Math.max(...o.map(n=>n.category.length));for(let n of o)e.stdout(`${n.id.padEnd(c)}  ${n.category.padEnd(m)}  ${n.severity.padEnd(7)}  ${n.title}
`);return e.stdout(`
${o.length} rules. batchlint rules <id> shows one.
`),0}export{l as runRulesCommand};
