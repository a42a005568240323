package exchange

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `{
  "centres": [
    {"slug": "hannover", "name": "Mittelstand-Digital Zentrum Hannover", "kind": "regional", "state": "DE-NI",
     "city": "Hannover", "lat": 52.37, "lon": 9.73, "started_on": "2021-06-01", "website": "https://example.org", "topics": ["ki"]}
  ],
  "offers": [
    {"id": "ok-1", "centre": "hannover", "format": "themenheft", "title": "Sicherer Datenaustausch",
     "topics": ["datenaustausch"], "audiences": ["alle"], "mode": "online", "location": {}, "url": "", "language": "de"},
    {"id": "bad-topic", "centre": "hannover", "format": "workshop", "title": "Workshop",
     "topics": ["quanten"], "audiences": [], "mode": "online",
     "starts_at": "2026-12-03T09:00:00+01:00"},
    {"id": "bad-type", "centre": "hannover", "format": "webinar", "title": "Webinar", "capacity": "zehn"},
    {"id": "ok-2", "centre": "hannover", "format": "webinar", "title": "KI-Talk", "topics": ["ki"], "mode": "online",
     "starts_at": "2026-12-03T16:00:00+01:00", "ends_at": "2026-12-03T16:30:00+01:00", "recurrence": "FREQ=WEEKLY;BYDAY=TH"}
  ]
}`

func TestReadReportsBadRecordsAndKeepsGoodOnes(t *testing.T) {
	d, problems, err := Read(strings.NewReader(sample), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Centres) != 1 || len(d.Offers) != 2 || d.Offers[0].ID != "ok-1" || d.Offers[1].ID != "ok-2" {
		t.Fatalf("got %d centres, offers %v; want 1 centre and ok-1, ok-2", len(d.Centres), d.Offers)
	}
	if len(problems) != 2 {
		t.Fatalf("got problems %v, want 2", problems)
	}
	want := []struct {
		index, line int
		key, in     string
	}{
		{2, 9, "bad-topic", "Unbekanntes Thema „quanten“"},
		{3, 12, "bad-type", "capacity"},
	}
	for i, w := range want {
		p := problems[i]
		if p.Index != w.index || p.Line != w.line || p.Key != w.key || !strings.Contains(p.Message, w.in) {
			t.Errorf("problem %d: got %+v, want index %d line %d key %s containing %q", i, p, w.index, w.line, w.key, w.in)
		}
	}
}

func TestReadRejectsBrokenFiles(t *testing.T) {
	for _, in := range []string{``, `[]`, `{"offers": {}}`, `{"offers": [{"id": "a",]}`} {
		if _, _, err := Read(strings.NewReader(in), nil); err == nil {
			t.Errorf("%q: got nil error, want one", in)
		}
	}
}

func TestWriteReadWriteIsIdentical(t *testing.T) {
	d, _, err := Read(strings.NewReader(sample), nil)
	if err != nil {
		t.Fatal(err)
	}
	write := func(d *Data) []byte {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		w.Centres(d.Centres)
		for _, o := range d.Offers {
			w.Offer(o)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := write(d)
	d2, problems, err := Read(bytes.NewReader(first), nil)
	if err != nil || len(problems) != 0 {
		t.Fatalf("reading own export: %v %v", err, problems)
	}
	if second := write(d2); !bytes.Equal(first, second) {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", first, second)
	}
}
