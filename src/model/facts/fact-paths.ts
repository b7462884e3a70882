// Paths inside a resource, shared: `['containerProperties', 'privileged']` is the same path in every
// job definition of a run, so each distinct path is one frozen array, and a field that is not written
// is one shared absent fact per path. The facts of every resource live as long as the model (they are
// memoised on its records), and a fresh array per fact of 10,000 job definitions made the run spend
// more time collecting garbage than computing facts. Paths are readonly (JsonPath): frozen, a writer throws.
// The same holds for values: a path holds a few values across a configuration (`true`, `EXIT`, 3600,
// `prod`), so a known scalar is one frozen fact per (path, value), until a path has shown more values
// than SHARED_VALUES (names, images): from then on its facts are made one by one, and memory stays bounded.
import type { JsonPath } from '../../source/source-document.js';
import type { AbsentFact, KnownFact } from './fact.js';

type Segment = string | number;

type Scalar = string | number | boolean;

interface Node {
  path: JsonPath;
  children?: Map<Segment, Node>;
  absent?: AbsentFact;
  /** The shared known facts by value; null once the path has held too many values to share them. */
  known?: Map<Scalar, KnownFact<Scalar>> | null;
}

const SHARED_VALUES = 64;
const SHARED_TEXT_LENGTH = 128;

const root: Node = { path: Object.freeze([]) };
// Which node a shared path is, so that extending it is one lookup (a path from elsewhere is walked from the root).
const nodes = new WeakMap<JsonPath, Node>([[root.path, root]]);

function child(node: Node, segment: Segment): Node {
  const children = (node.children ??= new Map());
  let next = children.get(segment);
  if (!next) {
    next = { path: Object.freeze([...node.path, segment]) };
    children.set(segment, next);
    nodes.set(next.path, next);
  }
  return next;
}

// The facts of one record read its fields one after another from the same base: remembering the last
// base saves the WeakMap lookup for all but the first.
let last: Node = root;

function nodeOf(path: JsonPath): Node {
  if (last.path === path) return last;
  let node = nodes.get(path);
  if (!node) {
    node = root;
    for (const segment of path) node = child(node, segment);
  }
  last = node;
  return node;
}

/** The shared path `[...base, ...segments]`. */
export function sharedPath(base: JsonPath, ...segments: Segment[]): JsonPath {
  let node = nodeOf(base);
  for (const segment of segments) node = child(node, segment);
  return node.path;
}

/** The shared absent fact at `[...base, key]`. */
export function absentAt(base: JsonPath, key: Segment): AbsentFact {
  const node = child(nodeOf(base), key);
  return (node.absent ??= Object.freeze({ certainty: 'absent', path: node.path }));
}

/** Whether a read value may be shared: a short string, a number (not -0, which a Map would not tell from 0) or a boolean. */
export function isShareable(value: unknown): value is Scalar {
  if (typeof value === 'string') return value.length <= SHARED_TEXT_LENGTH;
  if (typeof value === 'number') return !Object.is(value, -0);
  return typeof value === 'boolean';
}

/** The known fact of `value` at `[...base, key]`: shared per (path, value) while the path has held few values. */
export function knownAt<T extends Scalar>(base: JsonPath, key: Segment, value: T): KnownFact<T> {
  const node = child(nodeOf(base), key);
  if (node.known === null) return { certainty: 'known', value, path: node.path };
  const known = (node.known ??= new Map());
  let fact = known.get(value) as KnownFact<T> | undefined;
  if (fact) return fact;
  fact = Object.freeze({ certainty: 'known' as const, value, path: node.path });
  if (known.size < SHARED_VALUES) known.set(value, fact);
  else node.known = null;
  return fact;
}
