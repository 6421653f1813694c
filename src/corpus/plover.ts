// A cooperation/conflict score per PLOVER event type, for timelines.
//
// PLOVER itself defines no numeric scale. These values follow the Goldstein (1992) scale as it is
// used for the CAMEO root codes each PLOVER type descends from (PLOVER's own CAMEO crosswalk),
// averaged where a PLOVER type gathers several roots; −10 is most conflictual, +10 most cooperative.
import type { PloverType } from '../model/types.js';

export const PLOVER_SCORES: Record<PloverType, { score: number; reason: string }> = {
  CONSULT: { score: 1.0, reason: 'CAMEO 04 consult (meet, visit, host, negotiate): Goldstein +1.0' },
  AGREE: { score: 4.0, reason: 'CAMEO 03 express intent to cooperate and 057 sign agreement: +4.0 to +8.0, kept low since most are statements' },
  SUPPORT: { score: 3.5, reason: 'CAMEO 05 engage in diplomatic cooperation (praise, endorse, recognize): +3.5' },
  COOPERATE: { score: 6.0, reason: 'CAMEO 06 engage in material cooperation: +6.0' },
  AID: { score: 7.0, reason: 'CAMEO 07 provide aid: +7.0' },
  RETREAT: { score: 5.0, reason: 'CAMEO 08 yield (ease sanctions, release, withdraw): +5.0' },
  REQUEST: { score: -0.5, reason: 'CAMEO 02 appeal (+3.0) and 10 demand (−5.0), averaged: −1.0, set to −0.5 because most reported requests are appeals, not demands' },
  ACCUSE: { score: -2.0, reason: 'CAMEO 11 disapprove (criticize, accuse): −2.0' },
  REJECT: { score: -4.0, reason: 'CAMEO 12 reject: −4.0' },
  THREATEN: { score: -6.0, reason: 'CAMEO 13 threaten: −6.0' },
  PROTEST: { score: -6.5, reason: 'CAMEO 14 protest: −6.5' },
  SANCTION: { score: -5.0, reason: 'CAMEO 16 reduce relations (sanction, embargo, expel): −4.0 to −8.0' },
  MOBILIZE: { score: -7.2, reason: 'CAMEO 15 exhibit military posture: −7.2' },
  COERCE: { score: -7.0, reason: 'CAMEO 17 coerce (seize, arrest, repress): −7.0' },
  ASSAULT: { score: -9.0, reason: 'CAMEO 18 assault, 19 fight, 20 mass violence: −9.0 to −10.0' },
};

export function ploverScore(type: string): number {
  return (PLOVER_SCORES as Record<string, { score: number }>)[type]?.score ?? 0;
}
