package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/readout/readout/pipeline/internal/core"
	"github.com/readout/readout/pipeline/warc"
)

// DefaultExtensions returns the file name extensions a batch reads when
// Options.Extensions is empty. They are matched without regard to
// case. A .warc or .warc.gz file is a web archive, whose pages are read.
func DefaultExtensions() []string {
	return []string{".html", ".htm", ".txt", ".md", ".warc", ".warc.gz"}
}

// entry is one input the walk found, numbered in walk order. An entry
// with err set is a failure met while walking (an unreadable folder, a
// broken link).
type entry struct {
	seq  int
	rel  string // relative to the archive, with slashes
	path string // the path to open
	err  error
	// page is a web archive record's page, read by the walk: rel and
	// path are then the WARC file's with "#offset".
	page *warc.Record
}

// walker walks an archive depth-first in name order, following symbolic
// links to files and to folders inside the archive, and hands every input
// to emit. It is used by one goroutine.
type walker struct {
	root     string
	realRoot string
	exts     []string
	include  globSet
	exclude  globSet
	skipDirs []fs.FileInfo
	shard    Shard
	// includeURL and excludeURL select web archive pages by address.
	includeURL, excludeURL []*regexp.Regexp
	maxBytes               int64
	// counting says the walk only counts inputs, for progress; it does
	// not open web archives.
	counting bool
	// tokens bounds the bytes of pages read ahead (see pageBudget); done
	// ends a wait for them.
	tokens chan struct{}
	done   <-chan struct{}
	// emit receives each input; it returns false to stop the walk.
	emit func(entry) bool
	// note records something passed over on purpose.
	note func(Note)
	// ignored counts files that are not inputs.
	ignored int
	// otherShards counts the inputs left to other shards.
	otherShards int
	// warc counts the records of the web archives read; nil until one is
	// opened.
	warc *WARCCounts
}

func newWalker(root string, opts *Options) (*walker, error) {
	real, err := filepath.EvalSymlinks(root)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	w := &walker{root: root, realRoot: real, shard: opts.Shard, maxBytes: core.MaxBytes(opts.Extract)}
	exts := opts.Extensions
	if len(exts) == 0 {
		exts = DefaultExtensions()
	}
	for _, e := range exts {
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		w.exts = append(w.exts, strings.ToLower(e))
	}
	if w.include, err = compileGlobs(opts.Include); err != nil {
		return nil, fmt.Errorf("include: %w", err)
	}
	if w.exclude, err = compileGlobs(opts.Exclude); err != nil {
		return nil, fmt.Errorf("exclude: %w", err)
	}
	if w.includeURL, err = compileURLGlobs(opts.IncludeURL); err != nil {
		return nil, fmt.Errorf("include-url: %w", err)
	}
	if w.excludeURL, err = compileURLGlobs(opts.ExcludeURL); err != nil {
		return nil, fmt.Errorf("exclude-url: %w", err)
	}
	for _, d := range opts.SkipDirs {
		if fi, err := os.Stat(d); err == nil {
			w.skipDirs = append(w.skipDirs, fi)
		}
	}
	return w, nil
}

// walk walks the whole archive; it returns false when emit stopped it.
func (w *walker) walk() bool {
	fi, err := os.Stat(w.root)
	if err != nil {
		return w.emit(entry{rel: ".", path: w.root, err: core.NewStageError(ReasonWalk, err)})
	}
	if !fi.IsDir() {
		// A web archive given as the archive itself.
		return w.warcFile(filepath.Base(w.root), w.root)
	}
	return w.dir(w.root, "", []fs.FileInfo{fi})
}

// dir walks the folder at p (rel inside the archive); chain holds the
// folders from the root down to it, to catch symbolic link loops.
func (w *walker) dir(p, rel string, chain []fs.FileInfo) bool {
	ents, err := os.ReadDir(p)
	for _, de := range ents {
		name := de.Name()
		crel, cpath := name, filepath.Join(p, name)
		if rel != "" {
			crel = rel + "/" + name
		}
		typ := de.Type()
		if typ&fs.ModeSymlink != 0 {
			fi, serr := os.Stat(cpath)
			switch {
			case serr != nil:
				if w.isInput(crel) {
					if !w.emit(entry{rel: crel, path: cpath, err: core.NewStageError(ReasonRead, fmt.Errorf("broken symbolic link: %w", serr))}) {
						return false
					}
				} else {
					w.ignored++
				}
				continue
			case fi.IsDir():
				if w.prune(crel, fi) {
					continue
				}
				if inChain(fi, chain) {
					w.note(Note{Path: crel, Note: "symbolic link loop, not followed"})
					continue
				}
				if !w.inside(cpath) {
					w.note(Note{Path: crel, Note: "symbolic link to a folder outside the archive, not followed"})
					continue
				}
				if !w.dir(cpath, crel, append(chain, fi)) {
					return false
				}
				continue
			}
			typ = fi.Mode().Type()
		}
		if typ.IsDir() {
			fi, ierr := de.Info()
			if ierr != nil || w.prune(crel, fi) {
				continue
			}
			if !w.dir(cpath, crel, append(chain, fi)) {
				return false
			}
			continue
		}
		if !w.isInput(crel) {
			w.ignored++
			continue
		}
		if isWARC(name) {
			if !w.warcFile(crel, cpath) {
				return false
			}
			continue
		}
		if !w.shard.Has(crel) {
			w.otherShards++
			continue
		}
		if !w.emit(entry{rel: crel, path: cpath}) {
			return false
		}
	}
	if err != nil {
		r := rel
		if r == "" {
			r = "."
		}
		return w.emit(entry{rel: r, path: p, err: core.NewStageError(ReasonWalk, fmt.Errorf("folder not read whole, inputs in it may be missing: %w", err))})
	}
	return true
}

// prune says whether the walk skips the folder rel: hidden, excluded, or
// one of SkipDirs (the output folder).
func (w *walker) prune(rel string, fi fs.FileInfo) bool {
	if strings.HasPrefix(path.Base(rel), ".") || w.exclude.match(rel) {
		return true
	}
	for _, s := range w.skipDirs {
		if os.SameFile(fi, s) {
			return true
		}
	}
	return false
}

// isInput says whether the file rel is to be read.
func (w *walker) isInput(rel string) bool {
	base := path.Base(rel)
	if strings.HasPrefix(base, ".") || !w.hasExt(base) {
		return false
	}
	if len(w.include) > 0 && !w.include.match(rel) {
		return false
	}
	return !w.exclude.match(rel)
}

// hasExt says whether the file name ends in one of the extensions read.
func (w *walker) hasExt(name string) bool {
	name = strings.ToLower(name)
	for _, e := range w.exts {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// inside says whether p resolves to a place inside the archive.
func (w *walker) inside(p string) bool {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return false
	}
	if real, err = filepath.Abs(real); err != nil {
		return false
	}
	r, err := filepath.Rel(w.realRoot, real)
	return err == nil && filepath.IsLocal(r)
}

func inChain(fi fs.FileInfo, chain []fs.FileInfo) bool {
	for _, c := range chain {
		if os.SameFile(fi, c) {
			return true
		}
	}
	return false
}

// errEmptyGlob is returned for an empty --include or --exclude pattern.
var errEmptyGlob = errors.New("empty pattern")

// glob is one include or exclude pattern. A pattern without a slash
// matches a file or folder name at any depth ("*.htm", "drafts"); one with
// a slash matches the whole path relative to the archive, where "**"
// stands for any number of folders ("2021/**", "**/annex/*.txt").
type glob struct {
	pat  string
	segs []string
	base bool
}

// globSet matches when any of its globs does.
type globSet []glob

// CheckGlob says why p is not a valid include or exclude glob, or nil.
func CheckGlob(p string) error {
	_, err := compileGlob(p)
	return err
}

func compileGlobs(pats []string) (globSet, error) {
	var gs globSet
	for _, p := range pats {
		g, err := compileGlob(p)
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	return gs, nil
}

func compileGlob(p string) (glob, error) {
	p = strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(p), "./"), "/")
	if p == "" {
		return glob{}, errEmptyGlob
	}
	g := glob{pat: p, segs: strings.Split(p, "/")}
	g.base = len(g.segs) == 1 && p != "**"
	for _, s := range g.segs {
		if _, err := path.Match(s, ""); err != nil {
			return glob{}, fmt.Errorf("%q: %w", p, err)
		}
	}
	return g, nil
}

func (gs globSet) match(rel string) bool {
	for _, g := range gs {
		if g.match(rel) {
			return true
		}
	}
	return false
}

func (g glob) match(rel string) bool {
	if g.base {
		ok, _ := path.Match(g.pat, path.Base(rel))
		return ok
	}
	return matchSegs(g.segs, strings.Split(rel, "/"))
}

// matchSegs matches path segments against pattern segments, "**"
// matching zero or more segments.
func matchSegs(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegs(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}
