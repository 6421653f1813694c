#!/usr/bin/env node
import { main } from '../dist/cli/index.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`dossier: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
