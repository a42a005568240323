package datacheck

import (
	"slices"
	"strings"
	"testing"
)

// Bytes 0x80–0x9F are Windows-1252, even when the first 64 KB looked like
// ISO-8859-1.
func TestProfileFindsWindows1252BeyondTheSample(t *testing.T) {
	in := "name;preis\nK\xf6ln;5\n" + strings.Repeat("Berlin;7\n", 10000) + "\x84Gr\xf6\xdfe\x93;5 \x80\n"
	rep, err := Profile(strings.NewReader(in), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Encoding != "windows-1252" {
		t.Errorf("got encoding %s, want windows-1252", rep.Encoding)
	}
	if got := rep.Columns[1].InvalidExamples; !slices.Equal(got, []string{"5 €"}) {
		t.Errorf("got invalid examples %q, want 5 €", got)
	}
}
