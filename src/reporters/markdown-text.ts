// Input text placed in Markdown (pull-request comments, step summaries): it must not become markup,
// a link, HTML, a table break or a terminal escape in whoever reads the raw text.
import { escapeControl } from './safe-text.js';

/** Text from configurations (names, messages) as plain inline Markdown, also safe in a table cell. */
export function escapeMarkdown(text: string): string {
  return escapeControl(text.replace(/\r?\n/g, ' ')).replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Text as an inline code span (outside tables): a backtick, which would end it, becomes a quote. */
export function inlineCode(text: string): string {
  return `\`${escapeControl(text.replace(/\r?\n/g, ' ')).replace(/`/g, "'")}\``;
}
