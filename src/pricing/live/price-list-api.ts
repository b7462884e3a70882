// AWS Price List Query API GetProducts, paginated (MaxResults 100, NextToken). The SDK is imported
// only here, and only when live pricing is asked for, so offline runs never load it.
// https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_pricing_GetProducts.html
import { silenceSdkNodeVersionWarning } from '../../aws/sdk-quiet.js';
import { PRICING_API_REGION, sdkConfig, type AwsClientOptions } from './aws-client-options.js';
import { parsePriceListItem, type PriceListItem } from './price-list-items.js';

/** Every item matching all filters (each a TERM_MATCH on a product attribute). */
export async function getProducts(serviceCode: string, filters: Record<string, string>, options: AwsClientOptions = {}): Promise<PriceListItem[]> {
  silenceSdkNodeVersionWarning();
  const { PricingClient, paginateGetProducts } = await import('@aws-sdk/client-pricing');
  const client = new PricingClient(sdkConfig(PRICING_API_REGION, options.pricingEndpoint, options));
  const items: PriceListItem[] = [];
  try {
    const pages = paginateGetProducts(
      { client, pageSize: 100 },
      {
        ServiceCode: serviceCode,
        FormatVersion: 'aws_v1',
        Filters: Object.entries(filters).map(([Field, Value]) => ({ Type: 'TERM_MATCH', Field, Value })),
      },
    );
    for await (const page of pages) {
      for (const entry of page.PriceList ?? []) {
        const item = parsePriceListItem(entry);
        if (item) items.push(item);
      }
    }
  } finally {
    client.destroy();
  }
  return items;
}

/**
 * The filters that pin an EC2 price to what Batch launches: Linux, shared tenancy, no pre-installed
 * software, no licence, capacity actually used (not reservations held unused).
 */
export function ec2OnDemandFilters(region: string, instanceType?: string): Record<string, string> {
  return {
    regionCode: region,
    ...(instanceType ? { instanceType } : {}),
    operatingSystem: 'Linux',
    tenancy: 'Shared',
    preInstalledSw: 'NA',
    capacitystatus: 'Used',
    licenseModel: 'No License required',
  };
}
