// Package ner is a learned Arabic named-entity tagger: people (PERS),
// places (LOC), organisations (ORG) and other names (MISC) in BIO tags.
//
// The model is a structured averaged perceptron (Collins 2002; a
// linear-chain CRF trained by SGD is an option, TrainOptions.CRF) over
// hashed features, decoded with first-order Viterbi under BIO constraints
// (I-X only after B-X or I-X). Features per token: the word as written and
// normalised (text.Normalize), its proclitic-stripped readings (و ف, ب ل ك,
// the article), prefixes and suffixes up to 4 letters, character bigrams,
// the words around it (±2) and word bigrams, shape and length, trigger
// words before it (titles such as الرئيس، وزير، الشيخ; place and
// organisation heads; data/triggers.tsv), gazetteer hits for the word and
// every n-gram of up to 5 words around it, and how often the word occurs
// in the training text.
//
// Two gazetteers. The training data's names and word counts are saved in
// the model; while training, a sentence sees only those of the other
// contiguous blocks of the data (jackknifing), so the model learns how far
// to trust them on unseen articles. The outside gazetteer is not saved: it
// is computed when the model is loaded (Default, WithNames, OutsideNames)
// from the entity catalogue (extract/catalog) — its names by type, the
// first and last words of its people's names (given and family names),
// its nationality adjectives — plus a built-in list of given names
// (data/given-names.txt). Its hits are separate features, so the tagger
// follows the catalogue as it grows without retraining.
//
// Document context (context.go). A document is read twice: every sentence
// alone, then again with features telling how the first pass read the same
// word (clitics and article removed) elsewhere in the document — inside a
// name of which type, how often, as its first or last word — so that
// "قال محفوظ" is read in the light of "نجيب محفوظ" three sentences back.
// SpansDoc takes a document; TagDoc and TagTokens take running text and
// use the DocWindow sentences on either side. Spans and Tag read one
// sentence alone (the first pass). Training gets the first-pass tags of
// each block from a model trained on the other blocks, and half of the
// sentences see no context, as in the first pass.
//
// Span scores are marginal probabilities from forward–backward over the
// scores divided by a temperature chosen by cross-validation; they are
// calibrated on held-out ANERcorp blocks (kg ner cv prints the table).
//
// Tagging is fast because most features depend on one word alone: when
// the model is loaded, the weights of those features are summed, for every
// word of its vocabulary, into one row per position (the token itself,
// one or two words before or after it), so a token costs five row
// additions plus about six look-ups for the features that join two words
// (a Bloom filter in the L2 cache answers most of those, which the model
// lacks); words outside the vocabulary are worked out once and cached
// (fast.go). Weights are integers, so the scores equal the per-feature sums
// exactly; TestFastMatchesReference and TestSpansDocMatchesReference check
// tags and span scores against the straightforward featurize-then-look-up
// path on ANERcorp, the seed article and hand-written sentences.
//
// Accuracy (kg ner cv: 5 contiguous blocks of the ANERcorp training split,
// never shuffled sentences; micro F1 as ../shared/eval/ner_score.py), with
// the catalogue of ~10,000 entities: 0.753 (P 0.798, R 0.713; PERS 0.723,
// LOC 0.857, ORG 0.631, MISC 0.579; blocks 0.777 0.769 0.666 0.806 0.736).
// It was 0.718 (PERS 0.638, LOC 0.839, ORG 0.616, MISC 0.595) before the
// outside gazetteer, contiguous jackknifing, document context and the
// speech-verb triggers; with the earlier catalogue of ~3,000 entities the
// same model scored 0.747; a CRF objective scored as the perceptron
// (0.745 against 0.743). Shuffled folds overstate it (the same names sit
// in training and test folds); the held-out test split scored 0.674 when
// contiguous CV said 0.718, so expect about 0.71 there.
//
// Speed (go test ./extract/ner -bench . -cpu 1; two rounds of 4 runs
// interleaved with the previous model's, a shared 2-core machine at load
// 6–11; medians, this model / the previous one): Tag 1.02M / 0.95M and
// 0.96M / 1.09M tokens per CPU-second, Spans 0.93M / 0.91M and 0.86M /
// 0.88M, Spans over the seed article 1.68M / 1.46M and 1.39M / 1.63M —
// the same within the noise of the machine. The second pass of SpansDoc
// re-tags only the sentences with document hits. Loading takes 0.16–0.18
// CPU-s, 0.22–0.25 with the ~10,000-entity catalogue turned into the
// outside gazetteer (BenchmarkLoadWithCatalog; loading the catalogue
// itself is the extractor's cost). The model file is 1.5 MB (gzip). The
// whole pipeline (kg bench --extract-only, one worker, whole process) ran
// at 2.6 MB of Arabic per CPU-second with either model.
//
// The embedded model (model/ar.model.gz, CC BY-SA 4.0, derived from
// ANERcorp; see model/LICENSE-ANERcorp.md) is loaded by Default. Retrain
// with `kg ner train`; cross-validate with `kg ner cv`.
package ner
