import type { Finding } from './finding.js';

export interface Summary {
  files: number;
  resources: number;
  errors: number;
  warnings: number;
  notes: number;
}

export function summarize(findings: readonly Finding[], files: number, resources: number): Summary {
  const summary: Summary = { files, resources, errors: 0, warnings: 0, notes: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.notes++;
  }
  return summary;
}
