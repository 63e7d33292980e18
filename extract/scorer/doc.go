// Package scorer is the learned fact scorer: the rules of an extractor
// propose candidate facts, and a logistic regression gives each its
// probability of being right, which becomes the fact's confidence; callers
// leave out the facts below a threshold (extract.Result.KeepConfident,
// kg ingest --min-confidence).
//
// # Features
//
// Featurizer computes binary features per fact from the extraction result
// alone: the rule and its form (verb, noun, title…), the predicate, the
// argument types and whether each argument is a catalogue entity or one
// created from the text (by its confidence), the date's precision, the
// sentence's position (headline, lead, quarter of the text) and length,
// cue words in it (data/cues.tsv: negation, future, plan, possibility,
// demand, rumour, denial, condition, past, report, accusation,
// complementiser…), quotation marks, how many facts and entities share the
// sentence, how many facts, rules and sentences give the same edge, a
// reverse edge, whether subject and object are written in the sentence
// (their Arabic labels), their order and distance, the cue classes between
// them and what precedes each (preposition, office word, comma…), and the
// rule's prior confidence; each argument's salience in the document (how
// often its labels are written, in the title, in the first 40 tokens) and
// how many facts it takes part in; the trigger word's distance and side to
// each argument; predicate × form and predicate × construction crosses.
// The extractor's own signals come in through
// extract.Fact.Features, each as "x=" + the signal; the Arabic extractor
// records "also=RULE" when a second rule finds the same fact.
//
// # Training
//
// Training examples are the candidates the extractor proposes, without
// threshold and with each fact's confidence still its rule's prior, on the
// articles of one part of a gold set (../shared/eval/dev, part tune; never
// check), plus, with --also DIR:PART, the part of another (the default
// model adds eval/own:train, the first 14 of the project's own blind
// articles: the rules were written from tune, so tune shows the scorer few
// of the mistakes they make on unseen text — 32 wrong of 236 candidates —
// while own:train, never read for rules, shows it real ones; eval/own:held,
// other topics, stays blind to rules and scorer alike). A candidate is right when it matches a gold fact of its own
// article the way ../shared/eval/score.py matches (Gold.Holds: labels,
// aliases or Wikidata of entities.tsv, alternatives separated by " | ",
// symmetric predicates either way round, deaths by value). Train minimises
// the L2-penalised log loss with L-BFGS; it is deterministic, and the
// model file (WriteTo) rounds weights to six digits, so the same input
// gives the same bytes. Fit cross-validates by article (leave one article
// out by default), picks the L2 penalty with the least held-out log loss,
// and sets the model's threshold to the lowest one from which the held-out
// precision of the article's distinct edges stays at least 0.90.
//
// # Real news: ANERcorp
//
// The articles above are tune (30 real ones) and 185 the project wrote, so
// the scorer may learn what its writers' text looks like. kg scorer train
// --aner adds real newspaper copy: the ANERcorp sentences of the labelled
// write block of eval/anerrel (s0000-s2599; the held block, s2600 on, is
// never trained on), each extracted alone as a document (LabelledExamples).
// The label files are merged by vote as scripts/anerrel.py does; an
// extracted fact is right when a voted row has its predicate between the
// tagged mentions its two entities' mentions overlap, wrong when both ends
// overlap tagged mentions and no row says so, and left out when an end
// overlaps none. That gives 298 candidates (135 right) from 1,317
// sentences, scored without repetition and salience features (see Briefs).
//
// kg scorer train --cv-by source holds out one source per fold (tune, own,
// each writer of own2, ANERcorp: CrossValidateBy), the honest estimate of
// how the scorer carries over to text unlike its training set, and prints
// each source's held-out score; --ablate NAME:PREFIX+… cross-validates once
// per feature group left out. Round 9 (source folds, with ANERcorp): no
// group of features is a writer habit that fails to carry over — leaving
// out the trigger words (x=trig=, strig=, otrig=) or the cue words moves
// the held-out log loss 0.498 → 0.495; the rules (rule=, also=, form=) and
// the salience features carry the most (0.509, 0.514 without them). Held
// out whole, ANERcorp is the hardest source: P 0.59 R 0.13 at 0.63.
//
// Train gives weights only to features seen in at least Options.MinDocs
// articles; Fit picks the penalty and MinDocs on a grid by held-out log
// loss and reports a reliability table of the held-out probabilities.
//
// Corruptions (kg scorer train --corrupt, experimental) adds corrupted
// candidates — a fact with an argument replaced by another entity of its
// sentence, or reversed — as extra, mostly wrong, examples marked
// "synthetic"; cross-validation scores only the real candidates. On the
// rules before relevents it raised check precision 0.82 → 0.86 and own
// 0.67 → 0.73 (recall 0.31 → 0.25, 0.23 → 0.20); on the merged rules it
// cost the seed article's recall (0.83), so it is off by default.
//
// The rule prior ("prior=" features) is left out by default: extract/ar's
// data/precision.tsv was measured on every dev article, check ones
// included, so it would carry their labels into the model.
//
// # Retraining
//
// After the rules, the catalogue or the features change, from the
// repository root:
//
//	go run ./cmd/kg scorer train --also eval/own:train --also eval/own2:train --folds 10 --l2 10 --min-docs 2 --threshold 0.63
//	                                        # writes data/ar.model.tsv, prints the cross-validation
//	go run ./cmd/kg scorer explain FILE     # each fact's confidence and its heaviest features
//
// then rebuild (the model file's notes carry the command that wrote it). It
// takes about a minute with the penalty fixed (215 articles, 10 folds; with
// --aner, 1,317 ANERcorp sentences more, one to three minutes). The threshold is the one the rule below
// picks: the highest, up to the cross-validated one, that keeps the seed
// article's core recall at 0.90 (check it with scripts/eval.sh after a
// retrain, and lower --threshold by 0.01 while seed core R is under 0.90).
//
// # The default threshold
//
// Round 10 retrained the kept recipe on the round's merged rules: 2,357
// candidates, 1,565 right; held-out precision reaches 0.90 from 0.75 and the
// seed's core recall stays 0.90 up to 0.63, so the default stays 0.63. Its
// thresholds (scripts/eval.sh figures):
//
//	threshold  seed core R  tune P/R/F1     check P/R/F1    own:held        own2:held
//	0.75       0.77         0.97/0.44/0.61  0.94/0.23/0.37  0.93/0.30/0.45  0.85/0.36/0.51
//	0.70       0.87         0.96/0.49/0.65  0.93/0.26/0.41  0.90/0.32/0.47  0.82/0.38/0.52
//	0.63       0.90         0.94/0.53/0.68  0.94/0.31/0.46  0.86/0.35/0.49  0.80/0.40/0.53
//	0.60       0.97         0.94/0.55/0.69  0.94/0.31/0.47  0.86/0.35/0.50  0.79/0.41/0.54
//	0.50       1.00         0.94/0.58/0.72  0.90/0.33/0.48  0.82/0.38/0.51  0.76/0.42/0.54
//
// The same round tried --part-weight 2 (each tune candidate counted twice
// against the articles we wrote, whose annotators marked some stance forms
// differently: fighting Daesh as no opposes): the CV pick moves to 0.79 and
// the seed rule to 0.74, where check falls to P 0.93 R 0.27 (at 0.63 it would
// give check 0.94/0.32/0.48 but own:held 0.83/0.35/0.50, own2:held
// 0.78/0.41/0.53, ANERcorp held 0.74/0.21/0.33), so it is not shipped.
//
// Round 9 (scorer9) tried the ANERcorp write block (--aner): 1,532
// documents, 2,616 candidates, 1,666 right. On round 8's rules it scored
// check P 0.98 R 0.31 F1 0.47 (against 0.94 0.28 0.43). After the round's
// rule branches were merged, both recipes were retrained on the merged
// rules and scored at the threshold rule (scripts/eval.sh; ANERcorp by
// anerrel_rules.py --part held):
//
//	recipe                 CV pick  thr   check P/R/F1    own:held        own2:held       ANERcorp held
//	tune+own+own2 (kept)   0.75     0.63  0.94/0.31/0.46  0.85/0.34/0.48  0.80/0.40/0.53  0.79/0.21/0.33
//	+ --aner               0.78     0.61  0.94/0.30/0.46  0.88/0.36/0.51  0.78/0.40/0.53  0.88/0.17/0.29
//
// The two tie on check and own2:held; --aner gains on own:held and loses
// recall on real news read sentence by sentence (the labels leave implied
// facts out, so its negatives are noisy). The shipped model keeps the
// simpler recipe; --aner stays for the next labelled real news. The kept
// model: 2,353 candidates, 1,553 right; held-out precision reaches 0.90 from
// 0.75 and the seed's core recall stays 0.90 up to 0.63, so the default
// stays 0.63. Its thresholds were (scripts/eval.sh figures):
//
//	threshold  seed core R  tune P/R/F1     check P/R/F1    own:held        own2:held
//	0.75       0.73         0.97/0.44/0.61  0.95/0.23/0.38  0.93/0.30/0.45  0.85/0.36/0.50
//	0.70       0.83         0.96/0.48/0.64  0.93/0.25/0.40  0.90/0.32/0.47  0.83/0.38/0.52
//	0.63       0.90         0.94/0.53/0.68  0.94/0.31/0.46  0.85/0.34/0.48  0.80/0.40/0.53
//	0.60       0.97         0.94/0.55/0.69  0.94/0.31/0.47  0.85/0.35/0.49  0.80/0.40/0.54
//	0.50       1.00         0.94/0.58/0.72  0.91/0.33/0.49  0.82/0.37/0.51  0.75/0.42/0.54
//
// Round 8 trains on tune + own:train + own2:train: 215 articles, 4,027 gold
// facts, 2,318 candidate facts of which 1,531 right. Cross-validation by
// article (10 folds) puts held-out precision at 0.90 from 0.75 (R 0.26); its
// probabilities are calibrated (each fifth of the range within 0.04 of its
// share right). The default is the highest threshold up to that one that
// keeps the seed article's core tier at recall ≥ 0.90 (the floor):
// 0.63 (seed core R 0.90; 0.75 would give 0.73). Measured with it
// (scripts/eval.sh): check P 0.94 R 0.28, own:held P 0.85 R 0.33,
// own2:held P 0.79 R 0.38. A reader who wants recall lowers --min-confidence
// (0.5: check P 0.90 R 0.34, own2:held P 0.75 R 0.41; 0: check P 0.79 R 0.37).
// The own2 articles are harder than tune (the rules' unfiltered precision
// there is 0.56 against tune's 0.86), so the same precision sits at a lower
// probability than when the model knew only tune: at the same number of facts
// kept, this model is more precise on every blind set than round 7's.
// Round 7's model had 0.76 (check P 0.90 R 0.30, own:held P 0.74 R 0.31);
// Round 6's model had 0.74 (check P 0.92 R 0.30, own:held P 0.76 R 0.32);
// round 5's 0.77 (check P 0.90 R 0.29, own:held P 0.76 R 0.31);
// round 4's 0.78 (check P 0.92 R 0.29, own:held P 0.80 R 0.29);
// round 3's 0.80 (check P 0.93 R 0.25, own:held P 0.77 R 0.24).
//
// # Briefs
//
// The repetition and salience features (how often a fact is stated, by how
// many rules, in how many sentences; how often and how early its entities
// are named) are learnt from whole articles, where a fact stated once about
// an entity named once is doubtful. A text under 600 characters (a pasted
// sentence, a news flash) has no room for anything to recur, so its facts
// are scored without those features, as if that evidence were unknown.
// With them, «والتقى الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد
// في موسكو» alone scored 0.74, under the default; without them 0.83. No
// training or evaluation article is that short, so they are unchanged.
//
// # Earlier figures (tune, 30 articles; the rules of main at d4a1a6e)
//
// 187 candidate facts, 154 right (82%), 180 distinct edges within articles.
// Held out (leave one article out): all candidates P 0.82 R 0.30; at the
// default threshold 0.84, P 0.91 R 0.19 (recall counted within each
// article, stricter than score.py). The precision comes from keeping
// officialOf, memberOf and participatedIn and dropping most other
// relations, which the features cannot yet tell right from wrong: with 33
// wrong candidates to learn from the model mostly learns each predicate's
// rate. On check (scripts/eval.sh) precision goes 0.80 → 0.87 and recall
// 0.26 → 0.18; see the model file's notes and the commit log for the
// current figures. The scorer adds about 7% to extraction CPU time.
package scorer
