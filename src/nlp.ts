import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;

let shared: Nlp | null = null;

/** The wink-nlp pipeline with sentences and POS; loading the model takes ~100 ms, so do it once. */
export function loadNlp(): Nlp {
  if (!shared) shared = winkNLP(model, ['sbd', 'pos']);
  return shared;
}

let vocabDoc: { isLexeme(t: string): unknown } | null = null;

/**
 * Is this lower-case word in wink-nlp's English vocabulary? A separate instance answers,
 * because the tagging instance adds every new word it reads to its own lexicon.
 */
export function isEnglishWord(word: string): boolean {
  if (!vocabDoc) vocabDoc = winkNLP(model, []).readDoc('');
  return !!vocabDoc.isLexeme(word.toLowerCase());
}
