package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// A pattern anchored at a place of a sentence can only match text made of
// the characters it names. Go's backtracking matcher clears a table as long
// as its input for every try, so the rules give an anchored pattern only the
// run of such characters at the place: the match is the same, since no
// match can take a character outside the run and the patterns test nothing
// after their end ($, \b).

// boundedPattern is an anchored pattern with the characters it can match.
type boundedPattern struct {
	re    *regexp.Regexp
	alpha runeFilter // nil bmp: the pattern may match any character, or looks past its end
}

func newBoundedPattern(re *regexp.Regexp) boundedPattern {
	alpha, ok := patternAlphabet(re)
	if !ok {
		return boundedPattern{re: re}
	}
	return boundedPattern{re: re, alpha: newRuneFilter(alpha)}
}

// findAt is re.FindStringIndex(s[b:]), where rune k of rs starts at byte b
// of s, the sentence.
func (p boundedPattern) findAt(rs []rune, k int, s string, b int) []int {
	if p.alpha.bmp == nil {
		return p.re.FindStringIndex(s[b:])
	}
	e := b
	for j := k; j < len(rs) && p.alpha.has(rs[j]); j++ {
		e += utf8.RuneLen(rs[j])
	}
	return p.re.FindStringIndex(s[b:e])
}

// patternAlphabet lists the characters a pattern can match; ok is false when
// it can match a large class or any character, or tests what follows a match.
func patternAlphabet(re *regexp.Regexp) (map[rune]bool, bool) {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false
	}
	alpha := map[rune]bool{}
	var walk func(t *syntax.Regexp) bool
	walk = func(t *syntax.Regexp) bool {
		switch t.Op {
		case syntax.OpLiteral:
			for _, r := range t.Rune {
				alpha[r] = true
				if t.Flags&syntax.FoldCase != 0 {
					for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
						alpha[f] = true
					}
				}
			}
		case syntax.OpCharClass:
			n := 0
			for i := 0; i+1 < len(t.Rune); i += 2 {
				n += int(t.Rune[i+1]-t.Rune[i]) + 1
				if n > 256 {
					return false
				}
				for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
					alpha[r] = true
				}
			}
		case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText:
		case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
			for _, sub := range t.Sub {
				if !walk(sub) {
					return false
				}
			}
		default: // any character, $, \b, no match …
			return false
		}
		return true
	}
	if !walk(t) {
		return nil, false
	}
	return alpha, true
}
