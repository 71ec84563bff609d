package extract

// extractWhen is a stub being written.
func (x *reader) extractWhen() {}
