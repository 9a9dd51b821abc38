/**
 * The generic-occurrence table: common news verbs and event nouns outside the ontology (`triggers.ts`),
 * read as events of type `OCCUR` — the catch-all class ("Apple released the iPhone 4 on June 24", "Jobs
 * left on medical leave", "the launch"). Lower precision than the ontology by design: an OCCUR event says
 * only that something happened, with its participants, place, time and factuality read by the same rules.
 * Same notation as `triggers.ts` (compiled by `../lexicon.ts`). A word of the ontology table is never an
 * OCCUR event (the ontology reading wins), and OCCUR events never change how ontology events are read
 * (see `../stage.ts`).
 *
 * Left out on purpose: "say", "tell", "add", "note" (quote attributions, kept by the quotes stage), "be",
 * "have", "do", "make", "get", "take", "give" and other light or auxiliary verbs (no event of their own),
 * "use", "need", "want", "think", "know" (states), and nouns that are mostly things ("fire", "suit",
 * "case", "product", "store").
 */
import type { TriggerRow } from './triggers.js';

export const GENERIC: TriggerRow = {
  type: 'OCCUR',
  plover: '— (generic)',
  verbs: [
    // products and business
    'release launch unveil introduce debut showcase demo demonstrate present reveal show/showed/shown',
    'sell/sold ship market price cost/cost offer discontinue recall upgrade update redesign',
    'open close begin/began/begun start found establish build/built create develop produce design manufacture',
    'invest spend/spent pay/paid earn fund finance raise lend/lent borrow',
    'grow/grew/grown rise/rose/risen fall/fell/fallen increase decrease decline drop double triple jump soar plunge slump surge',
    'win/won lose/lost beat/beat/beaten top surpass exceed outsell',
    'partner merge license patent',
    // people and organisations
    'leave/left return join hire fire replace succeed promote demote retire die hospitalize hospitalise',
    'lead/led head run/ran/run manage steer serve chair',
    'speak/spoke/spoken talk describe call praise welcome thank invite honor honour award celebrate mark',
    'undergo/underwent/undergone suffer recover survive injure',
    'confirm disclose admit acknowledge explain',
    // courts, authorities
    'charge convict sentence fine investigate probe testify approve block allow permit rule overturn appeal file',
    'pass enact adopt amend repeal postpone delay cancel suspend halt resume end stop complete finish',
    // incidents
    'crash collapse explode burn erupt flood evacuate rescue destroy damage hit/hit strike/struck',
    'hold/held host attend travel arrive depart move relocate transfer',
    'fight/fought battle compete',
    'plan schedule slate expect predict estimate forecast warn',
  ].join(' '),
  nouns: [
    'release launch debut unveiling introduction rollout sale sales shipment shipments',
    'keynote speech presentation appearance conference event ceremony',
    'decision invitation departure return arrival retirement death birth funeral',
    'surgery transplant operation treatment illness',
    'trial ruling verdict hearing investigation probe inquiry',
    'crash collapse explosion earthquake storm flood accident injury',
    'increase decrease decline drop growth rise fall loss reduction cut cuts',
    'leave absence',
    'update upgrade recall delay postponement cancellation',
  ].join(' '),
};
