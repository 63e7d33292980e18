// Package patherr shortens file errors for messages that already name the
// file.
package patherr

import (
	"errors"
	"io/fs"
)

// Unwrap drops the *fs.PathError wrapper, whose message repeats the path,
// and returns err unchanged when there is none.
func Unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
