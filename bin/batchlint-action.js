#!/usr/bin/env node
// The GitHub Action's entry (action.yml): runs the committed bundle with the runner's Node, no install step.
import { main } from '../bundle/action.js';

main().then((code) => {
  process.exitCode = code;
});
