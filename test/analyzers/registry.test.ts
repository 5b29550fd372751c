import { describe, expect, it, vi } from 'vitest';
import { ANALYZERS, planAnalyzers, runAnalyzers } from '../../analyzers/index.js';
import { Carried, Swept } from '../../analyzers/registry.js';
import type { AnyAnalyzer, Annotations, Analyzer } from '../../analyzers/types.js';
import { loadResources } from '../../analyzers/resources.js';
import { TurnlensError } from '../../pipeline/messages.js';
import { DATA, interviewOf, sentencesOf } from './entities/fixture.js';

const resources = loadResources({ dataDir: DATA });
const interview = interviewOf([
  'The United States has attacked Huawei, but our security record is good.',
  'Meng Wanzhou is my daughter. We will not install backdoors.',
]);
const sentences = sentencesOf(interview);
const input = { interview, sentences, resources, options: { targets: ['United States', 'security_trust'] } };

/** An analyzer of the sentiment key, with the fields a case overrides. */
function fake(over: Partial<Analyzer<'sentiment'>>): AnyAnalyzer {
  return {
    name: 'fake',
    requires: [],
    produces: ['sentiment'],
    reads: [],
    run: ({ sentences: s }) => ({ sentiment: s.map(() => ({ score: 0, label: 'neutral' as const })) }),
    ...over,
  };
}

describe('planAnalyzers', () => {
  it('keeps registry order, whatever order the names come in', () => {
    expect(planAnalyzers(ANALYZERS, ['entities', 'sentiment']).map((a) => a.name)).toEqual(['sentiment', 'entities']);
  });

  const BAD: Array<[string, AnyAnalyzer[], string[] | undefined, RegExp]> = [
    ['an unknown name', ANALYZERS.slice(), ['sentiment', 'moods'], /unknown analyzer "moods"; known analyzers: sentiment, entities/],
    ['an unmet requirement', ANALYZERS.slice(), ['themes'], /analyzer "themes" requires "mentions", which no analyzer before it produces/],
    ['two producers of a key', [ANALYZERS[0], fake({})], undefined, /analyzers "sentiment" and "fake" both produce "sentiment"/],
    [
      'sweeps that would need annotations',
      [ANALYZERS[1], fake({ produces: ['themes' as never], requires: ['mentions'], sweeps: { sweeps: 1, start: () => 0, add: () => undefined, end: () => undefined } })],
      undefined,
      /analyzer "fake" sweeps whole interviews but requires "mentions": a sweep sees no annotations/,
    ],
    [
      'a read that is neither a resource nor an option',
      [fake({ reads: ['lexicon' as never] })],
      undefined,
      /analyzer "fake" reads "lexicon", which is neither a resource nor an option; known: sentiment, entities, themes, targets/,
    ],
  ];
  it.each(BAD)('fails on %s before anything runs', (_, registry, names, message) => {
    expect(() => planAnalyzers(registry, names)).toThrow(TurnlensError);
    expect(() => planAnalyzers(registry, names)).toThrow(message);
  });
});

describe('runAnalyzers', () => {
  it('runs every registered analyzer with only the resources and options it declares', () => {
    const a = runAnalyzers(planAnalyzers(ANALYZERS), input);
    expect(Object.keys(a).sort()).toEqual(['mentions', 'sentiment', 'stance', 'terms', 'themes']);
    expect(a.stance!.length).toBeGreaterThan(0);
  });

  const UNDECLARED: Array<[string, AnyAnalyzer, RegExp]> = [
    ['a resource', fake({ reads: ['entities'], run: ({ resources: r }) => void r.themes as never }), /analyzer "fake" read the resource "themes", which its reads do not name/],
    ['an option', fake({ reads: ['sentiment'], run: ({ options: o }) => void o.targets as never }), /analyzer "fake" read the option "targets", which its reads do not name/],
  ];
  it.each(UNDECLARED)('throws when an analyzer reads %s it does not declare', (_, analyzer, message) => {
    expect(() => runAnalyzers([analyzer], input)).toThrow(message);
  });

  it('hands a declared resource and option as they are', () => {
    const seen: unknown[] = [];
    const reader = fake({
      reads: ['themes', 'targets'],
      run: ({ resources: r, options: o, sentences: s }) => {
        seen.push(r.themes, o.targets);
        return { sentiment: s.map(() => ({ score: 0, label: 'neutral' as const })) };
      },
    });
    runAnalyzers([reader], input);
    expect(seen).toEqual([resources.themes, input.options.targets]);
    expect(seen[0]).toBe(resources.themes);
  });

  it('does not run an analyzer whose every key is given, and hands the given keys to the analyzers after it', () => {
    const plan = planAnalyzers(ANALYZERS);
    const fresh = runAnalyzers(plan, input);
    const runs = plan.map((a) => vi.spyOn(a, 'run'));
    try {
      const given: Partial<Annotations> = { sentiment: fresh.sentiment, mentions: fresh.mentions, terms: fresh.terms };
      const again = runAnalyzers(plan, input, given);
      expect(plan.filter((_, i) => runs[i].mock.calls.length > 0).map((a) => a.name)).toEqual(['themes', 'stance']);
      expect(JSON.stringify(again)).toBe(JSON.stringify(fresh));
      // What themes was handed is what was given.
      expect(runs[plan.findIndex((a) => a.name === 'themes')].mock.calls[0][0].annotations.mentions).toBe(given.mentions);
    } finally {
      for (const r of runs) r.mockRestore();
    }
  });
});

describe('Swept', () => {
  // Three pieces of one interview, each of two sentences; an id is piece:position.
  const pieces = [0, 1, 2].map((p) => sentences.slice(0, 2).map((s, i) => ({ ...s, id: `${p}:${i}` })));
  const heldText = pieces.reduce((n, p) => n + p[1].text.length, 0);

  /** An analyzer of `sweeps` sweeps that names, in each sweep but the last, what `names` gives; it logs what each sweep sees. */
  function sweeper(name: string, sweeps: number, names: (piece: number) => number[] | void, seen: string[][]): AnyAnalyzer {
    return fake({
      name,
      produces: [name as never],
      sweeps: {
        sweeps,
        start: () => 0,
        add: (_state, sweep, { sentences: s }) => {
          (seen[sweep] ??= []).push(...s.map((x) => x.id));
          return sweep + 1 < sweeps ? names(Number(s[0].id.split(':')[0])) : undefined;
        },
        end: () => undefined,
      },
    });
  }

  /** Runs the sweeps; returns how many times the pieces were read. */
  function sweepAll(plan: AnyAnalyzer[], holdChars: number): number {
    const swept = new Swept(plan, interview, resources, input.options);
    let reads = 0;
    swept.sweepAll(
      (add) => {
        reads++;
        for (const s of pieces) add({ interview, sentences: s, resources, options: input.options });
      },
      undefined,
      holdChars,
    );
    return reads;
  }

  it('hands the next sweep only the sentences named for it, without reading the pieces again', () => {
    const seen: string[][] = [];
    // The second sentence of pieces 0 and 2; nothing of piece 1.
    expect(sweepAll([sweeper('a', 2, (p) => (p === 1 ? [] : [1]), seen)], heldText)).toBe(1);
    expect(seen).toEqual([['0:0', '0:1', '1:0', '1:1', '2:0', '2:1'], ['0:1', '2:1']]);
  });

  const rereads: Array<[string, (seen: string[][]) => AnyAnalyzer[], number]> = [
    ['the named sentences hold more text than may be held', (seen) => [sweeper('a', 2, () => [1], seen)], heldText - 1],
    ['an analyzer of the next sweep names nothing for a piece', (seen) => [sweeper('a', 2, (p) => (p === 2 ? undefined : [1]), seen)], heldText],
    ['another analyzer of the next sweep names nothing', (seen) => [sweeper('a', 2, () => [1], seen), sweeper('b', 2, () => undefined, [])], heldText],
    ['nothing may be held (the default)', (seen) => [sweeper('a', 2, () => [1], seen)], 0],
  ];
  it.each(rereads)('reads every piece again when %s', (_, plan, holdChars) => {
    const seen: string[][] = [];
    expect(sweepAll(plan(seen), holdChars)).toBe(2);
    expect(seen[1]).toEqual(seen[0]);
  });

  it('asks only the analyzers of the next sweep: one whose sweeps have ended names nothing and is not waited for', () => {
    const seen: string[][] = [];
    const once: string[][] = [];
    expect(sweepAll([sweeper('a', 2, () => [0], seen), sweeper('b', 1, () => undefined, once)], heldText * 4)).toBe(1);
    expect(seen[1]).toEqual(['0:0', '1:0', '2:0']);
    expect(once).toHaveLength(1);
  });

  it('holds for each sweep what the one before named: three sweeps, each narrower', () => {
    const seen: string[][] = [];
    const a = fake({
      name: 'a',
      produces: ['a' as never],
      sweeps: {
        sweeps: 3,
        start: () => 0,
        add: (_state, sweep, { sentences: s }) => {
          (seen[sweep] ??= []).push(...s.map((x) => x.id));
          // Sweep 0 names both sentences of pieces 0 and 1; sweep 1, of what it is handed, the second.
          if (sweep === 0) return s[0].id.startsWith('2:') ? [] : [0, 1];
          if (sweep === 1) return s.flatMap((x, i) => (x.id.endsWith(':1') ? [i] : []));
        },
        end: () => undefined,
      },
    });
    expect(sweepAll([a], heldText * 4)).toBe(1);
    expect(seen.slice(1)).toEqual([['0:0', '0:1', '1:0', '1:1'], ['0:1', '1:1']]);
  });
});

describe('Carried', () => {
  it('hands each run what the run before left, also when the keys were given and the analyzer did not run', () => {
    const handed: unknown[] = [];
    const counter = fake({
      run: ({ sentences: s, carried }) => {
        handed.push(carried);
        return { sentiment: s.map(() => ({ score: 0, label: 'neutral' as const })) };
      },
      // What it leaves: the number of pieces seen, and whether its own key was there to read.
      carries: ({ carried, annotations }) => ({ pieces: ((carried as { pieces: number } | undefined)?.pieces ?? 0) + 1, own: annotations.sentiment !== undefined }),
    });
    const carried = new Carried();
    runAnalyzers([counter], input, {}, undefined, carried);
    runAnalyzers([counter], input, {}, undefined, carried);
    runAnalyzers([counter], input, { sentiment: [] }, undefined, carried);
    runAnalyzers([counter], input, {}, undefined, carried);
    expect(handed).toEqual([undefined, { pieces: 1, own: true }, { pieces: 3, own: true }]);
    expect(carried.states.get('fake')).toEqual({ pieces: 4, own: true });
    // Without a Carried, nothing is carried.
    runAnalyzers([counter], input);
    expect(handed.at(-1)).toBeUndefined();
  });
});
