// Types for the standalone validators that scripts/compile-validators.mjs writes at build time.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export const jobDefinition: CompiledValidator;
export const computeEnvironment: CompiledValidator;
export const jobQueue: CompiledValidator;
export const schedulingPolicy: CompiledValidator;
