// The cost report as JSON: { catalog, priceSources, estimates, idleFloors, totals, recommendations } in
// the shape the docs fix (docs/cost.md), plus the assumptions it rests on.
import type { CostReport } from '../cost/cost-report.js';

export function formatCostJson(report: CostReport): string {
  return `${JSON.stringify({ catalog: report.catalog, priceSources: report.priceSources, estimates: report.estimates, idleFloors: report.idleFloors, environmentBurns: report.environmentBurns ?? [], totals: report.totals, recommendations: report.recommendations, assumptions: report.assumptions }, null, 2)}\n`;
}
