package demo

import (
	"time"
)

// workday returns d if it is a working day, else the same weekday of a later
// week in which that day is one (a weekend day moves to Monday). A working day
// is not a Saturday or Sunday, not a public holiday observed in every Land and
// not in the Christmas break (21 December to 3 January), when hardly anyone
// organises an event. A holiday moves its events one week on, the break two
// weeks, so that its two weeks do not pile up in the first week of January.
func workday(d time.Time) time.Time {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	for !isWorkday(d) {
		if inChristmasBreak(d) {
			d = d.AddDate(0, 0, 14)
		} else {
			d = d.AddDate(0, 0, 7)
		}
	}
	return d
}

func inChristmasBreak(d time.Time) bool {
	return (d.Month() == time.December && d.Day() >= 21) || (d.Month() == time.January && d.Day() <= 3)
}

func isWorkday(d time.Time) bool {
	if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || inChristmasBreak(d) {
		return false
	}
	m, day := d.Month(), d.Day()
	switch {
	case m == time.May && day == 1,
		m == time.October && day == 3:
		return false
	}
	easter := easterSunday(d.Year(), d.Location())
	for _, offset := range []int{-2, 1, 39, 50} { // Good Friday, Easter Monday, Ascension, Whit Monday
		h := easter.AddDate(0, 0, offset)
		if h.Month() == m && h.Day() == day {
			return false
		}
	}
	return true
}

// easterSunday returns the date of Easter Sunday in year (Gregorian
// calendar, the anonymous algorithm of Meeus/Jones/Butcher).
func easterSunday(year int, loc *time.Location) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, loc)
}
