// Package syntax is a shallow clause analysis of Arabic news sentences,
// for relation rules to read instead of raw token windows.
//
// Given a sentence's tokens (extract/text) and the names a caller found in
// it (Span), Analyze returns:
//
//   - each token's word class in context (Class): a listed verb form is a
//     verbal noun after a preposition, a verb or a noun in construct, and
//     a verb at the head of its clause ("يتضمن رفع العقوبات" vs "رفع
//     الاتحاد العقوبات"); حل is a verb only before ضيفا/في ("حل ضيفا على"
//     vs "حل سياسي"); first-person verbs and future verbs are marked (Feat);
//   - nominal units (Unit): names, and nouns with their adjectives, linked
//     to the noun they are the genitive complement of, with the kind of
//     thing the head noun names (Opaque: "روسيا" in "وزير خارجية روسيا" is
//     no argument of its own);
//   - appositions (InApposition): noun phrases set off after a unit that
//     describe it ("جبهة الشام - ذراع التنظيم في المنطقة -");
//   - clauses (Clauses): subordinate clauses after boundary words,
//     complements of speech verbs with the verb that introduces them,
//     quotations, and relative clauses with their antecedent (a relative
//     clause ends at a comma, a boundary or a second verb, where its
//     parent goes on);
//   - modality markers (Mod, Markers): negation, future, plan,
//     expectation, possibility, demand, rumour, denial, allegation,
//     condition, purpose, pledge and background, each spread over its
//     scope (to the end of its clause and into the complements it governs;
//     a negation or future verb stops at a coordinated verb).
//
// The word lists are embedded (data/words.tsv). The analysis is one pass
// over the tokens per step, with cached look-ups; it allocates a few
// slices per sentence.
package syntax
