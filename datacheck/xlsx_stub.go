//go:build noxlsx

package datacheck

import (
	"context"
	"errors"
	"io"
)

// ErrNoXLSX is returned by builds without Excel support (tag noxlsx), such as
// the smaller WebAssembly engine.
var ErrNoXLSX = errors.New("Excel-Dateien werden hier nicht gelesen; bitte in Excel als „CSV UTF-8“ speichern")

// ProfileXLSX is not available in this build.
func ProfileXLSX(ctx context.Context, path string, opt Options) ([]*Report, error) {
	return nil, ErrNoXLSX
}

// ProfileXLSXReader is not available in this build.
func ProfileXLSXReader(r io.Reader, opt Options) ([]*Report, error) { return nil, ErrNoXLSX }
