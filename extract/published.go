package extract

// extractPublished is a stub being written.
func (x *reader) extractPublished() {}
