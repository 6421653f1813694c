import path from 'node:path';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

type Model = Parameters<typeof winkNLP>[0];

/**
 * A fresh copy of the English model. Its loaders rewrite their own module state when an instance
 * is made (one stringifies its data in place, again on every call), so each instance gets the
 * model's modules loaded anew rather than shared.
 */
function freshModel(): Model {
  // a require of its own each time: the module that requires keeps a list of what it loaded
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('wink-eng-lite-web-model'));
  for (const k of Object.keys(require.cache)) if (k.startsWith(dir + path.sep)) delete require.cache[k];
  return require('wink-eng-lite-web-model') as Model;
}

export type Nlp = ReturnType<typeof winkNLP>;

let shared: Nlp | null = null;

/** The wink-nlp pipeline with sentences and POS; loading the model takes ~100 ms, so do it once. */
export function loadNlp(): Nlp {
  if (!shared) shared = winkNLP(freshModel(), ['sbd', 'pos']);
  return shared;
}

/**
 * Documents an instance reads before it is replaced. wink-nlp adds every word it has not seen
 * to its lexicon, for good (about 100 bytes each: names, numbers), so one instance grows with
 * the number of articles read; a fresh one every 10,000 articles keeps memory flat, for ~120 ms.
 */
export const RENEW_AFTER = 10_000;
let read = 0;

/** The instance to analyse the next document with, renewed every `renewAfter` documents. */
export function nlpForDocument(renewAfter = RENEW_AFTER): Nlp {
  if (read >= renewAfter) {
    shared = null;
    read = 0;
  }
  read++;
  return loadNlp();
}

let vocabDoc: { isLexeme(t: string): unknown } | null = null;

/**
 * Is this lower-case word in wink-nlp's English vocabulary? A separate instance answers,
 * because the tagging instance adds every new word it reads to its own lexicon.
 */
export function isEnglishWord(word: string): boolean {
  if (!vocabDoc) vocabDoc = winkNLP(freshModel(), []).readDoc('');
  return !!vocabDoc.isLexeme(word.toLowerCase());
}
