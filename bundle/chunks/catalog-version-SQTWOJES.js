import{createRequire as __cr}from'node:module';import{fileURLToPath as __fu}from'node:url';import{dirname as __dn}from'node:path';const require=__cr(import.meta.url),__filename=__fu(import.meta.url),__dirname=__dn(__filename);
import{a as n}from"./chunk-VDFN6PXI.js";import"./chunk-Y6ANOAYF.js";function a(){let t=n(),o=[`instance catalog: ${t.size} instance types, snapshot ${t.meta.snapshotDate} (collected ${t.meta.collected})`];for(let e of t.meta.sources)o.push(`  ${e.what}: ${e.from}`);return`${o.join(`
`)}
`}export{a as describeCatalogVersion};
