import { readFileSync, readdirSync } from 'node:fs';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { detectFranc } from './trigrams.js';

const ONLY = ['eng', 'rus', 'ukr', 'bel', 'deu', 'fra', 'spa', 'ita', 'pol', 'ces', 'srp', 'hrv', 'bos', 'ell', 'tur', 'kat', 'arb', 'heb', 'cmn', 'jpn', 'swe', 'dan', 'nob'];

const SAMPLES = [
  'The Russian National Guard has signed a cooperation agreement with Belarus’ police force.',
  'Росгвардия подписала соглашение о сотрудничестве с МВД Белоруссии, сообщает «Интерфакс».',
  'Росгвардія підписала угоду про співпрацю з поліцією Білорусі, повідомляє агентство.',
  'Die Bundesregierung hat am Dienstag ein neues Gesetz zur Energiepolitik beschlossen.',
  'Le gouvernement a présenté mardi un projet de loi sur la politique énergétique du pays.',
  'El gobierno presentó el martes un proyecto de ley sobre la política energética del país.',
  'Rząd przedstawił we wtorek projekt ustawy o polityce energetycznej kraju i regionu.',
  'Η κυβέρνηση παρουσίασε την Τρίτη νομοσχέδιο για την ενεργειακή πολιτική της χώρας.',
  'الحكومة قدمت يوم الثلاثاء مشروع قانون بشأن سياسة الطاقة في البلاد والمنطقة.',
  'הממשלה הציגה ביום שלישי הצעת חוק בנושא מדיניות האנרגיה של המדינה.',
  '政府周二提出了一项关于国家能源政策的法案，引起了广泛的讨论和关注。',
  'Vlada je u utorak predstavila prijedlog zakona o energetskoj politici zemlje.',
  '1996-08-22 12:00 +++ 2020 / 11 / 19 --- 42',
  'short',
  'Mixed: Москва and London, Київ and Berlin, 2020.',
  'With surrogates 😀: the minister said 𝒳 and 𠀀𠀁 were on the agenda today.',
  '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔',
];

describe('detectFranc', () => {
  it("gives franc's answer", () => {
    const texts = [...SAMPLES];
    const dir = new URL('../../../examples/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const t = readFileSync(new URL(f, dir), 'utf8');
      texts.push(t.slice(0, 1000), t.slice(300, 330), t.slice(500, 2000));
    }
    for (const t of texts) {
      expect(detectFranc(t, 20, ONLY), t.slice(0, 40)).toBe(franc(t, { minLength: 20, only: ONLY }));
      expect(detectFranc(t, 10, []), t.slice(0, 40)).toBe(franc(t, { minLength: 10 }));
    }
  });
});
