import { recogniseApiShapes } from './api-shapes.js';
import type { DocumentLoader } from './document-loader.js';
import { KIND_LABELS } from '../model/resource.js';

const NAME_KEYS = { jobDefinition: 'jobDefinitionName', computeEnvironment: 'computeEnvironmentName', jobQueue: 'jobQueueName', schedulingPolicy: 'name' } as const;

/** Files in the AWS API's own shapes: create/register inputs, describe outputs, bundles. */
export const apiShapeLoader: DocumentLoader = {
  name: 'aws-api',
  load(value, document) {
    const found = recogniseApiShapes(value, document);
    return {
      recognised: found.recognised,
      resources: found.resources,
      problems: found.strays.map((stray) => ({
        ruleId: 'unrecognized-file',
        messageId: 'stray',
        data: { index: Number(stray.path[1]), list: String(stray.path[0]), kind: KIND_LABELS[stray.expected], nameKey: NAME_KEYS[stray.expected] },
        path: stray.path,
      })),
    };
  },
};
