/**
 * Stance cues (data/sentiment/stance-cues.json): lemma phrases that show a speaker for or against a
 * target, the "thanks" words and the "harms" that make thanks ironic, and the pronouns that refer back.
 */
import { z } from 'zod';

export const stanceCuesSchema = z.object({
  against: z.record(z.string().min(1), z.number().positive()),
  for: z.record(z.string().min(1), z.number().positive()),
  thanks: z.array(z.string().min(1)),
  harms: z.array(z.string().min(1)),
  anaphora: z.array(z.string().min(1)),
  sentimentWeight: z.number().min(0).max(1),
  neutralBand: z.number().min(0).max(1),
  bootstrap: z.object({ resamples: z.number().int().min(100).max(100000), seed: z.number().int() }),
});
export type StanceCuesFile = z.infer<typeof stanceCuesSchema>;

export interface Cue {
  /** Words of the phrase; each matches a token's normal form or lemma. */
  words: string[];
  /** Signed: > 0 for, < 0 against. */
  weight: number;
  thanks: boolean;
}

export interface StanceCues {
  cues: Cue[];
  harms: string[][];
  anaphora: Set<string>;
  sentimentWeight: number;
  neutralBand: number;
  bootstrap: { resamples: number; seed: number };
}

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

export function compileCues(file: StanceCuesFile): StanceCues {
  const thanks = new Set(file.thanks.map((t) => t.toLowerCase()));
  const cues: Cue[] = [
    ...Object.entries(file.against).map(([p, w]) => ({ words: words(p), weight: -w, thanks: false })),
    ...Object.entries(file.for).map(([p, w]) => ({ words: words(p), weight: w, thanks: thanks.has(p.toLowerCase()) })),
  ];
  // Thanks words not listed under "for" still start an ironic-thanks check, with no weight of their own.
  for (const t of thanks) if (!cues.some((c) => c.thanks && c.words.join(' ') === t)) cues.push({ words: [t], weight: 0, thanks: true });
  return {
    cues,
    harms: file.harms.map(words),
    anaphora: new Set(file.anaphora.map((a) => a.toLowerCase())),
    sentimentWeight: file.sentimentWeight,
    neutralBand: file.neutralBand,
    bootstrap: file.bootstrap,
  };
}
