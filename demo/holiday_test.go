package demo

import (
	"strings"
	"testing"
	"time"

	"lotse"
)

func TestEasterSunday(t *testing.T) {
	tests := []struct {
		year       int
		month, day int
	}{
		{2024, 3, 31},
		{2025, 4, 20},
		{2026, 4, 5},
		{2027, 3, 28},
		{2028, 4, 16},
		{2038, 4, 25},
	}
	for _, tt := range tests {
		got := easterSunday(tt.year, lotse.Berlin)
		if got.Month() != time.Month(tt.month) || got.Day() != tt.day {
			t.Errorf("%d: got %s, want %d-%02d-%02d", tt.year, got.Format(time.DateOnly), tt.year, tt.month, tt.day)
		}
	}
}

func TestWorkday(t *testing.T) {
	tests := []struct {
		name, day, want string
	}{
		{"ordinary tuesday stays", "2026-03-17", "2026-03-17"},
		{"saturday moves to monday", "2026-03-21", "2026-03-23"},
		{"good friday moves a week", "2026-04-03", "2026-04-10"},
		{"easter monday moves a week", "2026-04-06", "2026-04-13"},
		{"ascension moves a week", "2026-05-14", "2026-05-21"},
		{"labour day moves a week", "2026-05-01", "2026-05-08"},
		{"unity day moves a week", "2028-10-03", "2028-10-10"},
		{"the friday before the break stays", "2026-12-18", "2026-12-18"},
		{"christmas week moves two weeks", "2026-12-23", "2027-01-06"},
		{"the week after moves two weeks", "2026-12-29", "2027-01-12"},
		{"new year's day moves two weeks", "2027-01-01", "2027-01-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := time.ParseInLocation(time.DateOnly, tt.day, lotse.Berlin)
			if got := workday(d).Format(time.DateOnly); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestNoEventStartsOnHoliday runs the network for every third day of a year.
func TestNoEventStartsOnHoliday(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, lotse.Berlin)
	for i := 0; i < 366; i += 3 {
		today := start.AddDate(0, 0, i)
		_, offers := Network(today)
		for _, o := range offers {
			openEnded := o.Recurrence != "" && !strings.Contains(o.Recurrence, "COUNT=")
			if o.StartsAt != nil && !openEnded && !isWorkday(*o.StartsAt) {
				t.Fatalf("today %s: %s falls on %s", today.Format(time.DateOnly), o.ID, o.StartsAt.Format("Mon 2006-01-02"))
			}
		}
	}
}
