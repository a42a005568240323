package search

import (
	"testing"
	"time"
)

var now = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

func day(n int) time.Time { return now.AddDate(0, 0, n) }

func testIndex() *Index {
	ix := New()
	ix.Put(
		Doc{ID: "ws-daten", Title: "Workshop Datenqualität", Values: map[string][]string{FacetTopic: {"daten", "ki"}, FacetFormat: {"workshop"}, FacetMode: {"praesenz"}}, Dates: []time.Time{day(10)}},
		Doc{ID: "web-ki", Title: "KI im Handwerk", Summary: "Daten nutzen", Values: map[string][]string{FacetTopic: {"ki"}, FacetFormat: {"webinar"}, FacetMode: {"online"}}, Dates: []time.Time{day(3)}},
		Doc{ID: "heft", Title: "Themenheft Sicherer Datenaustausch", Values: map[string][]string{FacetTopic: {"datenaustausch"}, FacetFormat: {"themenheft"}}},
		Doc{ID: "past", Title: "Rückblick KI-Tag", Values: map[string][]string{FacetTopic: {"ki"}, FacetFormat: {"konferenz"}}, Dates: []time.Time{day(-30)}},
	)
	return ix
}

func ids(hits []Hit) []string {
	var s []string
	for _, h := range hits {
		s = append(s, h.ID)
	}
	return s
}

func TestSearchOrdersUpcomingThenTimelessThenPast(t *testing.T) {
	got := ids(testIndex().Search(Query{Now: now}).Hits)
	want := []string{"web-ki", "ws-daten", "heft", "past"}
	if !equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestFacetCountsIgnoreTheirOwnFilter(t *testing.T) {
	res := testIndex().Search(Query{Now: now, Filters: map[string][]string{FacetTopic: {"ki"}, FacetFormat: {"webinar"}}})
	if res.Total != 1 || res.Hits[0].ID != "web-ki" {
		t.Fatalf("got %v, want only web-ki", ids(res.Hits))
	}
	// Format counts are those of topic=ki, whatever the format filter says.
	if got := res.Facets[FacetFormat]; got["workshop"] != 1 || got["webinar"] != 1 || got["konferenz"] != 1 || got["themenheft"] != 0 {
		t.Errorf("format facet: got %v", got)
	}
	// Topic counts are those of format=webinar.
	if got := res.Facets[FacetTopic]; got["ki"] != 1 || got["daten"] != 0 {
		t.Errorf("topic facet: got %v", got)
	}
}

func TestTextAndDateRange(t *testing.T) {
	ix := testIndex()
	if got := ids(ix.Search(Query{Now: now, Text: "Datenqualitaet"}).Hits); !equal(got, []string{"ws-daten"}) {
		t.Errorf("folded umlaut: got %v", got)
	}
	if got := ids(ix.Search(Query{Now: now, Text: "daten"}).Hits); len(got) != 3 || got[2] != "web-ki" {
		t.Errorf("title matches first: got %v", got)
	}
	if got := ids(ix.Search(Query{Now: now, From: day(5), To: day(20)}).Hits); !equal(got, []string{"ws-daten"}) {
		t.Errorf("date range: got %v", got)
	}
}

func TestPutReplacesAndDeleteRemoves(t *testing.T) {
	ix := testIndex()
	ix.Put(Doc{ID: "heft", Title: "Neues Heft", Values: map[string][]string{FacetTopic: {"recht"}}})
	ix.Delete("past", "unknown")
	if ix.Len() != 3 {
		t.Fatalf("got %d docs, want 3", ix.Len())
	}
	res := ix.Search(Query{Now: now, Filters: map[string][]string{FacetTopic: {"recht"}}})
	if !equal(ids(res.Hits), []string{"heft"}) || res.Facets[FacetTopic]["datenaustausch"] != 0 {
		t.Errorf("got %v %v", ids(res.Hits), res.Facets)
	}
	page := ix.Search(Query{Now: now, Offset: 1, Limit: 1})
	if page.Total != 3 || len(page.Hits) != 1 {
		t.Errorf("paging: got total %d, %d hits", page.Total, len(page.Hits))
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTextFollowsReplaceAndDelete(t *testing.T) {
	ix := New()
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		ix.Put(Doc{ID: id, Title: "Blockchain Workshop " + id})
	}
	ix.Put(Doc{ID: "a", Title: "Robotik im Handwerk"})
	if got := ids(ix.Search(Query{Now: now, Text: "Robotik"}).Hits); !equal(got, []string{"a"}) {
		t.Errorf("replaced text: got %v, want [a]", got)
	}
	if got := ix.Search(Query{Now: now, Text: "Blockchain", Limit: 20}); got.Total != 7 {
		t.Errorf("old text of a replaced document: got %d hits %v, want 7", got.Total, ids(got.Hits))
	}
	// Deleting a quarter of the ords compacts the postings.
	ix.Delete("b", "c")
	for _, tc := range []struct {
		q    string
		want int
	}{{"Blockchain", 5}, {"Robotik", 1}, {"Workshop", 5}} {
		if got := ix.Search(Query{Now: now, Text: tc.q}); got.Total != tc.want || len(got.Hits) != tc.want {
			t.Errorf("%q after delete: got %d hits %v, want %d", tc.q, got.Total, ids(got.Hits), tc.want)
		}
	}
	if ix.text.dead != 0 {
		t.Errorf("got %d dead ords after compaction, want 0", ix.text.dead)
	}
	ix.Put(Doc{ID: "b", Title: "Blockchain Workshop b"})
	if got := ix.Search(Query{Now: now, Text: "Blockchain"}); got.Total != 6 {
		t.Errorf("after re-adding: got %v, want 6 hits", ids(got.Hits))
	}
	for _, s := range ix.Suggest("Blockchain Workshop", 10) {
		if s == "Blockchain Workshop c" {
			t.Errorf("suggested the title of a deleted document: %v", ix.Suggest("Blockchain Workshop", 10))
		}
	}
}

func TestConcurrentSearchesWhileWriting(t *testing.T) {
	ix := germanIndex()
	ix.SetCacheSize(0)
	done := make(chan bool)
	for g := range 4 {
		go func() {
			for i := range 200 {
				q := []string{"Datenqualität", "KI Tischlerei", "Cyber Sicherheit", "Digitaliserung", "machine learning"}[(g+i)%5]
				if res := ix.Search(Query{Text: q, Now: now, Limit: 3}); len(res.Hits) == 0 {
					t.Errorf("%q found nothing", q)
				}
			}
			done <- true
		}()
	}
	for i := range 100 {
		ix.Put(Doc{ID: "extra", Title: "Datenqualität im Handwerk " + string(rune('a'+i%26))})
		if i%3 == 0 {
			ix.Delete("extra")
		}
	}
	for range 4 {
		<-done
	}
}

func TestNegativeLimitCountsOnly(t *testing.T) {
	ix := testIndex()
	for _, text := range []string{"", "daten"} {
		all, counts := ix.Search(Query{Now: now, Text: text}), ix.Search(Query{Now: now, Text: text, Limit: -1})
		if len(counts.Hits) != 0 || counts.Total != all.Total || counts.Total == 0 || len(all.Hits) != all.Total {
			t.Errorf("%q: counts only gave %d hits, total %d; all gave %d hits, total %d", text, len(counts.Hits), counts.Total, len(all.Hits), all.Total)
		}
		if !equalFacets(counts.Facets, all.Facets) {
			t.Errorf("%q: facets %v, want %v", text, counts.Facets, all.Facets)
		}
	}
}

func equalFacets(a, b map[string]map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, m := range a {
		if len(m) != len(b[k]) {
			return false
		}
		for v, n := range m {
			if b[k][v] != n {
				return false
			}
		}
	}
	return true
}
