// The bench's floor: read every file of a corpus, parse it and validate each resource with the
// compiled schemas, nothing else. `lint` is measured against it (run-bench.mjs, profile-lint.mjs).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globby } from 'globby';
import { parseAllDocuments } from 'yaml';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const validators = await import(join(root, 'dist/src/schema/validators.generated.js'));

const KIND_KEYS = [['jobDefinitionName', 'jobDefinition'], ['computeEnvironmentName', 'computeEnvironment'], ['jobQueueName', 'jobQueue']];
const LISTS = { jobDefinitions: 'jobDefinition', computeEnvironments: 'computeEnvironment', jobQueues: 'jobQueue', schedulingPolicies: 'schedulingPolicy' };
function validateDocument(value) {
  let count = 0;
  const one = (item, kind) => {
    validators[kind](item);
    count++;
  };
  const single = (item) => {
    for (const [key, kind] of KIND_KEYS) if (item && typeof item === 'object' && key in item) return one(item, kind);
  };
  if (Array.isArray(value)) value.forEach(single);
  else if (value && typeof value === 'object') {
    single(value);
    for (const [key, kind] of Object.entries(LISTS)) if (Array.isArray(value[key])) value[key].forEach((item) => one(item, kind));
  }
  return count;
}

/** The floor: read every file, parse it, validate each resource with the compiled schemas. Nothing else. */
export async function floor(dir) {
  const files = await globby(['**/*.json', '**/*.yaml', '**/*.yml'], { cwd: dir, absolute: true, gitignore: true, ignore: ['**/node_modules/**'] });
  let resources = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) resources += validateDocument(JSON.parse(text));
    else for (const doc of parseAllDocuments(text)) resources += validateDocument(doc.toJS());
  }
  return { files: files.length, resources };
}

