// The gazetteer look-ups the stages use. Each folds its text cheaply (plain ASCII needs only
// lower case) and answers from a Map built once, so no cache is kept between articles.
export { agencyByName as agencyOf } from './agencies.js';
export { lookupOrg as orgOf } from './organizations.js';
export { lookupDemonym as demonymOf, lookupPlace as placeOf } from './places.js';
