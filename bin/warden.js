#!/usr/bin/env node
// Entry file: holds no logic. The CLI lives in src/cli.
import { runCli } from '../lib/cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2));
