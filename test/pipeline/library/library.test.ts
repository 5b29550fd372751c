/**
 * The package as a library: `import { analyze } from 'turnlens'` resolves through package.json
 * "exports" to the built dist/ (npm test builds first) and returns the structured corpus.
 */
import { describe, expect, it } from 'vitest';

describe("import { analyze } from 'turnlens'", () => {
  it('returns interviews → turns → sentences with provenance, and the tidy tables', async () => {
    const { analyze, TurnlensError } = await import('turnlens');
    const result = await analyze(['data/ren-bbc-interview-news-2019-02.txt']);
    expect(result.docs).toHaveLength(1);
    const [{ interview, sentences }] = result.docs[0].interviews;
    expect(interview.kind).toBe('article');
    expect(interview.turns.length).toBeGreaterThan(0);
    const ren = interview.turns.filter((t) => t.speaker === 'Ren Zhengfei');
    expect(ren.length).toBeGreaterThan(0);
    // Every sentence points back to its turn and its source line.
    for (const s of sentences) {
      const turn = interview.turns[s.turnIndex];
      expect(turn.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.source.file).toBe('data/ren-bbc-interview-news-2019-02.txt');
      expect(s.source.line).toBeGreaterThanOrEqual(turn.source.line);
    }
    expect(result.tables.turns).toHaveLength(interview.turns.length);
    expect(result.tables.sentences).toHaveLength(sentences.length);
    await expect(analyze(['no/such/file.txt'])).rejects.toBeInstanceOf(TurnlensError);
  });

  it('keepDocs: false streams the documents into the tables and returns none of them', async () => {
    const { analyze } = await import('turnlens');
    const inputs = ['data/ren-bbc-interview-news-2019-02.txt', 'data/ren-zhengfei-interviews-2019-11-to-2020-03.txt'];
    const kept = await analyze(inputs);
    const streamed = await analyze(inputs, { keepDocs: false });
    expect([kept.docs.length, streamed.docs.length]).toEqual([2, 0]);
    expect(JSON.stringify(streamed.tables)).toBe(JSON.stringify(kept.tables));
    expect(streamed.warnings).toEqual(kept.warnings);
  });
});
