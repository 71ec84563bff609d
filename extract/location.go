package extract

// extractLocation is a stub being written.
func (x *reader) extractLocation() {}
