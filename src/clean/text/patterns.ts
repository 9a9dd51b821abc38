/**
 * Every pattern and word list the plain-text cleaner uses, kept in one place so that no rule keeps its
 * own copy. Patterns are anchored on whole lines unless they say otherwise.
 */

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A URL standing alone on a line (link residue pasted out of a web page). */
export const URL_LINE = /^\s*<?((?:https?:\/\/|www\.)[^\s<>]+)>?\s*$/i;

/** A URL anywhere in running text (global: use with matchAll). Trailing punctuation is trimmed by the caller. */
export const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"“”«»]+/gi;

/** Punctuation that ends a URL match but almost never belongs to the URL. */
export const URL_TRAILING_PUNCT = /[.,;:!?)\]}'’]+$/;

/**
 * Inserted teasers: "Related article: …", "Read more: …", "See also …", "READ MORE: …".
 * Group 1 is the cue; the rest of the line is the teaser title.
 */
export const TEASER_LINE =
  /^\s*((?:related|recommended|suggested|more)(?: (?:articles?|stories|story|reading|content|coverage|news))?|read (?:more|also|next)|also read|see also|more on this(?: story)?|you (?:may|might) also like|further reading|watch|listen)\s*(?::|\||—|–|-|»|>>)\s*(\S.*)$/i;

/** A cue alone on its line, with the teaser title on the next line(s). */
export const TEASER_CUE_ALONE =
  /^\s*((?:related|recommended|suggested)(?: (?:articles?|stories|story|reading|content|coverage))?|read (?:more|also|next)|also read|see also|more on this(?: story)?|you (?:may|might) also like|further reading)\s*:?\s*$/i;

/** Newsletter / share / copyright / UI boilerplate lines. */
export const BOILERPLATE_LINE = new RegExp(
  [
    String.raw`^\s*(?:©|\(c\)|copyright\b)`,
    String.raw`\ball rights reserved\b`,
    String.raw`^\s*(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|inbox|email|alerts?)\b`,
    String.raw`^\s*(?:get|receive) (?:our|the) .{0,40}newsletter`,
    String.raw`^\s*share (?:this|on|via|the)\b`,
    String.raw`^\s*(?:share|tweet|email|print|comments?|advertisement|advertising|sponsored(?: content)?|skip to (?:main )?content|continue reading|listen to (?:this )?article|click here\b.*|follow us\b.*|follow @\w+.*)\s*[.:]?\s*$`,
    String.raw`^\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|vk|pinterest)(?:\s*[|·•,/]\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|vk|pinterest))+\s*$`,
    String.raw`^\s*(?:we use cookies|this (?:site|website) uses cookies)\b`,
    String.raw`^\s*(?:this article|this story|a version of this (?:article|story)) (?:was|is|has been|first) (?:originally )?(?:published|appeared|reprinted)\b`,
    String.raw`^\s*if you (?:enjoyed|liked|value) (?:this|our)\b.{0,120}\b(?:support|donat|subscri)`,
    String.raw`^\s*(?:please )?(?:support|donate to) (?:our|independent) journalism\b`,
  ].join('|'),
  'i',
);

/**
 * Photo agencies and credit words. A caption's credit is a run of such names, often joined by "/"
 * ("EPA / TASS", "AP/Scanpix", "Reuters/Alamy", "Getty Images").
 */
export const CREDIT_NAMES = [
  'AP', 'AFP', 'EPA', 'TASS', 'Reuters', 'Getty Images', 'Getty', 'Sputnik', 'RIA Novosti', 'Kremlin.ru',
  'Scanpix', 'Alamy', 'Shutterstock', 'Xinhua', 'Anadolu', 'PA', 'PA Images', 'PA Wire', 'Bloomberg',
  'Zuma', 'ZUMA Press', 'Press Association', 'dpa', 'ANSA', 'Kyodo', 'Yonhap', 'Pool', 'Handout',
  'Wikimedia Commons', 'Unsplash', 'Pexels', 'Flickr', 'Interfax', 'Kommersant', 'Belta', 'BelTA',
  'mos.ru', 'government.ru', 'Vedomosti', 'Novaya Gazeta', 'Press Service', 'Courtesy',
];

const NAME = `(?:${CREDIT_NAMES.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})`;
/** "X / Y" where at least one side is a known credit name; each side 1–4 capitalised words. */
const CAP_WORD = String.raw`[A-ZА-ЯЁ][\p{L}'’&-]*(?:\.[\p{L}]+)*`; // "Kremlin.ru" yes, "Sunday." no
const CAP_NAME = `${CAP_WORD}(?: ${CAP_WORD}){0,3}`;
const SIDE = `(?:${NAME}|${CAP_NAME})`;

/**
 * A credit at the END of a line. Group 1 is the credit. Accepts "… EPA / TASS", "… AP Photo/John Doe",
 * "… (Photo: Jane Roe/Reuters)", "… Photo: Getty Images", "… Credit: Jane Roe".
 */
export const CREDIT_AT_END = new RegExp(
  String.raw`(?:^|\s)(` +
    [
      `(?:${NAME})(?:\\s*/\\s*${SIDE})+`,
      `${CAP_NAME}(?:\\s*/\\s*${SIDE})*\\s*/\\s*(?:${NAME})`,
      String.raw`\(?(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mages?|[Pp]ictures?|[Pp]ictured|[Cc]redit|[Ff]oto|[Фф]ото)(?:\s*[:/]\s*|\s+by\s+)[^()\n]{2,60}\)?`,
      `\\(?(?:${NAME})(?: Photo| Images)?\\)?`,
    ].join('|') +
    String.raw`)\s*$`,
  'u',
);

/** A whole line that is only a credit. */
export const CREDIT_LINE = new RegExp(String.raw`^\s*` + CREDIT_AT_END.source.replace(String.raw`(?:^|\s)`, ''), 'u');

/** "By Jane Doe" / "By Jane Doe and John Roe, Reuters" / "Jane Doe | Staff writer". */
export const BYLINE_LINE = /^\s*(?:[Bb]y|BY|[Оо]т|[Аа]втор:?)\s+[A-ZА-ЯЁ][\p{L}.'’-]+(?:\s+[A-ZА-ЯЁ][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-ZА-ЯЁ][\p{L}.'’-]+(?:\s+[A-ZА-ЯЁ][\p{L}.'’-]+){0,3})*\s*(?:[,|–—-]\s*[\p{L} .]{0,40})?$/u;

/**
 * A wire-style dateline at the start of the first paragraph: "MOSCOW (Reuters) - ", "MINSK, Nov. 19 (AP) — ",
 * "WASHINGTON — ". Group 1 is the dateline (without the dash).
 */
export const DATELINE_START = /^\s*([A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\p{L}.]*(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?(?:\s*\((?:[A-Z][\p{L}]*(?:[ -][A-Z][\p{L}]*)*)\))?)\s*(?:—|–|-{1,2})\s+(?=\S)/u;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;

/** A line that is only a date ("August 9, 2010", "Friday, 20 November 2020", "2020-11-20"): a date line. */
export const DATE_LINE = new RegExp(
  String.raw`^\s*(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$`,
  'i',
);

/** A sentence ends here: final punctuation, then any closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["”»’')\]]*$/;

/** A line may end a paragraph here (a sentence end, or a colon introducing what follows). */
export const PARAGRAPH_END = /[.!?…:]["”»’')\]]*$/;

/** A paragraph is complete here (";" too): one that ends otherwise was cut off. */
export const CLAUSE_END = /[.!?…:;]["”»’')\]]*$/;

/** A line starting with a lowercase letter: continues a sentence. */
export const LOWER_START = /^\s*\p{Ll}/u;


/** Reporting verbs: used for link roles and publication-date evidence. */
export const REPORT_VERBS = [
  'reported', 'reports', 'said', 'says', 'announced', 'told', 'wrote', 'stated', 'confirmed', 'quoted',
  'cited', 'citing', 'according to', 'published', 'added', 'noted',
];
