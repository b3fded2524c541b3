// Just enough of the two baseline packages' shapes for the checker benchmark.
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number };
  }
}
declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
  const vader: { SentimentIntensityAnalyzer: typeof SentimentIntensityAnalyzer };
  export default vader;
}
