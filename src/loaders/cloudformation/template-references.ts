// `Ref`, `Fn::GetAtt` and `Fn::Sub` placeholders that name something the template does not declare:
// CloudFormation rejects the template ("Unresolved resource dependencies [X] in the Resources block
// of the template", https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html).
import { isRecord } from '../../model/values.js';
import type { JsonPath } from '../../source/source-document.js';
import type { LoaderProblem } from '../document-loader.js';
import { intrinsicName, subPlaceholders } from './intrinsics.js';
import { isPseudoParameter } from './pseudo-parameters.js';
import type { TemplateContext } from './template-context.js';

export function missingReferences(context: TemplateContext): LoaderProblem[] {
  // Transforms (SAM, macros) add resources at deploy time: a reference to an undeclared id may be fine.
  if (context.transformed) return [];
  const problems: LoaderProblem[] = [];
  const known = (id: string): boolean => context.parameters.has(id) || context.resources.has(id) || isPseudoParameter(id);
  const report = (fn: string, target: string, path: JsonPath): void => {
    problems.push({ ruleId: 'template-missing-reference', messageId: 'missing', data: { fn, target }, path });
  };

  const visit = (value: unknown, path: JsonPath, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i], depth + 1));
      return;
    }
    if (!isRecord(value)) return;
    const name = intrinsicName(value);
    const arg = name ? value[name] : undefined;
    if (name === 'Ref' && typeof arg === 'string') {
      if (!known(arg)) report('Ref', arg, [...path, name]);
      return;
    }
    if (name === 'Fn::GetAtt') {
      const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
      if (typeof target === 'string' && !context.resources.has(target)) report('Fn::GetAtt', target, [...path, name]);
      if (Array.isArray(arg)) visit(arg[1], [...path, name, 1], depth + 1);
      return;
    }
    if (name === 'Fn::Sub') {
      const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
      const variables = Array.isArray(arg) && isRecord(arg[1]) ? arg[1] : {};
      if (Array.isArray(arg)) visit(arg[1], [...path, name, 1], depth + 1);
      for (const p of text ? subPlaceholders(text) : []) {
        if (p.name === undefined || Object.prototype.hasOwnProperty.call(variables, p.name)) continue;
        const target = p.name.includes('.') ? p.name.slice(0, p.name.indexOf('.')) : p.name;
        const ok = p.name.includes('.') ? context.resources.has(target) || isPseudoParameter(p.name) : known(target);
        if (!ok) report('Fn::Sub', target, [...path, name]);
      }
      return;
    }
    for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
  };

  for (const r of context.resources.values()) {
    if (r.body.Properties !== undefined) visit(r.body.Properties, ['Resources', r.logicalId, 'Properties'], 0);
  }
  for (const section of ['Conditions', 'Outputs']) {
    if (isRecord(context.template[section])) visit(context.template[section], [section], 0);
  }
  return problems;
}
