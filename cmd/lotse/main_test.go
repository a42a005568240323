package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runLotse runs the CLI with args and the given environment.
func runLotse(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

const sampleFile = `{
  "centres": [
    {"slug": "hannover", "name": "Mittelstand-Digital Zentrum Hannover", "kind": "regional", "state": "DE-NI",
     "city": "Hannover", "lat": 52.37, "lon": 9.73, "started_on": "2021-06-01", "website": "https://example.org", "topics": ["ki"]}
  ],
  "offers": [
    {"id": "heft-1", "centre": "hannover", "format": "themenheft", "title": "Sicherer Datenaustausch",
     "topics": ["datenaustausch"], "audiences": ["alle"], "mode": "online", "location": {}, "url": "", "language": "de"},
    {"id": "bad", "centre": "hannover", "format": "workshop", "title": "Ohne Datum", "topics": ["ki"], "mode": "online"},
    {"id": "other", "centre": "nowhere", "format": "podcast", "title": "Podcast", "topics": ["ki"], "mode": "online"}
  ]
}`

func TestImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"LOTSE_DATA": dir}
	file := filepath.Join(dir, "in.json")
	os.WriteFile(file, []byte(sampleFile), 0o600)

	_, stderr, err := runLotse(t, env, "", "import", "--strict", file)
	if err == nil || !strings.Contains(err.Error(), "nichts übernommen") {
		t.Fatalf("strict import with bad records: got %v", err)
	}
	if !strings.Contains(stderr, "Angebot Nr. 2 (Zeile 9, „bad“): starts_at: Eine Veranstaltung braucht einen Beginn.") ||
		!strings.Contains(stderr, "Angebot Nr. 3 (Zeile 10, „other“): centre: Das Zentrum „nowhere“ gibt es weder") {
		t.Errorf("problems not reported with position and reason:\n%s", stderr)
	}
	out, _, _ := runLotse(t, env, "", "export")
	if strings.Contains(out, "heft-1") {
		t.Fatal("strict import wrote something")
	}

	out, _, err = runLotse(t, env, "", "import", file)
	if err != nil || !strings.Contains(out, "Angebote: 1 neu") || !strings.Contains(out, "2 fehlerhafte Einträge") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, _, err = runLotse(t, env, "", "import", file)
	if err != nil || !strings.Contains(out, "0 neu, 0 geändert, 1 unverändert") {
		t.Errorf("second import should change nothing: %v\n%s", err, out)
	}

	first, _, err := runLotse(t, env, "", "export")
	if err != nil {
		t.Fatal(err)
	}
	env2 := map[string]string{"LOTSE_DATA": t.TempDir()}
	if _, _, err := runLotse(t, env2, first, "import", "-"); err != nil {
		t.Fatal(err)
	}
	second, _, _ := runLotse(t, env2, "", "export")
	if first != second {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", first, second)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"serve", "--addr", "8080"}, nil, "erwartet wird HOST:PORT"},
		{[]string{"serve", "--addr", "localhost:99999"}, nil, "Port muss eine Zahl"},
		{[]string{"migrate", "--db", "mysql://x"}, nil, "sqlite:PFAD oder postgres://"},
		{[]string{"export"}, map[string]string{"LOTSE_DB": "oracle:x"}, "sqlite:PFAD oder postgres://"},
		{[]string{"import"}, nil, "genau eine Datei"},
		{[]string{"import", "/does/not/exist.json"}, nil, "lässt sich nicht öffnen"},
		{[]string{"frobnicate"}, nil, "unbekannter Befehl"},
		{nil, nil, "bitte einen Befehl angeben"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			env := tt.env
			if env == nil {
				env = map[string]string{}
			}
			if env["LOTSE_DATA"] == "" {
				env["LOTSE_DATA"] = t.TempDir()
			}
			_, _, err := runLotse(t, env, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	for _, cmd := range []string{"serve", "migrate", "import", "export", "datacheck"} {
		_, stderr, err := runLotse(t, map[string]string{}, "", cmd, "-h")
		if err != nil || !strings.Contains(stderr, "lotse "+cmd) {
			t.Errorf("%s -h: err %v, usage %q", cmd, err, stderr)
		}
	}
	out, _, err := runLotse(t, nil, "", "help")
	if err != nil || !strings.Contains(out, "Befehle:") {
		t.Errorf("help: %v %q", err, out)
	}
}

func TestMigrateStatus(t *testing.T) {
	env := map[string]string{"LOTSE_DATA": t.TempDir()}
	out, _, err := runLotse(t, env, "", "migrate")
	if err != nil || !strings.Contains(out, "Datenbankstand:") {
		t.Fatalf("migrate: %v %q", err, out)
	}
}
