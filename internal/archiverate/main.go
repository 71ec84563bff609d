// Command archiverate measures extraction at scale on the readout archives
// that carry front matter (shared/archive beside the repository: wh,
// wh-html, kremlin, au-pm, ua-president; contributors only, users never
// have them), with labels read from the archives themselves:
//
//   - every archive: the share of records whose published date equals the
//     front matter's; of the items whose title states a kind ("Telephone
//     conversation with ...", "Meeting with ...", "Talks with ..."), the
//     share whose record agrees, and of those naming a titled counterpart,
//     the share naming two or more participants (the rules of
//     shared/eval/silver.py);
//
//   - the White House archive, from its file names: of the readouts of an
//     official's call or meeting with a titled counterpart, the share whose
//     record names both sides, no person twice and no spokesperson; the
//     share whose kind agrees with the file name's.
//
//     go run ./internal/archiverate [-v] [-dump] [ARCHIVE...]
//
// Each ARCHIVE holds items as Markdown (*.md) or as HTML pages (*.html);
// with none, every archive found in shared/archive. The same figures are
// held to their floors by this package's test.
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
	"sync"

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
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = archiveDirs()
	}
	if len(dirs) == 0 {
		fmt.Fprintln(os.Stderr, "archiverate: no archives (name one, or lay shared/archive beside the repository)")
		os.Exit(2)
	}
	for _, dir := range dirs {
		files := archiveFiles(dir)
		if len(files) == 0 {
			fmt.Fprintln(os.Stderr, "archiverate: no readouts in", dir)
			os.Exit(2)
		}
		items, err := extractAll(files)
		if err != nil {
			fmt.Fprintln(os.Stderr, "archiverate:", err)
			os.Exit(1)
		}
		if *dump {
			dumpAll(items)
			continue
		}
		var log io.Writer
		if *verbose {
			log = os.Stdout
		}
		report(os.Stdout, dir, items, log)
	}
}

// report prints an archive's rates, and with log its misses.
func report(w io.Writer, dir string, items []item, log io.Writer) {
	fmt.Fprintf(w, "== %s (%d items)\n", filepath.Base(dir), len(items))
	s := silverOf(items)
	fmt.Fprintf(w, "published = front matter %d/%d (%.2f%%); titled %d: kind agrees %.2f%%, not other %.2f%%; 2+ participants %d/%d (%.2f%%); date found %.2f%%\n",
		s.publishedOK, s.dated, 100*share(s.publishedOK, s.dated), s.titled, 100*share(s.kindOK, s.titled),
		100*share(s.notOther, s.titled), s.twoPlus, s.named, 100*share(s.twoPlus, s.named), 100*share(s.dateFound, s.titled))
	if log != nil {
		for _, m := range s.misses {
			fmt.Fprintln(log, "  miss", m)
		}
	}
	if !isWhiteHouse(items) {
		return
	}
	r := measure(items, log)
	fmt.Fprintf(w, "file names: participants: selected %d, passed %d, rate %.2f%%\n", r.total, r.pass, 100*r.rate())
	for k, v := range r.fails {
		fmt.Fprintf(w, "  %-14s %d\n", k, v)
	}
	k := measureKinds(items)
	fmt.Fprintf(w, "file names: kind: %d of %d files name a kind; record agrees %d (%.2f%%), or as the spec requires (virtual -> video-conference, breakfast -> working-meal) %d (%.2f%%)\n",
		k.named, k.files, k.agree, 100*share(k.agree, k.named), k.agreeSpec, 100*share(k.agreeSpec, k.named))
}

// silverOf counts the silver rates of items.
func silverOf(items []item) silver {
	var s silver
	for _, it := range items {
		s.add(filepath.Base(it.path), it.raw, it.rec)
	}
	return s
}

// isWhiteHouse reports whether items are the White House archive, whose
// file names say who met whom ("...-call-with-prime-minister-...").
func isWhiteHouse(items []item) bool {
	n := 0
	for _, it := range items {
		if selectRe.MatchString(filepath.Base(it.path)) {
			n++
		}
	}
	return n >= 100
}

// item is one archive file and its record.
type item struct {
	path string
	raw  []byte
	rec  *extract.Record
}

// extractAll reads and extracts files, two at a time (as the machines
// the figures are measured on have two cores), in order.
func extractAll(files []string) ([]item, error) {
	items := make([]item, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				raw, err := os.ReadFile(files[i])
				if err != nil {
					errs[i] = err
					continue
				}
				rec, err := pipeline.ExtractBytes(context.Background(), raw, pipeline.Options{Path: files[i]})
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", files[i], err)
					continue
				}
				items[i] = item{path: files[i], raw: raw, rec: rec}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return items, nil
}

// archiveFiles returns the readouts in dir: its *.md files, else its
// *.html files.
func archiveFiles(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "*.html"))
	}
	out := files[:0]
	for _, f := range files {
		if !strings.EqualFold(filepath.Base(f), "README.md") { // the archive's own description
			out = append(out, f)
		}
	}
	return out
}

// result is the outcome of a measure.
type result struct {
	total, pass int
	// fails counts failures by reason.
	fails map[string]int
}

// rate returns the share of selected readouts that passed.
func (r result) rate() float64 { return float64(r.pass) / float64(max(r.total, 1)) }

// measure judges the White House readouts whose file names are selected,
// writing each failure to log when it is not nil.
func measure(items []item, log io.Writer) result {
	r := result{fails: map[string]int{}}
	for _, it := range items {
		m := selectRe.FindStringSubmatch(filepath.Base(it.path))
		if m == nil {
			continue
		}
		r.total++
		why := judge(it.rec.Participants, nameWords(m[1]), nameWords(m[2]))
		if why == "" {
			r.pass++
			continue
		}
		r.fails[strings.SplitN(why, ":", 2)[0]]++
		if log != nil {
			var got []string
			for _, p := range it.rec.Participants {
				t := ""
				if p.Title != nil {
					t = " (" + *p.Title + ")"
				}
				got = append(got, p.Name+t)
			}
			fmt.Fprintf(log, "%s\n   %s; got %q\n", filepath.Base(it.path), why, got)
		}
	}
	return r
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
func dumpAll(items []item) {
	opt := func(s *string) string {
		if s == nil {
			return "-"
		}
		return *s
	}
	for _, it := range items {
		for _, p := range it.rec.Participants {
			fmt.Printf("%s\t%s\t%s\t%s\t%s\n", filepath.Base(it.path), p.Name, opt(p.Honorific), opt(p.Title), opt(p.Affiliation))
		}
	}
}

// archiveNames are the archives in shared/archive, in the order reported.
var archiveNames = []string{"wh", "wh-html", "kremlin", "au-pm", "ua-president"}

// archiveDirs returns the archive folders found: $READOUT_ARCHIVES, else
// shared/archive beside the repository, seen from the repository root or
// from this package's folder (as go test runs it).
func archiveDirs() []string {
	roots := []string{"../shared/archive", "../../../shared/archive"}
	if env := os.Getenv("READOUT_ARCHIVES"); env != "" {
		roots = []string{env}
	}
	for _, root := range roots {
		var dirs []string
		for _, n := range archiveNames {
			if st, err := os.Stat(filepath.Join(root, n)); err == nil && st.IsDir() {
				dirs = append(dirs, filepath.Join(root, n))
			}
		}
		if len(dirs) > 0 {
			return dirs
		}
	}
	return nil
}
