// The pull-request comment: one comment per pull request, found again by a hidden marker and edited
// in place on every run (as infracost and checkov's actions do), so a busy pull request does not
// collect a comment per push. Talks to the GitHub REST API with Node's fetch; the token is sent only
// to GITHUB_API_URL's origin (never to a host a Link header names) and appears in no message.
import { readFile } from 'node:fs/promises';

export const COMMENT_MARKER = '<!-- batchlint -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 65_536;
const MAX_PAGES = 100;

export interface PullRequestRef {
  apiUrl: string;
  /** owner/name */
  repository: string;
  number: number;
}

export interface CommentSections {
  /** The findings report (Markdown). */
  findings: string;
  /** The cost report of the head (the Action's `cost-report` input). */
  cost?: string;
  /**
   * The cost change between the base and the head of the pull request. Nothing fills it yet: it is
   * the place the cost-diff work plugs into, shown above the cost report when present.
   */
  costChange?: string;
}

export type CommentOutcome = { action: 'created' | 'updated'; id: number; url?: string };

/** The pull request this run is for, from the event payload; undefined for other events. */
export async function pullRequestFromEvent(env: NodeJS.ProcessEnv): Promise<PullRequestRef | undefined> {
  if (!env.GITHUB_EVENT_PATH || !env.GITHUB_REPOSITORY) return undefined;
  let event: unknown;
  try {
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = typeof event === 'object' && event !== null ? (event as { pull_request?: unknown }).pull_request : undefined;
  const number = typeof pr === 'object' && pr !== null ? (pr as { number?: unknown }).number : undefined;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.GITHUB_REPOSITORY)) return undefined;
  return { apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''), repository: env.GITHUB_REPOSITORY, number };
}

export function commentBody(sections: CommentSections): string {
  const parts = [COMMENT_MARKER, sections.findings.trimEnd()];
  const cost = [sections.costChange, sections.cost].filter((s): s is string => Boolean(s?.trim())).map((s) => s.trimEnd());
  const body = [...parts, ...cost].join('\n\n') + '\n';
  if (body.length <= MAX_BODY) return body;
  return `${parts.join('\n\n')}\n\n_The cost report does not fit in a comment: see the step summary._\n`.slice(0, MAX_BODY);
}

/** An API failure; its message names the request and the status, never the token. */
export class GitHubApiError extends Error {}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
}

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]*)>\s*;(?:[^,]*;)?\s*rel="?([^";]*)"?/.exec(part.trim());
    if (m && m[2]!.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

/** Creates the batchlint comment on the pull request, or updates the one already there. */
export async function upsertComment(pr: PullRequestRef, token: string, body: string): Promise<CommentOutcome> {
  const origin = new URL(pr.apiUrl).origin;
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'user-agent': 'batchlint-action',
    'x-github-api-version': '2022-11-28',
  };
  const call = async (method: string, url: string, payload?: unknown): Promise<Response> => {
    const shown = `${method} ${new URL(url).pathname}`;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, signal: AbortSignal.timeout(30_000), ...(payload ? { body: JSON.stringify(payload) } : {}) });
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.name) : 'failed';
      throw new GitHubApiError(`${shown}: ${cause}`.split(token).join('***'));
    }
    if (!response.ok) {
      let detail = '';
      try {
        const data = (await response.json()) as { message?: unknown };
        if (typeof data.message === 'string') detail = `: ${data.message.slice(0, 200)}`;
      } catch {
        // The status says enough.
      }
      throw new GitHubApiError(`${shown} answered ${response.status}${detail}`.split(token).join('***'));
    }
    return response;
  };

  const base = `${pr.apiUrl}/repos/${pr.repository}/issues/${pr.number}/comments`;
  let url: string | undefined = `${base}?per_page=100`;
  let existing: IssueComment | undefined;
  for (let page = 0; url && page < MAX_PAGES && !existing; page++) {
    const response = await call('GET', url);
    const comments = (await response.json()) as unknown;
    if (!Array.isArray(comments)) throw new GitHubApiError(`GET ${new URL(url).pathname}: not a list of comments`);
    existing = (comments as IssueComment[]).find((c) => typeof c?.body === 'string' && c.body.startsWith(COMMENT_MARKER) && Number.isSafeInteger(c.id));
    const next = nextLink(response.headers.get('link'));
    // Only the API's own origin gets the token.
    url = next && new URL(next, url).origin === origin ? new URL(next, url).href : undefined;
  }
  if (existing) {
    const updated = (await (await call('PATCH', `${pr.apiUrl}/repos/${pr.repository}/issues/comments/${existing.id}`, { body })).json()) as IssueComment;
    return { action: 'updated', id: existing.id, ...(typeof updated.html_url === 'string' ? { url: updated.html_url } : {}) };
  }
  const created = (await (await call('POST', base, { body })).json()) as IssueComment;
  return { action: 'created', id: created.id, ...(typeof created.html_url === 'string' ? { url: created.html_url } : {}) };
}
