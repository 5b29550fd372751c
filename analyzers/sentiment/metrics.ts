/** Agreement measures for the sentiment eval. */
import type { SentimentLabel } from '../../pipeline/types.js';

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] - mx;
    const b = y[i] - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

const CLASSES: SentimentLabel[] = ['negative', 'neutral', 'positive'];

export function toLabel(score: number, band: number): SentimentLabel {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

export interface ClassScores {
  /** Unweighted mean over the three classes. */
  macroF1: number;
  /** Mean weighted by the number of gold items per class (closest to the VADER paper's figures). */
  weightedF1: number;
}

export function f1Scores(pred: readonly SentimentLabel[], gold: readonly SentimentLabel[]): ClassScores {
  let macro = 0;
  let weighted = 0;
  for (const c of CLASSES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < pred.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    macro += f / CLASSES.length;
    weighted += (f * (tp + fn)) / pred.length;
  }
  return { macroF1: macro, weightedF1: weighted };
}
