#!/usr/bin/env node
// The GitHub Action's entry (action.yml): runs with the runner's Node, no install step.
import { main } from '../dist/src/action/main.js';

main().then((code) => {
  process.exitCode = code;
});
