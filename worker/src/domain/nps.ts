/** Promoters answer 9–10, passives 7–8, detractors 0–6. */
export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export function npsGroup(nps: number): NpsGroup {
  if (nps >= 9) return 'promoter';
  if (nps >= 7) return 'passive';
  return 'detractor';
}

/** Net Promoter Score: promoters% − detractors%, from −100 to 100, rounded to one decimal; null without answers. */
export function npsScore(promoters: number, passives: number, detractors: number): number | null {
  const count = promoters + passives + detractors;
  if (count === 0) return null;
  return Math.round(((promoters - detractors) / count) * 1000) / 10;
}
