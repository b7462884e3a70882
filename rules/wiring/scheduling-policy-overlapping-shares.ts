import { defineRule } from '../../src/engine/rule.js';
import { schedulingPolicyFacts } from '../../src/model/facts/scheduling-policy-facts.js';
import { entriesOf, known } from '../../src/model/facts/fact.js';

/** Whether two share identifiers can match the same job: equal, or one is a prefix ("UserA*") covering the other. */
function overlaps(a: string, b: string): boolean {
  if (a === b) return true;
  const covers = (pattern: string, other: string): boolean => pattern.endsWith('*') && other.startsWith(pattern.slice(0, -1));
  return covers(a, b) || covers(b, a);
}

export default defineRule({
  id: 'scheduling-policy-overlapping-shares',
  title: 'Overlapping share identifiers',
  category: 'wiring',
  severity: 'error',
  description: 'A fair-share scheduling policy whose shareDistribution has two entries that match the same share identifier: a duplicate, or a prefix such as UserA* that covers UserA1 or UserA2*.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ShareAttributes.html',
  docs: {
    rationale: 'AWS: "The list of share identifiers in a fair-share policy can\'t overlap. For example, you can\'t have one that specifies a shareIdentifier of UserA* and another that specifies a shareIdentifier of UserA1." A trailing "*" makes an entry a prefix that gives its weight to every identifier starting with it, so two entries would give one job two weights.',
    fix: 'Keep one entry per identifier: drop the narrower entry, or rename the identifiers so that no prefix covers another (UserA* and UserB*, not User* and UserA*).',
    bad: 'name: fair\nfairsharePolicy:\n  shareDistribution:\n    - shareIdentifier: UserA*\n      weightFactor: 1\n    - shareIdentifier: UserA1\n      weightFactor: 0.5',
    good: 'name: fair\nfairsharePolicy:\n  shareDistribution:\n    - shareIdentifier: UserA*\n      weightFactor: 1\n    - shareIdentifier: UserB1\n      weightFactor: 0.5',
  },
  appliesTo: ['schedulingPolicy'],
  messages: {
    duplicate: 'Share identifier "{{identifier}}" is listed twice in shareDistribution (entries {{first}} and {{index}}), which AWS rejects; keep one entry.',
    overlap: 'Share identifier "{{identifier}}" overlaps "{{other}}" (entry {{first}}): AWS rejects share identifiers where one prefix covers another; remove one of them or rename the identifiers apart.',
  },
  check(resource, context) {
    const policy = schedulingPolicyFacts(resource).fairsharePolicy;
    if (policy.certainty !== 'known') return;
    const earlier: { identifier: string; index: number }[] = [];
    for (const entry of entriesOf(policy.value.shareDistribution)) {
      const identifier = known(entry.shareIdentifier);
      if (identifier === undefined) continue;
      const clash = earlier.find((e) => overlaps(e.identifier, identifier));
      earlier.push({ identifier, index: entry.index });
      if (!clash) continue;
      const data = { identifier, other: clash.identifier, first: clash.index + 1, index: entry.index + 1 };
      context.report({ messageId: clash.identifier === identifier ? 'duplicate' : 'overlap', data, path: entry.shareIdentifier.path });
    }
  },
});
