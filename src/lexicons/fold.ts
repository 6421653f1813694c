// Folding text for look-ups. Unicode normalisation is the costly part of every lexicon key, and
// most names in English news are plain ASCII, which it leaves as they are.

/** The text with its accents taken off ("Erdoğan" → "Erdogan"); ASCII text is returned as it is. */
export function withoutAccents(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return s;
}
