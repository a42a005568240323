package readiness

import "testing"

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(CurrentVersion); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScoreAndRecommend(b *testing.B) {
	q := Current()
	answers := answerAll(q, points(1))
	offers, centres := testOffers(), testCentres()
	for b.Loop() {
		r, err := Score(q, craft, answers)
		if err != nil {
			b.Fatal(err)
		}
		Recommend(r, craft, offers, centres, now)
	}
}
