// Job durations as users write them on the command line and in workloads: `90s`, `30m`, `2h`,
// `1.5h`, `1d`, or a bare number of seconds.

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or undefined when the text is not a positive duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!m) return undefined;
  const seconds = Number(m[1]) * UNIT_SECONDS[(m[2] || 's').toLowerCase()]!;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** `90s`, `30m`, `2h 5m`, `3d 4h`: the short form reports print. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60}m` : `${Math.floor(s / 60)}m ${s % 60}s`;
  if (s < 86400) {
    const m = Math.round((s % 3600) / 60);
    return m === 0 ? `${Math.floor(s / 3600)}h` : `${Math.floor(s / 3600)}h ${m}m`;
  }
  const h = Math.round((s % 86400) / 3600);
  return h === 0 ? `${Math.floor(s / 86400)}d` : `${Math.floor(s / 86400)}d ${h}h`;
}
