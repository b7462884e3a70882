import type { BatchResource, Pairing } from '../model/resource.js';
import type { JsonPath, SourceDocument } from '../source/source-document.js';

/** A problem a loader finds in a document it recognised (an entry that is not a resource, ...). */
export interface LoaderProblem {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  path: JsonPath;
}

export interface LoadedDocument {
  /** The document is an input this loader reads (even when it holds no resources). */
  recognised: boolean;
  resources: BatchResource[];
  problems: LoaderProblem[];
  /** Job definition -> queue submissions the document declares (templates). */
  pairings?: Pairing[];
}

/**
 * One input kind (API-shaped JSON/YAML, CloudFormation templates, Terraform plans...). Loaders turn a
 * parsed document into the model; they know nothing of rules.
 */
export interface DocumentLoader {
  name: string;
  load(value: unknown, document: SourceDocument, options?: LoadOptions): LoadedDocument;
}

/** What the run knows of where the input is deployed. */
export interface LoadOptions {
  /** The Region (`lint --region`): a template's AWS::Region, AWS::Partition and AWS::URLSuffix. */
  region?: string;
}
