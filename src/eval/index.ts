// The evaluation library: gold loading, matching rules, scoring, evaluate().
export { evaluate, predictFolder, loadPredictions, scorePredictions, defaultAnalyzer, type Analyzer, type Evaluation, type Failure, type Predictions } from './evaluate.js';
export { score, combine, prf, scorerSummary, isMeeting, LAYERS, type LayerName, type Count, type DocScore, type Figures, type LayerFigures, type Finding } from './score.js';
export { loadGoldDir, parseGold, GoldFormatError, type GoldArticle, type GoldActor, type GoldMeeting, type GoldQuote, type GoldEntry, type PredArticle, type PredActor, type PredEvent, type PredQuote } from './gold.js';
export { matchActors, nameMatches, typeAgrees, goldActorOf, nameForms } from './match.js';
export { normalizeName, closeNames, words, nameTokens, tokenF1 } from './names.js';
export { formatFigures, formatEvaluation } from './report.js';
