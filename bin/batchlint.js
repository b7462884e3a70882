#!/usr/bin/env node
// Runs the bundled CLI (bundle/, built by `npm run build:bundle` and committed): nothing is
// resolved from node_modules at run time.
import { main } from '../bundle/batchlint.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
