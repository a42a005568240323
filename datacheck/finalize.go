package datacheck

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"lotse"
)

// hint classifies a column name by what it suggests.
type hint int

const (
	hintNone hint = iota
	hintPostcode
	hintEmail
	hintPhone
	hintName   // a name, of a person or a firm: "Name", "Kunde"
	hintPerson // a person's name: "Nachname", "Ansprechpartner"
	hintIP
	hintAddress
	hintBirth
	hintID
	// Numbers and names that mark a person as directly as a name does (see
	// identifierWords):
	hintTaxID   // a tax number: "Steuer-ID", "tax_id"
	hintSocial  // a social insurance number, which holds the birth date: "SV-Nummer"
	hintInsured // a health insurance number: "Krankenversichertennummer", "KVNR"
	hintPlate   // a car's number plate: "Kfz-Kennzeichen"
	hintUser    // a user name, mostly made of a person's: "Benutzername", "Login"
	hintThing   // names of things, firms and places, never of people: "Artikel", "Firma", "Geburtsort"
)

var nameFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue", "-", "_", " ", "_", ".", "_")

// header is a column name in lower case with umlauts spelled out and its
// words joined by "_", e.g. "befristet_bis" for "Befristet bis", so that
// it can be asked what it says.
type header string

func newHeader(name string) header { return header(nameFold.Replace(strings.ToLower(name))) }

// has reports whether the header contains one of subs.
func (h header) has(subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(string(h), sub) {
			return true
		}
	}
	return false
}

// word reports whether one of the header's words is one of ws.
func (h header) word(ws ...string) bool {
	return h.wordFunc(func(w string) bool { return slices.Contains(ws, w) })
}

func (h header) wordFunc(f func(w string) bool) bool {
	return slices.ContainsFunc(strings.FieldsFunc(string(h), func(r rune) bool { return r == '_' }), f)
}

func nameHint(name string) hint {
	h := newHeader(name)
	s := string(h)
	has, word := h.has, h.word
	switch {
	case has("plz", "postleitzahl", "postcode", "postal_code", "postalcode", "post_code", "zip"):
		return hintPostcode
	case has("mail"):
		return hintEmail
	case has("telefon", "phone", "handy", "mobil", "fax") || word("tel"):
		return hintPhone
	case has("geburtsort", "geburtsland", "geburtsstadt", "birthplace", "place_of_birth", "birth_place", "country_of_birth"):
		return hintThing // a place, not a date
	case has("geburtsname"):
		return hintPerson
	case has("sozialversicherung", "rentenversicherungsnummer", "sv_nummer", "sv_nr", "rv_nummer", "rv_nr", "social_security") || word("svnr", "rvnr", "ssn"):
		return hintSocial
	case has("versichertennummer", "versicherten_nr", "versichertennr", "krankenversicherungsnummer") || word("kvnr"):
		return hintInsured
	case has("geburt", "birth") || word("geb", "dob"):
		return hintBirth
	case has("kfz_kennzeichen", "kfzkennzeichen", "nummernschild", "autokennzeichen", "fahrzeugkennzeichen", "amtliches_kennzeichen", "amtl_kennzeichen",
		"license_plate", "licence_plate", "number_plate", "numberplate"):
		return hintPlate // "Kfz" alone may be the car's type; see plateLike
	case has("steuer_id", "steuerid", "steueridentifikation", "steuernummer", "steuer_nr", "steuernr", "tax_id", "taxid", "tax_number", "taxpayer") || word("tin", "stnr"):
		if word("ust", "vat") || has("umsatzsteuer", "ustid", "ust_id", "vat_id", "vatid") {
			return hintID // a firm's VAT number
		}
		return hintTaxID
	case word("ip") || has("ipadresse", "ip_adresse", "ip_address", "ipaddress"):
		return hintIP // personal, but no postal address
	case has("webadresse", "internetadresse", "homepage", "website") || word("url"):
		return hintNone
	case has("strasse", "adresse", "anschrift", "address", "street") || word("str"):
		return hintAddress
	case word("id", "nr", "no", "nummer", "key", "schluessel") || strings.HasSuffix(s, "_id") || strings.HasSuffix(s, "nr") || strings.HasSuffix(s, "nummer"):
		return hintID
	case has("benutzername", "username", "user_name", "anmeldename", "loginname", "login_name", "benutzerkennung") ||
		word("login", "user", "benutzer") && !has("agent", "anzahl", "count", "gruppe", "group", "rolle", "role", "typ"):
		return hintUser
	case has("artikel", "produkt", "product", "item", "waren", "datei", "file", "firma", "firmen", "company", "unternehmen", "shop", "marke", "brand"):
		return hintThing // names of things and companies, not of people
	case has("vorname", "nachname", "familienname", "ansprechpartner", "mitarbeiter", "patient", "last_name", "lastname", "surname",
		"first_name", "firstname", "full_name", "fullname", "sachbearbeiter", "kundenbetreuer") ||
		word("person", "fahrer", "bearbeiter", "bediener", "betreuer", "verkaeufer", "berater", "techniker", "monteur", "disponent"):
		return hintPerson
	case has("inhaber", "empfaenger", "auftraggeber", "kontakt", "beguenstigt", "zahlungspflichtig", "absender") ||
		word("name", "kunde", "kundenname"):
		return hintName
	}
	return hintNone
}

// columnHints returns the hint of each column's name (see nameHint), in
// the light of the others: beside a first name ("Vorname", "first_name") a
// bare "Name" is a surname.
func columnHints(names []string) []hint {
	hs := make([]hint, len(names))
	first := false
	for i, n := range names {
		hs[i] = nameHint(n)
		first = first || newHeader(n).has("vorname", "first_name", "firstname", "given_name", "givenname", "rufname")
	}
	for i, n := range names {
		if first && newHeader(n) == "name" {
			hs[i] = hintPerson
		}
	}
	return hs
}

// asksYesNo reports whether a column's name asks a yes/no question, so
// that its 0 and 1 are no and yes: "aktiv", "Gesperrt", "Newsletter",
// "is_deleted", "isActive", "hat_Kinder".
func asksYesNo(name string) bool {
	h := newHeader(name)
	for _, p := range []string{"is", "has", "hat"} { // not "ist": "Ist-Menge" is a quantity
		if strings.HasPrefix(string(h), p+"_") || len(name) > len(p) && strings.EqualFold(name[:len(p)], p) && unicode.IsUpper(rune(name[len(p)])) {
			return true // "is_deleted", "isActive", "HasChildren"
		}
	}
	return strings.HasSuffix(string(h), "_flag") || strings.HasSuffix(string(h), "_yn") || h.has("opt_in", "ja_nein", "yes_no") ||
		h.word("aktiv", "active", "inaktiv", "inactive", "flag", "gesperrt", "geloescht", "deleted", "enabled", "disabled",
			"storniert", "cancelled", "canceled", "bezahlt", "paid", "erledigt", "done", "abgeschlossen", "newsletter", "optin",
			"einwilligung", "consent", "verifiziert", "verified", "bestaetigt", "confirmed", "archiviert", "archived",
			"gekuendigt", "blocked", "locked", "sichtbar", "visible", "vip", "stammkunde")
}

// zeroOne reports whether the column's values are 0 and 1, both, and no
// other.
func (c *colStats) zeroOne() bool {
	if c.table.full || c.table.n != 2 {
		return false
	}
	seen := 0
	for _, s := range c.table.slots {
		if s.key == 0 {
			continue
		}
		switch txt, _ := c.table.text(s.str); txt {
		case "0", "1":
			seen++
		default:
			return false
		}
	}
	return seen == 2
}

// typeShare is the share of a column's values that gives it their type:
// a column of amounts where a third says "offen" is a decimal column with
// invalid values, which the report names, rather than text it is silent
// about.
const typeShare = 0.5

// dateRole says what the dates of a column stand for, by its name.
type dateRole int

const (
	dateOther    dateRole = iota // a transaction or a measurement
	dateLasting                  // a past event that stays true: hire, birth, founding
	dateDeadline                 // an end or a due date, which may lie ahead
)

func dateRoleOf(name string) dateRole {
	h := newHeader(name)
	switch {
	case h.has("eintritt", "einstellung", "geburt", "birth", "gruendung", "gegruendet", "founded", "anlage", "angelegt",
		"erstellt", "erstelldatum", "created", "registrier", "hire", "joined", "vertragsbeginn", "beschaeftigungsbeginn",
		"zulassung", "mitglied") || h.word("seit", "since"):
		return dateLasting
	case h.has("ablauf", "gueltig", "faellig", "frist", "termin", "liefer", "mhd", "haltbar", "verfall", "expir", "valid",
		"due", "kuendigung", "wiedervorlage", "deadline") || h.word("bis", "until") ||
		h.wordFunc(func(w string) bool { return strings.HasSuffix(w, "ende") || strings.HasPrefix(w, "end") }):
		return dateDeadline
	}
	return dateOther
}

// namesDate reports whether a column's name says that it holds dates:
// "Datum", "Rechnungsdatum", "Order Date", "invoice_date", "Buchungstag".
func namesDate(name string) bool {
	return newHeader(name).wordFunc(func(w string) bool {
		switch w {
		case "update", "mandate", "candidate", "validate":
			return false
		}
		return strings.HasSuffix(w, "datum") || strings.HasSuffix(w, "date") || strings.HasSuffix(w, "tag") || strings.HasSuffix(w, "day")
	})
}

// namesNonNegative reports whether a column's name says it holds numbers
// that cannot be below zero: a stock, a quantity, a count, an age, a
// weight or a size ("Lagerbestand", "Bestellmenge", "Anzahl Mitarbeiter",
// "Stückzahl", "Alter", "Gewicht (kg)", "qty"), and not their changes
// ("Bestandsänderung", "Mengendifferenz", "Abgang"), nor ones that count
// returns negative ("Quantity (- Refund)", "Menge inkl. Retouren").
func namesNonNegative(name string) bool {
	h := newHeader(name)
	if h.has("aenderung", "differenz", "diff", "delta", "saldo", "korrektur", "abweichung", "change", "bewegung", "buchung", "abgang", "zugang", "retour",
		"refund", "return", "storno", "gutschrift", "rueck") {
		return false
	}
	return h.wordFunc(func(w string) bool {
		switch w {
		case "alter", "age", "stk", "stueck", "qty", "quantity", "stock", "count", "weight", "laenge", "breite", "hoehe", "flaeche":
			return true
		}
		return strings.HasSuffix(w, "bestand") || strings.HasSuffix(w, "menge") || strings.HasPrefix(w, "anzahl") || strings.HasSuffix(w, "anzahl") ||
			strings.HasSuffix(w, "stueckzahl") || strings.HasSuffix(w, "gewicht")
	})
}

// What an empty field says in a column, by its name (see emptyMeaning).
const (
	emptyUnknown = iota // a value that is not known
	emptyNone           // there is none, or it did not (yet) come to it: "Titel", "Fax", "Austritt", "Storno", "Fehlercode", "gültig bis"
	emptyNoNote         // nothing to remark: "Bemerkung", "Kommentar"
)

// emptyMeaning says what an empty field means in a column, by its name: in
// a column of titles, fax numbers, leaving dates, cancellations, errors,
// dunning levels, discounts or payment and shipping dates there is none
// (yet), in one of remarks
// nothing to remark; elsewhere the value is not known.
func emptyMeaning(name string) int {
	h := newHeader(name)
	switch {
	case h.wordFunc(func(w string) bool {
		switch w {
		case "bemerkung", "bemerkungen", "anmerkung", "anmerkungen", "notiz", "notizen", "kommentar", "kommentare", "hinweis", "hinweise",
			"memo", "note", "notes", "comment", "comments", "remark", "remarks", "freitext":
			return true
		}
		return false
	}):
		return emptyNoNote
	case h.wordFunc(func(w string) bool {
		switch w {
		case "titel", "title", "fax", "telefax", "mobil", "handy", "postfach", "address2", "line2", "name2", "firma2", "middle", "suffix",
			"ende", "enddatum", "end", "ended", "bis", "until", "ablauf", "ablaufdatum", "gekuendigt", "gesperrt", "geloescht", "erledigt",
			"error", "errors", "fault", "faults", "alarm", "refund", "refunds", "discount", "churn", "churned",
			// events that may not have come yet: "Paid at", "Versanddatum", "bezahlt am"
			"paid", "shipped", "delivered", "fulfilled", "closed", "completed", "returned", "bezahlt", "versendet", "versandt", "geliefert",
			"zugestellt", "abgeschlossen", "zahlungseingang", "zahlungsdatum", "bezahldatum", "versanddatum", "zustelldatum":
			return true
		}
		for _, p := range []string{"austritt", "kuendigung", "storn", "cancel", "fehler", "stoerung", "mahn", "reklamation", "retour", "gutschrift",
			"rabatt", "skonto", "nachlass", "sperr", "loesch", "delet", "terminat", "vertragsende", "laufzeitende", "zusatz"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		for _, p := range []string{"fehler", "stoerung", "rabatt", "austritt", "zusatz"} {
			if strings.HasSuffix(w, p) {
				return true
			}
		}
		return false
	}):
		return emptyNone
	}
	return emptyUnknown
}

// What a column of clock times holds (Column.clock).
const (
	clockNone      = iota
	clockTimeOfDay // "08:30", where 25:10 is invalid
	clockDuration  // "125:30", hours and minutes
)

// namesGTIN reports whether a column's name says it holds EAN or GTIN
// codes: "EAN", "GTIN", "EAN-Code", "Barcode", "UPC".
func namesGTIN(name string) bool {
	return newHeader(name).wordFunc(func(w string) bool {
		return strings.HasPrefix(w, "ean") || strings.HasPrefix(w, "gtin") || w == "upc" || strings.HasSuffix(w, "barcode") || strings.HasSuffix(w, "strichcode")
	})
}

// namesDuration reports whether a column's name says it holds durations:
// "Dauer", "Laufzeit", "Arbeitszeit", "Stunden", "duration".
func namesDuration(name string) bool {
	return newHeader(name).has("dauer", "laufzeit", "arbeitszeit", "ruestzeit", "standzeit", "fahrzeit", "stillstand", "aufwand",
		"stunden", "duration", "runtime", "hours", "pause")
}

// namesTimeOfDay reports whether a column's name says it holds times of
// day: "Uhrzeit", "Startzeit", "Beginn", "Ende", "Zeitpunkt", "time"; a
// name of a duration is told by namesDuration first.
func namesTimeOfDay(name string) bool {
	return newHeader(name).wordFunc(func(w string) bool {
		switch w {
		case "uhr", "von", "bis", "ab", "an", "time", "start", "end", "beginn", "ende", "anfang", "schluss", "ankunft", "abfahrt":
			return true
		}
		// "Uhrzeit", "Startzeit", "Buchungszeit", "Zeitpunkt", "Dienstbeginn", "Schichtende"
		return strings.HasSuffix(w, "zeit") || strings.HasPrefix(w, "zeitpunkt") || strings.HasPrefix(w, "uhrzeit") ||
			strings.HasSuffix(w, "beginn") || strings.HasSuffix(w, "ende")
	})
}

// unixUnit returns how many of its units a second has if whole numbers
// from lo to hi are Unix time stamps of the years 2000 to 2039, in seconds
// (1) or milliseconds (1000), or 0.
func unixUnit(lo, hi float64) float64 {
	const from, to = 946684800, 2208988800 // 01.01.2000, 01.01.2040
	for _, per := range []float64{1, 1000} {
		if lo >= from*per && hi < to*per {
			return per
		}
	}
	return 0
}

// unixTime formats the Unix time stamp x, counted in 1/per seconds.
func unixTime(x, per float64) string {
	return time.UnixMilli(int64(x*1000/per)).UTC().Format("02.01.2006 15:04") + " UTC"
}

// namesTimestamp reports whether a column's name says it holds points in
// time: "Zeitstempel", "timestamp", "created_at", "Erfasst am", "Zeit".
func namesTimestamp(name string) bool {
	return newHeader(name).has("timestamp", "zeitstempel", "epoch", "unix", "created", "updated", "modified", "erstellt", "geaendert", "erfasst") ||
		namesDate(name) || namesTimeOfDay(name)
}

// Excel counts days from 1900 (day 1 is 01.01.1900, and it counts a 29
// February 1900 that never was), and a date cell that lost its format
// shows the day's number. Between excelDayMin and excelDayMax lie the
// days from October 1954 to April 2064.
const (
	excelDayMin   = 20000
	excelDayMax   = 60000
	excelDayEpoch = 25569 // 01.01.1970
)

// excelDay returns the day of Excel's day number x, in days since 1970.
func excelDay(x float64) int32 { return int32(math.Floor(x)) - excelDayEpoch }

// column decides the type of a column and condenses its statistics; h is
// what its name suggests (see columnHints).
func (c *colStats) column(name string, h hint, rows int64, now time.Time) Column {
	k := c.kinds
	// "no date" in MySQL's words is no value (see zero_dates)
	col := Column{Name: name, Missing: c.missing + k[kDateZero], Issues: []Issue{}, stats: c, hint: h}
	nonMissing := rows - col.Missing
	at := func(share float64, n int64) bool { return float64(n) >= share*float64(nonMissing) }
	nums := k[kInt] + k[kIntGrouped] + k[kDecComma] + k[kDecDot] + k[kIntTrail] + k[kDecTrail] + k[kIntParen] + k[kDecParen] + k[kIntApos] + k[kDecApos] + k[kDecSci]
	decimals := k[kDecComma] + k[kDecDot] + k[kDecTrail] + k[kDecParen] + k[kDecApos] + k[kDecSci]
	dates := k[kDateDE] + k[kDateDE2] + k[kDateISO] + k[kDateBad]
	times := k[kDateTimeISO] + k[kDateTimeDE] + k[kDateTimeZone]
	var valid int64
	var bad []string
	formats := map[string]int64{}
	addFormats := func(kinds ...int) {
		for _, kd := range kinds {
			if k[kd] > 0 {
				formats[kindFormat[kd]] = k[kd]
			}
		}
	}
	months := c.monthColumn(nonMissing)
	var impossible int64 // days that the fiscal year has not: 2902 in 2025
	if months == nil && namesDate(name) {
		months, impossible, bad = c.dayMonthColumn(nonMissing)
	}
	var prefixed int64 // "D-80331", in a column that may be one of postcodes
	if h == hintPostcode || c.lead0 > 0 {
		prefixed = c.textCount(germanPrefixed)
	}
	// full dates beside bare years ("2015") and months ("03/2018"): dates
	// of different precision, as a "Kunde seit" is often filled in
	var years, monthYears int64
	if dates+times > 0 && dates+times < nonMissing && months == nil {
		if k[kInt] > 0 && nums == k[kInt] && c.len4 == k[kInt] && c.numMin >= 1900 && c.numMax < 2100 {
			years = k[kInt]
		}
		monthYears = c.textCount(isMonth)
		if years+monthYears == 0 || 10*(dates+times+years+monthYears) < 9*nonMissing {
			years, monthYears = 0, 0
		}
	}
	switch {
	case nonMissing == 0:
		col.Type = TypeText
	case months != nil:
		col.Type = TypeDate
		valid = nonMissing - impossible
		formats = months
	case k[kInt] == nonMissing && c.zeroOne() && asksYesNo(name):
		col.Type = TypeBoolean
		valid = nonMissing
		formats["0/1"] = nonMissing
	case k[kBoolX] == nonMissing && c.missing == c.blank:
		// "x" or nothing: a tick box, empty means no
		col.Type = TypeBoolean
		valid = nonMissing
		col.Missing = 0
		addFormats(kBoolX)
	case at(0.9, k[kBool]+k[kBoolX]):
		col.Type = TypeBoolean
		valid = k[kBool] + k[kBoolX]
		addFormats(kBool, kBoolX)
		bad = c.badEx[kText]
	case at(typeShare, dates+times) || years+monthYears > 0:
		col.Type = TypeDate
		if times > dates {
			col.Type = TypeDatetime
		}
		col.years, col.monthYears = years, monthYears
		valid = dates + times - k[kDateBad] + years + monthYears
		addFormats(kDateDE, kDateDE2, kDateISO, kDateTimeISO, kDateTimeDE, kDateTimeZone, kDateBad)
		if years > 0 {
			formats[formatYear] = years
		}
		if monthYears > 0 {
			formats[formatMonthYear] = monthYears
		}
		bad = append(append([]string(nil), c.badEx[kDateBad]...), c.badEx[kText]...)
		if monthYears > 0 {
			bad = slices.DeleteFunc(bad, func(e string) bool { return isMonth([]byte(e)) })
		}
	case h == hintPostcode && at(typeShare, c.len4+c.len5+c.foreignPostcodes()+prefixed) || h != hintID && c.lead0 > 0 && at(0.9, c.len5) && c.len5 >= c.len4:
		col.Type = TypePostcode
		col.prefixed = prefixed
		valid = c.len5 + prefixed
		if valid == 0 {
			valid = c.len4 // Austrian or Swiss postcodes only
		} else {
			col.foreign, col.lostZeros, col.foreignEx = c.postcodes()
			valid += col.foreign
		}
		bad = c.badEx[kText]
	case at(typeShare, k[kIBAN]+k[kIBANBad]):
		col.Type = TypeIBAN
		valid = k[kIBAN]
		bad = append(append([]string(nil), c.badEx[kIBANBad]...), c.badEx[kText]...)
	case at(typeShare, k[kEmail]) || h == hintEmail && at(0.3, k[kEmail]):
		col.Type = TypeEmail
		valid = k[kEmail]
		bad = c.badEx[kText]
	case at(typeShare, k[kPhone]+k[kPhoneIntl]) || h == hintPhone && at(typeShare, k[kPhone]+k[kPhoneIntl]+k[kInt]):
		col.Type = TypePhone
		valid = k[kPhone] + k[kPhoneIntl] + k[kInt]
		addFormats(kPhone, kPhoneIntl)
		bad = c.badEx[kText]
	case at(typeShare, k[kURL]):
		col.Type = TypeURL
		valid = k[kURL]
		bad = c.badEx[kText]
	case at(typeShare, k[kIPv4]):
		// network addresses, which are personal data (see ip_addresses),
		// whatever the column's name
		col.Type = TypeText
		valid = nonMissing - k[kBadUTF8]
		addFormats(kIPv4)
		col.hint = hintIP
	case at(typeShare, k[kTime]+k[kTimeSec]+k[kDuration]+k[kTimeUhr]):
		// clock times: text to most programs, and so here, but checked
		col.Type = TypeText
		times := k[kTime] + k[kTimeSec]
		if namesDuration(name) || k[kTimeUhr] == 0 && !namesTimeOfDay(name) && k[kDuration]*20 >= times+k[kDuration] {
			col.clock = clockDuration
			valid = times + k[kDuration]
			formats[kindFormat[kDuration]] = valid
			bad = append(append([]string(nil), c.badEx[kText]...), c.badEx[kTimeUhr]...)
		} else {
			col.clock = clockTimeOfDay
			valid = times + k[kTimeUhr]
			addFormats(kTime, kTimeSec, kTimeUhr)
			bad = append(append([]string(nil), c.badEx[kDuration]...), c.badEx[kText]...)
		}
	case c.scheme != schemeNone && at(typeShare, c.schemeN):
		// ISBN, PZN: codes, not amounts; a wrong check digit is invalid
		col.Type = TypeText
		col.scheme = c.scheme
		valid = c.schemeOK
		formats[schemeNames[c.scheme]] = valid
		bad = c.badEx[exScheme]
	case c.gtinLen > 0 && (namesGTIN(name) && at(typeShare, c.gtinLen) || at(0.9, c.gtinOK) && c.gtinOK >= 10):
		// EAN/GTIN: codes, not amounts; a wrong check digit is invalid
		col.Type = TypeText
		col.scheme = schemeGTIN
		valid = c.gtinOK
		formats[schemeNames[schemeGTIN]] = valid
		bad = append(append([]string(nil), c.badEx[kInt]...), c.badEx[kText]...)
	case decimals == 0 && k[kText] > 0 && at(typeShare, nums) && c.codeColumn(name, nonMissing):
		// codes of a machine or a program: "0", "417", "E12"
		col.Type = TypeText
		valid = nonMissing - k[kBadUTF8]
	case at(typeShare, nums) && !(c.lead0 > 0 && c.lead0*2 >= k[kInt] && decimals == 0):
		col.Type = TypeInteger
		if decimals > 0 {
			col.Type = TypeDecimal
		}
		valid = nums
		addFormats(kInt, kIntGrouped, kDecComma, kDecDot, kIntTrail, kDecTrail, kIntParen, kDecParen, kIntApos, kDecApos, kDecSci)
		bad = c.badEx[kText]
	default:
		col.Type = TypeText
		valid = nonMissing - k[kBadUTF8]
	}
	// Values that are not valid UTF-8 have an issue of their own.
	col.EncodingErrors = k[kBadUTF8]
	col.Invalid = nonMissing - valid - col.EncodingErrors
	if col.Invalid > 0 {
		if col.Type == TypePostcode {
			bad = nil // shown by the postcode issue
		}
		if col.clock == clockNone {
			// times, kept apart from the other text (see example)
			bad = append(bad, c.badEx[kTime]...)
			bad = append(bad, c.badEx[kTimeSec]...)
			bad = append(bad, c.badEx[kDuration]...)
			bad = append(bad, c.badEx[kTimeUhr]...)
			bad = bad[:min(len(bad), maxExample)]
		}
		switch col.Type {
		case TypeDate, TypeDatetime, TypeBoolean, TypeEmail, TypeURL, TypeIBAN, TypeText:
			if (col.Type != TypeText || col.clock != clockNone) && months == nil && years == 0 {
				// numbers, which count as invalid here but are kept as
				// examples nowhere else: "30" among durations (not days
				// written TTMM, nor bare years: dates here)
				bad = append(bad, c.table.examples(maxExample-len(bad), numberKind)...)
			}
		}
		col.InvalidExamples = bad
	}
	if len(formats) > 0 {
		col.Formats = formats
	}
	// distinct values; "no date" is missing, neither a distinct value nor
	// a frequent one
	var zeros int64
	if k[kDateZero] > 0 {
		zeros = max(c.table.drop(kDateZero), 1)
	}
	if !c.table.full {
		col.Distinct = int64(c.table.n)
	} else {
		// an estimate, never more than the values there are
		col.Distinct = max(min(int64(math.Round(c.hll.estimate()))-zeros, rows-col.Missing), 0)
		col.DistinctEstimated = true
	}
	if col.Type == TypeBoolean && col.Missing == 0 && c.missing > 0 {
		col.Distinct++ // empty counts as "no"
	}
	// most frequent values
	col.TopValues, col.TopValuesEstimated = c.table.top(10)
	switch col.Type {
	case TypeInteger, TypeDecimal:
		c.numeric(&col)
		if c.numN > 0 && c.numMin >= excelDayMin && c.numMax <= excelDayMax && namesDate(name) {
			// dates that lost their format: no outliers, but one finding
			col.excelDays, col.Outliers = true, 0
		}
		if per := unixUnit(c.numMin, c.numMax); per > 0 && decimals == 0 && namesTimestamp(name) {
			// points in time as Unix counts them: no outliers, one finding
			col.unixPer, col.Outliers = per, 0
		}
		if c.num != nil && namesNonNegative(name) {
			for _, n := range c.num.neg.n {
				col.negatives += int64(n)
			}
		}
	case TypeDate, TypeDatetime:
		c.dateStats(&col)
	case TypeText, TypeEmail, TypeURL, TypePhone, TypeIBAN, TypePostcode:
		if nonMissing > 0 {
			col.MinLength, col.MaxLength = c.minLen, c.maxLen
		}
	}
	if col.Type == TypeText && col.clock == clockNone && (col.scheme == schemeNone || col.scheme == schemeVAT) && h != hintUser {
		// (of user names, "a.schmidt" and "aschmidt" are two; VAT numbers are
		// written with blanks and without)
		col.spellings = c.spellings(namesCountry(name))
	}
	// personal data
	if (h == hintNone || h == hintThing || h == hintID) && col.Type == TypeText && newHeader(name).word("kennzeichen", "kfz", "fahrzeug") &&
		5*c.textCount(plateLike) >= 4*nonMissing && nonMissing > 0 {
		// "Kennzeichen" may be any mark, "Kfz" the car's type, but these
		// are number plates
		h, col.hint = hintPlate, hintPlate
	}
	var pii string
	switch {
	case nonMissing == 0:
		// no values, no personal data
	case col.Type == TypeEmail:
		pii = "email"
	case col.Type == TypePhone:
		pii = "phone"
	case col.Type == TypeIBAN:
		pii = "iban"
	case h == hintSocial:
		pii = "birthdate" // and more; the finding says what it is
	case h == hintTaxID || h == hintInsured || (h == hintPlate || h == hintUser) && col.Type == TypeText:
		pii = "name" // no name, but as direct a mark of a person; the finding says what it is
	case h == hintBirth && (col.Type == TypeDate || col.Type == TypeText):
		pii = "birthdate"
	case h == hintAddress && col.Type == TypeText:
		pii = "address"
	case (h == hintName || h == hintPerson) && col.Type == TypeText && c.table.maybeNames(h == hintPerson):
		pii = "name"
	case h == hintNone && col.Type == TypeText && c.table.personNames():
		pii = "name" // "Bediener", "Zuständig", "Owner": the values say it
	}
	if pii != "" {
		col.PII = &pii
	}
	return col
}

// Where the rows of a table are, by its column of countries.
const (
	countriesNone   = iota // no column of countries
	countriesGerman        // Germany alone
	countriesAbroad        // other countries too
)

// namesCountry reports whether a column's name says that it holds the
// country of an address: "Land", "Lieferland", "ship-country", "Country
// Code", "LKZ"; not "Bundesland" or "Geburtsland".
func namesCountry(name string) bool {
	return newHeader(name).wordFunc(func(w string) bool {
		switch w {
		case "land", "country", "countrycode", "staat", "lkz", "laenderkennzeichen", "laendercode", "lieferland", "versandland",
			"empfaengerland", "rechnungsland", "zielland", "kundenland", "wohnland":
			return true
		}
		return strings.HasSuffix(w, "country") // "shipCountry"
	})
}

// germany reports whether s names Germany: "DE", "D", "DEU", "Deutschland".
func germany(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "de", "d", "deu", "ger", "brd", "276", "deutschland", "germany", "bundesrepublik deutschland":
		return true
	}
	return false
}

// tableCountries returns what the table's columns of countries (see
// namesCountry) hold: countriesAbroad if a country other than Germany,
// or more different values than their tables count.
func tableCountries(names []string, cols []*colStats) int {
	found := countriesNone
	for i, c := range cols {
		if !namesCountry(names[i]) || c.table.n == 0 {
			continue
		}
		if c.table.full {
			return countriesAbroad
		}
		found = countriesGerman
		for _, s := range c.table.slots {
			if txt, ok := c.table.text(s.str); s.key != 0 && (!ok || !germany(txt)) {
				return countriesAbroad
			}
		}
	}
	return found
}

// foreignShapes are the shapes of the postcodes of other countries that
// are neither four nor five digits, letters written A and digits 9 (see
// foreignPostcode).
var foreignShapes = map[string]bool{
	"9999 AA": true, "9999AA": true, // the Netherlands
	"99-999":   true,                 // Poland
	"9999-999": true,                 // Portugal
	"999 99":   true,                 // Sweden, Czechia, Slovakia, Greece
	"A9A 9A9":  true, "A9A9A9": true, // Canada
	"99999-9999": true, // the United States, ZIP+4
	// the United Kingdom
	"A9 9AA": true, "A99 9AA": true, "AA9 9AA": true, "AA99 9AA": true, "A9A 9AA": true, "AA9A 9AA": true,
	"A99AA": true, "A999AA": true, "AA99AA": true, "AA999AA": true, "A9A9AA": true, "AA9A9AA": true,
	// with the country's letters: "A-1010", "CH-8001", "LV-1050", "LT-12345"
	"A-9999": true, "AA-9999": true, "A-99999": true, "AA-99999": true,
}

// foreignPostcode reports whether v is written as a postcode of another
// country than Germany, not of four or five digits: "SW1A 1AA", "1012 AB",
// "00-950", "CH-8001".
func foreignPostcode(v []byte) bool {
	if len(v) < 5 || len(v) > 10 {
		return false
	}
	var b [10]byte
	for i, c := range v {
		switch {
		case isDigit(c):
			c = '9'
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			c = 'A'
		case c != ' ' && c != '-':
			return false
		}
		b[i] = c
	}
	if v[1] == '-' && v[0]|0x20 == 'd' || len(v) > 2 && v[2] == '-' && v[0]|0x20 == 'd' && v[1]|0x20 == 'e' {
		return false // "D-80331" is German
	}
	return foreignShapes[string(b[:len(v)])]
}

// germanPrefixed reports whether v is a German postcode behind the
// country's letters, as old address lists write it: "D-80331", "DE-80331".
func germanPrefixed(v []byte) bool {
	switch {
	case len(v) == 7 && v[0] == 'D' && v[1] == '-':
		return allDigits(v[2:])
	case len(v) == 8 && v[0] == 'D' && v[1] == 'E' && v[2] == '-':
		return allDigits(v[3:])
	}
	return false
}

// foreignPostcodes counts the values of the column written as postcodes
// of other countries (see foreignPostcode), unless its table's column of
// countries names Germany alone: then they are invalid.
func (c *colStats) foreignPostcodes() int64 {
	if c.countries == countriesGerman {
		return 0
	}
	return c.textCount(foreignPostcode)
}

// postcodes sorts the values of a column of German postcodes of five digits
// that are none. Postcodes of other countries (foreign, a few of them in ex)
// are those written so (see foreignPostcode) and, if the table's column of
// countries names others than Germany or the column holds foreign ones and
// keeps leading zeros, those of four digits (Austria, Switzerland, Belgium,
// Denmark); but a four-digit code whose five digits with the zero are in
// the column too lost that zero (lost). Without such signs, every four-digit
// code is taken to have lost it.
func (c *colStats) postcodes() (foreign, lost int64, ex []string) {
	shapes := c.foreignPostcodes()
	lost = c.len4
	abroad := c.countries == countriesAbroad || shapes > 0 && c.lead0 > 0
	if c.table.full {
		if abroad {
			lost = 0
		}
		for _, e := range c.badEx[kText] {
			if foreignPostcode([]byte(e)) && len(ex) < 3 {
				ex = append(ex, e)
			}
		}
		return shapes + c.len4 - lost, lost, ex
	}
	type vc struct {
		v string
		n uint32
	}
	var found []vc
	zeros := map[string]bool{}
	for _, s := range c.table.slots {
		if txt, ok := c.table.text(s.str); s.key != 0 && ok && len(txt) == 5 && txt[0] == '0' {
			zeros[txt] = true
		}
	}
	for _, s := range c.table.slots {
		txt, ok := c.table.text(s.str)
		switch {
		case s.key == 0 || !ok:
		case len(txt) == 4 && allDigits([]byte(txt)):
			if abroad && !zeros["0"+txt] {
				lost -= int64(s.count)
				found = append(found, vc{txt, s.count})
			}
		case shapes > 0 && foreignPostcode([]byte(txt)):
			found = append(found, vc{txt, s.count})
		}
	}
	// the commonest first, then by the alphabet: the same however the
	// workers' tables were merged
	slices.SortFunc(found, func(a, b vc) int {
		if a.n != b.n {
			return int(b.n) - int(a.n)
		}
		return strings.Compare(a.v, b.v)
	})
	for _, f := range found[:min(len(found), 3)] {
		ex = append(ex, f.v)
	}
	return shapes + c.len4 - lost, lost, ex
}

// codeShape reports whether v is a code of one to three letters and one to
// six digits, as machines and programs write errors and states: "E12",
// "W07", "ERR404", "A-3".
func codeShape(v []byte) bool {
	i := 0
	for i < len(v) && i < 3 && (v[i]|0x20 >= 'a' && v[i]|0x20 <= 'z') {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(v) && (v[i] == '-' || v[i] == '.') {
		i++
	}
	digits := len(v) - i
	return digits >= 1 && digits <= 6 && allDigits(v[i:])
}

// namesCode reports whether a column's name says that it holds codes:
// "Fehlercode", "Status", "error_code", "Störung", "Meldung".
func namesCode(name string) bool {
	return newHeader(name).has("code", "status", "fehler", "error", "stoer", "meldung", "alarm", "warnung", "warning", "zustand", "state", "ereignis", "event")
}

// codeColumn reports whether a column of integers and text is one of codes:
// its text values are all of a letter and digits (see codeShape), and its
// name says it holds codes or they are 5 % of its values or more. A few such
// values among integers are more likely typos ("O12" for 012).
func (c *colStats) codeColumn(name string, nonMissing int64) bool {
	codes := c.textCount(codeShape)
	return codes == c.kinds[kText] && (namesCode(name) || codes*20 >= nonMissing)
}

// textCount returns how many of the column's values of kind kText match:
// counted in its value table where that knows the text of each value, else
// estimated from the examples it keeps.
func (c *colStats) textCount(match func(v []byte) bool) int64 {
	all := c.kinds[kText]
	if all == 0 {
		return 0
	}
	if !c.table.full {
		var n int64
		known := true
		for _, s := range c.table.slots {
			if s.key == 0 {
				continue
			}
			txt, ok := c.table.text(s.str)
			if !ok {
				known = false
				break
			}
			if v := []byte(txt); match(v) && c.classify(v).kind == kText {
				n += int64(s.count)
			}
		}
		if known {
			return n
		}
	}
	ex := c.badEx[kText]
	if len(ex) == 0 {
		return 0
	}
	var m int64
	for _, e := range ex {
		if match([]byte(e)) {
			m++
		}
	}
	return all * m / int64(len(ex))
}

// monthColumn reports whether every value of the column is a month of a
// year, "04.2024" or "04/2024" (see parseMonth), which read alone are a
// decimal or text. If so, it counts them as dates, each on the first day of
// its month, and returns how many it found in each notation; else nil. It
// needs the text of each value, so a column of more different values than
// its value table counts stays what its values are; but there are only
// 2.400 months from 1900 to 2099.
func (c *colStats) monthColumn(nonMissing int64) map[string]int64 {
	k := c.kinds
	if nonMissing == 0 || c.table.full || k[kDecDot] != nonMissing && k[kText] != nonMissing {
		return nil
	}
	formats := map[string]int64{}
	months := make([]uint32, monthCount)
	lo, hi := int32(math.MaxInt32), int32(math.MinInt32)
	for _, s := range c.table.slots {
		if s.key == 0 {
			continue
		}
		txt, ok := c.table.text(s.str)
		if !ok {
			return nil
		}
		mon, ok := parseMonth([]byte(txt))
		if !ok {
			return nil
		}
		months[mon] += s.count
		lo, hi = min(lo, mon), max(hi, mon)
		f := "MM.JJJJ"
		if strings.Contains(txt, "/") {
			f = formatMonthYear
		}
		formats[f] += int64(s.count)
	}
	c.months = months
	first := func(mon int32) int32 { return daysFromCivil(monthBase+int(mon)/12, int(mon)%12+1, 1) }
	c.dayN = nonMissing
	c.dayMin, c.dayMax = first(lo), first(hi)
	c.secMin, c.secMax = int64(c.dayMin)*86400, int64(c.dayMax)*86400
	return formats
}

// dayMonthColumn reports whether every value of a column is a day and
// month written TTMM, as DATEV writes the Belegdatum: "0101", "3112", or
// "101" where a spreadsheet dropped the zero. Read alone they are integers
// (or postcodes), so the caller asks only for a column under a date's name.
// If so, it returns how many it found in each notation, and, where the
// fiscal year is known (c.fiscal), counts them as dates in it, but for the
// days the year has not (2902 in 2025), which it counts as impossible and
// shows a few of; else they are dates of no known year, without a range.
// It returns nil formats otherwise. Like monthColumn it needs the text of
// each value: there are only 366 days of a year.
func (c *colStats) dayMonthColumn(nonMissing int64) (formats map[string]int64, impossible int64, ex []string) {
	if nonMissing == 0 || c.table.full || c.kinds[kInt] != nonMissing || c.minLen < 3 || c.maxLen > 4 || c.space > 0 {
		return nil, 0, nil
	}
	fy, fm, fd := 2000, 1, 1 // a leap year: 2902 is a day
	if c.fiscal != 0 {
		fy, fm, fd = civilFromDays(c.fiscal)
	}
	formats = map[string]int64{}
	var months []uint32
	lo, hi := int32(math.MaxInt32), int32(math.MinInt32)
	for _, s := range c.table.slots {
		if s.key == 0 {
			continue
		}
		txt, ok := c.table.text(s.str)
		if !ok || len(txt) < 3 {
			return nil, 0, nil
		}
		split := len(txt) - 2
		d, m := atoiSmall([]byte(txt[:split])), atoiSmall([]byte(txt[split:]))
		y := fy
		if m < fm || m == fm && d < fd {
			y++ // after the turn of the year, in a fiscal year from July
		}
		if !validDate(2000, m, d) {
			return nil, 0, nil
		}
		if !validDate(y, m, d) {
			impossible += int64(s.count)
			formats[kindFormat[kDateBad]] += int64(s.count)
			ex = append(ex, txt)
			continue
		}
		f := "TTMM"
		if split == 1 {
			f = "TMM (ohne führende Null)"
		}
		formats[f] += int64(s.count)
		if c.fiscal == 0 {
			continue
		}
		if months == nil {
			months = make([]uint32, monthCount)
		}
		months[min(max((y-monthBase)*12+m-1, 0), monthCount-1)] += s.count
		day := daysFromCivil(y, m, d)
		lo, hi = min(lo, day), max(hi, day)
	}
	if c.fiscal != 0 && months != nil {
		c.months = months
		c.dayN = nonMissing - impossible
		c.dayMin, c.dayMax = lo, hi
		c.secMin, c.secMax = int64(lo)*86400, int64(hi)*86400
	}
	slices.Sort(ex)
	return formats, impossible, ex[:min(len(ex), maxExample)]
}

// examples returns up to n of the texts in the table of values whose kind
// is one of which's, the most frequent first (and, as often, in the order
// of their texts).
func (t *valueTable) examples(n int, which func(kind int) bool) []string {
	var found []way
	for _, s := range t.slots {
		if txt, ok := t.text(s.str); s.key != 0 && ok && which(s.kind()) {
			found = append(found, way{txt, int64(s.count)})
		}
	}
	slices.SortFunc(found, frequentFirst)
	var out []string
	for _, e := range found[:min(max(n, 0), len(found))] {
		out = append(out, e.text)
	}
	return out
}

// numberKind reports whether kind is one of the numbers'.
func numberKind(kind int) bool { return kind >= kInt && kind <= kDecSci }

// drop takes the values of the given kind out of a table that is no longer
// counted, and returns how many there were.
func (t *valueTable) drop(kind int) int64 {
	var n int64
	for i, s := range t.slots {
		if s.key != 0 && s.kind() == kind {
			t.slots[i] = tableSlot{}
			t.n--
			n++
		}
	}
	return n
}

// top returns the most frequent values whose text is known.
func (t *valueTable) top(n int) ([]ValueCount, bool) {
	best := make([]tableSlot, 0, n+1)
	less := func(a, b tableSlot) bool { // a ranks before b
		if a.count != b.count {
			return a.count > b.count
		}
		as, _ := t.text(a.str)
		bs, _ := t.text(b.str)
		return as < bs
	}
	for _, s := range t.slots {
		if s.key == 0 || s.str&strText == 0 {
			continue
		}
		if len(best) == n && !less(s, best[n-1]) {
			continue
		}
		i := len(best)
		best = append(best, s)
		for i > 0 && less(s, best[i-1]) {
			best[i] = best[i-1]
			i--
		}
		best[i] = s
		if len(best) > n {
			best = best[:n]
		}
	}
	// Values that all occur once are not worth showing.
	if len(best) == 0 || best[0].count < 2 && t.n > n {
		return nil, false
	}
	out := make([]ValueCount, len(best))
	for i, s := range best {
		txt, _ := t.text(s.str)
		out[i] = ValueCount{txt, int64(s.count)}
	}
	return out, t.full
}

func (c *colStats) numeric(col *Column) {
	if c.numN == 0 || c.num == nil {
		return
	}
	col.Min, col.Max = c.numMin, c.numMax
	// The JSON keeps 12 significant digits, more than any use needs, and
	// fewer than the noise of the sum in the last ones: 0.049999999999999996
	// for 0.05, or digits that change with the order in which the workers'
	// sums were added. fmtNum rounds for display.
	mean, _ := strconv.ParseFloat(strconv.FormatFloat(c.numSum/float64(c.numN), 'g', 12, 64), 64)
	col.Mean = &mean
	ranks := []float64{0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}
	walk := c.num.walk
	if !c.inexact && len(c.exact) > 0 {
		slices.Sort(c.exact)
		walk = func(f func(v float64, n int64)) {
			for _, v := range c.exact {
				f(v, 1)
			}
		}
	}
	q := quantiles(walk, c.numN, ranks)
	clamp := func(x float64) float64 { return min(max(x, c.numMin), c.numMax) }
	col.Quantiles = map[string]float64{"p05": clamp(q[1]), "p25": clamp(q[2]), "p50": clamp(q[3]), "p75": clamp(q[4]), "p95": clamp(q[5])}
	// outliers
	var pos, neg int64
	walk(func(v float64, n int64) {
		switch {
		case v > 0:
			pos += n
		case v < 0:
			neg += n
		}
	})
	mostly := func(n int64) bool { return float64(n) >= 0.9*float64(c.numN) }
	switch {
	case mostly(pos) && q[2] > 0 && (q[5]/q[3] > 5 || q[4]/q[2] > 3 || logScale(q[1], q[2], q[3], q[4], q[5])):
		hi := logFence(q[2], q[4], q[6])
		walk(func(v float64, n int64) {
			// and below, a negative one farther from zero than that:
			// -999 for "unknown", not a refund of -50
			if v > hi || v < -hi {
				col.Outliers += n
			}
		})
	case mostly(neg) && q[4] < 0 && (q[1]/q[3] > 5 || q[2]/q[4] > 3 || logScale(-q[5], -q[4], -q[3], -q[2], -q[1])):
		// the mirror image, as fees and withdrawals are written: skewed
		// and negative, a fence below only
		lo := -logFence(-q[4], -q[2], -q[0])
		walk(func(v float64, n int64) {
			if v < lo {
				col.Outliers += n
			}
		})
	default:
		a, b := q[2], q[4]
		if a == b {
			// more than half the values are one (a fee of 0,35 €): the
			// spread of the others is that from p01 to p99
			a, b = q[0], q[6]
		}
		if iqr := b - a; iqr > 0 {
			// Steady readings have narrow quartiles: 1.440 rpm among
			// 1.449 to 1.453 is no typo. Far out is also a quarter of the
			// median away.
			far := max(3*iqr, math.Abs(q[3])/4)
			lo, hi := a-far, b+far
			walk(func(v float64, n int64) {
				if v < lo || v > hi {
					col.Outliers += n
				}
			})
		}
	}
	// Outliers are rare: more values far out make a skewed distribution.
	if col.Outliers > max(1, c.numN/50) {
		col.Outliers = 0
	}
	// histogram: one bar per value when there are few, else 20 bins from
	// p01 to p99
	if !c.table.full && c.table.n <= 20 {
		type vc struct {
			v float64
			b Bin
		}
		var vs []vc
		for _, sl := range c.table.slots {
			if txt, ok := c.table.text(sl.str); ok && sl.key != 0 {
				x := classify([]byte(txt), maskOf(c.class, []byte(txt)))
				vs = append(vs, vc{x.num, Bin{Label: txt, Count: int64(sl.count)}})
			}
		}
		slices.SortFunc(vs, func(a, b vc) int {
			switch {
			case a.v < b.v:
				return -1
			case a.v > b.v:
				return 1
			}
			return strings.Compare(a.b.Label, b.b.Label)
		})
		for _, x := range vs {
			col.Histogram = append(col.Histogram, x.b)
		}
		return
	}
	lo, hi := q[0], q[6]
	if hi <= lo {
		col.Histogram = []Bin{{Label: fmtNum(lo), Count: c.numN}}
		return
	}
	const nb = 20
	counts := make([]int64, nb)
	w := (hi - lo) / nb
	walk(func(v float64, n int64) {
		i := int((v - lo) / w)
		counts[min(max(i, 0), nb-1)] += n
	})
	for i, n := range counts {
		col.Histogram = append(col.Histogram, Bin{Label: fmtBin(lo+float64(i)*w, w) + " – " + fmtBin(lo+float64(i+1)*w, w), Count: n})
	}
}

// logScale reports whether values with the quantiles p05, p25, p50, p75
// and p95 lie more evenly about their median on a log scale than on a linear
// one, as amounts, prices and durations do, whose long upper tail a fence on
// the linear scale would cut as outliers. Evenness is Bowley's skewness of
// the quartiles plus that of p05 and p95.
func logScale(p05, p25, p50, p75, p95 float64) bool {
	if p05 <= 0 || p25 == p75 {
		return false // no spread to judge by (a fee of 0,35 € and a few others)
	}
	skew := func(a, b, m float64) float64 {
		if b == a {
			return 0
		}
		return (a + b - 2*m) / (b - a)
	}
	l05, l25, l50, l75, l95 := math.Log(p05), math.Log(p25), math.Log(p50), math.Log(p75), math.Log(p95)
	lin := skew(p25, p75, p50) + skew(p05, p95, p50)
	lg := skew(l25, l75, l50) + skew(l05, l95, l50)
	return math.Abs(lg) < math.Abs(lin)
}

// logFence returns the upper fence for outliers of skewed positive values
// whose quartiles are q25 and q75 and whose 99th percentile is q99. It lies
// on a log scale (on which the many small amounts of a spread from zero
// would look far out, and are not), and is the nearer of the quartiles' and
// the tail's own: the upper tail's growth from p75 to p99, twice again
// beyond p99, keeps a placeholder like 9.999.999 in sight when many small
// values widen the quartiles. It grows at least by twice the quartiles'
// spread, since with a few price tiers p75 is p99. Where the quartiles are
// one value (most fees are 0,35 €), the tail's fence alone counts.
func logFence(q25, q75, q99 float64) float64 {
	l25, l75, l99 := math.Log(q25), math.Log(q75), math.Log(q99)
	tail := l99 + 2*max(l99-l75, l75-l25)
	if l75 == l25 {
		return math.Exp(tail)
	}
	return math.Exp(min(l75+3*(l75-l25), tail))
}

// fmtNum writes a number the German way for display: whole numbers in
// full (a timestamp or a count keeps every digit), others to 2 decimals as
// amounts are written, and small ones to 2 significant digits, so that
// 0,0035 does not become 0.
func fmtNum(x float64) string {
	decimals := 2
	if a := math.Abs(x); a > 0 && a < 0.1 {
		decimals = min(1-int(math.Floor(math.Log10(a))), 10)
	}
	return fmtDecimals(x, decimals)
}

// fmtBin writes the edge x of a histogram bin w wide to two digits of w,
// e.g. to hundreds for bins 4.889 wide: "4.900 – 9.800", and for a day of
// Unix seconds "1.764.000.000 – 1.764.090.000".
func fmtBin(x, w float64) string {
	e := int(math.Floor(math.Log10(w))) - 1
	p := math.Pow(10, float64(e))
	return fmtDecimals(math.Round(x/p)*p, min(max(-e, 0), 10))
}

// fmtDecimals writes x the German way with at most the given decimals.
func fmtDecimals(x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if strings.ContainsRune(s, '.') {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return germanNumber(s)
}

// fmtExact writes a number the German way without rounding.
func fmtExact(x float64) string {
	return germanNumber(strconv.FormatFloat(x, 'f', -1, 64))
}

// germanNumber turns "-1234567.5" into "-1.234.567,5".
func germanNumber(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(lotse.GroupThousands(intPart))
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

func isoDay(d int32) string {
	y, m, dd := civilFromDays(d)
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// isoTime writes s seconds since 1970 as "2025-12-31T08:15:00".
func isoTime(s int64) string {
	d := int32(s / 86400)
	if s < 0 && s%86400 != 0 {
		d--
	}
	r := s - int64(d)*86400
	return fmt.Sprintf("%sT%02d:%02d:%02d", isoDay(d), r/3600, r/60%60, r%60)
}

func (c *colStats) dateStats(col *Column) {
	if c.dayN == 0 {
		return
	}
	col.Min, col.Max = isoDay(c.dayMin), isoDay(c.dayMax)
	if col.Type == TypeDatetime {
		col.Min, col.Max = isoTime(c.secMin), isoTime(c.secMax)
	}
	first, last := -1, -1
	for i, n := range c.months {
		if n > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	span := last - first + 1
	step := 1 // months per bin
	switch {
	case span <= 36:
	case span <= 12*36:
		step = 12
	default:
		step = 120
	}
	if step > 1 {
		first -= first % step
	}
	for i := first; i <= last; i += step {
		var n int64
		for j := i; j < i+step && j < len(c.months); j++ {
			n += int64(c.months[j])
		}
		y, m := monthBase+i/12, i%12+1
		label := fmt.Sprintf("%04d-%02d", y, m)
		switch step {
		case 12:
			label = fmt.Sprintf("%04d", y)
		case 120:
			label = fmt.Sprintf("%04d–%04d", y, y+9)
		}
		col.Histogram = append(col.Histogram, Bin{Label: label, Count: n})
	}
}

// firmWords are legal forms and words of trades and public bodies that
// make a name one of a firm or an office: "Meyer GmbH", "Bäckerei Schulz",
// "Stadt Köln".
var firmWords = map[string]bool{
	"gmbh": true, "mbh": true, "ggmbh": true, "ag": true, "kg": true, "kgaa": true, "ohg": true, "ug": true, "gbr": true,
	"e.k": true, "e.kfm": true, "e.v": true, "ev": true, "eg": true, "se": true, "partg": true, "mbb": true, "co": true, "söhne": true,
	"ltd": true, "inc": true, "llc": true, "corp": true, "plc": true, "sarl": true, "bv": true, "holding": true, "gruppe": true, "group": true,
	"stadt": true, "gemeinde": true, "landkreis": true, "kreis": true, "stadtwerke": true, "verwaltung": true, "behörde": true,
	"ministerium": true, "verein": true, "stiftung": true, "verband": true, "kirche": true, "kirchengemeinde": true, "pfarramt": true,
	"schule": true, "gymnasium": true, "grundschule": true, "kita": true, "kindergarten": true, "universität": true, "hochschule": true,
	"praxis": true, "klinik": true, "klinikum": true, "krankenhaus": true, "pflegedienst": true, "apotheke": true, "institut": true,
	"kanzlei": true, "notariat": true, "steuerberatung": true, "büro": true, "ingenieurbüro": true, "agentur": true, "studio": true,
	"hotel": true, "restaurant": true, "gasthaus": true, "gaststätte": true, "café": true, "cafe": true, "bistro": true, "pizzeria": true, "imbiss": true,
	"autohaus": true, "werkstatt": true, "elektro": true, "sanitär": true, "heizung": true, "bau": true, "bauunternehmen": true,
	"malerbetrieb": true, "friseur": true, "salon": true, "handel": true, "service": true, "services": true, "technik": true,
	"logistik": true, "spedition": true, "transporte": true, "immobilien": true, "versicherung": true, "bank": true, "sparkasse": true,
	"volksbank": true, "markt": true, "shop": true, "kiosk": true, "tankstelle": true,
}

// firmSuffixes end words of trades: "Schreinerei", "Holzbau", "Finanzamt".
var firmSuffixes = []string{"erei", "werke", "handel", "service", "technik", "bau", "markt", "amt", "apotheke", "praxis", "kanzlei"}

func firmWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",."))
	if firmWords[w] {
		return true
	}
	for _, part := range strings.Split(w, "-") {
		if firmWords[part] {
			return true
		}
	}
	for _, suf := range firmSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

//go:embed firstnames.txt
var firstNamesText string

// firstNames holds common first names, in lower case; read on first use,
// not at the start of every program that links the package.
var firstNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(firstNamesText, "\n") {
		if !strings.HasPrefix(line, "#") {
			for _, n := range strings.Fields(line) {
				m[n] = true
			}
		}
	}
	return m
})

// hasFirstName reports whether one of the words of s is a common first
// name, as in "Anna Müller", "Schmidt, Hans" or "Anna-Lena Vogt".
func hasFirstName(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
		if firstNames()[strings.ToLower(strings.Trim(w, "."))] {
			return true
		}
	}
	return false
}

// maybeNames reports whether a column whose header suggests names holds
// names of people, from the values the table knows the text of, weighted
// by their counts. Under a header that means people ("Nachname",
// "Ansprechpartner"), half of them must look like names. Under one that
// may mean things or firms as well ("Name", "Kunde", "Empfänger"), 30 %
// must be a name with a common first name: product names like "Eiche
// Massiv" and firms like "Bäckerei Schulz" are no persons, and a bank
// statement's payees with a few persons among the firms are. When it knows
// no text (a column of unique values, once its table was full), the header
// decides.
func (t *valueTable) maybeNames(person bool) bool {
	names, all := t.weigh(func(txt string) bool { return nameLike(txt) && (person || hasFirstName(txt) || personName(txt)) })
	if person {
		return all == 0 || 2*names >= all
	}
	return all == 0 || 10*names >= 3*all
}

// personNames reports whether a column whose name says nothing of people
// holds their names all the same, as a machine log's "Bediener" or a task
// list's "Zuständig" may: half of the values whose text the table knows,
// weighted by their counts, must be names of people by their shape alone
// (see personName).
func (t *valueTable) personNames() bool {
	names, all := t.weigh(personName)
	return all > 0 && 2*names >= all
}

// weigh counts the values whose text the table knows (all) and those of
// them that are (yes), each as often as it occurs.
func (t *valueTable) weigh(is func(txt string) bool) (yes, all int64) {
	for _, s := range t.slots {
		txt, ok := t.text(s.str)
		if s.key == 0 || !ok {
			continue
		}
		all += int64(s.count)
		if is(txt) {
			yes += int64(s.count)
		}
	}
	return yes, all
}

// personName reports whether s is the name of a person by its shape: two to
// four words, the first a common first name or an initial ("Anna Weber",
// "M. Huber"), or a surname and a comma before one ("Weber, Anna"). A
// firm ("Anna Weber GmbH"), a street ("Anna Weber Str. 4") or a thing
// named after a person with lower-case words is none.
func personName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || !nameLike(s) {
		return false
	}
	first := words[0]
	if strings.HasSuffix(first, ",") {
		first = words[1] // "Weber, Anna"
	}
	if r, n := utf8.DecodeRuneInString(first); n == len(first)-1 && first[n] == '.' && unicode.IsUpper(r) {
		return true // "M. Huber"
	}
	return firstNames()[strings.ToLower(first)]
}

// The formats of dates less precise than a day, in a column of dates.
const (
	formatYear      = "JJJJ"
	formatMonthYear = "MM/JJJJ"
)

// isMonth reports whether v is a month of a year: "03/2018", "03.2018".
func isMonth(v []byte) bool {
	_, ok := parseMonth(v)
	return ok
}

// plateLike reports whether v looks like a German number plate: the
// district's one to three letters, a hyphen or a blank, one or two letters,
// one to four digits, perhaps an E (electric) or H (historic): "M-AB 1234",
// "WÜ K 12E".
func plateLike(v []byte) bool {
	s := string(v)
	sep := strings.IndexAny(s, "- ")
	if sep < 0 {
		return false
	}
	district := []rune(s[:sep])
	if len(district) < 1 || len(district) > 3 || !allUpper(district) {
		return false
	}
	rest := strings.TrimLeft(s[sep+1:], " ")
	letters := 0
	for letters < len(rest) && rest[letters] >= 'A' && rest[letters] <= 'Z' {
		letters++
	}
	digits := strings.TrimSuffix(strings.TrimSuffix(strings.TrimLeft(rest[letters:], " "), "E"), "H")
	if letters < 1 || letters > 2 || len(digits) < 1 || len(digits) > 4 || digits[0] == '0' {
		return false
	}
	for _, b := range []byte(digits) {
		if !isDigit(b) {
			return false
		}
	}
	return true
}

func allUpper(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameLike reports whether s looks like the name of a person: one to five
// words of letters (and - . ' ’ ,), the last one capitalised, as in
// "Müller", "Anna-Lena Schmidt", "von der Heide", "Schmidt, Hans"; but not
// with a word of a firm, as in "Meyer GmbH" or "Autohaus Kunz".
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune("-.'’,", r) {
				return false
			}
		}
		if firmWord(w) {
			return false
		}
	}
	last := strings.TrimLeft(words[len(words)-1], "-.'’,")
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r)
}
