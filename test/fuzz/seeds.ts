// Real configurations from fixtures/, sorted by input kind: the fuzzer mutates these so that most
// cases get past parsing and schema checks and reach the loaders, graph and rules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSourceText } from '../../dist/src/source/read-source-file.js';

export interface DocumentSeed {
  file: string;
  documents: unknown[];
}

export interface Seeds {
  api: DocumentSeed[];
  cloudFormation: DocumentSeed[];
  sam: DocumentSeed[];
  plan: DocumentSeed[];
  terraform: { file: string; text: string }[];
}

const SKIP = /(^|\/)(expected(-findings)?\.json|manifest\.json|pricing-api\/|REVIEW\.md|SOURCES\.md)/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every fixture that parses, by what it is. Parse problems (fixtures of bad syntax) are left out: mutations break syntax anyway. */
export function loadSeeds(root: string): Seeds {
  const seeds: Seeds = { api: [], cloudFormation: [], sam: [], plan: [], terraform: [] };
  for (const full of walk(join(root, 'fixtures'))) {
    const file = relative(root, full);
    if (SKIP.test(file)) continue;
    if (/\.tf$/.test(file)) {
      seeds.terraform.push({ file, text: readFileSync(full, 'utf8') });
      continue;
    }
    const format = /\.json$/.test(file) ? 'json' : /\.ya?ml$/.test(file) ? 'yaml' : undefined;
    if (!format) continue;
    const parsed = parseSourceText(readFileSync(full), file, format);
    if (parsed.problems.length > 0 || parsed.documents.length === 0) continue;
    const documents = parsed.documents.map((d: { value: unknown }) => d.value);
    const first = documents[0];
    if (isRecord(first) && ('Resources' in first || 'AWSTemplateFormatVersion' in first)) {
      (JSON.stringify(first.Transform ?? '').includes('Serverless') ? seeds.sam : seeds.cloudFormation).push({ file, documents: [first] });
    } else if (isRecord(first) && ('planned_values' in first || 'resource_changes' in first)) seeds.plan.push({ file, documents: [first] });
    else seeds.api.push({ file, documents });
  }
  return seeds;
}
