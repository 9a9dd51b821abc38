import { describe, expect, it } from 'vitest';
import { evalExample } from './example.js';
import { DatelineError } from '../core/errors.js';

describe('eval example', () => {
  it('scores a folder of answer keys', async () => {
    const r = await evalExample(new URL('../../test/fixtures/example/', import.meta.url).pathname);
    expect(r.scores).toEqual({ published: 1, document: 1, not_body: 1, whole: 1, links: 1 });
    expect(r.report).toContain('ok   document.published');
  });

  it('refuses a folder not in the format, with a coded error', async () => {
    await expect(evalExample('/nonexistent-folder')).rejects.toBeInstanceOf(DatelineError);
  });
});
