import { describe, expect, it } from 'vitest';
import { compromiseLoaded } from '../../../analyzers/entities/compromise.js';
import { mentionsOf } from './fixture.js';

describe('entities: compromise runs only where needed', () => {
  it('is not loaded for text the gazetteer explains', () => {
    mentionsOf('The US government and Huawei met in China. We build networks.');
    expect(compromiseLoaded()).toBe(false);
  });

  it('is loaded for an unexplained multi-word capitalised span', () => {
    const got = mentionsOf('Yesterday we met John Lewis from the committee.');
    expect(compromiseLoaded()).toBe(true);
    expect(got).toContain('John Lewis→John Lewis/person');
  });
});
