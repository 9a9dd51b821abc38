import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_STAGES } from './pipeline.js';
import { createDocument } from '../core/document.js';
import { DatelineError } from '../core/errors.js';
import type { Stage } from './stage.js';
import { segmentStage } from '../extract/segment/stage.js';

const source = { name: 't', mediaType: 'text/plain' as const, encoding: 'utf-8', bytes: 0 };

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe('pipeline', () => {
  it('fails at construction when a stage lacks a prerequisite, with a coded error', () => {
    try {
      createPipeline([segmentStage]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatelineError);
      expect((e as DatelineError).code).toBe('E_STAGE_PREREQUISITE');
      expect((e as DatelineError).message).toContain('segment');
    }
  });

  it('runs stages as pure functions: the input document is never mutated', () => {
    const doc = deepFreeze(createDocument({ text: 'Title here\n\nThe first paragraph says something. It has two sentences.\n', source }));
    const out = createPipeline().run(doc);
    expect(out).not.toBe(doc);
    expect(doc.layers.zones).toEqual([]);
    expect(out.layers.sentences.map((s) => s.text)).toEqual(['The first paragraph says something.', 'It has two sentences.']);
  });

  it('records time per stage', () => {
    const p = createPipeline();
    p.run(createDocument({ text: 'One sentence here.', source }));
    expect(Object.keys(p.timings)).toEqual(DEFAULT_STAGES.map((s) => s.name));
  });

  it('accepts custom stages whose prerequisites are met', () => {
    const counter: Stage = { name: 'count', requires: ['sentences'], produces: [], run: (d) => ({ ...d, warnings: [{ stage: 'count', message: String(d.layers.sentences.length) }] }) };
    const out = createPipeline([...DEFAULT_STAGES, counter]).run(createDocument({ text: 'The cat sat on the mat. The dog ran away.', source }));
    expect(out.warnings).toEqual([{ stage: 'count', message: '2' }]);
  });
});
