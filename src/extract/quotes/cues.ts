/**
 * The speech cues: verbs of saying (and of stating a position) in a readable table, the multi-word cues
 * ("according to", "citing"), and the words that may stand between a source and its verb ("has also said").
 * Every other rule of the stage reads these sets; no other file lists a cue.
 */

/**
 * A cue verb. `forms`: its inflected forms as written. `object`: it takes an addressee before the content
 * ("told reporters that …", "warned Congress that …"). `to`: it reports an intention with a to-infinitive
 * ("vowed to …", "plans to …"), which counts as its content. `that`: it reports only with a complement
 * clause, never bare after a quotation (believe, think: "…," he believed is not said).
 */
export interface CueVerb {
  readonly forms: readonly string[];
  /** A speech act reported with its object ("criticised the plan"): a cue of reported speech only, never of a quotation in marks. */
  readonly act?: boolean;
  readonly object?: boolean;
  readonly to?: boolean;
  readonly thatOnly?: boolean;
}

export const CUE_VERBS: readonly CueVerb[] = [
  { forms: ['said', 'says', 'say', 'saying'] },
  { forms: ['told', 'tells', 'tell', 'telling'], object: true },
  { forms: ['added', 'adds', 'adding'] },
  { forms: ['announced', 'announces', 'announce', 'announcing'] },
  { forms: ['reported', 'reports', 'report', 'reporting'] },
  { forms: ['stated', 'states', 'state', 'stating'] },
  { forms: ['claimed', 'claims', 'claim', 'claiming'] },
  { forms: ['declared', 'declares', 'declare', 'declaring'] },
  { forms: ['explained', 'explains', 'explain', 'explaining'] },
  { forms: ['noted', 'notes', 'note', 'noting'] },
  { forms: ['wrote', 'writes', 'write', 'writing', 'written'] },
  { forms: ['tweeted', 'tweets', 'tweet', 'tweeting', 'posted'] },
  { forms: ['argued', 'argues', 'argue', 'arguing'] },
  { forms: ['insisted', 'insists', 'insist', 'insisting'] },
  { forms: ['warned', 'warns', 'warn', 'warning'], object: true },
  { forms: ['acknowledged', 'acknowledges', 'acknowledge', 'acknowledging'] },
  { forms: ['admitted', 'admits', 'admit', 'admitting'] },
  { forms: ['confirmed', 'confirms', 'confirm', 'confirming'] },
  { forms: ['denied', 'denies', 'deny', 'denying'] },
  { forms: ['suggested', 'suggests', 'suggest', 'suggesting'] },
  { forms: ['predicted', 'predicts', 'predict', 'predicting'] },
  { forms: ['promised', 'promises', 'promise', 'promising'], object: true, to: true },
  { forms: ['pledged', 'pledges', 'pledge', 'pledging'], to: true },
  { forms: ['vowed', 'vows', 'vow', 'vowing'], to: true },
  { forms: ['complained', 'complains', 'complain', 'complaining'] },
  { forms: ['recalled', 'recalls', 'recall', 'recalling'] },
  { forms: ['replied', 'replies', 'reply', 'replying'] },
  { forms: ['responded', 'responds', 'respond', 'responding'] },
  { forms: ['answered', 'answers', 'answer', 'answering'] },
  { forms: ['asked', 'asks', 'ask', 'asking'], object: true },
  { forms: ['asserted', 'asserts', 'assert', 'asserting'] },
  { forms: ['contended', 'contends', 'contend', 'contending'] },
  { forms: ['maintained', 'maintains', 'maintain', 'maintaining'] },
  { forms: ['conceded', 'concedes', 'concede', 'conceding'] },
  { forms: ['observed', 'observes', 'observe', 'observing'] },
  { forms: ['remarked', 'remarks', 'remark', 'remarking'] },
  { forms: ['commented', 'comments', 'comment', 'commenting'] },
  { forms: ['emphasized', 'emphasizes', 'emphasize', 'emphasised', 'emphasises', 'emphasise', 'emphasizing', 'emphasising'] },
  { forms: ['stressed', 'stresses', 'stress', 'stressing'] },
  { forms: ['testified', 'testifies', 'testify', 'testifying'] },
  { forms: ['concluded', 'concludes', 'conclude', 'concluding'] },
  { forms: ['estimated', 'estimates', 'estimate', 'estimating'] },
  { forms: ['indicated', 'indicates', 'indicate', 'indicating'] },
  { forms: ['revealed', 'reveals', 'reveal', 'revealing'] },
  { forms: ['disclosed', 'discloses', 'disclose', 'disclosing'] },
  { forms: ['quipped', 'quips', 'joked', 'jokes', 'boasted', 'boasts', 'bragged', 'brags'] },
  { forms: ['charged', 'charges', 'alleged', 'alleges', 'alleging'] },
  { forms: ['informed', 'informs', 'assured', 'assures', 'reminded', 'reminds'], object: true },
  { forms: ['speculated', 'speculates', 'mused', 'muses', 'wondered', 'wonders'] },
  { forms: ['countered', 'counters', 'retorted', 'retorts', 'shot back', 'fired back'] },
  { forms: ['continued', 'continues'] },
  { forms: ['cautioned', 'cautions', 'lamented', 'laments', 'shouted', 'shouts', 'yelled', 'screamed', 'whispered', 'cried', 'exclaimed', 'chanted', 'sang', 'read'] },
  { forms: ['pointed out', 'points out', 'made clear', 'makes clear'] },
  { forms: ['urged', 'urges', 'urging'], object: true, to: true },
  { forms: ['agreed', 'agrees'], to: true },
  { forms: ['threatened', 'threatens'], to: true },
  // speech acts whose content is what they are about: "criticised the plan", "accused him of lying"
  { forms: ['criticized', 'criticizes', 'criticised', 'criticises', 'criticize', 'criticise', 'criticizing', 'criticising'], act: true },
  { forms: ['accused', 'accuses', 'accuse', 'accusing'], act: true },
  { forms: ['praised', 'praises', 'praise', 'praising'], act: true },
  { forms: ['described', 'describes', 'describe', 'describing'], act: true },
  { forms: ['denounced', 'denounces', 'denounce', 'condemned', 'condemns', 'condemn', 'blasted', 'blasts', 'slammed', 'slams'], act: true },
  { forms: ['questioned', 'questions', 'question', 'dismissed', 'dismisses', 'rejected', 'rejects'], act: true },
  { forms: ['called', 'calls', 'call', 'calling'], act: true },
  { forms: ['cited', 'cites', 'cite', 'mentioned', 'mentions', 'mention', 'proposed', 'proposes', 'propose', 'demanded', 'demands', 'demand'], act: true },
  { forms: ['declined', 'declines', 'refused', 'refuses'], to: true, act: true },
  { forms: ['believes', 'believed', 'believe', 'thinks', 'thought', 'think', 'feels', 'felt', 'fears', 'feared', 'hopes', 'hoped', 'expects', 'expected', 'knows', 'knew', 'worries', 'worried'], thatOnly: true },
  { forms: ['showed', 'shows', 'show', 'found', 'finds', 'learned', 'has learned'], thatOnly: true },
];

/** Multi-word cues that come before their source: "according to Interfax", "citing officials". */
export const SOURCE_AFTER_CUES: readonly string[] = ['according to', 'citing', 'quoting', 'in the words of'];

/** Words allowed between a source and its verb: auxiliaries and adverbs ("has also said", "later told"). */
export const BETWEEN_SOURCE_AND_CUE: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'recently', 'earlier', 'then', 'once', 'again', 'would', 'will', 'could',
  'might', 'may', 'reportedly', 'further', 'publicly', 'privately', 'often', 'repeatedly', 'frequently', 'flatly', 'simply',
  'just', 'still', 'first', 'initially', 'quickly', 'immediately', 'bluntly', 'angrily', 'openly', 'finally', 'similarly',
  'separately', 'originally', 'frankly', 'clearly', 'already', 'long', 'even', 'is', 'was', 'were', 'are', 'being', 'been',
  'did', 'does', 'do', 'not', 'never', 'always', 'explicitly', 'specifically', 'directly', 'correctly', 'falsely', 'wrongly',
]);

const FORMS = new Map<string, CueVerb>();
for (const v of CUE_VERBS) for (const f of v.forms) FORMS.set(f, v);

/** The cue verb a word (lowercased) is a form of, if any. Two-word forms are looked up with their next word. */
export function cueVerb(word: string, next?: string): { verb: CueVerb; words: 1 | 2 } | undefined {
  if (next !== undefined) {
    const two = FORMS.get(`${word} ${next}`);
    if (two) return { verb: two, words: 2 };
  }
  const one = FORMS.get(word);
  return one ? { verb: one, words: 1 } : undefined;
}

/** Forms that are also common nouns or adjectives: a cue only right after a subject ("the report shows"). */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  'report', 'reports', 'state', 'states', 'claim', 'claims', 'note', 'notes', 'tweet', 'tweets', 'answer', 'answers', 'estimate',
  'estimates', 'comments', 'comment', 'remarks', 'remark', 'charges', 'charge', 'promise', 'promises', 'pledge', 'pledges',
  'stress', 'read', 'show', 'shows', 'praise', 'call', 'calls', 'question', 'questions', 'demand', 'demands', 'mention', 'mentions', 'cite', 'found', 'reply', 'replies', 'warning', 'writing', 'written', 'posted', 'fears', 'hopes',
  'vows', 'vow', 'continues', 'continued', 'expected', 'feels', 'felt', 'thought', 'worried', 'recall', 'learned', 'knows', 'knew',
]);
