/** Public types of the entity-clustering stage (re-exported by index.ts). */

export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** NORP: nationalities and groups of people ("Belarusians"); a demonym that names a country links to the LOC entity. */
export type EntityType = NameType | 'NORP';

/** A name span from the tagger: character offsets into the text. */
export interface NameMention { start: number; end: number; type: NameType }

export type MentionKind = 'name' | 'alias' | 'acronym' | 'demonym' | 'possessive' | 'description' | 'role' | 'pronoun';

export interface EntityMention { start: number; end: number; text: string; kind: MentionKind }

export interface Entity {
  /** e1, e2, … in order of first mention. */
  id: string;
  canonical: string;
  type: EntityType;
  /** "President of Belarus", "former Prime Minister of Kenya", "CEO of Apple", "news agency". */
  roles: string[];
  /** All mention spans in text order; `text === original.slice(start, end)`. */
  mentions: EntityMention[];
}

export interface Span { start: number; end: number }
