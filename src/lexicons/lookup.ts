// The gazetteer look-ups the stages use, remembered for one article at a time: nothing is kept
// from one article to the next.
import { agencyByName } from './agencies.js';
import { lookupOrg } from './organizations.js';
import { lookupDemonym, lookupPlace } from './places.js';
import { remembered } from '../memo.js';

/**
 * The look-ups of one article, remembered while it is analysed: a name is looked up many times
 * (to start a run, split it, trim it, type it, group it) and names repeat within an article.
 */
export class ArticleGazetteer {
  readonly place = remembered(lookupPlace);
  readonly org = remembered(lookupOrg);
  readonly agency = remembered(agencyByName);
  readonly demonym = remembered(lookupDemonym);
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
