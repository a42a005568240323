package datacheck

import (
	"fmt"
	"math/big"
	"strings"

	"lotse"
)

// The fixtures below are realistic small exports, built by hand so the
// expected reports in datacheck_test.go can be worked out by hand too.

// toCP1252 encodes s (UTF-8) as Windows-1252, for the characters we use.
func toCP1252(s string) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r == '–':
			b = append(b, 0x96)
		case r == '€':
			b = append(b, 0x80)
		case r <= 0xff:
			b = append(b, byte(r))
		default:
			b = append(b, '?')
		}
	}
	return b
}

func germanAmount(cents int64) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return fmt.Sprintf("%s%s,%02d", sign, lotse.GroupThousands(fmt.Sprint(cents/100)), cents%100)
}

// erpKunden is a customer list from an ERP system: Windows-1252, ';', CRLF.
// Planted: 3 postcodes without leading zero (rows 40, 80, 120), 4 invalid
// e-mails (rows 30, 60, 90, 120), 4 NULL e-mails (rows 25, 50, 75, 100),
// 12 missing phones (every 10th row), 2 ISO dates (rows 50, 100), one repeated
// customer number (row 60 repeats row 59).
func erpKunden() []byte {
	var b strings.Builder
	b.WriteString("Kundennr;Firma;Ansprechpartner;Straße;PLZ;Ort;Telefon;E-Mail;Umsatz 2024;Kunde seit;Newsletter\r\n")
	firms := []string{"Müller Bau GmbH", "Bäckerei Schön", "Schmidt – Elektrotechnik", "Köhler & Söhne KG", "Weiß Holzbau"}
	people := []string{"Jürgen Weber", "Käthe Groß", "Sören Becker", "Anna Schäfer", "Uwe Krüger", "Dörte Voß"}
	streets := []string{"Hauptstraße", "Bahnhofstr.", "Am Mühlbach", "Lindenallee"}
	plz := []string{"01067", "10115", "80331", "04109", "50667", "20095"}
	orte := []string{"Dresden", "Berlin", "München", "Leipzig", "Köln", "Hamburg"}
	for i := 1; i <= 120; i++ {
		nr := 10000 + i
		if i == 60 {
			nr = 10000 + 59
		}
		p, ort := plz[i%6], orte[i%6]
		if i%40 == 0 {
			p = strings.TrimPrefix("01067", "0")
			ort = "Dresden"
		}
		tel := fmt.Sprintf("0%d %d", 351+i%5, 100000+i*37)
		switch {
		case i%10 == 0:
			tel = ""
		case i%3 == 1:
			tel = fmt.Sprintf("+49 %d %d", 351+i%5, 100000+i*37)
		}
		mail := fmt.Sprintf("info@firma-%d.de", i)
		switch {
		case i%30 == 0:
			mail = fmt.Sprintf("info(at)firma-%d.de", i)
		case i%25 == 0:
			mail = "NULL"
		}
		since := fmt.Sprintf("%02d.%02d.%d", 1+i%28, 1+i%12, 2010+i%15)
		if i%50 == 0 {
			since = fmt.Sprintf("%d-%02d-%02d", 2010+i%15, 1+i%12, 1+i%28)
		}
		news := ""
		if i%2 == 1 {
			news = "x"
		}
		fmt.Fprintf(&b, "K%05d;%s;%s;%s %d;%s;%s;%s;%s;%s;%s;%s\r\n",
			nr, firms[i%5], people[i%6], streets[i%4], 1+i%40, p, ort, tel, mail,
			germanAmount(int64(i)*98765%10000000), since, news)
	}
	return toCP1252(b.String())
}

// sensorLog is a machine log: UTF-8, ',', ISO date-times, decimal points.
// Planted: an outlier temperature (row 150), a missing temperature (row 200,
// "n/a"), a mostly empty column (vibration, 4 of 5 rows empty), a constant
// column (status), an empty column (kommentar), ragged rows 100 and 250 (one
// field too many) and 260 (one too few).
func sensorLog() []byte {
	var b strings.Builder
	b.WriteString("zeitstempel,maschine,temperatur_c,drehzahl,vibration,status,kommentar\n")
	for i := 1; i <= 300; i++ {
		ts := fmt.Sprintf("2026-10-%02dT%02d:%02d:00", 1+i/60, 8+(i%60)/10, (i%10)*6)
		temp := fmt.Sprintf("%d.%d", 21+i%2, i%10)
		switch i {
		case 150:
			temp = "999.9"
		case 200:
			temp = "n/a"
		}
		vib := ""
		if i%5 == 0 {
			vib = fmt.Sprintf("0.0%d", 1+i%9)
		}
		fmt.Fprintf(&b, "%s,M-%02d,%s,%d,%s,OK,", ts, 1+i%3, temp, 1500+i%7*10, vib)
		switch i {
		case 100, 250:
			b.WriteString(",extra")
		case 260:
			// drop the last separator: one field too few
			s := b.String()
			b.Reset()
			b.WriteString(s[:len(s)-1])
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// rechnungen is an invoice export: UTF-8 with BOM, ';', CRLF, quoted
// amounts, two-digit years from 2019–2020 (stale). Planted: an impossible
// date (row 33), rows 41 and 42 repeat row 40, a remark with the delimiter
// (row 10), doubled quotes (row 20) and a line break (row 30), a row with two
// fields missing (row 50, on line 52 because row 30 spans two lines).
func rechnungen() []byte {
	var b strings.Builder
	b.WriteString("\xEF\xBB\xBFRechnungsnr;Rechnungsdatum;Kunde;Betrag;MwSt;Bezahlt;Bemerkung\r\n")
	kunden := []string{"Schreinerei Koch", "Autohaus Lange", "Praxis Dr. Wolf", "Café Sonnenschein"}
	var prev string
	for i := 1; i <= 80; i++ {
		if i == 41 || i == 42 {
			b.WriteString(prev)
			continue
		}
		date := fmt.Sprintf("%02d.%02d.%02d", 1+i%28, 1+i%12, 19+i%2)
		if i == 33 {
			date = "31.02.20"
		}
		paid := "ja"
		if i%4 == 0 {
			paid = "nein"
		}
		note := ""
		switch i {
		case 10:
			note = `"Lieferung; Teil 1"`
		case 20:
			note = `"Kunde sagt ""dringend"""`
		case 30:
			note = "\"Zeile eins\r\nZeile zwei\""
		}
		vat := "19"
		if i%5 == 0 {
			vat = "7"
		}
		row := fmt.Sprintf("RE-2020-%04d;%s;%s;\"%s\";%s;%s;%s\r\n", i, date, kunden[i%4], germanAmount(int64(i)*7919%500000+100), vat, paid, note)
		if i == 50 {
			row = fmt.Sprintf("RE-2020-%04d;%s;%s;\"%s\";%s\r\n", i, date, kunden[i%4], germanAmount(12345), vat)
		}
		b.WriteString(row)
		prev = row
	}
	return []byte(b.String())
}

// iban builds a German IBAN with a correct check number (computed with
// math/big, independently of the code under test).
func iban(blz, konto string) string {
	n, _ := new(big.Int).SetString(blz+konto+"131400", 10)
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("DE%02d%s%s", 98-m, blz, konto)
}

// kontoauszug is a bank statement: UTF-8, tab-separated. Planted: a wrong
// IBAN check number (row 7), 4 missing IBANs (rows 15, 30, 45, 60), 3 purposes
// with a leading blank (rows 20, 40, 60), a constant currency column.
func kontoauszug() []byte {
	var b strings.Builder
	b.WriteString("Buchungstag\tValuta\tAuftraggeber\tIBAN\tVerwendungszweck\tBetrag\tWährung\n")
	names := []string{"Jörg Hartmann", "Petra Neumann", "Mehmet Yılmaz", "Julia Braun", "Stadtwerke Leipzig"}
	purposes := []string{"Miete November", "Rechnung 4711", "Gehalt", "Strom Abschlag", "Gutschrift Retoure"}
	for i := 1; i <= 60; i++ {
		day := fmt.Sprintf("%02d.%02d.2026", 1+i%28, 10+i%2)
		ib := iban(fmt.Sprintf("%08d", 10010010+i*1000), fmt.Sprintf("%010d", 1234567+i*7))
		switch {
		case i == 7:
			ib = ib[:2] + "00" + ib[4:]
		case i%15 == 0:
			ib = ""
		}
		purpose := purposes[i%5]
		if i%20 == 0 {
			purpose = " " + purpose
		}
		amount := int64(i*12345%400000) - 100000
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\tEUR\n", day, day, names[i%5], ib, purpose, germanAmount(amount))
	}
	return []byte(b.String())
}
