package extract

// extractPublished reads the release date: the page's date line, else a
// date in its title ("...: 14 June 2024"), else the date the caller
// supplies (--published). For a range ("06 Sep. 2018 - 07 Sep. 2018") it
// is the first day.
func (x *reader) extractPublished() {
	for _, k := range []BlockKind{Dateline, Title} {
		for _, i := range x.blocks(k) {
			b := x.doc.Blocks[i]
			if d, sp, ok := ParseDateline(b.Body.In(x.text)); ok {
				x.rec.Published = &d
				x.set("published", sp.Shift(b.Body.Start))
				return
			}
		}
	}
	if x.opts.Published != nil {
		d := *x.opts.Published
		x.rec.Published = &d
	}
}
