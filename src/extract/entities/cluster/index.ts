/**
 * In-document entity clustering: from the text and the tagger's name spans to entities with a canonical name,
 * a type, roles and every mention (names, aliases, acronyms, demonyms, possessives, roles, descriptions).
 * Pure: the inputs are not changed. The rules live one per file beside this one (see README.md).
 */
import { definitionAfter, compact, findAcronyms, initialsOf, isAcronymShape } from './acronyms.js';
import { agencyOf, NEWS_AGENCY_ROLE } from './agencies.js';
import { Builder, entityKey, type Role } from './builder.js';
import { COUNTRIES, countryForm, type Country, type CountryFormKind } from './countries.js';
import { findDescriptions, WINDOW, type DescriptionFinding } from './descriptions.js';
import { findPronouns } from './pronouns.js';
import { cleanName } from './hygiene.js';
import { findInstitutions, institutionCanonical, INSTITUTION_SOURCE, oppositionOf } from './institutions.js';
import { clusterNames, groupNames, type NameGroup, type PreparedName } from './names.js';
import { roleAfter, roleBefore, type NameRef, type RoleContext, type RoleFinding } from './roles.js';
import { sentenceIndex } from './sentences.js';
import { roleText, TITLE_SOURCE } from './titles.js';
import type { Entity, MentionKind, NameMention } from './types.js';

export type { Entity, EntityMention, EntityType, MentionKind, NameMention, NameType } from './types.js';

const countryKind = (kind: CountryFormKind, possessive: boolean): MentionKind =>
  possessive ? 'possessive' : kind === 'name' ? 'name' : kind === 'alias' ? 'alias' : 'demonym';

/** After a demonym: a title, an institution or a capitalised word means it modifies one ("Kenyan President"). */
const MODIFIES_TITLE = new RegExp(`\\s+(?:${TITLE_SOURCE}|${INSTITUTION_SOURCE})(?![\\p{L}\\p{N}])`, 'iuy');
const MODIFIES_NAME = /\s+\p{Lu}/uy;

export function clusterEntities(
  text: string,
  names: readonly NameMention[],
  sentences: readonly { start: number; end: number }[],
): Entity[] {
  const sx = sentenceIndex(text.length, sentences);
  const b = new Builder(text, sx);
  const countryKey = (c: Country) => b.entity('LOC', c.name, 'country');

  // 1. span hygiene; overlapping tagger spans keep the first (longest at a start)
  const prepared: PreparedName[] = [];
  let lastEnd = -1;
  for (const n of [...names].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (n.start < lastEnd || n.start < 0 || n.end > text.length || n.end <= n.start) continue;
    const c = cleanName(text, n.start, n.end);
    if (!c || !sx.contains(c.start, c.end)) continue;
    prepared.push({ ...c, type: n.type });
    lastEnd = c.end;
  }

  // 2. "<country> <institution>" phrases; a tagged name inside one is its institution part (dropped) or its
  //    country (kept); a tagged name covering one keeps its span, and the phrase gives only its country mention
  const institutions = findInstitutions(text, sx.startOf).filter((f) => sx.contains(f.start, f.end));
  const inside = (n: PreparedName, f: { start: number; end: number }) => n.start >= f.start && n.end <= f.end;
  const names2 = prepared.filter((n) => !institutions.some((f) => inside(n, f) && !(n.start <= f.start && n.end >= f.end) && !(n.type !== 'PER' && countryForm(n.surface))));
  const covered = institutions.filter((f) => names2.some((n) => n.start <= f.start && n.end >= f.end));
  const crossed = (f: { start: number; end: number }) =>
    names2.some((n) => n.start < f.end && f.start < n.end && !inside(n, f) && !(n.start <= f.start && n.end >= f.end));

  // 3. classify name groups: countries, demonyms, peoples, agencies, institutions, the rest clustered
  const groups = groupNames(names2);
  const keyOf = new Map<PreparedName, { key: string; kind: MentionKind }>();
  const demonyms: { n: PreparedName; country: Country }[] = [];
  const generic: NameGroup[] = [];
  for (const g of groups) {
    const cf = g.type !== 'PER' ? countryForm(g.surface) : undefined;
    const agency = g.type !== 'PER' ? agencyOf(g.surface) : undefined;
    const inst = g.type !== 'PER' ? institutionCanonical(g.surface) : undefined;
    if (cf?.kind === 'adjective') for (const n of g.mentions) demonyms.push({ n, country: cf.country });
    else if (cf) {
      const key = cf.kind === 'people' ? b.entity('NORP', cf.country.people ?? g.surface, 'norp') : countryKey(cf.country);
      for (const n of g.mentions) keyOf.set(n, { key, kind: countryKind(cf.kind === 'people' ? 'name' : cf.kind, n.possessive) });
    } else if (agency) {
      const key = b.entity('ORG', agency.canonical, 'agency');
      b.addRole(key, { text: NEWS_AGENCY_ROLE, groups: ['news agency'], holder: null, former: false });
      for (const n of g.mentions) keyOf.set(n, { key, kind: n.possessive ? 'possessive' : agency.alias ? 'alias' : 'name' });
    } else if (inst) {
      const key = b.entity('ORG', inst, 'institution');
      for (const n of g.mentions) keyOf.set(n, { key, kind: n.possessive ? 'possessive' : 'name' });
    } else generic.push(g);
  }
  const roots = clusterNames(generic);
  for (const g of generic) for (const n of g.mentions) {
    const root = roots.get(n)!;
    keyOf.set(n, { key: b.entity(root.type, root.surface, 'name'), kind: n.possessive ? 'possessive' : 'name' });
  }

  // 4. acronyms: bracketed definitions, then all-caps names by definition or initials
  const defined = new Map<string, string>(); // compact acronym → entity key
  const spellings: string[] = [];
  for (const n of names2) {
    const k = keyOf.get(n);
    if (!k || n.type === 'PER' || n.possessive || isAcronymShape(n.surface)) continue;
    const d = definitionAfter(text, n.end, n.surface);
    if (!d || defined.has(d.acronym)) continue;
    defined.set(d.acronym, k.key);
    spellings.push(text.slice(d.start, d.end));
  }
  const longer = generic
    .filter((g) => g.type !== 'PER' && g.tokens.length > 1)
    .sort((x, y) => Number(y.type === 'ORG') - Number(x.type === 'ORG'))
    .map((g) => ({ g, initials: initialsOf(g.surface) }));
  for (const g of generic) {
    if (g.type === 'PER' || !isAcronymShape(g.surface)) continue;
    const c = compact(g.surface);
    const target = defined.get(c) ?? longer.find((l) => l.initials.has(c))?.g.mentions[0];
    const key = typeof target === 'string' ? target : target ? keyOf.get(target)!.key : undefined;
    if (key) for (const n of g.mentions) keyOf.set(n, { key, kind: 'acronym' });
  }
  for (const n of names2) { const k = keyOf.get(n); if (k) b.add(n.start, n.end, k.kind, k.key); }
  for (const a of findAcronyms(text, spellings)) {
    const key = defined.get(compact(a.spelling));
    if (key && !names2.some((n) => n.start < a.end && a.start < n.end)) b.add(a.start, a.end, 'acronym', key);
  }

  // 5. roles of persons: a title before the name, an appositive after it
  const byEnd = new Map<number, NameRef>();
  const byStart = new Map<number, NameRef>();
  for (const n of names2) {
    const k = keyOf.get(n);
    if (!k) continue;
    const ref: NameRef = { start: n.start, end: n.end, key: k.key, country: b.get(k.key)?.origin === 'country' };
    byEnd.set(n.end, ref);
    byStart.set(n.start, ref);
    byStart.set(n.coreStart, ref);
  }
  const ctx: RoleContext = {
    text, sentenceStart: sx.startOf, sentenceEnd: sx.endOf,
    nameEndingAt: (p) => byEnd.get(p), nameStartingAt: (p) => byStart.get(p),
  };
  for (const n of names2) {
    const k = keyOf.get(n);
    if (!k || b.get(k.key)?.type !== 'PER' || k.kind === 'acronym') continue;
    const ref = byStart.get(n.start)!;
    for (const r of [roleBefore(ctx, ref), roleAfter(ctx, ref)]) if (r) applyRole(r);
  }
  function applyRole(r: RoleFinding): void {
    if (!b.add(r.span.start, r.span.end, 'role', r.person.key) && !b.mentions.some((m) => m.start === r.span.start && m.end === r.span.end)) return;
    let holder: string | null = null;
    if (r.holder?.kind === 'country') {
      const m = r.holder.match;
      holder = m.country.name;
      if (m.kind !== 'people') b.add(m.start, m.end, countryKind(m.kind, m.possessive), countryKey(m.country));
    } else if (r.holder) holder = b.get(r.holder.ref.key)?.canonical ?? null;
    b.addRole(r.person.key, { text: roleText(r.title, holder, r.former), groups: r.title.groups, holder, former: r.former });
  }

  // 6. institutions with a country
  for (const f of institutions) {
    if (f.country.kind !== 'people') b.add(f.country.start, f.country.end, countryKind(f.country.kind, f.country.possessive), countryKey(f.country.country));
    if (!covered.includes(f) && !crossed(f)) b.add(f.start, f.end, 'description', b.entity('ORG', f.canonical, 'institution'));
  }

  // 7. tagged demonyms: the country when it is in the document or the demonym modifies a title or a name
  for (const { n, country } of demonyms) {
    MODIFIES_TITLE.lastIndex = n.end;
    MODIFIES_NAME.lastIndex = n.end;
    const key = b.has(entityKey('LOC', country.name)) || MODIFIES_TITLE.test(text) || MODIFIES_NAME.test(text)
      ? countryKey(country)
      : b.entity('NORP', country.people ?? n.surface, 'norp');
    b.add(n.start, n.end, n.possessive ? 'possessive' : 'demonym', key);
  }

  // 8. descriptions, in text order, each linked to what came shortly before it
  const main = mainCountry();
  for (const d of findDescriptions(text)) {
    if (!sx.contains(d.start, d.end) || b.overlaps(d.start, d.end)) continue;
    const key = resolve(d);
    if (!key) continue;
    b.add(d.start, d.end, 'description', key);
    if (d.country) b.add(d.country.start, d.country.end, 'demonym', countryKey(d.country.country));
  }
  function mainCountry(): string | undefined {
    const counts = new Map<string, number>();
    for (const m of b.mentions) if (m.kind !== 'description' && b.get(m.key)?.origin === 'country') counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    let best: string | undefined;
    for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
    return best;
  }
  function recent(d: { start: number }, accept: (key: string) => boolean): string | undefined {
    const here = sx.at(d.start);
    let best: { start: number; key: string } | undefined;
    for (const m of b.mentions) {
      if (m.end > d.start || here - sx.at(m.start) > WINDOW || !accept(m.key)) continue;
      if (!best || m.start > best.start) best = m;
    }
    return best?.key;
  }
  function resolve(d: DescriptionFinding): string | undefined {
    const e = (key: string) => b.get(key)!;
    switch (d.rule.target) {
      case 'country': return recent(d, (k) => e(k).origin === 'country') ?? main;
      case 'opposition': {
        const c = main ? COUNTRIES.find((x) => entityKey('LOC', x.name) === main) : undefined;
        return c ? b.entity('ORG', oppositionOf(c), 'institution') : undefined;
      }
      case 'company': return recent(d, (k) => e(k).type === 'ORG' && e(k).origin === 'name');
      case 'ministry': return recent(d, (k) => e(k).type === 'ORG' && /\bMinistry\b/i.test(e(k).canonical));
      case 'person': return recent(d, (k) => e(k).type === 'PER' && e(k).roles.some((r) => fits(r, d)));
    }
  }
  // 9. personal pronouns: the person mentioned last before them
  for (const p of findPronouns(text)) {
    if (!sx.contains(p.start, p.end) || b.overlaps(p.start, p.end)) continue;
    const key = recent(p, (k) => b.get(k)!.type === 'PER');
    if (key) b.add(p.start, p.end, 'pronoun', key);
  }
  return b.finish();
}

function fits(r: Role, d: DescriptionFinding): boolean {
  // a role with no known holder ("President Paul Kagame") fits "the Rwandan president" too
  return r.groups.includes(d.rule.group ?? '') && r.former === d.former && (!d.country || r.holder === null || r.holder === d.country.country.name);
}
