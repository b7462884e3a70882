// The date and source of each kind of figure a report uses (On-Demand, Spot, Fargate, Fargate Spot),
// named separately: the bundled catalog mixes a 2026 On-Demand list with a 2025 Spot Advisor feed and a
// 2022 Fargate price list. A catalog's `sources` entries say which figures they cover (`figures`);
// a catalog without them (a `pricing update` file, live figures) names its own source for every kind.
import type { PriceCatalog } from './price-catalog.js';

export type FigureKind = 'on-demand' | 'spot' | 'fargate' | 'fargate-spot';
const KINDS: readonly FigureKind[] = ['on-demand', 'spot', 'fargate', 'fargate-spot'];

export interface PriceSource {
  kind: FigureKind;
  source: string;
  date: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function priceSources(catalog: PriceCatalog): PriceSource[] {
  const entries = (catalog.sources ?? []).filter(isObject);
  return KINDS.map((kind) => {
    const discount = catalog.fargate.spotDiscount;
    if (kind === 'fargate-spot' && discount && Object.keys(catalog.fargate.spot).length === 0) {
      const fargate = entries.find((e) => Array.isArray(e.figures) && e.figures.includes('fargate'));
      return { kind, source: `estimate: ${discount.upToPercent}% off the Fargate On-Demand rates (${discount.source})`, date: String(fargate?.date ?? catalog.date) };
    }
    const covering = entries.filter((e) => Array.isArray(e.figures) && e.figures.includes(kind));
    if (covering.length === 0 || catalog.source.includes(', over ')) return { kind, source: catalog.source, date: catalog.date };
    return {
      kind,
      source: covering.map((e) => String(e.what ?? e.id ?? '')).join('; '),
      date: [...new Set(covering.map((e) => String(e.date ?? '')))].join('; '),
    };
  });
}
