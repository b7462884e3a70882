import{createRequire as __cr}from'node:module';import{fileURLToPath as __fu}from'node:url';import{dirname as __dn}from'node:path';const require=__cr(import.meta.url),__filename=__fu(import.meta.url),__dirname=__dn(__filename);
import{U as o,V as i,e as c}from"./chunk-WDVQZ45O.js";import"./chunk-5NKD6LFM.js";import"./chunk-VDFN6PXI.js";import"./chunk-ZFFIEFJN.js";import{a}from"./chunk-5BFUW73J.js";import"./chunk-Y6ANOAYF.js";function d(t){return t.severityNote?`${t.severity} (${t.severityNote})`:t.severity}function f(t){let{check:s,...n}=t;return n}function g(t){return[`${t.id}  (${t.category}, ${d(t)})`,`  ${t.title}`,`  ${t.description}`,"",`  Why: ${t.docs.rationale}`,`  Fix: ${t.docs.fix}`,`  AWS: ${t.helpUri}`,...t.docs.peers?.length?[`  Covers: ${t.docs.peers.join(", ")}`]:[]].join(`
`)}function x(t,s,n){if(t!==void 0){let e=i.get(t);if(!e){let r=c(t,[...i.keys()]);throw new a(`unknown rule "${t}"${r?`; did you mean "${r}"?`:""}`)}return n.stdout(s.format==="json"?JSON.stringify(f(e),null,2)+`
`:g(e)+`
`),0}if(s.format==="json")return n.stdout(JSON.stringify(o.map(f),null,2)+`
`),0;let p=Math.max(...o.map(e=>e.id.length)),u=Math.max(...o.map(e=>e.category.length));for(let e of o)n.stdout(`${e.id.padEnd(p)}  ${e.category.padEnd(u)}  ${e.severity.padEnd(7)}  ${e.title}
`);return n.stdout(`
${o.length} rules. batchlint rules <id> shows one.
`),0}export{x as runRulesCommand};
