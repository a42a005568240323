package demo

// courses are qualifications: several dates (a series by recurrence rule) or
// one full day, with a small group.
var courses = []entry{
	{
		key: "ki-scout", format: "qualifizierung", topics: "ki qualifizierung strategie", audiences: "alle", mode: "praesenz",
		recur:   "FREQ=WEEKLY;COUNT=4",
		title:   "Qualifizierung zum KI-Scout",
		summary: "An vier Tagen werden Beschäftigte zu Ansprechpersonen für KI im eigenen Unternehmen ausgebildet.",
		text: "KI-Scouts erkennen Einsatzmöglichkeiten, bewerten Werkzeuge und begleiten Kolleginnen und Kollegen bei den ersten Schritten. " +
			"Die Qualifizierung vermittelt Grundlagen von maschinellem Lernen und Sprachmodellen, Methoden zur Bewertung von Anwendungsfällen sowie rechtliche Rahmenbedingungen. " +
			"Zwischen den Terminen bearbeiten die Teilnehmenden eine Aufgabe aus ihrem eigenen Betrieb und stellen die Ergebnisse am letzten Tag vor. " +
			"Voraussetzung ist die Bereitschaft, rund zwei Stunden pro Woche am Praxisprojekt zu arbeiten. " +
			"Nach erfolgreichem Abschluss erhalten Sie ein Zertifikat des Zentrums.",
		at: "hannover 3 wed 09:00, ruhr-owl 9 wed 09:00, leipzig-halle 14 tue 09:00",
	},
	{
		key: "datenbeauftragte", format: "qualifizierung", topics: "daten qualifizierung organisation", audiences: "industrie handel dienstleistung", mode: "praesenz",
		recur:   "FREQ=WEEKLY;COUNT=3",
		title:   "Daten-Verantwortliche im Mittelstand: Qualifizierung in drei Modulen",
		summary: "Wer kümmert sich um Ihre Daten? In drei Modulen lernen Beschäftigte, Datenqualität, Datenschutz und Datennutzung im Betrieb zu steuern.",
		text: "Modul 1 behandelt Datenquellen, Datenmodelle und Qualitätskennzahlen, Modul 2 die Regeln der Datenpflege, Rollen und Zugriffsrechte. " +
			"Im dritten Modul geht es darum, Daten für Auswertungen und KI bereitzustellen, einschließlich der rechtlichen Grenzen. " +
			"Jedes Modul verbindet kurze Inputs mit Übungen an realistischen Datensätzen. " +
			"Die Qualifizierung richtet sich an Beschäftigte, die künftig Verantwortung für Daten übernehmen, etwa aus Controlling, Vertrieb oder Qualitätsmanagement. " +
			"Bitte bringen Sie einen Laptop mit Tabellenkalkulation mit.",
		at: "rheinland 4 thu 09:00, chemnitz 13 thu 09:00",
	},
	{
		key: "it-sicherheitsbeauftragte", format: "qualifizierung", topics: "it-sicherheit qualifizierung recht", audiences: "alle", mode: "praesenz",
		recur:   "FREQ=WEEKLY;COUNT=2",
		title:   "Grundlagen für IT-Sicherheitsbeauftragte in kleinen Unternehmen",
		summary: "Zwei Tage Basiswissen für Beschäftigte, die im Betrieb die Verantwortung für IT-Sicherheit übernehmen.",
		text: "In kleinen Unternehmen kümmert sich oft jemand nebenher um die IT-Sicherheit. " +
			"Diese Qualifizierung gibt das nötige Rüstzeug: Schutzbedarf ermitteln, Maßnahmen nach dem BSI-Grundschutz-Kompendium auswählen, Richtlinien formulieren und Vorfälle richtig behandeln. " +
			"Praktische Übungen zu Berechtigungen, Updates und Backups runden das Programm ab. " +
			"Technische Grundkenntnisse sind hilfreich, aber keine Voraussetzung.",
		at: "darmstadt 5 mon 09:00, schleswig-holstein 18 mon 09:00",
	},
	{
		key: "digitalisierungsmanager-handwerk", format: "qualifizierung", topics: "qualifizierung strategie plattformen ki", audiences: "handwerk", mode: "online", minutes: 180,
		recur:   "FREQ=WEEKLY;COUNT=6",
		title:   "Digitalisierungsmanagerin und -manager im Handwerk",
		summary: "Sechs Abende online: Sie lernen, die Digitalisierung Ihres Betriebs zu planen, Software auszuwählen und Ihr Team mitzunehmen.",
		text: "Die Abendqualifizierung ist auf den Rhythmus von Handwerksbetrieben zugeschnitten. " +
			"Themen sind die Bestandsaufnahme im eigenen Betrieb, Handwerkersoftware und Schnittstellen, digitale Kundenkommunikation, KI-Assistenten, IT-Sicherheit und die Einführung im Team. " +
			"Zwischen den Abenden setzen Sie kleine Aufgaben direkt im Betrieb um und berichten darüber in der Gruppe. " +
			"Die Teilnahme erfolgt per Videokonferenz, ein Laptop mit Kamera ist erforderlich.",
		at: "handwerk 2 tue 18:00, handwerk 15 tue 18:00",
	},
	{
		key: "roboterprogrammierung", home: true, format: "qualifizierung", topics: "sensorik-robotik qualifizierung", audiences: "industrie handwerk", mode: "praesenz",
		recur:   "FREQ=WEEKLY;COUNT=2",
		title:   "Roboterprogrammierung für Einsteiger",
		summary: "Zwei Praxistage am Industrie- und am kollaborierenden Roboter – für Fachkräfte, die Roboter künftig selbst einrichten.",
		text: "Am ersten Tag lernen Sie Koordinatensysteme, Bewegungsarten, Greifer und Sicherheitsfunktionen kennen und programmieren einfache Bahnen. " +
			"Am zweiten Tag automatisieren Sie eine komplette Handhabungsaufgabe mit Sensorabfragen und Fehlerbehandlung. " +
			"Gearbeitet wird in Zweiergruppen direkt an den Robotern unseres Technikums. " +
			"Geeignet für Facharbeiterinnen, Techniker und Instandhalter ohne Programmiererfahrung.",
		at: "chemnitz 4 mon 09:00, hannover 11 mon 09:00",
	},
	{
		key: "ki-kompetenz-fuehrung", format: "qualifizierung", topics: "ki strategie organisation", audiences: "alle", mode: "hybrid",
		title:   "KI-Kompetenz für Führungskräfte",
		summary: "Ein Tag, der Führungskräfte befähigt, über KI-Vorhaben fundiert zu entscheiden.",
		text: "Führungskräfte müssen KI nicht programmieren, aber Chancen, Risiken und Aufwand einschätzen können. " +
			"Die Qualifizierung behandelt die Funktionsweise aktueller KI-Systeme, wirtschaftliche Bewertung, rechtliche Pflichten und Führung in der Veränderung. " +
			"In Fallstudien treffen Sie Entscheidungen über fiktive Projekte und diskutieren deren Folgen. " +
			"Sie können vor Ort oder zugeschaltet teilnehmen; die Gruppenarbeit findet in beiden Fällen statt.",
		at: "berlin 12 thu 09:00, darmstadt 21 thu 09:00",
	},
	{
		key: "nachhaltigkeitsmanagement", format: "qualifizierung", topics: "nachhaltigkeit qualifizierung daten", audiences: "industrie handwerk handel", mode: "praesenz",
		recur:   "FREQ=WEEKLY;COUNT=3",
		title:   "Nachhaltigkeitsmanagement kompakt: CO2, Energie, Berichte",
		summary: "In drei Tagen lernen Beschäftigte, Energie- und Emissionsdaten zu erfassen, Maßnahmen zu planen und Nachhaltigkeitsfragen von Kunden zu beantworten.",
		text: "Nachhaltigkeit wird zur Anforderung von Kunden, Banken und Gesetzgeber, und viele Betriebe brauchen jemanden, der sich darum kümmert. " +
			"Die Qualifizierung führt in Energiemanagement, Treibhausgasbilanzierung und Nachhaltigkeitsberichterstattung ein. " +
			"Sie arbeiten mit digitalen Werkzeugen für Datenerfassung und Auswertung und erstellen einen Maßnahmenplan für Ihren Betrieb. " +
			"Am Ende steht eine kurze Präsentation vor der Gruppe.",
		at: "schleswig-holstein 2 tue 09:00, chemnitz 19 tue 09:00",
	},
	{
		key: "datenanalyse-python", format: "qualifizierung", topics: "daten ki qualifizierung", audiences: "industrie dienstleistung", mode: "online", minutes: 180,
		recur:   "FREQ=WEEKLY;COUNT=5",
		title:   "Datenanalyse mit Python für Fachkräfte",
		summary: "Fünf Vormittage online: Von der ersten Zeile Code bis zur eigenen Auswertung von Produktions- oder Vertriebsdaten.",
		text: "Tabellenkalkulationen stoßen bei großen Datenmengen an Grenzen. " +
			"In dieser Qualifizierung lernen Sie, Daten mit Python und der Bibliothek pandas einzulesen, zu bereinigen, zusammenzufassen und grafisch darzustellen. " +
			"In der letzten Einheit trainieren Sie ein einfaches Prognosemodell. " +
			"Vorkenntnisse im Programmieren sind nicht erforderlich, sicherer Umgang mit Excel aber schon. " +
			"Wir arbeiten in einer browserbasierten Umgebung, Sie müssen nichts installieren.",
		at: "ilmenau 5 mon 09:00, kaiserslautern 12 mon 09:00",
	},
	{
		key: "ki-kompetenz-artikel-4", format: "qualifizierung", topics: "recht ki qualifizierung", audiences: "alle", mode: "online",
		minutes: 240,
		title:   "KI-Kompetenz im Betrieb: Schulungskonzept nach dem AI Act",
		summary: "Seit Februar 2025 müssen Unternehmen für ausreichende KI-Kompetenz ihrer Beschäftigten sorgen. Sie entwickeln ein passendes Schulungskonzept.",
		text: "Artikel 4 der KI-Verordnung verpflichtet Anbieter und Betreiber von KI-Systemen zu Maßnahmen, die die KI-Kompetenz ihres Personals sichern. " +
			"Sie lernen, welche Kenntnisse je nach Rolle und Einsatz nötig sind, und entwerfen einen Schulungsplan für Ihr Unternehmen. " +
			"Wir zeigen, wie Sie die Maßnahmen dokumentieren und welche kostenfreien Lernangebote Sie nutzen können. " +
			"Für Personalverantwortliche, Datenschutzbeauftragte und Geschäftsführung.",
		at: "rheinland 8 wed 09:00, leipzig-halle 22 wed 09:00, handwerk 11 wed 09:00",
	},
	{
		key: "digitallotsen", format: "qualifizierung", topics: "qualifizierung arbeit organisation", audiences: "alle", mode: "praesenz",
		recur:   "FREQ=WEEKLY;COUNT=3",
		title:   "Digitallotsen im Betrieb: Beschäftigte als Multiplikatoren",
		summary: "Drei Tage für Beschäftigte, die Kolleginnen und Kollegen bei neuen digitalen Werkzeugen unterstützen sollen.",
		text: "Neue Software setzt sich durch, wenn jemand im Team sie erklären kann. " +
			"Die Digitallotsen lernen, wie Erwachsene lernen, wie man kurze Anleitungen und Erklärvideos erstellt und wie man mit Vorbehalten umgeht. " +
			"Dazu kommen Grundlagen zu Datenschutz und IT-Sicherheit im Arbeitsalltag. " +
			"Jede Person entwickelt ein kleines Lernangebot für ihren Betrieb und erprobt es in der Gruppe.",
		at: "ilmenau 16 tue 09:00, ruhr-owl 23 tue 09:00",
	},
	{
		key: "smart-contracts", format: "qualifizierung", topics: "blockchain qualifizierung recht", audiences: "startups industrie", mode: "praesenz",
		title:   "Smart Contracts verstehen und bewerten",
		summary: "Ein Intensivtag zu Technik, Einsatzfeldern und Rechtsfragen selbstausführender Verträge auf der Blockchain.",
		text: "Smart Contracts versprechen automatische Abwicklung von Zahlungen, Lieferungen und Lizenzen. " +
			"Sie lernen, wie sie technisch funktionieren, lesen einfachen Vertragscode und testen ihn in einer Entwicklungsumgebung. " +
			"Am Nachmittag geht es um Haftung, Beweiskraft und das Zusammenspiel mit klassischen Verträgen. " +
			"Grundkenntnisse in einer Programmiersprache sind von Vorteil, aber nicht zwingend.",
		at: "kaiserslautern 19 wed 09:00",
	},
	{
		key: "plattformoekonomie", format: "qualifizierung", topics: "plattformen geschaeftsmodelle qualifizierung", audiences: "dienstleistung handel", mode: "praesenz",
		title:   "Plattformökonomie kompakt",
		summary: "Ein Qualifizierungstag zu Geschäftsmodellen, Preisgestaltung und Recht digitaler Plattformen.",
		text: "Plattformen verändern Märkte, vom Handwerkerportal bis zum Industriemarktplatz. " +
			"Sie lernen, wie Plattformen Werte schaffen, welche Strategien zum Start funktionieren und wie Sie als Anbieter auf fremden Plattformen bestehen. " +
			"Fallbeispiele aus Thüringen zeigen erfolgreiche und gescheiterte Ansätze. " +
			"Am Ende skizzieren Sie eine Plattformstrategie für Ihr Unternehmen.",
		at: "ilmenau -2 thu 09:00, ilmenau 18 thu 09:00",
	},
}
