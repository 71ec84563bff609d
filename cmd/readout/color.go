package main

import (
	"io"
	"os"
)

// palette colours text written to one stream, or leaves it alone.
type palette struct{ on bool }

// colorFor returns the palette for w: colour only when w is a terminal,
// and never under NO_COLOR (https://no-color.org) or TERM=dumb.
// CLICOLOR_FORCE (set and not 0) asks for colour through a pipe, for a
// pager such as less -R.
func colorFor(w io.Writer) palette {
	if os.Getenv("NO_COLOR") != "" {
		return palette{}
	}
	if f := os.Getenv("CLICOLOR_FORCE"); f != "" && f != "0" {
		return palette{on: true}
	}
	return palette{on: isTerminal(w) && os.Getenv("TERM") != "dumb"}
}

// SGR codes.
const (
	sgrRed    = "31"
	sgrGreen  = "32"
	sgrYellow = "33"
	sgrCyan   = "36"
	sgrBold   = "1"
)

func (p palette) paint(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) red(s string) string    { return p.paint(sgrRed, s) }
func (p palette) green(s string) string  { return p.paint(sgrGreen, s) }
func (p palette) yellow(s string) string { return p.paint(sgrYellow, s) }
func (p palette) cyan(s string) string   { return p.paint(sgrCyan, s) }
func (p palette) bold(s string) string   { return p.paint(sgrBold, s) }
