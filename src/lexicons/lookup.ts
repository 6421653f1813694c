// The gazetteer look-ups the stages use, remembered for one article at a time. Each look-up
// folds its text cheaply (plain ASCII needs only lower case) and answers from a Map built once;
// nothing is kept from one article to the next.
import { agencyByName, type Agency } from './agencies.js';
import { lookupOrg, type OrgEntry } from './organizations.js';
import { lookupDemonym, lookupPlace, type PlaceEntry } from './places.js';

/**
 * The look-ups of one article, remembered while it is analysed: a name is looked up many times
 * (to start a run, split it, trim it, type it, group it) and names repeat within an article.
 */
export class ArticleGazetteer {
  private places = new Map<string, PlaceEntry | null>();
  private orgs = new Map<string, OrgEntry | null>();
  private agencies = new Map<string, Agency | null>();
  private demonyms = new Map<string, string | null>();
  place(s: string): PlaceEntry | null {
    let v = this.places.get(s);
    if (v === undefined) this.places.set(s, (v = lookupPlace(s)));
    return v;
  }
  org(s: string): OrgEntry | null {
    let v = this.orgs.get(s);
    if (v === undefined) this.orgs.set(s, (v = lookupOrg(s)));
    return v;
  }
  agency(s: string): Agency | null {
    let v = this.agencies.get(s);
    if (v === undefined) this.agencies.set(s, (v = agencyByName(s)));
    return v;
  }
  demonym(s: string): string | null {
    let v = this.demonyms.get(s);
    if (v === undefined) this.demonyms.set(s, (v = lookupDemonym(s)));
    return v;
  }
  /** A place, organization or agency of this name. */
  known(s: string): boolean {
    return !!(this.place(s) || this.org(s) || this.agency(s));
  }
}

const byDocument = new WeakMap<object, ArticleGazetteer>();

/** The look-ups of the article `doc`: they go when the document does. */
export function gazetteerOf(doc: object): ArticleGazetteer {
  let g = byDocument.get(doc);
  if (!g) byDocument.set(doc, (g = new ArticleGazetteer()));
  return g;
}
