// The gazetteer look-ups the stages use, remembered for one article at a time: nothing is kept
// from one article to the next.
import { agencyByName, mayBeAgency, type Agency } from './agencies.js';
import { keyEnds } from './fold.js';
import { ORG_KEY_FILTER, lookupOrg, mayBeOrg, type OrgEntry } from './organizations.js';
import { lookupDemonym, lookupPlace, mayBeDemonym, mayBePlace, placeKeyFilter, type PlaceEntry } from './places.js';
import { remembered } from '../memo.js';

/**
 * The look-ups of one article, remembered while it is analysed: a name is looked up many times
 * (to start a run, split it, trim it, type it, group it) and names repeat within an article.
 * Most look-ups miss; a text the lexicons' key filters reject is answered at once, neither
 * remembered nor (for the `…At` forms, which read a range of a text in place) sliced out.
 */
export class ArticleGazetteer {
  private readonly placeOf = remembered(lookupPlace);
  private readonly orgOf = remembered(lookupOrg);
  private readonly agencyOf = remembered(agencyByName);
  private readonly demonymOf = remembered(lookupDemonym);

  place(s: string): PlaceEntry | null {
    return mayBePlace(s, 0, s.length) ? this.placeOf(s) : null;
  }
  org(s: string): OrgEntry | null {
    return mayBeOrg(s, 0, s.length) ? this.orgOf(s) : null;
  }
  agency(s: string): Agency | null {
    return mayBeAgency(s, 0, s.length) ? this.agencyOf(s) : null;
  }
  demonym(s: string): string | null {
    return mayBeDemonym(s, 0, s.length) ? this.demonymOf(s) : null;
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
    if (!p && !o && !g) return false;
    const s = text.slice(from, to);
    return !!((p && this.placeOf(s)) || (o && this.orgOf(s)) || (g && this.agencyOf(s)));
  }
}

const byDocument = new WeakMap<object, ArticleGazetteer>();

/** The look-ups of the article `doc`: they go when the document does. */
export function gazetteerOf(doc: object): ArticleGazetteer {
  let g = byDocument.get(doc);
  if (!g) byDocument.set(doc, (g = new ArticleGazetteer()));
  return g;
}
