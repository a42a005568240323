package datacheck

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkProfile profiles the file named by DATACHECK_BENCH_FILE, e.g. one
// made by ../shared/bench/gen_csv.go, held in memory; one worker and all.
func BenchmarkProfile(b *testing.B) {
	name := os.Getenv("DATACHECK_BENCH_FILE")
	if name == "" {
		b.Skip("set DATACHECK_BENCH_FILE to a CSV file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 0} {
		b.Run(map[int]string{1: "one-worker", 0: "all-cores"}[workers], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Profile(bytes.NewReader(data), Options{Workers: workers, SizeHint: int64(len(data))}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
