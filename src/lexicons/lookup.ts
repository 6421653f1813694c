// The gazetteer look-ups the stages use. Their answers are kept across articles, up to a bound:
// the same names come back article after article ("Iran", "Tehran", "Reuters"), and each look-up
// that gets past the key filters folds and hashes the name again.
import { agencyByName, mayBeAgency, type Agency } from './agencies.js';
import { keyEnds } from './fold.js';
import { ORG_KEY_FILTER, lookupOrg, type OrgEntry } from './organizations.js';
import { demonymKeyFilter, lookupDemonym, lookupPlace, mayBeDemonym, mayBePlace, placeKeyFilter, type PlaceEntry } from './places.js';
import { rememberedAcross } from '../memo.js';

/** How many answers each look-up keeps before it drops them all (about 2 MB each at most). */
const KEPT_ANSWERS = 20_000;

const placeOf = rememberedAcross(lookupPlace, KEPT_ANSWERS);
const orgOf = rememberedAcross(lookupOrg, KEPT_ANSWERS);
const agencyOf = rememberedAcross(agencyByName, KEPT_ANSWERS);
const demonymOf = rememberedAcross(lookupDemonym, KEPT_ANSWERS);
/** Is the text a place, an organization or an agency? One answer for the three look-ups, which each reject what their filters reject. */
const knownOf = rememberedAcross((s) => !!(lookupPlace(s) || lookupOrg(s) || agencyByName(s)), KEPT_ANSWERS);

/**
 * The look-ups of one article: a name is looked up many times (to start a run, split it, trim
 * it, type it, group it), and names repeat within an article and across articles. Most look-ups
 * miss; a text the lexicons' key filters reject is answered at once, neither remembered nor (for
 * the `…At` forms, which read a range of a text in place) sliced out.
 */
export class ArticleGazetteer {
  private readonly placeOf = placeOf;
  private readonly orgOf = orgOf;
  private readonly agencyOf = agencyOf;
  private readonly demonymOf = demonymOf;
  // A name is mostly asked of several lexicons in a row ("Trump": a demonym? an organization? a
  // place?), and places, organizations and demonyms make their keys alike: the last text asked
  // and its keyEnds are kept, so that the next question of the same text does not read it again.
  private lastText: string | null = null;
  private lastEnds = -1;
  private lastAgencyText: string | null = null;
  private lastAgencyMay = true;

  /** keyEnds of the whole of s, read once for a run of questions about the same text. */
  private endsOf(s: string): number {
    if (s !== this.lastText) {
      this.lastEnds = keyEnds(s, 0, s.length);
      this.lastText = s;
    }
    return this.lastEnds;
  }

  place(s: string): PlaceEntry | null {
    return placeKeyFilter().mayHave(this.endsOf(s)) ? this.placeOf(s) : null;
  }
  org(s: string): OrgEntry | null {
    return ORG_KEY_FILTER.mayHave(this.endsOf(s)) ? this.orgOf(s) : null;
  }
  agency(s: string): Agency | null {
    if (s !== this.lastAgencyText) {
      this.lastAgencyMay = mayBeAgency(s, 0, s.length);
      this.lastAgencyText = s;
    }
    return this.lastAgencyMay ? this.agencyOf(s) : null;
  }
  demonym(s: string): string | null {
    return demonymKeyFilter().mayHave(this.endsOf(s)) ? this.demonymOf(s) : null;
  }
  /** A place, organization or agency of this name. */
  known(s: string): boolean {
    return this.knownAt(s, 0, s.length);
  }
  /** place(text.slice(from, to)), slicing the text only when the name may be a place. */
  placeAt(text: string, from: number, to: number): PlaceEntry | null {
    return mayBePlace(text, from, to) ? this.placeOf(text.slice(from, to)) : null;
  }
  /** demonym(text.slice(from, to)), slicing the text only when it may be a demonym. */
  demonymAt(text: string, from: number, to: number): string | null {
    return mayBeDemonym(text, from, to) ? this.demonymOf(text.slice(from, to)) : null;
  }
  /** known(text.slice(from, to)), slicing the text only when it may be a known name. */
  knownAt(text: string, from: number, to: number): boolean {
    // places and organizations make their keys alike, and so share a text's keyEnds
    const h = keyEnds(text, from, to);
    const p = placeKeyFilter().mayHave(h);
    const o = ORG_KEY_FILTER.mayHave(h);
    const g = mayBeAgency(text, from, to);
    return (p || o || g) && knownOf(text.slice(from, to));
  }
}

const byDocument = new WeakMap<object, ArticleGazetteer>();

/** The look-ups of the article `doc`: they go when the document does. */
export function gazetteerOf(doc: object): ArticleGazetteer {
  let g = byDocument.get(doc);
  if (!g) byDocument.set(doc, (g = new ArticleGazetteer()));
  return g;
}
