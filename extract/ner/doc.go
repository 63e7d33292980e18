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
// The embedded model (model/ar.model.gz, CC BY-SA 4.0, derived from
// ANERcorp; see model/LICENSE-ANERcorp.md) is loaded by Default. Retrain
// with `kg ner train` or cmd/nertrain.
package ner
