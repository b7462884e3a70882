// Multi-node parallel node ranges. `targetNodes` is `a:b`; "If the starting range value is omitted
// (:n), then 0 is used... If the ending range value is omitted (n:), then the highest possible node
// index is used" ([API:NodeRangeProperty]):
// https://docs.aws.amazon.com/batch/latest/APIReference/API_NodeRangeProperty.html

/** Inclusive node index range; `end` is undefined for an open end (`n:`). */
export interface NodeRange {
  start: number;
  end: number | undefined;
}

/** Parses `a:b`, `:b`, `a:`, `:` and a single index `n`; undefined when the text is not a range. */
export function parseTargetNodes(text: string): NodeRange | undefined {
  const single = /^\s*(\d+)\s*$/.exec(text);
  if (single) return { start: Number(single[1]), end: Number(single[1]) };
  const m = /^\s*(\d*)\s*:\s*(\d*)\s*$/.exec(text);
  if (!m) return undefined;
  const start = m[1] ? Number(m[1]) : 0;
  const end = m[2] ? Number(m[2]) : undefined;
  if (end !== undefined && end < start) return undefined;
  return { start, end };
}

/**
 * The node indexes in `within` (default: every node 0..numNodes-1) that no range covers, as `a:b`
 * texts, at most `limit` of them.
 */
export function uncoveredNodes(ranges: readonly NodeRange[], numNodes: number, within?: NodeRange, limit = 3): string[] {
  const last = Math.min(within?.end ?? numNodes - 1, numNodes - 1);
  const sorted = ranges
    .map((r) => ({ start: r.start, end: r.end ?? numNodes - 1 }))
    .sort((a, b) => a.start - b.start);
  const gaps: string[] = [];
  let next = within?.start ?? 0;
  for (const r of sorted) {
    if (next > last) break;
    if (r.end < next) continue;
    if (r.start > next) gaps.push(formatRange(next, Math.min(r.start - 1, last)));
    next = Math.max(next, r.end + 1);
  }
  if (next <= last) gaps.push(formatRange(next, last));
  return gaps.slice(0, limit);
}

function formatRange(start: number, end: number): string {
  return start === end ? String(start) : `${start}:${end}`;
}
