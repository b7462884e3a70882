import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { EKS_RESOURCE_KEYS, eksQuantity } from './reading/eks-quantities.js';

export default defineRule({
  id: 'eks-limits-requests',
  title: 'EKS limits that do not match requests',
  category: 'sizing',
  severity: 'error',
  description: 'An EKS container sets memory or nvidia.com/gpu in both limits and requests with different values, or a cpu limit below its request.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerResourceRequirements.html',
  docs: {
    rationale: 'AWS: "If memory is specified in both places, then the value that\'s specified in limits must be equal to the value that\'s specified in requests"; the same holds for nvidia.com/gpu; for cpu "the value that\'s specified in limits must be at least as large as the value that\'s specified in requests". Values that are not in the accepted format are left to eks-resource-format.',
    fix: 'Give memory and nvidia.com/gpu the same value in limits and requests (or set them in one place only: Batch copies limits into missing requests), and make the cpu limit at least the request.',
    bad: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - image: my-image:1.0\n        resources:\n          requests: { cpu: "1", memory: 2048Mi }\n          limits: { cpu: "2", memory: 4096Mi }',
    good: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - image: my-image:1.0\n        resources:\n          requests: { cpu: "1", memory: 4096Mi }\n          limits: { cpu: "2", memory: 4096Mi }',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    notEqual: 'The {{key}} limit ({{limit}}) of the {{where}} differs from its request ({{request}}); AWS requires them to be equal.',
    cpuBelowRequest: 'The cpu limit ({{limit}}) of the {{where}} is below its request ({{request}}); raise the limit to at least the request.',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      if (c.kind !== 'eks') continue;
      for (const key of EKS_RESOURCE_KEYS) {
        const limitFact = c.eksResources.find((r) => r.side === 'limits' && r.key === key)?.value;
        const requestFact = c.eksResources.find((r) => r.side === 'requests' && r.key === key)?.value;
        const limitText = limitFact && known(limitFact);
        const requestText = requestFact && known(requestFact);
        if (limitText === undefined || requestText === undefined) continue;
        const limit = eksQuantity(key, limitText);
        const request = eksQuantity(key, requestText);
        if (limit === undefined || request === undefined) continue;
        const data = { key, limit: limitText.trim(), request: requestText.trim(), where: c.label };
        const path = limitFact!.path;
        if (key === 'cpu') {
          if (limit < request) context.report({ messageId: 'cpuBelowRequest', data, path });
        } else if (limit !== request) {
          context.report({ messageId: 'notEqual', data, path });
        }
      }
    }
  },
});
