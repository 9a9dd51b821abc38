#!/usr/bin/env node
// The `dateline` command. Runs the compiled CLI (dist/, built by `npm ci` through the prepare script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
