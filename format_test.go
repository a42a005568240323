package lotse

import "testing"

func TestGroupThousands(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "999": "999", "1000": "1.000", "12345": "12.345", "1234567": "1.234.567",
		"-1000": "-1.000", "-12": "-12", "": "",
	} {
		if got := GroupThousands(in); got != want {
			t.Errorf("GroupThousands(%q): got %q, want %q", in, got, want)
		}
	}
}
