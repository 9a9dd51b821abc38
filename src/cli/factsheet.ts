/** A readable fact sheet of one document: metadata, links, and the text with its zones marked. */
import type { DatelineDocument } from '../core/schema.js';
import { bodyView } from '../clean/view.js';
import { oneLine } from '../core/text.js';
import { buildTimeline } from '../timeline/index.js';


function wrap(s: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

export function factSheet(doc: DatelineDocument, options: { clean?: boolean } = {}): string {
  const m = doc.metadata;
  const out: string[] = [];
  out.push(`━━ ${doc.source.name}  (id ${doc.id.slice(0, 12)}, ${doc.source.mediaType}, ${doc.source.encoding})`);
  out.push(`Title      ${m.title ? oneLine(m.title.text) : (m.titleFromInput ?? '—')}`);
  out.push(`Outlet     ${m.outlet ? `${m.outlet.name}  (from ${m.outlet.source}: ${m.outlet.evidence})` : '— (not evident)'}`);
  if (m.published) {
    out.push(`Published  ${m.published.value}  (${m.published.explicit ? `stated: ${m.published.source}` : 'inferred from the text'})`);
    out.push(wrap(m.published.reasoning, 96, '           '));
    for (const e of m.published.evidence) out.push(`           evidence [${e.start}–${e.end}] "${oneLine(e.text)}"`);
  } else out.push('Published  — (not stated, and no dated evidence in the body)');
  out.push(`Language   ${m.language.code}`);
  if (m.url) out.push(`URL        ${m.url}`);
  if (doc.layers.links.length) {
    out.push('Links');
    for (const l of doc.layers.links) out.push(`  ${l.role.padEnd(8)} ${l.url}${l.roleEvidence ? `  ← "${oneLine(l.roleEvidence.text).slice(0, 60)}"` : ''}`);
  }
  const timex = doc.layers.timex ?? [];
  if (timex.length) {
    const items = timex.map((t) => `"${oneLine(t.text)}" ${t.value || '?'}${t.anchor.kind === 'narrative' ? ' (narrative)' : ''}`);
    out.push(`Time       ${wrap(items.join(' · '), 85, '           ').trimStart()}`);
  }
  const entities = doc.layers.entities ?? [];
  if (entities.length) {
    const mentionText = new Map((doc.layers.mentions ?? []).map((x) => [x.id, oneLine(x.text)]));
    out.push('Entities');
    for (const e of entities) {
      const aliases = [...new Set(e.mentions.map((id) => mentionText.get(id) ?? ''))].filter((a) => a && a !== e.canonical);
      const roles = e.roles.length ? ` — ${e.roles.join('; ')}` : '';
      out.push(`  ${wrap(`${e.type.padEnd(4)} ${e.canonical}${roles}${aliases.length ? `  (${aliases.map((a) => `"${a}"`).join(', ')})` : ''}`, 94, '         ').trimStart()}`);
    }
  }
  const timeline = buildTimeline([doc]).entries;
  if (timeline.length) {
    out.push('Timeline');
    for (const e of timeline) {
      const mode = e.factuality === 'asserted' ? '' : ` [${e.factuality}]`;
      out.push(`  ${wrap(`${(e.date || '—').padEnd(12)} ${e.type.padEnd(9)} ${e.summary}${mode}`, 94, '                         ').trimStart()}`);
    }
  }
  out.push(`Layers     ${doc.layers.zones.length} zones, ${doc.layers.sentences.length} sentences, ${doc.layers.tokens.length} tokens, ${(doc.layers.mentions ?? []).length} mentions`);
  for (const w of doc.warnings) out.push(`Warning    ${w.stage}: ${w.message}`);
  out.push('');
  if (options.clean) {
    out.push(...bodyView(doc).view.text.split('\n\n').map((p) => wrap(p, 96, '  ')).join('\n\n').split('\n'));
    return out.join('\n');
  }
  for (const z of doc.layers.zones) {
    const label = z.kind === 'body' ? '' : `[${z.kind}] `;
    const joined = z.continues ? `(continues ${z.continues}) ` : '';
    out.push(wrap(`${label}${joined}${oneLine(z.text)}`, 96, z.kind === 'body' || z.kind === 'heading' ? '  ' : '  ░ '));
    out.push('');
  }
  return out.join('\n');
}
