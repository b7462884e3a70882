// A loopback server speaking the part of the GitHub REST API the Action's pull-request comment uses:
// list issue comments (paged, with a Link header as GitHub sends it), create one, update one. It
// checks the bearer token, answers errors in GitHub's shape ({ message, documentation_url }), can be
// told to fail, and records every request with its headers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
  body?: unknown;
  status: number;
}

export interface GitHubApiOptions {
  /** owner/name the server answers for. */
  repository: string;
  token: string;
  /** Comments already on each issue/pull request number. */
  comments?: Record<number, { body: string; login?: string }[]>;
  /** Comments per page regardless of per_page (default: per_page, at most 100). */
  pageSize?: number;
  /** Requests matching method (and path prefix) are answered with this status. */
  faults?: { method: string; status: number; message: string; times: number }[];
  /** A Link header "next" URL to put on the first page instead of the server's own (another host). */
  foreignNext?: string;
}

export interface GitHubApi {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, StoredComment[]>;
  close(): Promise<void>;
}

export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApi> {
  let nextId = 1000;
  const comments = new Map<number, StoredComment[]>();
  for (const [issue, list] of Object.entries(options.comments ?? {})) {
    comments.set(Number(issue), list.map((c) => ({ id: nextId++, body: c.body, user: { login: c.login ?? 'someone' } })));
  }
  const requests: RecordedRequest[] = [];
  const faults = (options.faults ?? []).map((f) => ({ ...f }));
  let base = '';

  const send = (res: ServerResponse, record: RecordedRequest, status: number, data: unknown, headers: Record<string, string> = {}): void => {
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  };
  const error = (res: ServerResponse, record: RecordedRequest, status: number, message: string): void =>
    send(res, record, status, { message, documentation_url: 'https://docs.github.com/rest' });
  const view = (issue: number, c: StoredComment) => ({ id: c.id, body: c.body, user: c.user, html_url: `https://github.com/${options.repository}/pull/${issue}#issuecomment-${c.id}` });

  const handle = (req: IncomingMessage, res: ServerResponse, text: string): void => {
    const url = new URL(req.url ?? '/', base);
    const record: RecordedRequest = { method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, headers: req.headers, status: 0 };
    if (text) {
      try {
        record.body = JSON.parse(text);
      } catch {
        record.body = text;
      }
    }
    requests.push(record);
    if (req.headers.authorization !== `Bearer ${options.token}`) return error(res, record, 401, 'Bad credentials');
    const fault = faults.find((f) => f.method === req.method && f.times > 0);
    if (fault) {
      fault.times--;
      return error(res, record, fault.status, fault.message);
    }
    const prefix = `/repos/${options.repository}/issues/`;
    if (!url.pathname.startsWith(prefix)) return error(res, record, 404, 'Not Found');
    const rest = url.pathname.slice(prefix.length);
    const list = /^(\d+)\/comments$/.exec(rest);
    const single = /^comments\/(\d+)$/.exec(rest);
    if (list && req.method === 'GET') {
      const issue = Number(list[1]);
      const all = comments.get(issue) ?? [];
      const perPage = options.pageSize ?? Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const links: string[] = [];
      const pageUrl = (n: number): string => `${base}${url.pathname}?per_page=${perPage}&page=${n}`;
      const last = Math.max(1, Math.ceil(all.length / perPage));
      if (page < last) links.push(`<${page === 1 && options.foreignNext ? options.foreignNext : pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
      return send(res, record, 200, slice.map((c) => view(issue, c)), links.length > 0 ? { link: links.join(', ') } : {});
    }
    const body = (record.body as { body?: unknown } | undefined)?.body;
    if (list && req.method === 'POST') {
      if (typeof body !== 'string') return error(res, record, 422, 'Validation Failed');
      const issue = Number(list[1]);
      const c: StoredComment = { id: nextId++, body, user: { login: 'github-actions[bot]' } };
      comments.set(issue, [...(comments.get(issue) ?? []), c]);
      return send(res, record, 201, view(issue, c));
    }
    if (single && req.method === 'PATCH') {
      if (typeof body !== 'string') return error(res, record, 422, 'Validation Failed');
      for (const [issue, list] of comments) {
        const c = list.find((x) => x.id === Number(single[1]));
        if (c) {
          c.body = body;
          return send(res, record, 200, view(issue, c));
        }
      }
      return error(res, record, 404, 'Not Found');
    }
    return error(res, record, 404, 'Not Found');
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    comments,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
