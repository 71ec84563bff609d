package extract

// extractParticipants is a stub being written.
func (x *reader) extractParticipants() {}
