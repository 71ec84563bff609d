// Package fastre is regexp with a literal prefilter: a compiled expression
// that gives exactly the answers of the standard library's, but first
// tests the text for literals a match cannot do without, and starts the
// search where the first match could begin.
//
// Go's regexp scans every position of a text and has no literal
// acceleration for an alternation of words (`\b(?:meeting|talks|summit)`),
// the shape of most of readout's rules, built from word tables. Most rules
// find nothing in most paragraphs; fastre answers those from a few
// strings.Index calls. An expression is parsed when compiled, so a bad one
// fails there, but its literals and its search program are worked out on
// first use: readout compiles hundreds of rules at start-up and a command
// reading one file runs few of them. The literals come
// from the parsed expression (regexp/syntax): sets of which every match
// holds one literal, and the literals every match starts with. Both are
// sound by construction (a set is kept only if a match cannot avoid it),
// and the search starts only at a position whose preceding character is
// not a word character, so \b reads the same there as at the start of a
// text; an expression that reads the start of the text (^, \A) is always
// searched from the start.
package fastre
