// GitHub keeps at most 10 annotations of each level (error, warning, notice) per step and drops the
// rest without a word (docs.github.com, "Workflow commands": annotation limits). The Action chooses
// which ones: the most severe first, and when some do not fit, one notice that says how many and
// where they all are, for which one notice slot stays free.
import { compareFindings, SEVERITY_RANK, type Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationChoice {
  /** Findings to annotate, most severe first. */
  annotated: Finding[];
  /** Findings left out, by severity. */
  left: Record<Severity, number>;
}

export function chooseAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationChoice {
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], note: [] };
  for (const f of [...findings].sort(compareFindings)) bySeverity[f.severity].push(f);
  const overflows = (Object.values(bySeverity) as Finding[][]).some((list) => list.length > perLevel);
  // The "more findings" notice takes one notice slot.
  const limit: Record<Severity, number> = { error: perLevel, warning: perLevel, note: overflows ? perLevel - 1 : perLevel };
  const annotated: Finding[] = [];
  const left: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const severity of (Object.keys(bySeverity) as Severity[]).sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])) {
    const list = bySeverity[severity];
    annotated.push(...list.slice(0, limit[severity]));
    left[severity] = Math.max(0, list.length - limit[severity]);
  }
  return { annotated, left };
}
