/**
 * Claims grouped for the side-by-side panel, and whether the sources disagree. Figures and dates
 * are compared as values. For claims in words (who the victims were, the motive) two sources are
 * taken to disagree when they say different things: the dataset records a text claim per source
 * only where the sources differ, and says so in its README.
 */
import { CLAIM_ASPECTS, type Claim } from './schema.ts';

export type ClaimAspect = (typeof CLAIM_ASPECTS)[number];

export interface AspectClaims {
  aspect: ClaimAspect;
  claims: Claim[];
  /** Two or more sources give different figures, dates or accounts. */
  disagree: boolean;
}

function valueKey(claim: Claim): string {
  if (claim.aspect === 'casualties' && claim.killed) {
    return `${claim.killed.min}-${claim.killed.max ?? '+'}`;
  }
  if (claim.aspect === 'date' && claim.date) return claim.date;
  return claim.statement.trim().toLowerCase();
}

/** Claims by aspect, in the schema's aspect order, each group in the data's order. */
export function claimsByAspect(claims: readonly Claim[]): AspectClaims[] {
  return CLAIM_ASPECTS.flatMap((aspect) => {
    const group = claims.filter((c) => c.aspect === aspect);
    if (group.length === 0) return [];
    const sources = new Set(group.map((c) => c.source));
    const values = new Set(group.map(valueKey));
    return [{ aspect, claims: group, disagree: sources.size > 1 && values.size > 1 }];
  });
}

/** Whether any aspect of an event is contested: the list and the map mark such events. */
export function isContested(claims: readonly Claim[]): boolean {
  return claimsByAspect(claims).some((a) => a.disagree);
}
