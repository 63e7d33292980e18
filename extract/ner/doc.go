// Package ner is a learned Arabic named-entity tagger: people (PERS),
// places (LOC), organisations (ORG) and other names (MISC) in BIO tags.
//
// The model is a structured averaged perceptron (Collins 2002) over hashed
// features, decoded with first-order Viterbi under BIO constraints (I-X
// only after B-X or I-X). Features per token: the word as written and
// normalised (text.Normalize), its proclitic-stripped readings (و ف, ب ل ك,
// the article), prefixes and suffixes up to 4 letters, character bigrams,
// the words around it (±2) and word bigrams, shape and length, trigger
// words before it (titles such as الرئيس، وزير، الشيخ; place and
// organisation heads; data/triggers.tsv), gazetteer hits for the word and
// every n-gram of up to 5 words around it, and how often the word occurs
// in the training text. The gazetteer and the frequencies are learned from
// the training data (plus TrainOptions.Names, e.g. the entity catalogue)
// and saved inside the model file; while training, a sentence sees only the
// names and counts of the other folds (jackknifing), so the model learns how
// far to trust them on unseen text.
//
// Span scores are marginal probabilities from forward–backward over the
// perceptron scores divided by a temperature chosen by cross-validation;
// they are calibrated on held-out ANERcorp folds (a span scored 0.9 is
// right about nine times in ten).
//
// Tagging is fast because most features depend on one word alone: when
// the model is loaded, the weights of those features are summed, for every
// word of its vocabulary, into one row per position (the token itself,
// one or two words before or after it), so a token costs five row
// additions plus about six look-ups for the features that join two words
// (a Bloom filter in the L2 cache answers most of those, which the model
// lacks); words outside the vocabulary are worked out once and cached
// (fast.go). Weights are integers, so the scores equal the per-feature sums
// exactly; TestFastMatchesReference checks tags and span scores against
// the straightforward featurize-then-look-up path on ANERcorp, the seed
// article and hand-written sentences.
//
// Speed (go test ./extract/ner -bench . -cpu 1 -benchmem; the first 1,000
// ANERcorp sentences, 29k tokens; a shared 2-core machine, so ranges, the
// lower ends under a load of 3): Tag 1.2–1.6M tokens per CPU-second with
// 1,020 allocations for the 1,000 sentences (was 0.26–0.41M with 32,641);
// Spans 0.93–1.28M with 1,884 allocations (was 0.28–0.42M with 33,508);
// Spans over the seed article (BenchmarkSpansSeed) 1.5–2.1M. Loading the
// embedded model takes 95–110 CPU-ms (was 36–44; the word rows cost about
// 60) and 23 MB of memory (was 9 MB), plus up to ~25 MB of cached words
// outside the vocabulary.
//
// The embedded model (model/ar.model.gz, CC BY-SA 4.0, derived from
// ANERcorp; see model/LICENSE-ANERcorp.md) is loaded by Default. Retrain
// with `kg ner train` or cmd/nertrain.
package ner
