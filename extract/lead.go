package extract

// findLead is a stub being written.
func (x *reader) findLead() {}
