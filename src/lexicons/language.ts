// Data for telling English apart quickly (src/ingest/language.ts).

/**
 * The commonest English function words. In English news they make up 30–45% of the words; in
 * other Latin-script languages a handful of them occur by chance (French "a", Dutch "in"), well
 * under 10%. Reason: a share above ENGLISH_SHARE settles the language without trigram scoring,
 * which costs milliseconds per article.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'as', 'by', 'at', 'he', 'it',
  'from', 'his', 'be', 'has', 'have', 'are', 'an', 'were', 'its', 'will', 'this', 'not', 'but', 'who', 'which', 'they',
  'after', 'had', 'their', 'been', 'would', 'also', 'we', 'or', 'she', 'her', 'there', 'about', 'into', 'than', 'what',
]);

/** Share of function words above which a text is English (see ENGLISH_FUNCTION_WORDS). */
export const ENGLISH_SHARE = 0.2;
