//go:build !linux

package datacheck

import "os"

// mapFile maps files on Linux only.
func mapFile(*os.File) (*mapped, error) { return nil, nil }

func (m *mapped) close()         {}
func (m *mapped) release([]byte) {}
