package pipeline

// parseMarker reads a list marker at the start of line ("1.", "(1)", "1)",
// "（1）", "I.", "(a)", "1 " before a capitalised heading) and returns the
// marker as written, its ordinal, a style key that tells numbering schemes
// apart ("1.", "(1)", "1)", "（1）", "I.", "(a)", "1"), and the rest of the
// line. (stub: being written)
func parseMarker(line string) (marker string, number int, style string, rest string, ok bool) {
	return
}

// isBoilerplate reports whether a cleaned line is page furniture rather
// than readout text ("Back to ...", "[Provisional translation]", "top of
// page", "###", "(Photo: ...)", share/print lines, syndication footers).
// (stub: being written)
func isBoilerplate(line string) bool { return false }

// isCaptionLine reports whether a cleaned line reads as a photo caption.
// (stub: being written)
func isCaptionLine(line string) bool { return false }
