import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;

let shared: Nlp | null = null;

/** The wink-nlp pipeline with POS and negation; loading the model takes ~100 ms, so do it once. */
export function loadNlp(): Nlp {
  if (!shared) shared = winkNLP(model, ['sbd', 'pos', 'negation']);
  return shared;
}
