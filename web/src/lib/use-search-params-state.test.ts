import { describe, expect, it } from 'vitest';
import { SearchParamsChanges } from './use-search-params-state.ts';

describe('search parameter changes', () => {
  it('keeps a first change when a second comes before the address is rendered again', () => {
    const changes = new SearchParamsChanges();
    const rendered = new URLSearchParams('depth=2');
    changes.apply(rendered, { size: 'pageRank' }, {});
    // The router hands the second updater the same, last rendered parameters.
    const next = changes.apply(new URLSearchParams(rendered), { colour: 'community' }, {});
    expect(next.toString()).toBe('depth=2&size=pageRank&colour=community');
  });

  it('builds on the address it is given once that has moved on, and after forgetting', () => {
    const changes = new SearchParamsChanges();
    changes.apply(new URLSearchParams('depth=2'), { size: 'pageRank' }, {});
    expect(changes.apply(new URLSearchParams('depth=3'), { colour: 'kind' }, {}).toString()).toBe('depth=3&colour=kind');
    changes.forget();
    expect(changes.apply(new URLSearchParams('depth=3'), { size: 'degree' }, {}).toString()).toBe('depth=3&size=degree');
  });

  it('removes a key set to empty or to its default', () => {
    const changes = new SearchParamsChanges();
    const next = changes.apply(
      new URLSearchParams('size=pageRank&colour=kind'),
      { size: '', colour: 'organisation' },
      { colour: 'organisation' },
    );
    expect(next.toString()).toBe('');
  });
});
