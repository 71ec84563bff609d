package core

import (
	"errors"
	"io/fs"
)

// Failure reasons, the short codes a Failure carries.
const (
	ReasonNotText       = "not-text"
	ReasonTooLarge      = "too-large"
	ReasonEmpty         = "empty"
	ReasonInvalidRecord = "invalid-record"
	ReasonRead          = "read"
	ReasonWrite         = "write"
	ReasonWalk          = "walk"
	ReasonPanic         = "panic"
	ReasonExtract       = "extract"
)

// StageError is an error met outside extraction proper: reading the input,
// writing its record, walking the folder, or a recovered panic.
type StageError struct {
	Reason string
	Err    error
}

// NewStageError returns a *StageError for reason.
func NewStageError(reason string, err error) *StageError { return &StageError{reason, err} }

func (e *StageError) Error() string { return e.Reason + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

// ReasonOf classifies err into one of the Reason codes.
func ReasonOf(err error) string {
	var se *StageError
	switch {
	case errors.As(err, &se):
		return se.Reason
	case errors.Is(err, ErrNotText):
		return ReasonNotText
	case errors.Is(err, ErrTooLarge):
		return ReasonTooLarge
	case errors.Is(err, ErrEmpty):
		return ReasonEmpty
	case errors.Is(err, ErrInvalidRecord):
		return ReasonInvalidRecord
	case errors.Is(err, fs.ErrPermission), errors.Is(err, fs.ErrNotExist):
		return ReasonRead
	}
	return ReasonExtract
}
