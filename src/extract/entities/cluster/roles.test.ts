import { describe, expect, it } from 'vitest';
import { roleAfter, roleBefore, type NameRef, type RoleContext, type RoleFinding } from './roles.js';
import { roleText } from './titles.js';

/** A context over one sentence with the given tagged names (substring → key). */
function setup(text: string, names: Record<string, string>, countries: string[] = []) {
  const refs: NameRef[] = Object.entries(names).map(([sub, key]) => {
    const start = text.indexOf(sub);
    return { start, end: start + sub.length, key, country: countries.includes(key) };
  });
  const ctx: RoleContext = {
    text, sentenceStart: () => 0, sentenceEnd: () => text.length,
    nameEndingAt: (p) => refs.find((r) => r.end === p), nameStartingAt: (p) => refs.find((r) => r.start === p),
  };
  const ref = (key: string) => refs.find((r) => r.key === key)!;
  return { ctx, ref };
}
const describeRole = (text: string, r: RoleFinding | null, holderName?: string) =>
  r && {
    span: text.slice(r.span.start, r.span.end),
    role: roleText(r.title, r.holder?.kind === 'country' ? r.holder.match.country.name : r.holder ? holderName ?? null : null, r.former),
    holder: r.holder && (r.holder.kind === 'country' ? text.slice(r.holder.match.start, r.holder.match.end) : text.slice(r.holder.start, r.holder.end)),
  };

describe('roleBefore', () => {
  it('reads a country adjective and a title', () => {
    const text = 'Kenyan President William Ruto arrived.';
    const { ctx, ref } = setup(text, { 'William Ruto': 'ruto' });
    expect(describeRole(text, roleBefore(ctx, ref('ruto')))).toEqual({ span: 'Kenyan President', role: 'President of Kenya', holder: 'Kenyan' });
  });

  it('skips modifiers between the country and the title, and reads "former"', () => {
    const text = 'Georgia’s Moscow-friendly former Prime Minister Irakli Garibashvili spoke.';
    const { ctx, ref } = setup(text, { 'Irakli Garibashvili': 'p' });
    expect(describeRole(text, roleBefore(ctx, ref('p')))).toEqual({
      span: 'Georgia’s Moscow-friendly former Prime Minister', role: 'former Prime Minister of Georgia', holder: 'Georgia’s',
    });
    const text2 = 'former Chilean President Michelle Bachelet spoke.';
    const s2 = setup(text2, { 'Michelle Bachelet': 'b' });
    expect(describeRole(text2, roleBefore(s2.ctx, s2.ref('b')))).toMatchObject({ span: 'former Chilean President', role: 'former President of Chile' });
  });

  it('takes an organisation name as holder', () => {
    const text = 'Safaricom CEO Peter Ndegwa said.';
    const { ctx, ref } = setup(text, { Safaricom: 'org', 'Peter Ndegwa': 'p' });
    expect(describeRole(text, roleBefore(ctx, ref('p')), 'Safaricom')).toEqual({ span: 'Safaricom CEO', role: 'CEO of Safaricom', holder: 'Safaricom' });
  });

  it('keeps a title without a holder, and puts "of"-titles after the holder', () => {
    const text = 'They met Chancellor Olaf Scholz and U.S. Secretary of State Antony Blinken.';
    const { ctx, ref } = setup(text, { 'Olaf Scholz': 's', 'Antony Blinken': 'b' });
    expect(describeRole(text, roleBefore(ctx, ref('s')))).toMatchObject({ span: 'Chancellor', role: 'Chancellor' });
    expect(describeRole(text, roleBefore(ctx, ref('b')))).toMatchObject({ span: 'U.S. Secretary of State', role: 'United States Secretary of State' });
  });

  it('finds nothing without a title', () => {
    const text = 'Kenyan runner Faith Kipyegon won.';
    const { ctx, ref } = setup(text, { 'Faith Kipyegon': 'k' });
    expect(roleBefore(ctx, ref('k'))).toBeNull();
  });
});

describe('roleAfter', () => {
  it('reads an appositive with a country adjective', () => {
    const text = 'Cyril Ramaphosa, the South African president, said.';
    const { ctx, ref } = setup(text, { 'Cyril Ramaphosa': 'r' });
    expect(describeRole(text, roleAfter(ctx, ref('r')))).toEqual({ span: 'South African president', role: 'President of South Africa', holder: 'South African' });
  });

  it('reads "a spokesman for <name>"', () => {
    const text = 'Stephane Dujarric, a spokesman for the United Nations, said.';
    const { ctx, ref } = setup(text, { 'Stephane Dujarric': 'd', 'United Nations': 'un' });
    expect(describeRole(text, roleAfter(ctx, ref('d')), 'United Nations')).toEqual({
      span: 'spokesman for the United Nations', role: 'spokesman for United Nations', holder: 'United Nations',
    });
  });

  it('ignores lists and clauses', () => {
    const text = 'Ramaphosa, Ruto and Tinubu met.';
    const { ctx, ref } = setup(text, { Ramaphosa: 'r' });
    expect(roleAfter(ctx, ref('r'))).toBeNull();
  });
});
