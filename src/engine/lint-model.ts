// The model of a run lives with its graph (src/graph); the engine and rules name it from here.
export { LintModel } from '../graph/lint-model.js';
