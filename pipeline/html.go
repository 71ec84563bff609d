package pipeline

import "github.com/readout/readout/extract"

// IngestHTML cleans an HTML page into a Document. (stub: being written)
func IngestHTML(raw []byte) (*extract.Document, error) {
	return IngestText(raw)
}
