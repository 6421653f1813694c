import type { Stage } from './stage.js';
import { segment } from '../stages/segment/index.js';
import { mentions } from '../stages/mentions/index.js';
import { actors } from '../stages/actors/index.js';
import { dates } from '../stages/dates/index.js';
import { quotes } from '../stages/quotes/index.js';
import { events } from '../stages/events/index.js';

/**
 * The default stage order, and why:
 * 1. segment   – paragraphs, sentences, tokens: everything else is built on token offsets.
 * 2. mentions  – proper-name runs, titles, demonyms: needs tokens and their POS.
 * 3. actors    – groups mentions into one actor per entity, reads roles; needs every name first,
 *                since "Shamkhani" may come before or after "Ali Shamkhani".
 * 4. dates     – every date expression resolved against the published date; needs only sentences
 *                (to skip boilerplate), but sits after actors so events and quotes find it ready.
 * 5. quotes    – direct and reported speech with speaker, outlet and cue; after actors, because a
 *                speaker is an actor id and "he" or "the Iranian minister" is resolved against the
 *                actors' mentions and roles.
 * 6. events    – PLOVER events (meetings, visits, praise, accusations…) with parties, date, place;
 *                last, because parties are actor ids, dates come from the dates layer, and a
 *                meeting's "he" is resolved like a quote's speaker.
 */
export const DEFAULT_STAGES: readonly Stage[] = [segment, mentions, actors, dates, quotes, events];
