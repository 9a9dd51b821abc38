/**
 * The API's request and response shapes, as zod schemas: query strings are validated with them, and the
 * OpenAPI document (openapi.ts) is generated from them (registered under `components.schemas` by id).
 * Document layers come from src/core/schema.ts, timelines from src/timeline/schema.ts: the API emits the
 * same documents as the CLI and the library.
 */
import { z } from 'zod';
import { REJECT_REASONS } from '../core/errors.js';
import {
  AgreementSchema,
  DATE_PRECISIONS,
  DocumentSchema,
  ENTITY_TYPES,
  EVENT_ROLES,
  EVENT_TYPES,
  EventSchema,
  FACTUALITY,
  MentionSchema,
  QuoteSchema,
} from '../core/schema.js';
import { TimelineSchema } from '../timeline/schema.js';
import { ErrorBodySchema } from './errors.js';

/** Largest page any list endpoint returns. */
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

const words = (what: string) => z.string().max(500).describe(what);
const dateBound = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('YYYY, YYYY-MM or YYYY-MM-DD');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`At most this many items (1–${MAX_PAGE})`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Skip this many items first'),
});

export const ArticlesQuery = PageQuery.extend({
  q: words('Full-text search over the title and clean body (words, any order; never a query language)').optional(),
});

export const ArticleQuery = z.object({
  tokens: z
    .enum(['0', '1'])
    .default('1')
    .describe('0: the document without its tokens layer (empty; about 60% of its bytes, which the web view does not need)'),
});

export const EntitiesQuery = PageQuery.extend({
  q: words('Case-insensitive substring of the canonical name or of one of its mention texts').optional(),
  type: z.enum(ENTITY_TYPES).optional(),
});

const entityParam = words(
  'An entity key (as in /api/entities, e.g. "PER:alexander lukashenko") or a name: whole words of the canonical name or of a mention ("Lukashenko")',
);

export const EventsQuery = PageQuery.extend({
  entity: entityParam.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  from: dateBound.optional().describe('Events whose date starts on or after this (undated events are left out)'),
  to: dateBound.optional().describe('Events whose date starts on or before the end of this (undated events are left out)'),
  place: words('Whole words of the place (its canonical name or the words as written)').optional(),
  factuality: z.enum(FACTUALITY).optional(),
});

export const AgreementsQuery = PageQuery.extend({ entity: entityParam.optional() });
export const QuotesQuery = PageQuery.extend({
  speaker: words('The speaker: an entity key or whole words of the speaker’s name (or of the source words when no entity was resolved)').optional(),
});
export const TimelineQuery = PageQuery.extend({
  entity: entityParam.optional(),
  q: words('Only articles matching this full-text search').optional(),
});
export const EXPORT_FORMATS = ['json', 'csv', 'plover'] as const;
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('json').describe('json: dateline/timeline@1; csv: one row per event (RFC 4180); plover: PLOVER-style records'),
  entity: entityParam.optional(),
  q: words('Only articles matching this full-text search').optional(),
});

/** POST /api/ingest JSON body: one record, or an array of them (a batch). The fields of a JSONL line. */
export const IngestRecordSchema = z
  .object({
    text: z.string().optional().describe('The article as plain text (give exactly one of text or html)'),
    html: z.string().optional().describe('The article page as HTML'),
    url: z.string().optional(),
    published: z.string().optional().describe('Publication date, e.g. 2020-11-20'),
    outlet: z.string().optional(),
    title: z.string().optional(),
    id: z.union([z.string(), z.number()]).optional().describe('Your own id for the article (kept in input.id)'),
  })
  .describe('One article, as a line of the CLI’s JSONL input');
export const IngestBodySchema = z.union([IngestRecordSchema, z.array(IngestRecordSchema).min(1)]);

export const IngestItemSchema = z.union([
  z.object({
    source: z.string().describe('How the input is named: "api", "api[N]", "api.jsonl:LINE" or the uploaded file name'),
    id: z.string().describe('Document id (sha256 of its text)'),
    created: z.boolean().describe('false when the same text was already stored (nothing changed)'),
  }),
  z.object({
    source: z.string(),
    rejected: z.object({ reason: z.enum(Object.keys(REJECT_REASONS) as [keyof typeof REJECT_REASONS]), message: z.string(), hint: z.string().optional() }),
  }),
]);
export const IngestResponseSchema = z.object({
  results: z.array(IngestItemSchema).describe('One per input, in order'),
  created: z.number().int(),
  existing: z.number().int(),
  rejected: z.number().int(),
});
export type IngestItem = z.infer<typeof IngestItemSchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  language: z.string(),
  chars: z.number().int(),
  ingestedAt: z.string(),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int().describe('Items matching, over all pages'), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });

export const ArticleListSchema = page(ArticleSummarySchema);

export const EntitySummarySchema = z.object({
  key: z.string().describe('TYPE:canonical name, lower-cased (the path parameter of /api/entities/{key})'),
  canonical: z.string(),
  type: z.enum(ENTITY_TYPES),
  roles: z.array(z.string()).describe('Roles stated for it in any article'),
  aliases: z.array(z.string()).describe('Distinct mention texts (at most 20)'),
  articleCount: z.number().int(),
  mentionCount: z.number().int(),
  articles: z.array(z.object({ id: z.string(), mentions: z.number().int() })).describe('The first 20 articles it appears in, with its mention count in each'),
});
export const EntityListSchema = page(EntitySummarySchema);

export const EventItemSchema = z.object({ document: z.string(), event: EventSchema });
export const QuoteItemSchema = z.object({
  document: z.string(),
  quote: QuoteSchema,
  speakerName: z.string().nullable().describe('Canonical name of the speaker entity, when resolved'),
});
export const AgreementItemSchema = z.object({ document: z.string(), agreement: AgreementSchema });
export const EventListSchema = page(EventItemSchema);
export const QuoteListSchema = page(QuoteItemSchema);

/** A happening merged across articles (src/merge): every source with its words, conflicting values kept. */
export const MergedEventSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  time: z.object({ value: z.string(), precision: z.enum(DATE_PRECISIONS) }),
  place: z.object({ entity: z.string().nullable(), name: z.string() }).nullable(),
  participants: z.array(z.object({ entity: z.string().nullable(), name: z.string(), role: z.enum(EVENT_ROLES) })),
  sources: z.array(z.object({ doc: z.string(), event: z.string(), span: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }) })),
  conflicts: z.array(z.object({ field: z.enum(['time', 'place']), values: z.array(z.object({ value: z.string(), doc: z.string(), event: z.string() })) })),
});
export const MergedListSchema = page(MergedEventSchema).extend({
  documents: z.number().int().describe('How many articles were merged (those that may hold the entity, when one is given)'),
});
export const MergedQuery = PageQuery.extend({
  entity: entityParam.optional(),
  multi: z.enum(['0', '1']).optional().describe('1: only happenings told by more than one article'),
});
export const AgreementListSchema = page(AgreementItemSchema);

export const EntityDetailSchema = EntitySummarySchema.omit({ articles: true }).extend({
  limit: z.number().int(),
  offset: z.number().int(),
  articles: z
    .array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        published: z.string().nullable(),
        entity: z.string().describe('The entity’s id within that article (layers.entities)'),
        roles: z.array(z.string()),
        mentions: z.array(MentionSchema).describe('Its mentions there, each with its exact span of the article text'),
      }),
    )
    .describe('A page (limit/offset) of the articles it appears in'),
  events: z.array(EventItemSchema).describe('Events of those articles it takes part in (participant or place)'),
  quotes: z.array(QuoteItemSchema).describe('Quotes of those articles it is the speaker of'),
  agreements: z.array(AgreementItemSchema).describe('Agreements of those articles it is a party to, was signed at, or reported'),
});

export const TimelinePageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  timeline: TimelineSchema.describe('dateline/timeline@1 with a page of its entries'),
});

export const PloverRecordSchema = z.object({
  event_id: z.string(),
  event_date: z.string(),
  date_precision: z.string(),
  event_type: z.string(),
  event_mode: z.string(),
  source_actor: z.string(),
  source_actor_type: z.string(),
  target_actor: z.string(),
  target_actor_type: z.string(),
  location: z.string(),
  event_text: z.string(),
  story_id: z.string(),
  story_source: z.string(),
  text_start: z.number().int(),
  text_end: z.number().int(),
});

/** Everything the OpenAPI document names under components.schemas. */
export const components = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries({
  Error: ErrorBodySchema,
  Document: DocumentSchema,
  ArticleSummary: ArticleSummarySchema,
  ArticleList: ArticleListSchema,
  IngestRecord: IngestRecordSchema,
  IngestResponse: IngestResponseSchema,
  EntitySummary: EntitySummarySchema,
  EntityList: EntityListSchema,
  EntityDetail: EntityDetailSchema,
  Event: EventSchema,
  Quote: QuoteSchema,
  Agreement: AgreementSchema,
  Mention: MentionSchema,
  EventList: EventListSchema,
  MergedEvent: MergedEventSchema,
  MergedList: MergedListSchema,
  QuoteList: QuoteListSchema,
  AgreementList: AgreementListSchema,
  Timeline: TimelineSchema,
  TimelinePage: TimelinePageSchema,
  PloverRecord: PloverRecordSchema,
} as Record<string, z.ZodType>)) {
  components.add(schema, { id });
}
