import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isFargateEnvironment } from '../../src/model/facts/compute-environment-facts.js';
import { entriesOf, isWrittenFact, type Fact } from '../../src/model/facts/fact.js';

const BUNDLES = new Set(['optimal', 'default_x86_64', 'default_arm64']);

/** `c5` for `c5.large`; `undefined` for a family name. */
function familyOf(type: string): string | undefined {
  const dot = type.indexOf('.');
  return dot < 0 ? undefined : type.slice(0, dot);
}

/** Metal sizes (`c5.metal`, `m7i.metal-24xl`) are not part of their family ([UG:compute_environment_parameters]). */
function isMetal(type: string): boolean {
  return /^[^.]+\.metal(-|$)/.test(type);
}

/** Does `target` fall within `listed` (an exact match, or a non-metal size of a listed family)? */
function within(target: string, listed: string): boolean {
  if (target === listed) return true;
  return familyOf(listed) === undefined && familyOf(target) === listed && !isMetal(target);
}

/** Written with a value (an unknown one counts: a variable names a template). */
function isSet(fact: Fact<string>): boolean {
  return isWrittenFact(fact) && !(fact.certainty === 'known' && fact.value === '');
}

/** "both", "neither" or undefined (fine) for a launch template reference: AWS wants exactly one of id and name. */
function namingProblem(spec: { id: Fact<string>; name: Fact<string> }): 'bothIdAndName' | 'neitherIdNorName' | undefined {
  const id = isSet(spec.id);
  const name = isSet(spec.name);
  return id && name ? 'bothIdAndName' : !id && !name ? 'neitherIdNorName' : undefined;
}

export default defineRule({
  id: 'launch-template-invalid',
  title: 'Launch template specification AWS rejects',
  category: 'sizing',
  severity: 'error',
  description: 'A compute environment\'s launch template (or an override) names both launchTemplateId and launchTemplateName (or neither), or an override targets optimal / default_*, a type outside instanceTypes (metal sizes included), or a type another target already covers.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_LaunchTemplateSpecificationOverride.html',
  docs: {
    rationale: 'AWS: "You must specify either the launch template ID or launch template name in the request, but not both." For overrides, AWS: targetInstanceTypes "can target only instance types and families that are included within the ComputeResource.instanceTypes set"; "optimal, default_x86_64, and default_arm64" are not allowed; and targets "can\'t overlap for the same compute environment. For example, you can\'t define one launch template override to target an instance family and another define an instance type within this same family." Metal sizes are not part of a family (c5 does not include c5.metal), so an override for c5.metal needs c5.metal itself in instanceTypes. The subset check is skipped when instanceTypes is missing or uses optimal / default_*.',
    fix: 'Keep launchTemplateId or launchTemplateName; target only types or families listed in instanceTypes (add metal sizes there by name); give each instance type to one override only.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  instanceTypes: [c5, m5]\n  launchTemplate:\n    launchTemplateName: batch-base\n    overrides:\n      - launchTemplateName: batch-metal\n        targetInstanceTypes: [c5.metal]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  instanceTypes: [c5, c5.metal, m5]\n  launchTemplate:\n    launchTemplateName: batch-base\n    overrides:\n      - launchTemplateName: batch-metal\n        targetInstanceTypes: [c5.metal]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    bothIdAndName: 'The {{where}} names both launchTemplateId and launchTemplateName; keep only one.',
    neitherIdNorName: 'The {{where}} names neither launchTemplateId nor launchTemplateName; add one of them.',
    bundle: 'targetInstanceTypes cannot use {{type}}; name instance types or families that are listed in instanceTypes.',
    outside: 'Override target {{type}} is not in this compute environment\'s instanceTypes; target only types or families listed there, or add it.',
    metal: 'Override target {{type}} is not in instanceTypes: family {{family}} never includes its metal sizes; add {{type}} to instanceTypes by name.',
    overlap: 'Override target {{type}} overlaps {{other}}, which another target already covers; give each instance type to one override only.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (isFargateEnvironment(facts)) return;
    const template = facts.resources.launchTemplate;
    if (template.certainty !== 'known') return;
    const base = template.path;
    const problem = namingProblem(template.value);
    if (problem) context.report({ messageId: problem, data: { where: 'launchTemplate' }, path: problem === 'bothIdAndName' ? template.value.name.path : base, key: true });

    const listedFact = facts.resources.instanceTypes;
    const listed = entriesOf(listedFact).map((t) => (t.certainty === 'known' ? t.value.trim().toLowerCase() : undefined));
    const subsetKnown = listedFact.certainty === 'known' && listed.length > 0 && listed.every((t) => t !== undefined && !BUNDLES.has(t));

    const seen: { type: string }[] = [];
    entriesOf(template.value.overrides).forEach((override, k) => {
      if (!override.isObject) return;
      const overrideProblem = namingProblem(override);
      if (overrideProblem) {
        const where = `launch template override #${k + 1}`;
        context.report({ messageId: overrideProblem, data: { where }, path: overrideProblem === 'bothIdAndName' ? override.name.path : override.path, key: true });
      }
      for (const entry of entriesOf(override.targetInstanceTypes)) {
        if (entry.certainty !== 'known') continue;
        const raw = entry.value;
        const type = raw.trim().toLowerCase();
        const path = entry.path;
        if (BUNDLES.has(type)) {
          context.report({ messageId: 'bundle', data: { type: raw }, path });
          continue;
        }
        if (subsetKnown && !listed.some((l) => within(type, l!))) {
          const family = familyOf(type);
          if (isMetal(type) && family !== undefined && listed.includes(family)) context.report({ messageId: 'metal', data: { type: raw, family }, path });
          else context.report({ messageId: 'outside', data: { type: raw }, path });
        }
        const clash = seen.find((s) => within(type, s.type) || within(s.type, type));
        if (clash) context.report({ messageId: 'overlap', data: { type: raw, other: clash.type }, path });
        seen.push({ type });
      }
    });
  },
});
