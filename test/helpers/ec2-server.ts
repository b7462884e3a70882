// A loopback Amazon EC2 endpoint speaking the real query protocol for DescribeSpotPriceHistory:
// POST / with a form-encoded body (Action, Version, InstanceType.N, ProductDescription.N, StartTime,
// MaxResults, NextToken) and an XML response (spotPriceHistorySet/item, nextToken), paginated.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SpotRecord {
  AvailabilityZone: string;
  InstanceType: string;
  ProductDescription: string;
  SpotPrice: string;
  Timestamp: string;
}

export interface Ec2Server {
  url: string;
  requests: URLSearchParams[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function listParam(params: URLSearchParams, name: string): string[] {
  const values: string[] = [];
  for (let i = 1; params.has(`${name}.${i}`); i++) values.push(params.get(`${name}.${i}`)!);
  return values;
}

export async function startEc2Server(records: readonly SpotRecord[], options: { pageSize?: number } = {}): Promise<Ec2Server> {
  const requests: URLSearchParams[] = [];
  const server: Server = createServer(async (req, res) => {
    const params = new URLSearchParams(await readBody(req));
    requests.push(params);
    if (params.get('Action') !== 'DescribeSpotPriceHistory') {
      res.writeHead(400, { 'content-type': 'text/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>InvalidAction</Code><Message>unsupported</Message></Error></Errors><RequestID>x</RequestID></Response>`);
      return;
    }
    const types = listParam(params, 'InstanceType');
    const products = listParam(params, 'ProductDescription');
    const matching = records.filter((r) => (types.length === 0 || types.includes(r.InstanceType)) && (products.length === 0 || products.includes(r.ProductDescription)));
    const start = params.get('NextToken') ? Number(params.get('NextToken')) : 0;
    const size = Math.min(Number(params.get('MaxResults') ?? 1000), options.pageSize ?? 1000);
    const page = matching.slice(start, start + size);
    const next = start + size < matching.length ? String(start + size) : '';
    const items = page
      .map(
        (r) =>
          `<item><instanceType>${escapeXml(r.InstanceType)}</instanceType><productDescription>${escapeXml(r.ProductDescription)}</productDescription>` +
          `<spotPrice>${escapeXml(r.SpotPrice)}</spotPrice><timestamp>${new Date(r.Timestamp).toISOString()}</timestamp><availabilityZone>${escapeXml(r.AvailabilityZone)}</availabilityZone></item>`,
      )
      .join('');
    res.writeHead(200, { 'content-type': 'text/xml;charset=UTF-8' });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<DescribeSpotPriceHistoryResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">` +
        `<requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId><spotPriceHistorySet>${items}</spotPriceHistorySet><nextToken>${next}</nextToken></DescribeSpotPriceHistoryResponse>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
