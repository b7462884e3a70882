#!/usr/bin/env node
// Entry point of the GitHub Action (action.yml runs its bundle, `node bundle/action.js`).
import { runAction } from './run-action.js';

runAction(process.env, { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=batchlint::internal error: ${String(error instanceof Error ? error.message : error).replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}\n`);
    process.exitCode = 2;
  },
);
