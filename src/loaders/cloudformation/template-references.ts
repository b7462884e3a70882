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

  // One path, extended and shortened as the walk goes (a copy only for a finding): a copy per value
  // was a good part of loading a template.
  const path: (string | number)[] = [];
  const at = (...tail: (string | number)[]): JsonPath => [...path, ...tail];
  const into = (value: unknown, depth: number, ...segments: (string | number)[]): void => {
    for (const s of segments) path.push(s);
    visit(value, depth);
    path.length -= segments.length;
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) into(value[i], depth + 1, i);
      return;
    }
    if (!isRecord(value)) return;
    const name = intrinsicName(value);
    const arg = name ? value[name] : undefined;
    if (name === 'Ref' && typeof arg === 'string') {
      if (!known(arg)) report('Ref', arg, at(name));
      return;
    }
    if (name === 'Fn::GetAtt') {
      const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
      if (typeof target === 'string' && !context.resources.has(target)) report('Fn::GetAtt', target, at(name));
      if (Array.isArray(arg)) into(arg[1], depth + 1, name, 1);
      return;
    }
    if (name === 'Fn::Sub') {
      const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
      const variables = Array.isArray(arg) && isRecord(arg[1]) ? arg[1] : {};
      if (Array.isArray(arg)) into(arg[1], depth + 1, name, 1);
      for (const p of text ? subPlaceholders(text) : []) {
        if (p.name === undefined || Object.prototype.hasOwnProperty.call(variables, p.name)) continue;
        const target = p.name.includes('.') ? p.name.slice(0, p.name.indexOf('.')) : p.name;
        const ok = p.name.includes('.') ? context.resources.has(target) || isPseudoParameter(p.name) : known(target);
        if (!ok) report('Fn::Sub', target, at(name));
      }
      return;
    }
    for (const k in value) if (Object.prototype.hasOwnProperty.call(value, k)) into(value[k], depth + 1, k);
  };

  for (const r of context.resources.values()) {
    if (r.body.Properties !== undefined) into(r.body.Properties, 0, 'Resources', r.logicalId, 'Properties');
  }
  for (const section of ['Conditions', 'Outputs']) {
    if (isRecord(context.template[section])) into(context.template[section], 0, section);
  }
  return problems;
}
