package pipeline

import (
	"strings"

	"github.com/readout/readout/extract"
)

// IngestText cleans a plain-text or Markdown readout into a Document. (stub: being written)
func IngestText(raw []byte) (*extract.Document, error) {
	var b extract.DocBuilder
	b.SetMeta(extract.Meta{Format: "text"})
	for _, para := range strings.Split(string(raw), "\n\n") {
		b.Add(extract.Paragraph, "", 0, 0, para)
	}
	return b.Document(), nil
}
