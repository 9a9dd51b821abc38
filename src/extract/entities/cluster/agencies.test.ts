import { describe, expect, it } from 'vitest';
import { agencyOf } from './agencies.js';

describe('agencyOf', () => {
  it('maps agency names and aliases to one canonical', () => {
    expect(agencyOf('Reuters')).toEqual({ canonical: 'Reuters', alias: false });
    expect(agencyOf('AP')).toEqual({ canonical: 'Associated Press', alias: true });
    expect(agencyOf('Associated Press')).toEqual({ canonical: 'Associated Press', alias: false });
    expect(agencyOf('Xinhua News Agency')?.canonical).toBe('Xinhua');
  });
  it('knows nothing of other names', () => {
    expect(agencyOf('Apple')).toBeUndefined();
  });
});
