// Rule options, declared once: each option's JSON Schema, its default and its TypeScript type come from
// the same declaration. `defineRule({ options: { lowBidPercentage: option.integer(50, { minimum: 1 }) } })`
// gives the rule `context.options.lowBidPercentage: number`, the config file's schema (validated
// before any rule runs, so a rule never re-checks a type) and the docs' options table.

export type JsonSchema = Readonly<Record<string, unknown>>;

/** One option: what the config file may hold (schema), what the rule gets without it (default). */
export interface OptionDeclaration<T> {
  readonly schema: JsonSchema;
  readonly default: T;
}

export type OptionDeclarations = Readonly<Record<string, OptionDeclaration<unknown>>>;

/** The options a rule sees: every declared option, with its declared type. */
export type OptionsOf<D extends OptionDeclarations> = { readonly [K in keyof D]: D[K] extends OptionDeclaration<infer T> ? T : never };

interface Described {
  description?: string;
}

interface NumberConstraints extends Described {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

function declared<T>(schema: Record<string, unknown>, value: T, described: Described | undefined): OptionDeclaration<T> {
  return { schema: described?.description ? { ...schema, description: described.description } : schema, default: value };
}

function numberSchema(type: 'number' | 'integer', constraints: NumberConstraints = {}): Record<string, unknown> {
  const { description: _, ...bounds } = constraints;
  return { type, ...bounds };
}

/** Builders for the option kinds the rules take. */
export const option = {
  number(value: number, constraints?: NumberConstraints): OptionDeclaration<number> {
    return declared(numberSchema('number', constraints), value, constraints);
  },
  integer(value: number, constraints?: NumberConstraints): OptionDeclaration<number> {
    return declared(numberSchema('integer', constraints), value, constraints);
  },
  /** A string; `undefined` as the default for an option that is off unless set. */
  string<T extends string | undefined>(value: T, described?: Described): OptionDeclaration<string | T> {
    return declared({ type: 'string' }, value, described);
  },
  oneOf<const E extends string>(values: readonly E[], value: E, described?: Described): OptionDeclaration<E> {
    return declared({ enum: [...values] }, value, described);
  },
  /** A list of values from a fixed set. */
  listOf<const E extends string>(values: readonly E[], value: readonly E[], constraints?: Described & { minItems?: number; uniqueItems?: boolean }): OptionDeclaration<readonly E[]> {
    const { description: _, ...rest } = constraints ?? {};
    return declared({ type: 'array', items: { enum: [...values] }, ...rest }, value, constraints);
  },
  /** Any other shape: the schema and the type are given side by side (keep them in step). */
  custom<T>(schema: JsonSchema, value: T): OptionDeclaration<T> {
    return { schema, default: value };
  },
};

/** The JSON Schema of a rule's options object (what the config file's `[level, options]` must match). */
export function optionsSchemaOf(declarations: OptionDeclarations): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(declarations).map(([name, d]) => [name, d.schema])),
  };
}

/** Every option's default, for the options the user does not set. */
export function defaultOptionsOf(declarations: OptionDeclarations): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(declarations)) if (d.default !== undefined) defaults[name] = d.default;
  return defaults;
}
