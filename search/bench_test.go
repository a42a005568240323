package search

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// synthDocs makes n offers of German-looking text for speed measurements.
func synthDocs(n int, seed uint64) []Doc {
	r := rand.New(rand.NewPCG(seed, 1))
	var vocab []string
	for w := range partWords {
		vocab = append(vocab, w)
	}
	for w := range synonyms.words {
		vocab = append(vocab, w)
	}
	// Rare made-up words give the vocabulary a long tail.
	syl := []string{"ber", "ga", "lin", "to", "ma", "rest", "un", "ka", "sel", "dor", "fen", "wald", "heim"}
	for range 20000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		vocab = append(vocab, b.String())
	}
	word := func() string {
		// Zipf-like: low indices far more often.
		return vocab[int(float64(len(vocab))*r.Float64()*r.Float64()*r.Float64())]
	}
	text := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	topics := []string{"ki", "daten", "strategie", "it-sicherheit", "nachhaltigkeit", "recht", "organisation", "sensorik-robotik"}
	docs := make([]Doc, n)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range docs {
		d := Doc{
			ID:      fmt.Sprintf("o%06d", i),
			Title:   text(4 + r.IntN(5)),
			Summary: text(15 + r.IntN(15)),
			Body:    text(60 + r.IntN(80)),
			Labels:  []string{"Künstliche Intelligenz", "Workshop"},
			Values:  map[string][]string{FacetTopic: {topics[r.IntN(len(topics))]}, FacetFormat: {"workshop"}, FacetState: {fmt.Sprintf("DE-%02d", r.IntN(16))}},
		}
		if r.IntN(2) == 0 {
			d.Dates = []time.Time{base.AddDate(0, 0, r.IntN(700))}
		}
		docs[i] = d
	}
	return docs
}

var benchQueries = []string{
	"Datenqualität", "Workshop KI Handwerk", "Cyber Sicherheit", "Qualitaet", "machine learning",
	"Wie schütze ich meine Firma vor Hackern?", "Digitaliserung", "Nachhaltigkeit Energie", "DSGVO", "Roboter Produktion",
}

var (
	benchOnce sync.Once
	benchIx   *Index
)

func benchIndex(b *testing.B) *Index {
	benchOnce.Do(func() {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		docs := synthDocs(100000, 1)
		start := time.Now()
		benchIx = New()
		for i := 0; i < len(docs); i += 5000 {
			benchIx.Put(docs[i:min(i+5000, len(docs))]...)
		}
		el := time.Since(start)
		docs = nil
		runtime.GC()
		runtime.ReadMemStats(&m1)
		b.Logf("built 100000 docs in %v, heap %d MB", el, (m1.HeapAlloc-m0.HeapAlloc)>>20)
	})
	return benchIx
}

func BenchmarkSearch100k(b *testing.B) {
	ix := benchIndex(b)
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Search(Query{Text: benchQueries[i%len(benchQueries)], Now: now, Limit: 20})
		i++
	}
}

func BenchmarkSearch100kParallel(b *testing.B) {
	ix := benchIndex(b)
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	b.SetParallelism(25) // 50 goroutines on 2 cores
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			ix.Search(Query{Text: benchQueries[i%len(benchQueries)], Now: now, Limit: 20})
			i++
		}
	})
}
