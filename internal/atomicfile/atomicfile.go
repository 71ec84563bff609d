// Package atomicfile writes a file whole or not at all, for the pages,
// reports and explain files readout writes beside a user's own files.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes data to path through a temporary file in path's folder,
// readable by all (0644) and renamed over path, so that no reader ever
// sees half a file and a failed write leaves neither a temporary file nor
// a damaged path behind. The error names path, never the temporary file,
// and wraps the cause (errors.Is(err, fs.ErrPermission) holds for a
// folder that cannot be written).
func Write(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, pathless(err))
	}
	_, werr := f.Write(data)
	// CreateTemp makes the file private; what readout writes is for reading.
	if err := errors.Join(werr, f.Chmod(0o644), f.Close()); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, pathless(err))
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, pathless(err))
	}
	return nil
}

// pathless is err without the temporary file's name that an
// *fs.PathError or *os.LinkError would add.
func pathless(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}
