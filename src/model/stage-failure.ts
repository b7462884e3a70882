// A stage of the pipeline other than a rule (the resource graph, placement, cost) that threw. It lives
// with the model so the graph, which builds on the model alone, can raise it; the engine turns it into
// one `internal` finding (src/engine/stage-failure.ts).

/**
 * Thrown by a cross-file stage that already failed once (the resource graph), so that each rule
 * reading it stops quietly: the stage's own finding says what happened, once. The message names only
 * the stage: the original error can quote input, and is redacted where it is shown.
 */
export class StageFailure extends Error {
  constructor(
    readonly stage: string,
    readonly original: unknown,
  ) {
    super(`${stage} failed`);
  }
}
