/**
 * The Dateline output schema: one zod definition, from which the TypeScript types are inferred and the
 * JSON Schema file (`schema/document.schema.json`, `npm run schema`) is generated. The CLI, the library
 * and the HTTP API all emit documents that pass {@link DocumentSchema}.
 *
 * Versioning: `schema` names the major version. Adding an optional field keeps the version; renaming or
 * removing one, or changing a meaning, bumps it and is noted in the README's changelog.
 */
import { z } from 'zod';

export const SCHEMA_ID = 'dateline/document@1';

const offset = z.number().int().nonnegative();

export const SpanSchema = z.object({ start: offset, end: offset }).describe('Half-open range [start, end) into `text`, in UTF-16 code units');

export const TextSpanSchema = SpanSchema.extend({
  text: z.string().describe('Exactly text.slice(start, end)'),
});

export const ZONE_KINDS = [
  'title',
  'byline',
  'dateline',
  'body',
  'heading',
  'caption',
  'credit',
  'related',
  'link',
  'boilerplate',
] as const;
export const ZoneKindSchema = z.enum(ZONE_KINDS);
export type ZoneKind = z.infer<typeof ZoneKindSchema>;

export const ZoneSchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "z3"'),
  kind: ZoneKindSchema,
  continues: z
    .string()
    .optional()
    .describe('Body zones only: id of the body zone this one continues (a paragraph split in two by inserted debris)'),
  rule: z.string().describe('Name of the cleaning rule that decided the kind, for traceability'),
});
export type Zone = z.infer<typeof ZoneSchema>;

export const LINK_ROLES = ['source', 'related', 'self', 'cited', 'share', 'unknown'] as const;
export const LinkSchema = TextSpanSchema.extend({
  id: z.string(),
  url: z.string(),
  role: z.enum(LINK_ROLES),
  roleEvidence: TextSpanSchema.optional().describe('Words that decided the role, e.g. "Interfax reported" or the teaser title'),
  zone: z.string().describe('Id of the zone the link was found in'),
});
export type Link = z.infer<typeof LinkSchema>;

export const SentenceSchema = TextSpanSchema.extend({
  id: z.string(),
  zone: z.string().describe('Id of the (first) body zone it lies in'),
  parts: z
    .array(TextSpanSchema)
    .optional()
    .describe('Present when the sentence is discontinuous in the original (debris inside it): the exact pieces'),
  clean: z.string().describe('The sentence as read in the clean view: parts joined, line breaks as spaces'),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const TokenSchema = SpanSchema.extend({
  sentence: z.number().int().nonnegative().describe('Index into `layers.sentences`'),
  kind: z.string().describe('word, number, punctuation, symbol, url, email, … (wink-nlp token type)'),
});
export type Token = z.infer<typeof TokenSchema>;

export const PublishedSchema = z.object({
  value: z.string().describe('ISO 8601 date (YYYY-MM-DD) or date-time'),
  explicit: z.boolean().describe('true when stated (input field, HTML meta, dateline), false when inferred'),
  source: z.enum(['override', 'input', 'html-meta', 'dateline', 'inferred']),
  reasoning: z.string(),
  evidence: z.array(TextSpanSchema),
});
export type Published = z.infer<typeof PublishedSchema>;

export const MetadataSchema = z.object({
  title: TextSpanSchema.nullable().describe('Title as a span of the text, when present in it'),
  titleFromInput: z.string().optional().describe('Title given with the input (JSONL field or HTML <title>/og:title) when not in the text'),
  language: z.object({
    code: z.string().describe('ISO 639-1 where one exists, else ISO 639-3; "und" when undetermined'),
    iso6393: z.string(),
  }),
  outlet: z
    .object({
      name: z.string(),
      source: z.enum(['input', 'html-meta', 'url', 'text']),
      evidence: z.string().describe('The URL, field or words it was taken from'),
    })
    .nullable(),
  url: z.string().nullable(),
  published: PublishedSchema.nullable(),
});
export type Metadata = z.infer<typeof MetadataSchema>;

export const SourceSchema = z.object({
  name: z.string().describe('File path, "stdin", or "file.jsonl:LINE"'),
  mediaType: z.enum(['text/plain', 'text/html']),
  encoding: z.string().describe('Encoding the bytes were decoded from: utf-8, utf-16le, utf-16be, windows-1251, windows-1252, …'),
  bytes: z.number().int().nonnegative(),
});

export const InputHintsSchema = z.object({
  url: z.string().optional(),
  published: z.string().optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  id: z.string().optional().describe('Caller-supplied id (JSONL `id`)'),
  publishedOverride: z.string().optional().describe('--published: wins over everything'),
  htmlMeta: z
    .object({
      published: z.string().optional(),
      siteName: z.string().optional(),
      title: z.string().optional(),
      byline: z.string().optional(),
      url: z.string().optional(),
      language: z.string().optional(),
    })
    .optional()
    .describe('What the HTML page itself declared'),
  blocks: z
    .array(SpanSchema.extend({ kind: ZoneKindSchema }))
    .optional()
    .describe('HTML inputs: block boundaries and kinds found in the markup (paragraphs, headings, captions)'),
});
export type InputHints = z.infer<typeof InputHintsSchema>;

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export const TIMEX_MODS = [
  'APPROX',
  'START',
  'MID',
  'END',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
] as const;
export const TIMEX_ANCHORS = ['absolute', 'dct', 'narrative', 'unresolved'] as const;

export const TimexSchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "t0"'),
  type: z.enum(TIMEX_TYPES),
  value: z
    .string()
    .describe('TIMEX3 value (ISO 8601 / TimeML: 2020-11-19, 2020-W47, 2020-Q3, P3M, XXXX-WXX-5, PAST_REF, …); "" only when unresolvable'),
  mod: z.enum(TIMEX_MODS).optional().describe('TimeML modifier ("early" → START, "about" → APPROX, "more than" → MORE_THAN, …)'),
  anchor: z.object({
    kind: z
      .enum(TIMEX_ANCHORS)
      .describe('absolute: fully stated; dct: resolved against the publication date; narrative: against an earlier date in the text; unresolved'),
    ref: z.string().optional().describe('Id of the timex it was resolved against (narrative anchoring)'),
    reason: z.string(),
  }),
  rule: z.string().describe('Name of the rule that found it, for traceability'),
});
export type Timex = z.infer<typeof TimexSchema>;

export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const ENTITY_TYPES = [...NAME_TYPES, 'NORP'] as const;
export const MENTION_KINDS = ['name', 'alias', 'acronym', 'demonym', 'possessive', 'description', 'role', 'pronoun'] as const;

export const MentionSchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "m0"'),
  entity: z.string().describe('Id of the entity (layers.entities) it refers to'),
  kind: z
    .enum(MENTION_KINDS)
    .describe('name: a name the tagger found; alias: a shorter or longer form of it; acronym; demonym ("Russian" for Russia); possessive ("Belarus’"); description ("the longtime leader"); role: a title phrase ("Russian President"); pronoun: "he", "his", "she", "her" … linked to the person mentioned last before it'),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "e1"'),
  canonical: z.string().describe('One name for all its mentions: the longest full name ("Alexander Lukashenko"), without a leading "the" unless by convention ("the West")'),
  type: z.enum(ENTITY_TYPES).describe('CoNLL-2003 types (PER, ORG, LOC, MISC) plus NORP for nationalities and groups'),
  roles: z.array(z.string()).describe('Roles stated in the text: "President of Belarus", "news agency"; their words are the `role` mentions'),
  mentions: z.array(z.string()).describe('Ids of its mentions (layers.mentions), in text order'),
}).describe('An entity of the document; start/end/text: the mention its canonical name was taken from');
export type Entity = z.infer<typeof EntitySchema>;

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;

export const QuoteSchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "q0"'),
  kind: z
    .enum(QUOTE_KINDS)
    .describe('direct: a whole quoted sentence; partial: quoted words inside a sentence; indirect: reported speech without quotation marks'),
  parts: z.array(TextSpanSchema).optional().describe('Present when the content is discontinuous in the original (across debris or paragraphs): the exact pieces'),
  cue: TextSpanSchema.nullable().describe('The words that mark it as speech: "said", "announced", "according to", "citing"'),
  source: TextSpanSchema.nullable().describe('The words naming the speaker as written: "Putin", "he", "the minister", "Interfax"'),
  speaker: z.string().nullable().describe('Id of the entity (layers.entities) the source refers to, when resolved'),
  rule: z.string().describe('Name of the rule that found it, for traceability'),
}).describe('A quotation or attribution; start/end/text: its content, without the quotation marks');
export type Quote = z.infer<typeof QuoteSchema>;

/** PLOVER event types (Halterman et al.) and the news types Dateline adds to them. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const NEWS_EVENT_TYPES = ['ELECTION', 'STATEMENT', 'ORDER', 'ARREST', 'REPORT', 'APPOINT', 'RESIGN', 'ACQUIRE', 'OCCUR'] as const;
export const EVENT_TYPES = [...PLOVER_TYPES, ...NEWS_EVENT_TYPES] as const;
export const EVENT_ROLES = ['agent', 'patient', 'recipient', 'other'] as const;
export const FACTUALITY = ['asserted', 'negated', 'hypothetical', 'future'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'unknown'] as const;

/** Something in the text that a fact points to: its exact words, and the entity they refer to when known. */
export const ArgumentSchema = TextSpanSchema.extend({
  entity: z.string().nullable().describe('Id of the entity (layers.entities), when the words are one of its mentions'),
});

export const EventTimeSchema = z.object({
  value: z.string().describe('TIMEX3-style value: "2020-11-19", "2020-10", "2020-08-09/.." (from then on); "" when unknown'),
  precision: z.enum(DATE_PRECISIONS),
  timex: z.string().nullable().describe('Id of the timex (layers.timex) it comes from, when one'),
  rule: z.string().describe('How the date was decided: "timex-in-clause", "nominal-modifier", "inherited-from-…", "unknown", …'),
  reason: z.string(),
});

export const EventSchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "v0"'),
  type: z.enum(EVENT_TYPES),
  evidence: TextSpanSchema.describe('The clause the event was read from; start/end/text of the event itself are its trigger ("signed", "election")'),
  sentence: z.string().describe('Id of the sentence (layers.sentences)'),
  participants: z.array(ArgumentSchema.extend({ role: z.enum(EVENT_ROLES) })),
  place: ArgumentSchema.nullable(),
  time: EventTimeSchema.describe('Never the publication date unless the text ties the event to it ("reported Friday")'),
  factuality: z.enum(FACTUALITY).describe('asserted: happened or is happening; negated; hypothetical (conditional); future (planned, expected)'),
  rule: z.string(),
});
export type DatelineEvent = z.infer<typeof EventSchema>;

/** The pieces of a span that crosses words that are not the article's (link residue, a teaser): present only then. */
const PartsSchema = z
  .array(TextSpanSchema)
  .optional()
  .describe('Present when the words run across debris that is not body text (pasted links, a teaser): the exact pieces, without it');

export const AgreementSchema = TextSpanSchema.extend({
  id: z.string().describe('Stable within the document, e.g. "a0"'),
  kind: z.string().describe('"cooperation agreement", "ceasefire", "memorandum of understanding", …; start/end/text: the words naming it'),
  event: z.string().nullable().describe('Id of its AGREE event (layers.events), when one'),
  mentions: z.array(TextSpanSchema).describe('Other words referring to the same agreement ("The agreement", "it")'),
  parties: z.array(ArgumentSchema),
  signedOn: EventTimeSchema.extend({ evidence: TextSpanSchema }).nullable(),
  signedAt: ArgumentSchema.nullable(),
  inForce: z
    .object({ value: z.string(), rule: z.string().describe('e.g. "from the date of its signing"'), evidence: TextSpanSchema })
    .nullable(),
  duration: z.object({ value: z.string().describe('TIMEX3 duration, e.g. P5Y'), evidence: TextSpanSchema }).nullable(),
  scope: z.array(TextSpanSchema.extend({ item: z.string().describe('The item as a short noun phrase') })).describe('What it covers, one item each'),
  reportedBy: z.array(ArgumentSchema.extend({ parts: PartsSchema })).describe('Who reported it ("Interfax reported")'),
  citing: z.array(TextSpanSchema.extend({ parts: PartsSchema })).describe('What the report cites ("citing the agreement on Belarus’ legal portal")'),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const LayersSchema = z.object({
  zones: z.array(ZoneSchema),
  links: z.array(LinkSchema),
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema),
  timex: z.array(TimexSchema).describe('Time expressions (TIMEX3) of the clean body'),
  mentions: z.array(MentionSchema).describe('Mentions of people, organisations, places and groups in the clean body'),
  entities: z.array(EntitySchema).describe('The entities those mentions refer to, one per real-world referent in the document'),
  quotes: z.array(QuoteSchema).describe('Quotations and reported speech of the clean body, with cue, source and speaker'),
  events: z.array(EventSchema).describe('Events: who did what, when, where, with factuality'),
  agreements: z.array(AgreementSchema).describe('Agreements: parties, signing date and place, entry into force, scope'),
});
export type Layers = z.infer<typeof LayersSchema>;
export type LayerName = keyof Layers;

export const DocumentSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string().describe('sha256 (hex) of `text`: the content hash the store is idempotent on'),
  source: SourceSchema,
  text: z.string().describe('The original text after decoding, untouched. For HTML input: the text extracted from the page'),
  input: InputHintsSchema,
  metadata: MetadataSchema,
  layers: LayersSchema,
  warnings: z.array(z.object({ stage: z.string(), message: z.string() })),
});
export type DatelineDocument = z.infer<typeof DocumentSchema>;
