package extract

// extractAgenda is a stub being written.
func (x *reader) extractAgenda() {}
