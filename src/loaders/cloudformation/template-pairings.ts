// Which job definition a template submits to which queue: Step Functions tasks
// (`arn:aws:states:::batch:submitJob` and `.sync`,
// https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html) and EventBridge rule
// targets with BatchParameters
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-events-rule-batchparameters.html).
import type { Pairing } from '../../model/resource.js';
import { arrayOf, field, isRecord, isUnknown, numberOf, scalarText, stringOf, type JsonRecord } from '../../model/values.js';
import type { JsonPath, SourceDocument } from '../../source/source-document.js';
import { resolveValue, UNKNOWN_TEXT } from './intrinsics.js';
import type { TemplateContext } from './template-context.js';

const SUBMIT_JOB = /:states:::batch:submitJob(\.sync)?$/;

/**
 * A reference as the graph resolves it: a name, an ARN, a logical id. A string built around unknown
 * parts (`arn:${AWS::Partition}:batch:${AWS::Region}:...:job-queue/high`) still names its resource
 * when the name itself is literal.
 */
function referenceOf(value: unknown, kind: 'job-queue' | 'job-definition'): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!value.includes(UNKNOWN_TEXT)) return value;
  const m = new RegExp(`:${kind}/([A-Za-z0-9_-]+)(:\\d+)?$`).exec(value);
  return m && !m[1]!.includes(UNKNOWN_TEXT) ? m[1] : undefined;
}

function substitute(text: string, substitutions: JsonRecord): string {
  return text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    return scalarText(field(substitutions, name)) ?? whole;
  });
}

function walkStates(states: unknown, path: JsonPath, substitutions: JsonRecord, out: { task: JsonRecord; path: JsonPath }[], depth = 0): void {
  if (!isRecord(states) || depth > 16) return;
  for (const [name, state] of Object.entries(states)) {
    if (!isRecord(state)) continue;
    const at = [...path, name];
    const resource = stringOf(state.Resource);
    if (state.Type === 'Task' && resource && SUBMIT_JOB.test(substitute(resource, substitutions))) out.push({ task: state, path: at });
    arrayOf(state.Branches).forEach((branch, i) => walkStates(field(branch, 'States'), [...at, 'Branches', i, 'States'], substitutions, out, depth + 1));
    for (const inner of ['Iterator', 'ItemProcessor']) walkStates(field(state[inner], 'States'), [...at, inner, 'States'], substitutions, out, depth + 1);
  }
}

function stateMachinePairings(context: TemplateContext, logicalId: string, props: JsonRecord, document: SourceDocument): Pairing[] {
  const base = ['Resources', logicalId, 'Properties'];
  const substitutions = isRecord(props.DefinitionSubstitutions) ? resolveValue(props.DefinitionSubstitutions, [...base, 'DefinitionSubstitutions'], context, true) : {};
  let definition: unknown;
  let definitionPath: JsonPath;
  if (props.Definition !== undefined) {
    definitionPath = [...base, 'Definition'];
    definition = resolveValue(props.Definition, definitionPath, context, true);
  } else if (props.DefinitionString !== undefined) {
    definitionPath = [...base, 'DefinitionString'];
    const text = resolveValue(props.DefinitionString, definitionPath, context, true);
    if (typeof text !== 'string') return [];
    try {
      definition = JSON.parse(text);
    } catch {
      return []; // an unknown part outside a JSON string: nothing can be read
    }
  } else return [];
  const tasks: { task: JsonRecord; path: JsonPath }[] = [];
  const fromObject = props.Definition !== undefined;
  walkStates(field(definition, 'States'), fromObject ? [...definitionPath, 'States'] : definitionPath, isRecord(substitutions) ? substitutions : {}, tasks);
  const pairings: Pairing[] = [];
  for (const { task, path } of tasks) {
    // JSONPath tasks name them in Parameters, JSONata tasks in Arguments; `JobQueue.$` is chosen at run time.
    const args = isRecord(task.Parameters) ? task.Parameters : isRecord(task.Arguments) ? task.Arguments : undefined;
    const sub = (v: unknown): unknown => (typeof v === 'string' && isRecord(substitutions) ? substitute(v, substitutions) : v);
    const jobDefinition = referenceOf(sub(field(args, 'JobDefinition')), 'job-definition');
    const jobQueue = referenceOf(sub(field(args, 'JobQueue')), 'job-queue');
    if (!jobDefinition || !jobQueue) continue;
    const size = numberOf(sub(field(field(args, 'ArrayProperties'), 'Size')));
    pairings.push({ jobDefinition, jobQueue, origin: 'step-functions', ...(size !== undefined ? { arraySize: size } : {}), source: { document, path: fromObject ? path : definitionPath } });
  }
  return pairings;
}

function eventRulePairings(context: TemplateContext, logicalId: string, props: JsonRecord, document: SourceDocument): Pairing[] {
  const pairings: Pairing[] = [];
  arrayOf(props.Targets).forEach((raw, i) => {
    const path = ['Resources', logicalId, 'Properties', 'Targets', i];
    const target = resolveValue(raw, path, context, true);
    const batch = field(target, 'BatchParameters');
    if (!isRecord(batch)) return;
    // The target's Arn is the job queue's ARN.
    const jobQueue = referenceOf(field(target, 'Arn'), 'job-queue');
    const jobDefinition = referenceOf(batch.JobDefinition, 'job-definition');
    if (!jobQueue || !jobDefinition) return;
    const sizeValue = field(field(batch, 'ArrayProperties'), 'Size');
    const size = isUnknown(sizeValue) ? undefined : numberOf(sizeValue);
    pairings.push({ jobDefinition, jobQueue, origin: 'eventbridge', ...(size !== undefined ? { arraySize: size } : {}), source: { document, path } });
  });
  return pairings;
}

export function templatePairings(context: TemplateContext, document: SourceDocument): Pairing[] {
  const pairings: Pairing[] = [];
  for (const r of context.resources.values()) {
    const props = r.body.Properties;
    if (!isRecord(props)) continue;
    if (r.type === 'AWS::StepFunctions::StateMachine' || r.type === 'AWS::Serverless::StateMachine') pairings.push(...stateMachinePairings(context, r.logicalId, props, document));
    else if (r.type === 'AWS::Events::Rule') pairings.push(...eventRulePairings(context, r.logicalId, props, document));
  }
  return pairings;
}
