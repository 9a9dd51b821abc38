// Dateline's web interface: one ES module, no framework, no build step.
// Article content is untrusted: every node is made with createElement and filled with textContent
// (never parsed as HTML), links are built from our own hash routes only, and the CSP allows no inline code.

const main = document.getElementById('main');

// ---------------------------------------------------------------- small helpers

/** An element: `attrs` are properties/attributes we choose (class, href, …); children are nodes or strings (as text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}
function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const text = (s) => document.createTextNode(String(s ?? ''));
const oneLine = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const short = (s, n = 160) => (oneLine(s).length > n ? `${oneLine(s).slice(0, n - 1)}…` : oneLine(s));
const badge = (s, cls = '') => el('span', { class: `badge ${cls}`, text: s });

/** The key the API groups an entity under (src/http/corpus.ts entityKey). */
const entityKey = (type, canonical) => `${type}:${oneLine(canonical).toLowerCase().replace(/[’`]/g, "'")}`;

/** Hash route of an article with a span (or an event) to highlight. */
function articleHref(doc, span) {
  const p = new URLSearchParams();
  if (span && 'event' in span) p.set('event', span.event);
  else if (span) {
    p.set('start', String(span.start));
    p.set('end', String(span.end));
  }
  const qs = p.toString();
  return `#/article/${encodeURIComponent(doc)}${qs ? `?${qs}` : ''}`;
}
/** A link to the exact words of a fact: the words themselves, clickable. */
const spanLink = (doc, span, label, cls = 'span') =>
  el('a', { class: cls, href: articleHref(doc, span), title: `characters ${span.start}–${span.end}`, text: label ?? oneLine(span.text) });

class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code;
  }
}
async function api(path, init) {
  const r = await fetch(path, init);
  const type = r.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) throw new ApiError(r.status, typeof body === 'object' ? body : null);
  return body;
}
/** Every item of a paged list endpoint (limit 200 per request), up to `max`. */
async function all(path, params = {}, max = 5000, pick = (b) => b.items) {
  const out = [];
  for (let offset = 0; offset < max; offset += 200) {
    const qs = new URLSearchParams({ ...params, limit: '200', offset: String(offset) });
    const body = await api(`${path}?${qs}`);
    const items = pick(body);
    out.push(...items);
    if (items.length < 200 || out.length >= body.total) break;
  }
  return out;
}

// ---------------------------------------------------------------- routing

let renderToken = 0;
function parseHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = h.split('?');
  const parts = path.split('/').map((p) => decodeURIComponent(p));
  return { view: parts[0] || 'timeline', arg: parts[1], params: new URLSearchParams(query) };
}
function setHash(view, params) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = `#/${view}${qs ? `?${qs}` : ''}`;
}

const views = { timeline: timelineView, entities: entitiesView, entity: entityView, agreements: agreementsView, quotes: quotesView, merged: mergedView, articles: articlesView, article: articleView };

async function render() {
  const { view, arg, params } = parseHash();
  const token = ++renderToken;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.view === view || (view === 'entity' && a.dataset.view === 'entities') || (view === 'article' && a.dataset.view === 'articles'));
  const fn = views[view] ?? timelineView;
  const page = el('div', { class: `view view-${view}` }, el('p', { class: 'muted', text: 'Loading…' }));
  main.replaceChildren(page);
  try {
    const content = await fn(arg, params);
    if (token !== renderToken) return; // a newer navigation won
    page.replaceChildren(...[content].flat());
    page.dataset.ready = '1';
    main.dataset.view = view;
    document.dispatchEvent(new CustomEvent('dateline:rendered', { detail: { view } }));
  } catch (e) {
    if (token !== renderToken) return;
    page.replaceChildren(el('p', { class: 'error', text: e instanceof ApiError ? `${e.code ?? 'Error'}: ${e.message}` : `Error: ${e?.message ?? e}` }));
  }
}
window.addEventListener('hashchange', render);

// ---------------------------------------------------------------- timeline

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

async function timelineView(_arg, params) {
  const entity = params.get('entity') ?? '';
  const type = params.get('type') ?? '';
  const q = params.get('q') ?? '';
  const [entries, entities] = await Promise.all([
    all('/api/timeline', { ...(entity ? { entity } : {}), ...(q ? { q } : {}) }, 5000, (b) => b.timeline.entries),
    all('/api/entities', {}, 400),
  ]);
  const types = [...new Set(entries.map((e) => e.type))].sort();
  const shown = type ? entries.filter((e) => e.type === type) : entries;

  const entityInput = el('input', { type: 'search', id: 'f-entity', list: 'entity-names', placeholder: 'entity, e.g. Lukashenko', value: entity });
  const qInput = el('input', { type: 'search', id: 'f-q', placeholder: 'words in the article', value: q });
  const typeSelect = el('select', { id: 'f-type' }, el('option', { value: '', text: 'all types' }), types.map((t) => el('option', { value: t, text: t, selected: t === type })));
  const apply = () => setHash('timeline', { entity: entityInput.value.trim(), type: typeSelect.value, q: qInput.value.trim() });
  entityInput.addEventListener('change', apply);
  qInput.addEventListener('change', apply);
  typeSelect.addEventListener('change', apply);
  const filters = el(
    'form',
    { class: 'filters', on: { submit: (e) => (e.preventDefault(), apply()) } },
    el('label', {}, 'Entity ', entityInput),
    el('datalist', { id: 'entity-names' }, entities.map((g) => el('option', { value: g.canonical }))),
    el('label', {}, 'Type ', typeSelect),
    el('label', {}, 'Search ', qInput),
    (entity || type || q) && el('a', { href: '#/timeline', text: 'clear filters' }),
  );

  const out = [el('h1', { text: 'Timeline' }), filters];
  out.push(el('p', { class: 'muted', text: `${shown.length} event${shown.length === 1 ? '' : 's'}${entity ? ` involving “${entity}”` : ''}${type ? ` of type ${type}` : ''}; click one to see the words it comes from.` }));
  if (!shown.length) {
    out.push(el('p', { text: entries.length ? 'No event matches these filters.' : 'No events yet: add an article above.' }));
    return out;
  }
  let year = null;
  let month = null;
  let list = null;
  for (const e of shown) {
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(e.date ?? '');
    const y = m ? m[1] : 'Undated';
    const mo = m && m[2] ? MONTHS[Number(m[2]) - 1] : m ? '' : '';
    if (y !== year) {
      year = y;
      month = null;
      out.push(el('h2', { text: y === 'Undated' ? 'Undated (no time expression tied to the event)' : y }));
    }
    if (mo !== month || !list) {
      month = mo;
      if (mo) out.push(el('h3', { text: `${mo} ${y}` }));
      list = el('ol', { class: 'timeline' });
      out.push(list);
    }
    list.append(el('li', {}, timelineEntry(e)));
  }
  return out;
}

function timelineEntry(e) {
  const ev = e.evidence;
  const trig = e.trigger;
  const evidence = el('span', { class: 'evidence' });
  if (ev && trig && trig.start >= ev.start && trig.end <= ev.end) {
    const flat = (x) => x.replace(/\s+/g, ' ');
    evidence.append(text(`“${flat(ev.text.slice(0, trig.start - ev.start))}`), el('span', { class: 'trigger', text: trig.text }), text(`${flat(ev.text.slice(trig.end - ev.start))}”`));
  } else if (ev) evidence.append(text(`“${short(ev.text, 240)}”`));
  const actors = e.actors?.length ? e.actors.map((a) => a.name).join(', ') : '';
  return el(
    'a',
    { class: 'entry', href: articleHref(e.document, { event: e.event }), dataset: { date: e.date ?? '', type: e.type, event: e.event, doc: e.document } },
    el('span', { class: 'date', text: e.date || 'undated' }),
    badge(e.precision, 'precision'),
    badge(e.type, 'type'),
    e.factuality && e.factuality !== 'asserted' ? badge(e.factuality) : null,
    el('span', { class: 'summary', text: e.summary }),
    actors && el('span', { class: 'muted', text: ` · ${actors}` }),
    e.place && el('span', { class: 'muted', text: ` · in ${e.place}` }),
    evidence,
  );
}

// ---------------------------------------------------------------- entities

async function entitiesView(_arg, params) {
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const items = await all('/api/entities', { ...(q ? { q } : {}), ...(type ? { type } : {}) }, 2000);
  const qInput = el('input', { type: 'search', placeholder: 'name or alias', value: q });
  const typeSelect = el('select', {}, el('option', { value: '', text: 'all types' }), ['PER', 'ORG', 'LOC', 'MISC', 'NORP'].map((t) => el('option', { value: t, text: t, selected: t === type })));
  const apply = () => setHash('entities', { q: qInput.value.trim(), type: typeSelect.value });
  qInput.addEventListener('change', apply);
  typeSelect.addEventListener('change', apply);
  const table = el(
    'table',
    { class: 'entities' },
    el('thead', {}, el('tr', {}, ['Name', 'Type', 'Roles', 'Also called', 'Articles', 'Mentions'].map((h) => el('th', { text: h })))),
    el(
      'tbody',
      {},
      items.map((g) =>
        el(
          'tr',
          {},
          el('td', {}, el('a', { href: `#/entity/${encodeURIComponent(g.key)}`, text: g.canonical })),
          el('td', {}, badge(g.type, 'type')),
          el('td', { text: g.roles.join('; ') }),
          el('td', { class: 'muted', text: short(g.aliases.filter((a) => a !== g.canonical).join(', '), 120) }),
          el('td', { text: g.articleCount }),
          el('td', { text: g.mentionCount }),
        ),
      ),
    ),
  );
  return [
    el('h1', { text: 'Entities' }),
    el('form', { class: 'filters', on: { submit: (e) => (e.preventDefault(), apply()) } }, el('label', {}, 'Search ', qInput), el('label', {}, 'Type ', typeSelect)),
    el('p', { class: 'muted', text: `${items.length} entit${items.length === 1 ? 'y' : 'ies'}, most widespread first.` }),
    items.length ? table : el('p', { text: 'No entities.' }),
  ];
}

async function entityView(key) {
  const g = await api(`/api/entities/${encodeURIComponent(key ?? '')}?limit=200`);
  const out = [
    el('h1', {}, g.canonical, ' ', badge(g.type, 'type')),
    el('p', { class: 'muted' }, g.roles.length ? `Roles: ${g.roles.join('; ')}. ` : '', `Also called: ${g.aliases.join(', ')}. `, `${g.mentionCount} mentions in ${g.articleCount} article${g.articleCount === 1 ? '' : 's'}. `, el('a', { href: `#/timeline?entity=${encodeURIComponent(g.canonical)}`, text: 'Its timeline' })),
  ];
  if (g.events.length) {
    out.push(el('h2', { text: 'Events' }));
    out.push(el('ul', {}, g.events.map(({ document, event }) => el('li', {}, el('span', { class: 'date', text: event.time.value || 'undated' }), ' ', badge(event.type, 'type'), el('a', { href: articleHref(document, { event: event.id }), text: `“${short(event.evidence.text)}”` })))));
  }
  if (g.quotes.length) {
    out.push(el('h2', { text: 'Quotes' }));
    out.push(el('ul', { class: 'quotes' }, g.quotes.map(({ document, quote }) => el('li', {}, badge(quote.kind), spanLink(document, quote, `“${short(quote.text, 300)}”`)))));
  }
  if (g.agreements.length) {
    out.push(el('h2', { text: 'Agreements' }));
    out.push(el('ul', {}, g.agreements.map(({ document, agreement }) => el('li', {}, spanLink(document, agreement, agreement.text), agreement.signedOn ? ` · signed ${agreement.signedOn.value}` : ''))));
  }
  out.push(el('h2', { text: 'Mentions' }));
  for (const a of g.articles) {
    out.push(el('h3', {}, el('a', { href: articleHref(a.id), text: a.title ?? `Article ${a.id.slice(0, 12)}` }), a.published ? ` · ${a.published}` : ''));
    out.push(el('p', {}, a.mentions.map((m, i) => [i ? ' · ' : '', spanLink(a.id, m, m.text), el('span', { class: 'muted', text: ` (${m.kind})` })])));
  }
  return out;
}

// ---------------------------------------------------------------- agreements and quotes

async function agreementsView() {
  const items = await all('/api/agreements');
  const list = (doc, spans, label = (s) => s.text) => (spans.length ? el('ul', {}, spans.map((s) => el('li', {}, spanLink(doc, s, oneLine(label(s)))))) : el('span', { class: 'muted', text: '—' }));
  const dated = (doc, d) => (d ? [el('span', { class: 'date', text: d.value }), d.evidence ? [' ', spanLink(doc, d.evidence, `“${oneLine(d.evidence.text)}”`)] : ''] : el('span', { class: 'muted', text: '—' }));
  const table = el(
    'table',
    { class: 'agreements' },
    el('thead', {}, el('tr', {}, ['Agreement', 'Parties', 'Signed on', 'Signed at', 'In force', 'Duration', 'Scope', 'Reported by'].map((h) => el('th', { text: h })))),
    el(
      'tbody',
      {},
      items.map(({ document: doc, agreement: a }) =>
        el(
          'tr',
          {},
          el('td', {}, spanLink(doc, a, a.kind || a.text)),
          el('td', {}, list(doc, a.parties)),
          el('td', {}, dated(doc, a.signedOn)),
          el('td', {}, a.signedAt ? spanLink(doc, a.signedAt) : el('span', { class: 'muted', text: '—' })),
          el('td', {}, dated(doc, a.inForce)),
          el('td', {}, dated(doc, a.duration)),
          el('td', {}, list(doc, a.scope, (s) => s.item ?? s.text)),
          el('td', {}, list(doc, a.reportedBy ?? [])),
        ),
      ),
    ),
  );
  return [el('h1', { text: 'Agreements' }), el('p', { class: 'muted', text: `${items.length} agreement${items.length === 1 ? '' : 's'}; every cell links to the words it was read from.` }), items.length ? table : el('p', { text: 'No agreements found yet.' })];
}

async function quotesView(_arg, params) {
  const speaker = params.get('speaker') ?? '';
  const items = await all('/api/quotes', speaker ? { speaker } : {});
  const input = el('input', { type: 'search', placeholder: 'speaker', value: speaker });
  input.addEventListener('change', () => setHash('quotes', { speaker: input.value.trim() }));
  return [
    el('h1', { text: 'Quotes' }),
    el('form', { class: 'filters', on: { submit: (e) => (e.preventDefault(), setHash('quotes', { speaker: input.value.trim() })) } }, el('label', {}, 'Speaker ', input)),
    el('p', { class: 'muted', text: `${items.length} quote${items.length === 1 ? '' : 's'} (direct, indirect and mixed).` }),
    el(
      'ul',
      { class: 'quotes' },
      items.map(({ document: doc, quote, speakerName }) =>
        el(
          'li',
          {},
          el('strong', { text: speakerName ?? quote.source?.text ?? 'unattributed' }),
          quote.cue ? [' ', spanLink(doc, quote.cue, quote.cue.text, 'cue')] : '',
          ' ',
          badge(quote.kind),
          el('blockquote', {}, spanLink(doc, quote, short(quote.text, 600))),
        ),
      ),
    ),
  ];
}

// ---------------------------------------------------------------- merged

/** Happenings told by several articles (GET /api/merged): each with every source's exact words and any conflict. */
async function mergedView(_arg, params) {
  const entity = params.get('entity') ?? '';
  const onlyMulti = params.get('all') !== '1';
  const body = await api(`/api/merged?${new URLSearchParams({ limit: '200', ...(onlyMulti ? { multi: '1' } : {}), ...(entity ? { entity } : {}) })}`);
  const input = el('input', { type: 'search', placeholder: 'entity', value: entity });
  const go = () => setHash('merged', { entity: input.value.trim(), all: onlyMulti ? '' : '1' });
  input.addEventListener('change', go);
  const toggle = el('a', { href: `#/merged?${new URLSearchParams({ ...(entity ? { entity } : {}), ...(onlyMulti ? { all: '1' } : {}) })}`, text: onlyMulti ? 'show every happening' : 'only those told by several articles' });
  return [
    el('h1', { text: 'Merged across articles' }),
    el('form', { class: 'filters', on: { submit: (e) => (e.preventDefault(), go()) } }, el('label', {}, 'Entity ', input), ' ', toggle),
    el('p', { class: 'muted', text: `${body.total} happening${body.total === 1 ? '' : 's'} from ${body.documents} article${body.documents === 1 ? '' : 's'}${onlyMulti ? ', told by more than one' : ''}.` }),
    el(
      'ul',
      { class: 'merged' },
      body.items.map((e) =>
        el(
          'li',
          { dataset: { type: e.type, date: e.time.value } },
          el('strong', { text: e.time.value || 'undated' }),
          ' ',
          badge(e.type),
          ' ',
          text(e.participants.map((p) => p.name).join(', ') || '—'),
          e.place ? text(` @ ${e.place.name}`) : '',
          el('ul', { class: 'sources' }, e.sources.map((src) => el('li', {}, spanLink(src.doc, src.span), text(` — article ${src.doc.slice(0, 8)}`)))),
          e.conflicts.map((c) => el('p', { class: 'conflict', text: `conflicting ${c.field}: ${c.values.map((v) => `${v.value} (article ${v.doc.slice(0, 8)})`).join(' vs ')}` })),
        ),
      ),
    ),
  ];
}

// ---------------------------------------------------------------- articles

async function articlesView(_arg, params) {
  const q = params.get('q') ?? '';
  const body = await api(`/api/articles?${new URLSearchParams({ limit: '200', ...(q ? { q } : {}) })}`);
  const input = el('input', { type: 'search', placeholder: 'full-text search', value: q });
  input.addEventListener('change', () => setHash('articles', { q: input.value.trim() }));
  return [
    el('h1', { text: 'Articles' }),
    el('form', { class: 'filters', on: { submit: (e) => (e.preventDefault(), setHash('articles', { q: input.value.trim() })) } }, el('label', {}, 'Search ', input)),
    el('p', { class: 'muted', text: `${body.total} article${body.total === 1 ? '' : 's'}${body.total > body.items.length ? ` (the first ${body.items.length} shown)` : ''}.` }),
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ['Title', 'Published', 'Outlet', 'Language', 'Characters', 'Source'].map((h) => el('th', { text: h })))),
      el(
        'tbody',
        {},
        body.items.map((a) =>
          el('tr', {}, el('td', {}, el('a', { href: articleHref(a.id), text: a.title ?? `Untitled (${a.id.slice(0, 12)})` })), el('td', { text: a.published ?? '—' }), el('td', { text: a.outlet ?? '—' }), el('td', { text: a.language ?? '—' }), el('td', { text: a.chars }), el('td', { class: 'muted', text: a.source })),
        ),
      ),
    ),
  ];
}

const LAYERS = [
  { id: 'mention', label: 'entity mentions' },
  { id: 'timex', label: 'time expressions' },
  { id: 'quote', label: 'quotes' },
  { id: 'event', label: 'event words' },
  { id: 'agreement', label: 'agreements' },
];

/** Every fact of a document with the spans it covers: what the text view highlights and the selection finds. */
function factsOf(doc) {
  const L = doc.layers;
  const entity = new Map(L.entities.map((e) => [e.id, e]));
  const timex = new Map(L.timex.map((t) => [t.id, t]));
  const facts = [];
  for (const m of L.mentions) {
    const e = entity.get(m.entity);
    facts.push({ layer: 'mention', spans: [m], span: m, what: m.text, detail: e ? `${e.canonical} (${e.type}${e.roles.length ? `, ${e.roles.join('; ')}` : ''}) · ${m.kind}` : m.kind, entity: e });
  }
  for (const t of L.timex) facts.push({ layer: 'timex', spans: [t], span: t, what: t.text, detail: `${t.type} ${t.value || '(unresolved)'}${t.mod ? ` ${t.mod}` : ''} · ${t.anchor?.kind ?? ''}${t.anchor?.reason ? `: ${t.anchor.reason}` : ''}` });
  for (const q of L.quotes ?? []) {
    const who = q.speaker ? entity.get(q.speaker)?.canonical : q.source?.text;
    facts.push({ layer: 'quote', spans: q.parts?.length ? q.parts : [q], span: q, what: `“${short(q.text, 120)}”`, detail: `${q.kind} quote · ${who ?? 'unattributed'}${q.cue ? ` (${q.cue.text})` : ''}` });
  }
  for (const v of L.events ?? []) {
    const f = { layer: 'event', spans: [v], span: eventFocus(v, timex), what: `${v.type}: ${v.text}`, detail: `${v.time.value || 'undated'} (${v.time.precision}) · ${v.time.reason} · ${v.factuality}`, event: v, extra: [v.evidence] };
    facts.push(f);
  }
  for (const a of L.agreements ?? []) {
    const spans = [a, ...(a.mentions ?? [])];
    facts.push({ layer: 'agreement', spans, span: a, what: a.kind || a.text, detail: `parties: ${a.parties.map((p) => oneLine(p.text)).join(', ') || '—'} · signed ${a.signedOn?.value ?? '?'}${a.signedAt ? ` in ${a.signedAt.text}` : ''}`, extra: [a.signedOn?.evidence, a.inForce?.evidence, ...[...(a.reportedBy ?? []), ...(a.citing ?? [])].flatMap((x) => x.parts ?? [x])].filter(Boolean) });
  }
  return facts;
}

/**
 * The words that say what happened and when: from the event's trigger to its time expression when that lies in
 * the event's evidence (e.g. "made in the city of Minsk on Nov. 19, 2020"), else the trigger.
 */
function eventFocus(v, timex) {
  const t = v.time?.timex ? timex.get(v.time.timex) : null;
  if (t && v.evidence && t.start >= v.evidence.start && t.end <= v.evidence.end) return { start: Math.min(v.start, t.start), end: Math.max(v.end, t.end) };
  return { start: v.start, end: v.end };
}

async function articleView(id, params) {
  const [doc, original] = await Promise.all([api(`/api/articles/${encodeURIComponent(id ?? '')}?tokens=0`), api(`/api/articles/${encodeURIComponent(id ?? '')}/text`)]);
  const textStr = typeof original === 'string' ? original : doc.text;
  const facts = factsOf(doc);
  let focus = null;
  let focusFact = null;
  const s = Number(params.get('start'));
  const e = Number(params.get('end'));
  if (params.has('start') && Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= textStr.length) focus = { start: s, end: e };
  else if (params.get('event')) {
    focusFact = facts.find((f) => f.layer === 'event' && f.event.id === params.get('event')) ?? null;
    if (focusFact) focus = focusFact.span;
  }

  const m = doc.metadata;
  const title = m.title?.text ?? doc.input?.title ?? m.titleFromInput ?? `Article ${doc.id.slice(0, 12)}`;
  const layerBoxes = LAYERS.map((l) => {
    const box = el('input', { type: 'checkbox', checked: true, dataset: { layer: l.id } });
    box.addEventListener('change', () => textBox.classList.toggle(`show-${l.id}`, box.checked));
    return el('label', { class: `legend show-${l.id}` }, box, ' ', el('span', { class: `l-${l.id}`, text: l.label }));
  });
  const textBox = el('div', { class: `text ${LAYERS.map((l) => `show-${l.id}`).join(' ')}`, id: 'article-text', dataset: { doc: doc.id } });
  buildText(textBox, textStr, facts, focus);
  const panelList = el('ul', { id: 'facts' });
  const panelHead = el('h3', { id: 'facts-head', text: 'Select words in the text to see the facts found in them.' });
  const panel = el('aside', { class: 'panel' }, el('h2', { text: 'Facts here' }), panelHead, panelList);

  const showFacts = (start, end, head) => {
    const hit = facts.filter((f) => f.spans.concat(f.extra ?? []).some((sp) => sp.start < end && sp.end > start) || (start === end && f.spans.some((sp) => sp.start <= start && sp.end > start)));
    panelHead.textContent = head;
    panelList.replaceChildren(
      ...(hit.length
        ? hit.map((f) =>
            el(
              'li',
              { class: `fact fact-${f.layer}` },
              badge(f.layer),
              el('a', { class: 'what', href: articleHref(doc.id, f.span), text: f.what }),
              el('span', { class: 'detail', text: f.detail }),
              f.entity ? el('a', { href: `#/entity/${encodeURIComponent(entityKey(f.entity.type, f.entity.canonical))}`, text: `all about ${f.entity.canonical} →` }) : null,
            ),
          )
        : [el('li', { class: 'muted', text: 'No fact covers these words.' })]),
    );
  };
  const onSelect = () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    if (!textBox.contains(r.startContainer) || !textBox.contains(r.endContainer)) return;
    const start = offsetIn(textBox, r.startContainer, r.startOffset);
    const end = offsetIn(textBox, r.endContainer, r.endOffset);
    if (start === end) showFacts(start, start, `At character ${start}`);
    else showFacts(start, end, `Selected [${start}–${end}] “${short(textStr.slice(start, end), 80)}”`);
    textBox.dataset.selStart = String(start);
    textBox.dataset.selEnd = String(end);
  };
  textBox.addEventListener('mouseup', onSelect);
  textBox.addEventListener('keyup', onSelect);

  if (focus) {
    const words = textStr.slice(focus.start, focus.end);
    showFacts(focus.start, focus.end, focusFact ? `${focusFact.what} — dated by the highlighted words` : `Highlighted [${focus.start}–${focus.end}] “${short(words, 80)}”`);
    queueMicrotask(() => requestAnimationFrame(() => textBox.querySelector('mark.focus')?.scrollIntoView({ block: 'center' })));
  }

  const pub = m.published;
  const meta = el(
    'div',
    { class: 'meta' },
    pub?.value ? `Published ${pub.value} (${pub.source}${pub.explicit ? '' : ', inferred'})` : 'Publication date unknown',
    m.outlet?.name ? ` · ${m.outlet.name}` : '',
    m.language?.code ? ` · ${m.language.code}` : '',
    ` · ${doc.source?.name ?? ''} · id ${doc.id.slice(0, 12)} · `,
    el('a', { href: `/api/articles/${doc.id}`, text: 'JSON' }),
    ' · ',
    el('a', { href: `/api/articles/${doc.id}/text`, text: 'text' }),
  );
  return [el('h1', { text: title }), meta, el('div', { class: 'layers' }, 'Show: ', layerBoxes), el('div', { class: 'article' }, el('div', {}, textBox), panel)];
}

/** Offset in the original text of a DOM boundary point inside the text box (its text is exactly the original). */
function offsetIn(root, node, offset) {
  const r = document.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/**
 * Fills `box` with the text, cut at every span boundary: each piece is a <span> whose classes name the layers
 * covering it (l-mention, l-timex, …); the focused words are wrapped in one <mark class="focus">.
 */
function buildText(box, str, facts, focus) {
  const cuts = new Set([0, str.length]);
  const spans = [];
  for (const f of facts) {
    for (const sp of f.spans) {
      if (!(sp.start >= 0 && sp.end <= str.length && sp.end > sp.start)) continue;
      spans.push({ layer: f.layer, start: sp.start, end: sp.end });
      cuts.add(sp.start);
      cuts.add(sp.end);
    }
  }
  if (focus) {
    cuts.add(focus.start);
    cuts.add(focus.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const index = new Map(points.map((p, i) => [p, i]));
  const depth = Object.fromEntries(LAYERS.map((l) => [l.id, new Int32Array(points.length)]));
  for (const s of spans) {
    depth[s.layer][index.get(s.start)] += 1;
    depth[s.layer][index.get(s.end)] -= 1;
  }
  const running = Object.fromEntries(LAYERS.map((l) => [l.id, 0]));
  let mark = null;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const classes = [];
    for (const l of LAYERS) {
      running[l.id] += depth[l.id][i];
      if (running[l.id] > 0) classes.push(`l-${l.id}`);
    }
    const piece = el('span', { class: classes.join(' ') || null, dataset: { s: String(a) }, text: str.slice(a, b) });
    if (focus && a >= focus.start && b <= focus.end) {
      if (!mark) {
        mark = el('mark', { class: 'focus', id: 'focus', dataset: { start: String(focus.start), end: String(focus.end) } });
        box.append(mark);
      }
      mark.append(piece);
    } else box.append(piece);
  }
}

// ---------------------------------------------------------------- ingest box

function setupIngest() {
  const form = document.getElementById('ingest-form');
  const area = document.getElementById('ingest-text');
  const files = document.getElementById('ingest-files');
  const token = document.getElementById('ingest-token');
  const status = document.getElementById('ingest-status');
  const results = document.getElementById('ingest-results');
  let dropped = [];

  const send = async () => {
    const chosen = dropped.length ? dropped : [...(files.files ?? [])];
    const pasted = area.value;
    if (!chosen.length && !pasted.trim()) {
      status.textContent = 'Paste some text or choose files first.';
      return;
    }
    const headers = {};
    if (token.value.trim()) headers.authorization = `Bearer ${token.value.trim()}`;
    let body;
    if (chosen.length) {
      body = new FormData();
      for (const f of chosen) body.append('file', f, f.name);
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(/^\s*</.test(pasted) ? { html: pasted } : { text: pasted });
    }
    status.textContent = 'Analysing…';
    results.replaceChildren();
    try {
      const r = await api('/api/ingest', { method: 'POST', headers, body });
      status.textContent = `${r.created} created, ${r.existing} already stored, ${r.rejected} rejected.`;
      results.replaceChildren(
        ...r.results.map((x) =>
          x.rejected
            ? el('li', { class: 'rejected' }, `${x.source}: rejected (${x.rejected.reason}) — ${x.rejected.message}`, x.rejected.hint ? ` Hint: ${x.rejected.hint}` : '')
            : el('li', { class: x.created ? 'created' : 'existing' }, `${x.source}: ${x.created ? 'created' : 'already stored'} `, el('a', { href: articleHref(x.id), text: `article ${x.id.slice(0, 12)}` })),
        ),
      );
      area.value = '';
      files.value = '';
      dropped = [];
      document.dispatchEvent(new CustomEvent('dateline:ingested', { detail: r }));
      void render(); // the current view now includes the new articles
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) token.hidden = false;
      status.textContent = e instanceof ApiError ? `${e.code ?? 'Error'}: ${e.message}` : `Error: ${e?.message ?? e}`;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send();
  });
  files.addEventListener('change', () => {
    dropped = [];
    if (files.files?.length) status.textContent = `${files.files.length} file${files.files.length === 1 ? '' : 's'} chosen: Ingest to analyse.`;
  });
  const zone = document.getElementById('ingest');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    area.classList.add('drop');
  });
  zone.addEventListener('dragleave', () => area.classList.remove('drop'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    area.classList.remove('drop');
    dropped = [...(e.dataTransfer?.files ?? [])];
    if (dropped.length) void send();
  });
}

setupIngest();
void render();
