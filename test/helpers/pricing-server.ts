// A loopback AWS Price List Query API speaking the real wire protocol (awsJson1_1): POST / with
// `X-Amz-Target: AWSPriceListService.GetProducts` and a JSON body { ServiceCode, Filters,
// FormatVersion, NextToken, MaxResults }; the response's `PriceList` is an array of JSON *strings*,
// paginated with NextToken. Filters are TERM_MATCH on product attributes, as AWS applies them.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PricingRequest {
  target: string;
  body: { ServiceCode?: string; Filters?: { Type: string; Field: string; Value: string }[]; NextToken?: string; MaxResults?: number; FormatVersion?: string };
}

export interface PricingServer {
  url: string;
  requests: PricingRequest[];
  close(): Promise<void>;
}

export type PriceItem = { serviceCode?: string; product: { attributes: Record<string, string> } };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the given decoded price-list items; `pageSize` caps each page below the client's MaxResults. */
export async function startPricingServer(items: readonly PriceItem[], options: { pageSize?: number } = {}): Promise<PricingServer> {
  const requests: PricingRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const text = await readBody(req);
    const reply = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${requests.length}` });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || target !== 'AWSPriceListService.GetProducts') {
      reply(400, { __type: 'InvalidParameterException', Message: `unsupported target ${target}` });
      return;
    }
    const body = JSON.parse(text || '{}') as PricingRequest['body'];
    requests.push({ target, body });
    const matching = items.filter(
      (item) =>
        (item.serviceCode ?? item.product.attributes.servicecode) === body.ServiceCode &&
        (body.Filters ?? []).every((f) => f.Type === 'TERM_MATCH' && item.product.attributes[f.Field] === f.Value),
    );
    const start = body.NextToken ? Number(body.NextToken) : 0;
    const size = Math.min(body.MaxResults ?? 100, options.pageSize ?? 100);
    const page = matching.slice(start, start + size);
    const next = start + size < matching.length ? String(start + size) : undefined;
    reply(200, { FormatVersion: 'aws_v1', PriceList: page.map((item) => JSON.stringify(item)), ...(next ? { NextToken: next } : {}) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
