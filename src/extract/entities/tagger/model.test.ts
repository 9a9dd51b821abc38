import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNerModel, encodeNerModel, loadNerModel, modelFromStages, saveNerModel } from './model.js';

const labels = ['O', 'B-PER', 'I-PER'];
const stage1 = {
  labels,
  index: new Map([
    ['w=ana', 0],
    ['b', 1],
    ['zero', 2],
  ]),
  weights: Float32Array.from([-1, 3, 0.5, 2, 0, 0, 0, 0, 0]),
  trans: Float32Array.from({ length: 12 }, (_, i) => i),
};
const stage2 = { labels, index: new Map([['p1=O', 0]]), weights: Float32Array.from([1, -1, 0]), trans: new Float32Array(12) };
const model = modelFromStages([stage1, stage2], { trainedOn: 'self-written' });

const row = (m: ReturnType<typeof decodeNerModel>, name: string, stage: number) => {
  const id = m.index.get(name)!;
  return Array.from(m.weights.subarray((id * m.stages + stage) * 3, (id * m.stages + stage) * 3 + 3)).map((v) => +v.toFixed(2));
};

describe('modelFromStages', () => {
  it('lays both stages over one feature index', () => {
    expect(model.stages).toBe(2);
    expect([...model.index.keys()]).toEqual(['w=ana', 'b', 'zero', 'p1=O']);
    expect(row(model, 'w=ana', 0)).toEqual([-1, 3, 0.5]);
    expect(row(model, 'w=ana', 1)).toEqual([0, 0, 0]);
    expect(row(model, 'p1=O', 1)).toEqual([1, -1, 0]);
  });
  it('refuses stages with different labels', () => {
    expect(() => modelFromStages([stage1, { ...stage2, labels: ['O'] }])).toThrow(/labels/);
  });
});

describe('weight file', () => {
  it('round-trips through encode/decode (16 bits), dropping all-zero features', () => {
    const back = decodeNerModel(encodeNerModel(model, 16));
    expect(back.info).toEqual({ trainedOn: 'self-written' });
    expect(back.stages).toBe(2);
    expect(back.labels).toEqual(labels);
    expect([...back.index.keys()].sort()).toEqual(['b', 'p1=O', 'w=ana']);
    expect(row(back, 'w=ana', 0)).toEqual([-1, 3, 0.5]);
    expect(row(back, 'p1=O', 1)).toEqual([1, -1, 0]);
    expect(back.trans.map((t) => Array.from(t))).toEqual(model.trans.map((t) => Array.from(t)));
  });
  it('stores 8-bit weights by default', () => {
    const back = decodeNerModel(encodeNerModel(model));
    expect(Math.abs(row(back, 'b', 0)[0]! - 2)).toBeLessThan(0.03);
  });
  it('saves and loads a file; a missing or corrupt file is E_CONFIG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
    const f = join(dir, 'm.bin.gz');
    saveNerModel(model, f);
    expect(loadNerModel(f).index.size).toBe(3);
    expect(() => loadNerModel(join(dir, 'missing.bin.gz'))).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
    const bad = join(dir, 'bad.bin.gz');
    writeFileSync(bad, 'not gzip');
    expect(() => loadNerModel(bad)).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
    const truncated = join(dir, 'truncated.bin.gz');
    writeFileSync(truncated, encodeNerModel(model).subarray(0, 40));
    expect(() => loadNerModel(truncated)).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
  });
});
