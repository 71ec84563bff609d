package extract

// extractKind is a stub being written.
func (x *reader) extractKind() {}
