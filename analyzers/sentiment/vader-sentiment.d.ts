/** Typings for the `vader-sentiment` dev dependency (the JavaScript port of VADER), used by the eval only. */
declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
  };
}
