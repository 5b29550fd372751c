import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nlpLoaded } from '../../../pipeline/sentences/nlp.js';

const require = createRequire(import.meta.url);
const modelRead = () => require.cache[require.resolve('wink-eng-lite-web-model')] !== undefined;

describe('the wink model', () => {
  it('is not read by loading the pipeline, only by the first text tokenized', async () => {
    const { prepare, tokenizeDocument } = await import('../../../pipeline/index.js');
    const ctx = prepare({});
    expect(nlpLoaded()).toBe(false);
    expect(modelRead()).toBe(false);
    const doc = tokenizeDocument({ file: 'x.txt', encoding: 'UTF-8', sha256: '0', text: 'ANN LEE: Is it safe?\n\nSAM ROE: Yes. It is safe.\n' }, ctx);
    expect(doc.interviews.flatMap((i) => i.sentences).length).toBeGreaterThan(1);
    expect(nlpLoaded()).toBe(true);
    expect(modelRead()).toBe(true);
  });
});
