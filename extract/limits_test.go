package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// This file holds inputs that once made extraction quadratic. Each test
// passes in milliseconds when the cost is linear and would run for minutes
// (into the test timeout) when it is not; none measures time.

// TestSentencesLongBlock re-joins thousands of false sentence breaks in
// one block: joinsPrevious must read only the end of the growing sentence.
func TestSentencesLongBlock(t *testing.T) {
	block := "On June 24, Mr. A met Mr. B. " + strings.Repeat("(1) 1. a) I. • ", 20000)
	doc := phraseDoc(block)
	x := newReader(doc, Options{})
	b := doc.Blocks[len(doc.Blocks)-1]
	sents := x.sentences(b.Body)
	if len(sents) == 0 || sents[len(sents)-1].End != b.Body.End {
		t.Fatalf("%d sentences", len(sents))
	}
}

// TestAgendaDepthCapped nests 2,000 numbered items inside one another:
// every item is kept, none deeper than maxAgendaDepth.
func TestAgendaDepthCapped(t *testing.T) {
	var b DocBuilder
	b.Add(Paragraph, "", 0, 0, "On June 24, 2025, Mr. A met Mr. B.")
	const n = 2000
	for i := 1; i <= n; i++ {
		b.Add(Item, "1.", 1, i, "point")
		b.Add(Paragraph, "", 0, i, "more")
	}
	rec := Extract(b.Document(), Options{})
	count, deepest := 0, 0
	var walk func(items []AgendaItem, depth int)
	walk = func(items []AgendaItem, depth int) {
		for _, it := range items {
			count++
			deepest = max(deepest, depth)
			walk(it.Points, depth+1)
		}
	}
	walk(rec.Agenda, 1)
	if count != n || deepest != maxAgendaDepth {
		t.Errorf("%d items, %d levels; want %d items, %d levels", count, deepest, n, maxAgendaDepth)
	}
}

// TestLeadWindow reads a 2 MB paragraph with no full stop: the statement
// rules read its first leadWindow bytes, the summary is the whole block.
func TestLeadWindow(t *testing.T) {
	block := "On June 24, 2025, Mr. A held a meeting with Mr. B in Vienna and " + strings.Repeat("they discussed trade and ", 2<<20/25)
	rec := phraseRecord(block)
	if rec.Summary == nil || *rec.Summary != strings.TrimSpace(block) {
		t.Fatal("the summary is not the whole block")
	}
	if rec.Kind != KindMeeting || rec.Date == nil || len(rec.Participants) != 2 {
		t.Errorf("kind %s, date %v, %d participants", rec.Kind, rec.Date, len(rec.Participants))
	}
	x := newReader(phraseDoc(block), Options{})
	x.findLead()
	if x.statement.Len() > leadWindow {
		t.Errorf("statement of %d bytes, more than %d", x.statement.Len(), leadWindow)
	}
}

// TestDenseMatches reads a long text dense with times, durations, dates
// and places: the rules that look at the words before each match read a
// bounded stretch (behind), not the whole text before it.
func TestDenseMatches(t *testing.T) {
	s := strings.Repeat("from around 5:35 p.m. to 6 p.m. (JST) for 30 minutes on June 24 in Tokyo after the meeting, ", 2000)
	if n := len(timeExprs(s)); n != 2000 {
		t.Errorf("%d time expressions, want 2000", n)
	}
	if n := len(findDurations(s)); n != 2000 {
		t.Errorf("%d durations, want 2000", n)
	}
	for i := 0; i < 2000; i += 500 {
		_ = isAttributive(s, Span{i * 95, i*95 + 7})
	}
}

func TestBehind(t *testing.T) {
	long := strings.Repeat("word ", 100) + "approximately at "
	for _, c := range []struct {
		s    string
		pos  int
		want string
	}{
		{"around 5 p.m.", 7, "around "},
		{long, len(long), "approximately at "},
		{strings.Repeat("x", 300) + "é at ", 306, "at "},
	} {
		got, off := behind(c.s, c.pos)
		if !strings.HasSuffix(got, c.want) || c.s[off:c.pos] != got || len(got) > behindLen {
			t.Errorf("behind(%q…, %d) = %q at %d", c.s[:min(len(c.s), 20)], c.pos, got, off)
		}
	}
	// A cut with no white space starts at a rune boundary.
	runes := strings.Repeat("é", 200)
	for pos := 200; pos <= len(runes); pos += 2 {
		if got, _ := behind(runes, pos); !utf8.ValidString(got) {
			t.Errorf("behind cut a rune at %d: %q", pos, got[:4])
		}
	}
	// A cut starts after white space, so \b at its start is a real word start.
	got, _ := behind(long, len(long))
	if strings.HasPrefix(got, " ") || !strings.HasPrefix(got, "word") {
		t.Errorf("cut at %q", got[:10])
	}
}
