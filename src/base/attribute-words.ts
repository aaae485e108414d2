/**
 * The values of an attribute that takes several (`region="DE-ST DE-TH"`), separated by spaces or commas (`DE-HE,
 * DE-RP`, as webmasters write them too), without empty ones. A module of its own: the map's entry reads `region`
 * inline (its bytes), its views chunk and the news use this.
 */
export function attributeWords(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
