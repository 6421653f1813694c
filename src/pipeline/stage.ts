import type { Analysis } from '../model/types.js';
import type { Nlp } from '../nlp.js';

/** What every stage may read besides the analysis so far. No clock, no I/O: all of it comes in here. */
export interface StageContext {
  /** The wink-nlp instance, loaded once per process. */
  nlp: Nlp;
  /** The date relative expressions resolve against: the published date, or null when unknown. */
  reference: string | null;
}

/** The layers a stage may assign. */
export type Layer = Exclude<keyof Analysis, 'doc'>;

/**
 * A stage is a pure function of the analysis so far: it reads the layers it `requires`
 * and returns new values for the layers it `assigns`. The runner applies the patch.
 */
export interface Stage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(a: Readonly<Analysis>, ctx: StageContext): Partial<Omit<Analysis, 'doc'>>;
}
