// Which resource instances a linted Terraform file declares, once its module has been evaluated
// (tf-directory-source.ts): set per parsed document of a `.tf` or `.tf.json` file, read by the
// loader. A document without an entry is a file read on its own (a loader called without its
// directory), which is evaluated alone.
import type { ResourceInstance } from './tf-module-eval.js';

const providers = new WeakMap<object, () => readonly ResourceInstance[]>();

export function setModuleInstances(document: object, provide: () => readonly ResourceInstance[]): void {
  providers.set(document, provide);
}

export function moduleInstancesOf(document: object): (() => readonly ResourceInstance[]) | undefined {
  return providers.get(document);
}
