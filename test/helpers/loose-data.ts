/**
 * A resource's data for assertions on known fixture shapes: `BatchResource['data']` is a union of
 * the four kinds, and a test that already knows the kind should not need a cast per line.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions check the shape at run time
export const dataOf = (resource: { data: unknown }): any => resource.data;
