import { Command } from 'commander';
import { factSheet } from '../factsheet.js';
import { inputOptions, type InputFlags } from '../options.js';
import { EXIT } from '../failures.js';

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .summary('analyse articles and print the result (nothing is stored)')
    .description(
      'Analyse articles and print, for each, a fact sheet: metadata (outlet, publication date with its ' +
        'evidence, language), the links it cites with their role, and its text with the zones marked ' +
        '(caption, credit, related-article teaser, link, boilerplate are kept out of the body).',
    )
    .argument('<inputs...>', 'files (.txt, .html, .jsonl, .gz), folders (recursive), or - for stdin')
    .option('--json', 'print a JSON array of documents (schema: schema/document.schema.json)')
    .option('--jsonl', 'print one JSON document per line')
    .option('--clean', 'print only the clean body text of each article');
  for (const o of inputOptions) cmd.addOption(o());
  cmd.addHelpText(
    'after',
    '\nExamples:\n  $ dateline extract examples/moscow-times-rosgvardia-belarus.txt\n  $ dateline extract --json page.html > page.json\n  $ cat article.txt | dateline extract --published 2020-11-20 -\n  $ dateline extract --jsonl corpus.jsonl | jq .metadata.published',
  );
  cmd.action(async (inputs: string[], flags: InputFlags & { json?: boolean; jsonl?: boolean; clean?: boolean }) => {
    // the pipeline (wink-nlp, linkedom, the time rules…) loads only when a command needs it: --help stays fast
    const { forEachDocument } = await import('../run-inputs.js');
    let first = true;
    if (flags.json) process.stdout.write('[');
    const stats = await forEachDocument(inputs, flags, (doc) => {
      if (flags.json) process.stdout.write(`${first ? '\n' : ',\n'}${JSON.stringify(doc, null, 2)}`);
      else if (flags.jsonl) process.stdout.write(`${JSON.stringify(doc)}\n`);
      else process.stdout.write(`${first ? '' : '\n'}${factSheet(doc, { clean: flags.clean ?? false })}\n`);
      first = false;
    });
    if (flags.json) process.stdout.write('\n]\n');
    process.exitCode = stats.rejected ? EXIT.rejected : EXIT.ok;
  });
  return cmd;
}
