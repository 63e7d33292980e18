// Package text prepares Arabic (and Latin-script) news text for matching:
// normalisation, sentence splitting and tokenisation with byte offsets into
// the original text. Normalised forms are for matching only; evidence always
// keeps the original text.
//
// The steps, each usable alone:
//
//   - Normalize: the matching form of a string (NFKC, no diacritics or
//     tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic digits →
//     ASCII, Latin lower case). Note that ى → ي makes على ("on") and علي
//     ("Ali") the same form; look names up with their context.
//   - Sentences: sentences with byte offsets and their tokens. The Arabic
//     semicolon ؛ does not end a sentence (it joins clauses of one
//     statement, and relation rules need the subject of the first clause).
//   - Tokenize: words, numbers and punctuation marks with byte offsets; each
//     Token carries its normal form (Norm), a proclitic split (Prefix + Bare)
//     and two candidate lists for lexicon lookup: Forms (proclitics و ف ب ل ك
//     removed, most literal first) and SuffixForms (an attached pronoun
//     removed: لقائه → لقاء).
//
// Clitics. A word like وزير or بوتين begins with a letter that is also a
// proclitic, and no rule can tell that apart from وموسكو without a lexicon.
// Bare is a best guess (it keeps the words listed in data/keep.txt and
// those added with AddKeepWords, e.g. a catalogue's names); name lookup
// should instead try Token.Forms in order and take the first form the
// lexicon knows, so that "بوتين" matches before "وتين" and "والرياض"
// falls back to "الرياض". The article ال is never removed by Forms; use
// StripArticle when a lexicon keys names without it.
//
// Prior art. bleve's analysis/lang/ar (a port of Lucene's Arabic analyzer)
// was read, not imported: its normaliser folds the same letters (alef forms,
// ى, ة, harakat and tatweel), which Normalize already does, and its light
// stemmer strips the article with the prefixes ال وال بال كال فال لل و and
// the suffixes ها ان ات ون ين يه ية ه ة ي whenever enough letters remain.
// That is right for search recall but wrong here: it cuts the first letter
// of وليد and the last of علي (ي) or طه (ه), loses the article that lexicon
// entries carry, and keeps no offsets. The proclitic set here is the same,
// but applied as candidates (Forms) rather than destructively, and suffix
// stripping is limited to pronouns (SuffixForms). golang.org/x/text is used
// for NFKC (unicode/norm); its segmenters do not handle Arabic abbreviations
// or the numbers and compounds kept whole here, so splitting is our own.
//
// Speed: Sentences tokenises the document once; tokens already in normal
// form share the document's memory, and the normal forms of the others
// share one string, so a document costs a handful of allocations. See
// BenchmarkSentences (its cpu-MB/s metric counts CPU time, which stays
// meaningful when other processes share the cores).
package text
