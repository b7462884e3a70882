// Kept apart from render-report.ts so that declaring the --format option loads no reporter.
export const REPORT_FORMATS = ['text', 'compact', 'json', 'sarif', 'markdown', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
