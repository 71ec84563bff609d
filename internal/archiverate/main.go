// Command whrate measures extraction at scale on the White House readout
// archive (issue 6): of the readouts whose file name names an official's
// call or meeting with a titled counterpart
// ("readout-of-president-joe-biden-call-with-prime-minister-justin-trudeau-of-canada"),
// the share whose record names both sides, holds no person twice and no
// spokesperson; the share whose kind agrees with the kind the file name
// states; and the share whose published date equals the front matter's.
//
//	go run ./extract/internal/whrate [-v] [-dump] [DIR]
//
// DIR holds the archive as Markdown (*.md, the default
// /work/shared/archive/wh) or as HTML pages (*.html).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// selectRe picks the file names of an official's call or meeting with a
// titled counterpart; group 1 is the host part, group 2 the counterpart.
var selectRe = regexp.MustCompile(`^\d{4}-\d\d-\d\d-readout-of-(?:the-)?((?:` + hostTitles + `)-[a-z0-9-]+?)-(?:s-)?(?:phone-|virtual-|bilateral-|video-)?(?:call|calls|meeting|meetings)-with-(?:the-)?((?:` + counterpartTitles + `)-[a-z0-9-]+?)(?:-\d+)?\.(?:md|html)$`)

const hostTitles = `president|vice-president|first-lady|second-gentleman|secretary|national-security-advisor|deputy-national-security-advisor|principal-deputy-national-security-advisor|ambassador|special-presidential-envoy|chief-of-staff`

const counterpartTitles = `prime-minister|president|king|queen|chancellor|crown-prince|prince|emir|amir|sultan|his-majesty|her-majesty|his-highness|taoiseach|premier|secretary-general|nato-secretary-general|united-nations-secretary-general|pope|his-holiness|governor-general|foreign-minister|[a-z]+-prime-minister|[a-z]+-president|[a-z]+-foreign-minister|[a-z]+-chancellor|european-commission-president|european-council-president`

// notName holds the file-name words that are titles, not names.
var notName = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president vice first lady second gentleman secretary national security
advisor adviser deputy principal prime minister king queen chancellor crown prince emir amir sultan his her
majesty highness taoiseach premier general nato united nations pope holiness governor foreign european
commission council ambassador special presidential envoy chief of staff the jr sheikh ii iii elect
mr dr s presidents ministers`) {
		notName[w] = true
	}
}

// nameWords returns the words of a file-name part that are not titles:
// "president-joe-bidens" -> joe, bidens; "prime-minister-of-israel-benjamin-netanyahu"
// -> israel, benjamin, netanyahu (a place word matches no name).
func nameWords(part string) []string {
	var out []string
	for _, w := range strings.Split(part, "-") {
		if w == "of" || w == "on" || w == "and" || w == "to" || w == "about" || w == "at" || w == "in" {
			continue
		}
		if notName[w] || len(w) < 2 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// names reports whether a participant's name holds one of the words.
func names(p extract.Participant, ws []string) bool {
	toks := strings.FieldsFunc(strings.ToLower(p.Name), func(r rune) bool {
		return r == ' ' || r == '-' || r == '.' || r == ',' || r == '\'' || r == '’'
	})
	for _, w := range ws {
		for _, t := range toks {
			t = fold(t)
			if t == fold(w) || t+"s" == fold(w) || t+"ss" == fold(w) {
				return true
			}
		}
	}
	return false
}

// fold strips the accents the file names drop.
func fold(s string) string {
	r := strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ö", "o", "ü", "u", "ñ", "n", "ç", "c", "ã", "a", "ä", "a", "ô", "o", "ø", "o", "ğ", "g", "ş", "s", "ı", "i", "č", "c", "ć", "c", "š", "s", "ž", "z")
	return r.Replace(s)
}

func main() {
	verbose := flag.Bool("v", false, "print every failure")
	dump := flag.Bool("dump", false, "print the participants of every readout, one a line, and stop")
	flag.Parse()
	dir := "/work/shared/archive/wh"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	files := archiveFiles(dir)
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "whrate: no readouts in", dir)
		os.Exit(2)
	}
	if *dump {
		dumpAll(files)
		return
	}
	var log io.Writer
	if *verbose {
		log = os.Stdout
	}
	r, err := measure(files, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "whrate:", err)
		os.Exit(1)
	}
	fmt.Printf("participants: selected %d, passed %d, rate %.2f%%\n", r.total, r.pass, 100*r.rate())
	for k, v := range r.fails {
		fmt.Printf("  %-14s %d\n", k, v)
	}
	k, err := measureKinds(files)
	if err != nil {
		fmt.Fprintln(os.Stderr, "whrate:", err)
		os.Exit(1)
	}
	fmt.Printf("kind: %d of %d files name a kind; record agrees %d (%.2f%%), or as the spec requires (virtual -> video-conference, breakfast -> working-meal) %d (%.2f%%)\n",
		k.named, k.files, k.agree, 100*float64(k.agree)/float64(max(k.named, 1)), k.agreeSpec, 100*float64(k.agreeSpec)/float64(max(k.named, 1)))
	if k.published > 0 {
		fmt.Printf("published: %d of %d front-matter dates equal (%.2f%%)\n", k.publishedOK, k.published, 100*float64(k.publishedOK)/float64(k.published))
	}
}

// archiveFiles returns the readouts in dir: its *.md files, else its
// *.html files.
func archiveFiles(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "*.html"))
	}
	return files
}

// result is the outcome of a measure.
type result struct {
	total, pass int
	// fails counts failures by reason.
	fails map[string]int
}

// rate returns the share of selected readouts that passed.
func (r result) rate() float64 { return float64(r.pass) / float64(max(r.total, 1)) }

// measure judges the selected readouts among files, writing each failure
// to log when it is not nil.
func measure(files []string, log io.Writer) (result, error) {
	r := result{fails: map[string]int{}}
	for _, f := range files {
		m := selectRe.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		r.total++
		raw, err := os.ReadFile(f)
		if err != nil {
			return r, err
		}
		rec, err := pipeline.ExtractBytes(context.Background(), raw, pipeline.Options{Path: f})
		why := ""
		if err != nil {
			why = "error: " + err.Error()
		} else {
			why = judge(rec.Participants, nameWords(m[1]), nameWords(m[2]))
		}
		if why == "" {
			r.pass++
			continue
		}
		r.fails[strings.SplitN(why, ":", 2)[0]]++
		if log != nil {
			var got []string
			if rec != nil {
				for _, p := range rec.Participants {
					t := ""
					if p.Title != nil {
						t = " (" + *p.Title + ")"
					}
					got = append(got, p.Name+t)
				}
			}
			fmt.Fprintf(log, "%s\n   %s; got %q\n", filepath.Base(f), why, got)
		}
	}
	return r, nil
}

// judge returns "" when ps names the host and the counterpart, holds no
// person twice and no spokesperson; else why not.
func judge(ps []extract.Participant, host, counterpart []string) string {
	hostAt, cpAt := -1, -1
	for i, p := range ps {
		if p.Title != nil {
			t := strings.ToLower(*p.Title)
			if strings.Contains(t, "spokes") || strings.Contains(t, "press secretary") {
				return "spokesperson: " + p.Name
			}
		}
		if hostAt < 0 && names(p, host) {
			hostAt = i
		} else if cpAt < 0 && len(counterpart) > 0 && names(p, counterpart) {
			cpAt = i
		}
	}
	// One person twice: a name holding another's words, or one family
	// name with given names of one initial ("Bibi" and "Benjamin
	// Netanyahu").
	var seen [][]string
	for _, p := range ps {
		f := strings.Fields(strings.ToLower(strings.NewReplacer(", Jr.", "", " Jr.", "", ".", "").Replace(p.Name)))
		if len(f) == 0 {
			return "empty: name"
		}
		for _, g := range seen {
			if within(f, g) || within(g, f) || f[len(f)-1] == g[len(g)-1] && f[0][0] == g[0][0] {
				return "duplicate: " + p.Name
			}
		}
		seen = append(seen, f)
	}
	if len(host) == 0 && len(ps) >= 2 && (cpAt >= 0 || len(counterpart) == 0) {
		return ""
	}
	if len(counterpart) == 0 && len(ps) >= 2 && hostAt >= 0 {
		return ""
	}
	switch {
	case hostAt < 0 && cpAt < 0:
		return "no-sides:"
	case hostAt < 0:
		return "no-host:"
	case cpAt < 0:
		return "no-counterpart:"
	}
	return ""
}

// within reports whether every word of a is in b.
func within(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, v := range b {
			found = found || v == w
		}
		if !found {
			return false
		}
	}
	return true
}

// dumpAll prints file, name, honorific, title and affiliation of every
// participant of every readout, tab-separated.
func dumpAll(files []string) {
	opt := func(s *string) string {
		if s == nil {
			return "-"
		}
		return *s
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "whrate:", err)
			continue
		}
		rec, err := pipeline.ExtractBytes(context.Background(), raw, pipeline.Options{Path: f})
		if err != nil {
			fmt.Printf("%s\tERROR %v\n", filepath.Base(f), err)
			continue
		}
		for _, p := range rec.Participants {
			fmt.Printf("%s\t%s\t%s\t%s\t%s\n", filepath.Base(f), p.Name, opt(p.Honorific), opt(p.Title), opt(p.Affiliation))
		}
	}
}
