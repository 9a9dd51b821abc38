export { buildTimeline, dateStart, documentEntries, entityMatches, orderEntries } from './build.js';
export { toCsv, toPlover, toText, type PloverRecord } from './export.js';
export { TIMELINE_SCHEMA_ID, TimelineEntrySchema, TimelineSchema, type Timeline, type TimelineEntry } from './schema.js';
