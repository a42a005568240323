package demo

// webinars are the online talks of the centres, 60 to 90 minutes, and the
// two series the network is known for: the weekly KI-Talk and the
// three-part Spotlight: Blockchain.
var webinars = []entry{
	{
		key: "ki-talk", format: "webinar", topics: "ki", audiences: "alle", mode: "online",
		minutes: 30, recur: "FREQ=WEEKLY;BYDAY=TH", capacity: 500,
		title:   "KI-Talk: 30 Minuten KI für den Mittelstand",
		summary: "Jeden Donnerstag um 16 Uhr: ein Thema, ein Gast, eine halbe Stunde – kompakt, praxisnah und mit Zeit für Ihre Fragen.",
		text: "Im KI-Talk stellen KI-Trainerinnen und KI-Trainer des Netzwerks jede Woche eine Anwendung vor, die kleine und mittlere Unternehmen heute schon nutzen können. " +
			"Mal geht es um Textassistenten im Büro, mal um Bildverarbeitung in der Fertigung oder um die Frage, welche Daten ein Projekt wirklich braucht. " +
			"Oft berichtet ein Unternehmen aus der eigenen Umsetzung, auch von dem, was nicht geklappt hat. " +
			"Fragen stellen Sie im Chat, Vorwissen ist nicht nötig. " +
			"Sie können jederzeit einsteigen, eine Anmeldung gilt für einen Termin.",
		at: "hannover next thu 16:00",
	},
	{
		key: "spotlight-blockchain", format: "webinar", topics: "blockchain wertschoepfung datenaustausch", audiences: "industrie handel startups", mode: "online",
		minutes: 60, recur: "FREQ=WEEKLY;COUNT=3",
		title:   "Spotlight: Blockchain – Webinarreihe in drei Teilen",
		summary: "Drei Dienstage, drei Blickwinkel: was Blockchain kann, wo sie in Lieferketten hilft und wie ein erstes Projekt aussieht.",
		text: "Teil 1, „Grundlagen ohne Hype“, erklärt, wie verteilte Register funktionieren und wann eine klassische Datenbank die bessere Wahl ist. " +
			"Teil 2, „Blockchain in der Lieferkette“, zeigt an Beispielen aus Logistik und Lebensmittelhandel, wie Herkunft und Zustand von Waren fälschungssicher dokumentiert werden. " +
			"Teil 3, „Vom Use Case zum Pilotprojekt“, führt durch Aufwand, Partner und rechtliche Fragen eines ersten Vorhabens. " +
			"Die Reihe richtet sich an Geschäftsführung, Einkauf und IT; technische Vorkenntnisse sind nicht erforderlich. " +
			"Mit einer Anmeldung sind Sie für alle drei Termine dabei, die Folien erhalten Sie im Anschluss.",
		at: "kaiserslautern 4 tue 10:00",
	},
	{
		key: "chatgpt-sicher-nutzen", format: "webinar", topics: "ki it-sicherheit recht", audiences: "alle", mode: "online",
		title:   "ChatGPT & Co. sicher im Unternehmen nutzen",
		summary: "Welche Daten dürfen in einen Chatbot, welche nicht? Wir zeigen, wie Sie generative KI produktiv und ohne böse Überraschungen einsetzen.",
		text: "Viele Beschäftigte nutzen Sprachmodelle längst – oft ohne Absprache und mit privaten Konten. " +
			"Im Webinar klären wir, welche Risiken für Geschäftsgeheimnisse und personenbezogene Daten bestehen und wie sich die Angebote großer Anbieter in Datenschutz und Speicherung unterscheiden. " +
			"Sie erfahren, welche Regeln eine betriebliche KI-Richtlinie enthalten sollte und wie Sie Beschäftigte dafür gewinnen. " +
			"Zum Schluss zeigen wir datensparsame Alternativen, darunter europäische und lokal betriebene Modelle.",
		at: "darmstadt 1 tue 10:00, rheinland 7 wed 14:00, schleswig-holstein 14 tue 10:00",
	},
	{
		key: "ki-einstieg", format: "webinar", topics: "ki strategie", audiences: "alle", mode: "online",
		title:   "KI im Mittelstand: Was geht heute schon?",
		summary: "Ein nüchterner Überblick über KI-Anwendungen, die sich in kleinen Unternehmen bereits bewährt haben – mit Aufwand, Nutzen und Stolpersteinen.",
		text: "Zwischen Schlagzeilen und Werbeversprechen fällt es schwer einzuschätzen, was künstliche Intelligenz für das eigene Unternehmen leisten kann. " +
			"Wir ordnen die wichtigsten Anwendungsfelder ein: Texte und Dokumente, Prognosen, Bilderkennung und Assistenzsysteme. " +
			"Zu jedem Feld zeigen wir ein Beispiel aus einem Betrieb mit weniger als 100 Beschäftigten. " +
			"Das Webinar eignet sich für Inhaberinnen, Inhaber und Führungskräfte, die sich einen ersten Eindruck verschaffen wollen.",
		at: "hannover -2 wed 10:00, ilmenau 4 tue 14:00, leipzig-halle 9 wed 10:00",
	},
	{
		key: "ai-act", format: "webinar", topics: "recht ki", audiences: "alle", mode: "online", minutes: 90,
		title:   "Der AI Act der EU: Was kleine Unternehmen jetzt wissen müssen",
		summary: "Risikoklassen, Pflichten, Fristen: Wir übersetzen die europäische KI-Verordnung in konkrete Aufgaben für Anbieter und Anwender.",
		text: "Die KI-Verordnung gilt schrittweise, und auch Unternehmen, die KI nur einsetzen, haben Pflichten – etwa bei der KI-Kompetenz ihrer Beschäftigten. " +
			"Eine Rechtsanwältin aus unserem Netzwerk erklärt, wie Sie Ihre Anwendungen einer Risikoklasse zuordnen und was bei Hochrisiko-Systemen gilt. " +
			"Anhand typischer Fälle wie Bewerbervorauswahl, Chatbot auf der Website oder Qualitätsprüfung sehen Sie, welche Schritte nötig sind. " +
			"Bringen Sie gern eine Liste der KI-Werkzeuge mit, die in Ihrem Haus im Einsatz sind.",
		at: "rheinland 2 thu 10:00, darmstadt 12 tue 14:00",
	},
	{
		key: "prompting-einsteiger", format: "webinar", topics: "ki qualifizierung", audiences: "alle", mode: "online",
		title:   "Prompting für Einsteiger: Bessere Ergebnisse mit Sprachmodellen",
		summary: "Wie formuliere ich eine Anfrage so, dass die KI brauchbare Antworten liefert? Ein Webinar mit vielen Live-Beispielen.",
		text: "Gute Ergebnisse mit Sprachmodellen sind kein Zufall. " +
			"Sie lernen einfache Muster kennen: Rolle und Ziel benennen, Beispiele mitgeben, das gewünschte Format vorgeben und Antworten schrittweise verbessern. " +
			"Wir probieren die Muster live an Aufgaben aus dem Büroalltag aus, vom Angebotsschreiben bis zur Zusammenfassung eines langen Protokolls. " +
			"Halten Sie am besten ein eigenes Konto bei einem KI-Assistenten bereit, um direkt mitzumachen.",
		at: "berlin 3 mon 14:00, chemnitz 8 thu 10:00, handwerk 16 wed 17:00",
	},
	{
		key: "datenqualitaet-ki", format: "webinar", topics: "daten ki", audiences: "industrie handel", mode: "online",
		title:   "Datenqualität: Die unterschätzte Voraussetzung für KI",
		summary: "Warum scheitern KI-Projekte so oft an den Daten? Wir zeigen, woran Sie gute Daten erkennen und wo Sie mit dem Aufräumen beginnen.",
		text: "Doppelte Kundendatensätze, Freitext statt fester Werte, Lücken in Maschinenprotokollen: Solche Mängel bremsen jedes KI-Vorhaben aus. " +
			"Im Webinar lernen Sie die wichtigsten Dimensionen der Datenqualität kennen – Vollständigkeit, Eindeutigkeit, Aktualität und Konsistenz. " +
			"Wir zeigen, wie Sie mit einfachen Mitteln einen ersten Befund erstellen, etwa mit dem Daten-Check auf dieser Plattform. " +
			"Angesprochen sind Verantwortliche aus Vertrieb, Produktion und IT, die Daten für neue Anwendungen nutzbar machen wollen.",
		at: "ruhr-owl 2 wed 10:00, kaiserslautern 10 tue 10:00",
	},
	{
		key: "nis2", format: "webinar", topics: "it-sicherheit recht", audiences: "industrie dienstleistung", mode: "online", minutes: 90,
		title:   "NIS2 kommt: Betrifft die neue Cybersicherheitsrichtlinie mein Unternehmen?",
		summary: "Wer fällt unter NIS2, welche Pflichten entstehen und was gilt für Zulieferer? Ein Überblick mit Selbsttest.",
		text: "Mit der Umsetzung der NIS2-Richtlinie wächst der Kreis der Unternehmen, die Mindeststandards der Cybersicherheit nachweisen müssen, deutlich. " +
			"Wir gehen die Kriterien Branche und Größe durch und erklären Registrierungs-, Melde- und Nachweispflichten. " +
			"Auch wer nicht direkt betroffen ist, spürt die Regeln, weil große Kunden sie an ihre Lieferanten weitergeben. " +
			"Am Ende haben Sie einen Fahrplan mit den ersten fünf Maßnahmen für Ihr Haus.",
		at: "darmstadt -3 wed 10:00, rheinland 5 tue 10:00, schleswig-holstein 13 thu 14:00",
	},
	{
		key: "e-rechnung", format: "webinar", topics: "recht organisation", audiences: "handwerk handel dienstleistung", mode: "online",
		title:   "E-Rechnung: Pflichten, Formate und der einfache Einstieg",
		summary: "XRechnung, ZUGFeRD, PDF? Wir erklären, was die E-Rechnungspflicht im B2B-Geschäft bedeutet und wie kleine Betriebe sie ohne großen Aufwand erfüllen.",
		text: "Seit 2025 müssen Unternehmen elektronische Rechnungen empfangen können, der Versand wird schrittweise Pflicht. " +
			"Wir zeigen den Unterschied zwischen strukturierten Formaten und einer einfachen PDF-Datei und erklären, welche Übergangsfristen gelten. " +
			"Anhand gängiger Buchhaltungs- und Handwerkerprogramme sehen Sie, wie Eingang, Prüfung und Archivierung praktisch funktionieren. " +
			"Das Webinar richtet sich an Inhaber, Büroleitungen und alle, die Rechnungen schreiben oder bearbeiten.",
		at: "handwerk -1 tue 17:00, ilmenau 3 wed 10:00, leipzig-halle 7 thu 10:00",
	},
	{
		key: "dsgvo-ki", format: "webinar", topics: "recht daten ki", audiences: "alle", mode: "online",
		title:   "DSGVO und KI: Personenbezogene Daten in KI-Anwendungen",
		summary: "Wann dürfen Kunden- oder Beschäftigtendaten in KI-Systeme fließen? Rechtsgrundlagen und praktische Lösungen im Überblick.",
		text: "KI-Anwendungen werden oft mit Daten trainiert oder gefüttert, die sich auf Menschen beziehen. " +
			"Das Webinar klärt, welche Rechtsgrundlage Sie dafür brauchen, wann eine Datenschutz-Folgenabschätzung fällig ist und was ein Auftragsverarbeitungsvertrag regeln muss. " +
			"Außerdem zeigen wir Techniken wie Pseudonymisierung und synthetische Daten, mit denen Projekte datenschutzfreundlich gelingen. " +
			"Für Geschäftsführung, Datenschutzbeauftragte und Projektverantwortliche.",
		at: "rheinland 9 tue 10:00",
	},
	{
		key: "phishing", format: "webinar", topics: "it-sicherheit", audiences: "alle", mode: "online",
		title:   "Phishing erkennen: So schützen Sie Ihr Team vor Betrugsmails",
		summary: "Gefälschte Rechnungen, angebliche Paketdienste, der falsche Chef: Wir zeigen echte Beispiele und einfache Abwehrregeln.",
		text: "Die meisten Cyberangriffe auf kleine Unternehmen beginnen mit einer E-Mail. " +
			"Anhand echter, entschärfter Beispiele lernen Sie die typischen Merkmale von Phishing kennen, auch bei Nachrichten, die mit KI täuschend echt formuliert wurden. " +
			"Wir besprechen, was im Fall eines Klicks sofort zu tun ist und wie Sie Beschäftigte ohne erhobenen Zeigefinger sensibilisieren. " +
			"Ein kurzes Quiz zum Weitergeben an Ihr Team bekommen Sie im Anschluss.",
		at: "schleswig-holstein 1 wed 10:00, handwerk 6 tue 18:00, hannover 18 wed 14:00",
	},
	{
		key: "predictive-maintenance", format: "webinar", topics: "ki sensorik-robotik daten", audiences: "industrie", mode: "online",
		title:   "Predictive Maintenance: Wartung planen, bevor die Maschine steht",
		summary: "Wie vorausschauende Instandhaltung funktioniert, welche Sensordaten sie braucht und ab wann sie sich für kleine Fertiger rechnet.",
		text: "Ungeplante Stillstände kosten Geld und Nerven. " +
			"Wir erklären, wie aus Schwingungs-, Temperatur- und Stromdaten Hinweise auf drohende Ausfälle werden und welche Rolle maschinelles Lernen dabei spielt. " +
			"Ein Zerspanungsbetrieb berichtet, wie er mit einer einzigen Spindel begonnen hat und was die Nachrüstung gekostet hat. " +
			"Das Webinar richtet sich an Leitungen von Produktion und Instandhaltung.",
		at: "chemnitz 4 tue 10:00, ruhr-owl 15 thu 10:00",
	},
	{
		key: "cobots-lohnt", format: "webinar", topics: "sensorik-robotik wertschoepfung", audiences: "industrie handwerk", mode: "online",
		title:   "Cobots im Mittelstand: Wann lohnt sich ein kollaborierender Roboter?",
		summary: "Kosten, Sicherheit, typische Aufgaben: Entscheidungshilfe für den ersten Roboter, der ohne Schutzzaun neben Menschen arbeitet.",
		text: "Kollaborierende Roboter sind günstiger und leichter zu programmieren als klassische Industrieroboter. " +
			"Wir zeigen, bei welchen Aufgaben sie sich bewähren – Maschinenbeschickung, Verpacken, Schrauben, Prüfen – und wo ihre Grenzen liegen. " +
			"Sie erfahren, wie eine Risikobeurteilung abläuft und mit welchen Amortisationszeiten Sie rechnen können. " +
			"Wer den Roboter danach live erleben will, ist in unserer Lernfabrik willkommen.",
		at: "hannover 5 tue 14:00",
	},
	{
		key: "co2-bilanz", format: "webinar", topics: "nachhaltigkeit", audiences: "alle", mode: "online",
		title:   "Die erste CO2-Bilanz: Scope 1, 2 und 3 verständlich erklärt",
		summary: "Kunden, Banken und Ausschreibungen fragen nach Emissionen. Wir zeigen, wie Sie Ihre erste Treibhausgasbilanz aufstellen.",
		text: "Immer mehr Auftraggeber verlangen Angaben zum CO2-Fußabdruck ihrer Lieferanten. " +
			"Im Webinar erklären wir die drei Scopes des Greenhouse Gas Protocol an einem Beispielbetrieb und zeigen, welche Verbrauchsdaten Sie schon heute in Rechnungen und Zählerständen finden. " +
			"Wir stellen kostenlose Rechner vor und sagen ehrlich, wo Schätzungen genügen. " +
			"Geeignet für Betriebe jeder Branche, die ohne Vorwissen starten.",
		at: "chemnitz 2 wed 14:00, schleswig-holstein 10 wed 10:00",
	},
	{
		key: "vsme", format: "webinar", topics: "nachhaltigkeit recht", audiences: "industrie dienstleistung", mode: "online",
		title:   "Nachhaltigkeitsbericht für KMU: Der freiwillige VSME-Standard",
		summary: "Wie kleine Unternehmen mit einem schlanken Bericht die Fragen von Kunden und Banken beantworten, ohne selbst berichtspflichtig zu sein.",
		text: "Große Unternehmen müssen über Nachhaltigkeit berichten und reichen ihre Fragen an Zulieferer weiter. " +
			"Der freiwillige Standard für kleine und mittlere Unternehmen bündelt diese Anfragen in einem einheitlichen Format. " +
			"Wir gehen das Basismodul Punkt für Punkt durch und zeigen, welche Daten Sie dafür brauchen und wie digitale Werkzeuge das Sammeln erleichtern. " +
			"Für Geschäftsführung, Controlling und Qualitätsmanagement.",
		at: "darmstadt 6 thu 10:00",
	},
	{
		key: "b2b-plattformen", format: "webinar", topics: "plattformen geschaeftsmodelle", audiences: "handel industrie", mode: "online",
		title:   "B2B-Plattformen: Verkaufen über Marktplätze oder eigener Shop?",
		summary: "Vor- und Nachteile von Branchenmarktplätzen, großen Handelsplattformen und dem eigenen Onlineshop im Geschäftskundenvertrieb.",
		text: "Auch Geschäftskunden bestellen zunehmend online, und Plattformen werben um Hersteller und Händler. " +
			"Wir vergleichen Gebühren, Reichweite, Abhängigkeit und Datenzugang der verschiedenen Wege. " +
			"Ein Händler für Befestigungstechnik berichtet, wie er beides kombiniert. " +
			"Sie gehen mit Kriterien nach Hause, nach denen Sie die passende Strategie für Ihr Sortiment wählen.",
		at: "ilmenau 1 thu 10:00, leipzig-halle 12 tue 14:00",
	},
	{
		key: "datenbasierte-geschaeftsmodelle", format: "webinar", topics: "geschaeftsmodelle daten", audiences: "industrie dienstleistung", mode: "online",
		title:   "Mit Daten Geld verdienen: Datenbasierte Geschäftsmodelle",
		summary: "Vom Produkt zum Service: wie Maschinenbauer, Dienstleister und Händler aus vorhandenen Daten neue Angebote entwickeln.",
		text: "Viele Unternehmen sitzen auf Daten, die für Kunden wertvoll wären – Nutzungsdaten von Maschinen, Verbrauchswerte, Markterfahrung. " +
			"Das Webinar stellt Muster wie Pay-per-Use, Zustandsüberwachung als Service und Benchmarking vor. " +
			"Wir sprechen auch über die unbequemen Fragen: Wem gehören die Daten, wie wird bepreist, und was sagen die Kunden? " +
			"Für Geschäftsführung, Produktmanagement und Vertrieb.",
		at: "berlin 7 tue 10:00",
	},
	{
		key: "fuehren-auf-distanz", format: "webinar", topics: "arbeit organisation", audiences: "dienstleistung alle", mode: "online",
		title:   "Führen auf Distanz: Teams im hybriden Arbeiten gut begleiten",
		summary: "Vertrauen, Erreichbarkeit, Meetings: was Führungskräfte brauchen, wenn ihr Team nicht mehr täglich im selben Raum sitzt.",
		text: "Hybrides Arbeiten ist in vielen Betrieben Alltag, die Führung hat sich aber oft nicht mitverändert. " +
			"Im Webinar geht es um klare Absprachen zu Erreichbarkeit, um Besprechungen, die alle einbeziehen, und um Feedback über den Bildschirm. " +
			"Eine Arbeitspsychologin zeigt, woran Sie Überlastung im Team früh erkennen. " +
			"Für Führungskräfte und Teamleitungen aller Branchen.",
		at: "ruhr-owl 3 tue 14:00, berlin 13 wed 10:00",
	},
	{
		key: "change-ki", format: "webinar", topics: "organisation ki", audiences: "alle", mode: "online",
		title:   "Mitarbeitende mitnehmen: Change-Management bei der KI-Einführung",
		summary: "Sorge um den Arbeitsplatz, Skepsis, Überforderung – und wie Sie daraus Beteiligung machen.",
		text: "Ob eine KI-Anwendung im Alltag ankommt, entscheidet sich selten an der Technik. " +
			"Wir zeigen, wie Sie Beschäftigte früh einbinden, den Betriebsrat beteiligen und Ängste offen ansprechen. " +
			"Sie lernen ein einfaches Vorgehen kennen, das Pilotgruppen, Schulung und Rückmeldeschleifen verbindet. " +
			"Zwei Unternehmen erzählen, was bei ihnen funktioniert hat.",
		at: "ruhr-owl 8 wed 14:00, hannover 20 tue 10:00",
	},
	{
		key: "gaia-x-datenraeume", format: "webinar", topics: "datenaustausch daten", audiences: "industrie", mode: "online",
		title:   "Gaia-X und Datenräume: Was steckt dahinter?",
		summary: "Datensouveränität, Konnektoren, Nutzungsregeln: eine verständliche Einführung in die europäische Dateninfrastruktur.",
		text: "Datenräume sollen es Unternehmen ermöglichen, Daten mit Partnern zu teilen, ohne die Kontrolle darüber zu verlieren. " +
			"Wir erklären die Bausteine – Identitäten, Konnektoren, Verträge über die Nutzung – ohne Fachchinesisch. " +
			"Sie erfahren, welche Branchen-Datenräume es bereits gibt und was die Teilnahme für ein kleines Unternehmen bedeutet. " +
			"Für IT-Verantwortliche und Geschäftsführung in produzierenden Betrieben.",
		at: "kaiserslautern 3 wed 10:00, rheinland 16 wed 10:00",
	},
	{
		key: "catena-x", format: "webinar", topics: "datenaustausch wertschoepfung nachhaltigkeit", audiences: "industrie", mode: "online",
		title:   "Catena-X für Zulieferer: Der Datenraum der Automobilindustrie",
		summary: "Was Zulieferer über Catena-X wissen sollten, wenn der Kunde nach CO2-Daten und Rückverfolgbarkeit fragt.",
		text: "Hersteller in der Automobilindustrie tauschen Daten zunehmend über Catena-X aus, etwa zum CO2-Fußabdruck von Bauteilen. " +
			"Wir zeigen, welche Anwendungsfälle für kleine Zulieferer heute relevant sind und welche Wege zur Anbindung es gibt, bis hin zu einfachen Software-as-a-Service-Lösungen. " +
			"Ein sächsischer Zulieferer berichtet von seinem Einstieg. " +
			"Bitte bringen Sie Fragen aus Ihren Kundenanforderungen mit.",
		at: "chemnitz 11 tue 10:00",
	},
	{
		key: "produktpass", format: "webinar", topics: "nachhaltigkeit datenaustausch blockchain", audiences: "industrie handel", mode: "online",
		title:   "Digitaler Produktpass: Was auf Hersteller und Händler zukommt",
		summary: "Batterien zuerst, dann Textilien, Elektronik und mehr: Wir erklären den digitalen Produktpass der EU und seine Anforderungen.",
		text: "Mit der Ökodesign-Verordnung führt die EU Schritt für Schritt einen digitalen Produktpass ein. " +
			"Das Webinar zeigt, welche Informationen er enthält, wer sie liefern muss und wie Daten entlang der Lieferkette zusammenkommen. " +
			"Wir vergleichen technische Ansätze von zentralen Registern bis zu Blockchain-Lösungen. " +
			"Für Hersteller, Händler und Zulieferer, die sich frühzeitig vorbereiten wollen.",
		at: "kaiserslautern 9 thu 10:00, darmstadt 19 wed 10:00",
	},
	{
		key: "ki-handwerksbuero", format: "webinar", topics: "ki organisation", audiences: "handwerk", mode: "online",
		title:   "KI im Handwerksbüro: Angebote, Aufmaß und Kundenkommunikation",
		summary: "Feierabend-Webinar für Handwerksbetriebe: wie KI-Assistenten bei Angeboten, E-Mails und Dokumentation Zeit sparen.",
		text: "Nach Feierabend noch Angebote schreiben? Das muss nicht sein. " +
			"Wir zeigen, wie Sie mit KI-Assistenten Leistungsbeschreibungen formulieren, Kundenanfragen sortieren und Baustellenberichte aus Sprachnotizen erstellen. " +
			"Dabei achten wir darauf, welche Werkzeuge mit gängiger Handwerkersoftware zusammenarbeiten. " +
			"Ein Elektromeister aus Westfalen erzählt, was sich in seinem Büro verändert hat.",
		at: "handwerk 2 wed 18:00, handwerk 12 tue 18:00",
	},
	{
		key: "fachkraefte-social-media", format: "webinar", topics: "arbeit strategie", audiences: "handwerk", mode: "online",
		title:   "Fachkräfte und Azubis über Social Media gewinnen",
		summary: "Instagram, TikTok, WhatsApp: wie Handwerksbetriebe mit wenig Aufwand Nachwuchs erreichen.",
		text: "Junge Menschen suchen ihren Ausbildungsplatz selten über die Stellenbörse. " +
			"Im Webinar erfahren Sie, welche Kanäle sich für die Nachwuchswerbung eignen, wie Sie mit dem Smartphone authentische Clips drehen und wie Sie Bewerbungen schnell beantworten. " +
			"Wir sprechen auch über Datenschutz und das Recht am eigenen Bild. " +
			"Ideal für Inhaberinnen, Inhaber und Auszubildende, die gemeinsam loslegen wollen.",
		at: "handwerk 8 mon 18:00",
	},
	{
		key: "startups-innovationspartner", format: "webinar", topics: "startups geschaeftsmodelle", audiences: "alle startups", mode: "online",
		title:   "Start-ups als Innovationspartner: So gelingt die Zusammenarbeit",
		summary: "Unterschiedliche Tempi, Kulturen und Erwartungen: was Mittelstand und Gründerteams voneinander lernen können.",
		text: "Start-ups bringen neue Technologien und Geschwindigkeit, Mittelständler Marktkenntnis und Kunden. " +
			"Wir zeigen Formen der Zusammenarbeit vom Pilotauftrag bis zur Beteiligung und erklären, wie Sie geeignete Partner finden. " +
			"Ein Gründer und ein Familienunternehmer berichten offen von ihrem gemeinsamen Projekt. " +
			"Das Webinar richtet sich an beide Seiten.",
		at: "berlin 2 thu 10:00, leipzig-halle 14 wed 14:00",
	},
	{
		key: "foerderprogramme", format: "webinar", topics: "strategie", audiences: "alle", mode: "online",
		title:   "Förderprogramme für Digitalisierung und KI im Überblick",
		summary: "Zuschüsse, Beratung, Kredite: welche Programme von Bund und Land zu welchem Vorhaben passen.",
		text: "Die Förderlandschaft ist unübersichtlich, und Programme ändern sich häufig. " +
			"Wir stellen die wichtigsten aktuellen Angebote für Digitalisierungs-, Sicherheits- und KI-Projekte vor und erklären, worauf es beim Antrag ankommt. " +
			"Auch die Frage, wann sich der Aufwand lohnt, kommt zur Sprache. " +
			"Im Anschluss können Sie Einzeltermine mit unseren Fachleuten vereinbaren.",
		at: "chemnitz -2 thu 10:00, ilmenau 10 thu 10:00, rheinland 21 tue 10:00",
	},
	{
		key: "digitalstrategie-fuenf-schritte", format: "webinar", topics: "strategie organisation", audiences: "alle", mode: "online",
		title:   "In fünf Schritten zur Digitalstrategie",
		summary: "Statt Einzelprojekten ein Plan: wie Sie Ziele, Prioritäten und Maßnahmen für die Digitalisierung Ihres Unternehmens festlegen.",
		text: "Viele Betriebe digitalisieren Stück für Stück, ohne dass die Teile zusammenpassen. " +
			"Wir führen durch ein erprobtes Vorgehen: Ausgangslage erfassen, Ziele ableiten, Handlungsfelder bewerten, Maßnahmen planen und Fortschritt messen. " +
			"Zu jedem Schritt erhalten Sie eine Vorlage. " +
			"Für Geschäftsführung und alle, die die Digitalisierung im Unternehmen koordinieren.",
		at: "berlin 5 wed 14:00, schleswig-holstein 19 tue 14:00",
	},
	{
		key: "backups", format: "webinar", topics: "it-sicherheit", audiences: "handwerk dienstleistung handel", mode: "online",
		title:   "Backups, die im Ernstfall funktionieren",
		summary: "Verschlüsselungstrojaner, defekte Festplatte, gestohlener Laptop: Mit der richtigen Datensicherung bleibt Ihr Betrieb arbeitsfähig.",
		text: "Eine Datensicherung ist nur so gut wie die Wiederherstellung. " +
			"Wir erklären die 3-2-1-Regel, den Unterschied zwischen Synchronisation und Backup und warum eine Kopie außer Haus unverzichtbar ist. " +
			"Sie sehen, wie ein Wiederherstellungstest in einem kleinen Betrieb abläuft. " +
			"Ideal für Betriebe ohne eigene IT-Abteilung.",
		at: "handwerk 4 thu 18:00, darmstadt 15 wed 14:00",
	},
	{
		key: "chatbots-kundenservice", format: "webinar", topics: "ki plattformen", audiences: "handel dienstleistung", mode: "online",
		title:   "Chatbots im Kundenservice: Rund um die Uhr erreichbar",
		summary: "Was moderne Chatbots können, wo sie Kunden verärgern und wie Sie einen Bot mit Ihrem eigenen Wissen ausstatten.",
		text: "Kundinnen und Kunden erwarten schnelle Antworten, auch abends und am Wochenende. " +
			"Wir zeigen, wie sprachmodellbasierte Chatbots häufige Fragen beantworten und wann sie an einen Menschen übergeben sollten. " +
			"Sie erfahren, was die Einrichtung kostet und wie Sie Datenschutz und Transparenzpflichten erfüllen. " +
			"Für Händler, Dienstleister und Tourismusbetriebe.",
		at: "leipzig-halle 3 tue 10:00, ilmenau 17 tue 10:00",
	},
	{
		key: "ki-bildverarbeitung", format: "webinar", topics: "ki sensorik-robotik", audiences: "industrie", mode: "online",
		title:   "KI-Bildverarbeitung in der Qualitätsprüfung",
		summary: "Kratzer, Lunker, fehlende Bauteile: wie Kamera und KI die Sichtprüfung unterstützen.",
		text: "Die manuelle Sichtprüfung ist anstrengend und fehleranfällig. " +
			"Wir zeigen, wie KI-basierte Bildverarbeitung Fehler erkennt, wie viele Beispielbilder Sie für das Training brauchen und welche Kameratechnik genügt. " +
			"Ein Kunststoffverarbeiter berichtet von Erfolgen und Fehlalarmen in den ersten Monaten. " +
			"Für Qualitätssicherung und Produktionsleitung.",
		at: "chemnitz 6 wed 10:00, hannover 22 wed 10:00",
	},
	{
		key: "energie-monitoring", format: "webinar", topics: "nachhaltigkeit sensorik-robotik daten", audiences: "industrie handwerk", mode: "online",
		title:   "Energieverbrauch messen und senken mit einfachem Monitoring",
		summary: "Wo geht die Energie hin? Mit nachrüstbaren Zählern und Dashboards finden Sie Einsparpotenziale in Werkstatt und Produktion.",
		text: "Hohe Energiepreise machen jede eingesparte Kilowattstunde wertvoll. " +
			"Wir stellen kostengünstige Messtechnik vor, die ohne Eingriff in die Maschinen auskommt, und zeigen, wie Sie Lastspitzen und Leerlaufverbräuche sichtbar machen. " +
			"Ein Lackierbetrieb berichtet, wie er seine Druckluftleckagen aufgespürt hat. " +
			"Für Betriebe aus Handwerk und Industrie.",
		at: "hannover 9 thu 10:00, ruhr-owl 20 wed 10:00",
	},
	{
		key: "lieferkette-digital", format: "webinar", topics: "wertschoepfung datenaustausch", audiences: "industrie handel", mode: "online",
		title:   "Lieferkette digital: Bestände und Termine mit Partnern teilen",
		summary: "Weniger Telefonate, weniger Überraschungen: wie Sie Bestell-, Bestands- und Lieferdaten automatisch mit Lieferanten und Kunden austauschen.",
		text: "Lieferengpässe haben gezeigt, wie wertvoll Transparenz über die eigene Firmengrenze hinaus ist. " +
			"Wir stellen Wege vom klassischen EDI über Lieferantenportale bis zu Schnittstellen zwischen Warenwirtschaftssystemen vor. " +
			"Sie lernen, welche Daten sich für den Austausch eignen und wie Sie Vertraulichkeit wahren. " +
			"Für Einkauf, Logistik und Vertrieb.",
		at: "ruhr-owl 11 tue 10:00",
	},
	{
		key: "microlearning", format: "webinar", topics: "qualifizierung arbeit", audiences: "alle", mode: "online",
		title:   "Weiterbildung im Arbeitsalltag: Microlearning und Lernplattformen",
		summary: "Lernen in kleinen Häppchen, direkt am Arbeitsplatz: Werkzeuge und Erfahrungen für kleine Unternehmen.",
		text: "Mehrtägige Seminare passen selten in den Betriebsalltag. " +
			"Wir zeigen, wie kurze Lerneinheiten, Erklärvideos und Lernplattformen Wissen dorthin bringen, wo es gebraucht wird. " +
			"Sie erfahren, wie Sie Inhalte selbst erstellen, auch mit Hilfe von KI, und wie Sie den Lernerfolg im Blick behalten. " +
			"Für Personalverantwortliche, Ausbilderinnen und Ausbilder.",
		at: "ilmenau 6 wed 14:00, chemnitz 18 wed 14:00",
	},
	{
		key: "ai-act-startups-en", format: "webinar", topics: "recht ki startups", audiences: "startups", mode: "online", lang: "en",
		title:   "AI Act Basics for International Start-ups",
		summary: "An English-language session on the EU AI Act for founders building AI products in Germany.",
		text: "Founders from abroad often ask which parts of the EU AI Act apply to their product and when. " +
			"This webinar explains the risk categories, the duties of providers of general-purpose AI models and the role of regulatory sandboxes. " +
			"We look at typical start-up cases such as HR tools, customer service bots and computer vision. " +
			"Questions are welcome in English or German.",
		at: "berlin 10 thu 16:00",
	},
	{
		key: "urheberrecht-ki", format: "webinar", topics: "recht ki", audiences: "alle dienstleistung", mode: "online",
		title:   "Urheberrecht und KI-generierte Inhalte",
		summary: "Darf ich KI-Bilder im Katalog verwenden, und wem gehört ein KI-Text? Antworten für Marketing und Produktkommunikation.",
		text: "Texte, Bilder und Code aus KI-Werkzeugen sind schnell erstellt, die rechtliche Lage ist vielen aber unklar. " +
			"Ein Fachanwalt für Urheberrecht erklärt, wann Schutzrechte entstehen, welche Nutzungsbedingungen der Anbieter gelten und wie Sie Rechtsverletzungen vermeiden. " +
			"Wir besprechen auch Kennzeichnungspflichten. " +
			"Bringen Sie gern konkrete Fälle aus Ihrem Marketing mit.",
		at: "rheinland -1 wed 14:00, berlin 17 tue 14:00",
	},
	{
		key: "rag-dokumente", format: "webinar", topics: "ki daten", audiences: "industrie dienstleistung", mode: "online", minutes: 90,
		title:   "Eigene Dokumente befragen: KI-Assistenten mit Firmenwissen",
		summary: "Handbücher, Normen, Angebote: wie Retrieval-Augmented Generation das Wissen Ihres Unternehmens für einen Chat-Assistenten erschließt.",
		text: "Allgemeine Sprachmodelle kennen Ihre Produkte und Abläufe nicht. " +
			"Wir zeigen, wie ein Assistent Antworten aus Ihren eigenen Dokumenten zusammenstellt und die Quelle dazu nennt. " +
			"Sie sehen eine Live-Demonstration mit technischen Handbüchern und erfahren, wie Sie Dokumente vorbereiten, Zugriffsrechte wahren und Ergebnisse prüfen. " +
			"Grundkenntnisse zu Sprachmodellen sind hilfreich, Programmierkenntnisse nicht nötig.",
		at: "darmstadt 8 tue 10:00, kaiserslautern 23 tue 10:00",
	},
	{
		key: "digitaler-zwilling-einstieg", format: "webinar", topics: "wertschoepfung sensorik-robotik daten", audiences: "industrie", mode: "online",
		title:   "Der digitale Zwilling: Einstieg ohne Großprojekt",
		summary: "Was ein digitaler Zwilling ist, welche Ausbaustufen es gibt und wie kleine Fertiger mit einem überschaubaren Anwendungsfall beginnen.",
		text: "Der Begriff digitaler Zwilling wird für vieles verwendet, vom 3D-Modell bis zur vollständigen Simulation einer Fabrik. " +
			"Wir ordnen die Stufen ein und zeigen Anwendungsfälle mit schnellem Nutzen, etwa die virtuelle Inbetriebnahme oder die Überwachung einzelner Anlagen. " +
			"Sie erfahren, welche Daten und Werkzeuge Sie brauchen. " +
			"Für Konstruktion, Fertigungsplanung und Geschäftsführung.",
		at: "kaiserslautern -2 wed 10:00, ruhr-owl 17 thu 10:00",
	},
	{
		key: "passwoerter-passkeys", format: "webinar", topics: "it-sicherheit", audiences: "alle", mode: "online",
		title:   "Passwörter, Passkeys und Zwei-Faktor-Anmeldung",
		summary: "Die wirksamste Schutzmaßnahme für kleines Geld: sichere Anmeldung für alle Konten im Betrieb.",
		text: "Gestohlene Zugangsdaten sind ein Haupteinfallstor für Angreifer. " +
			"Wir zeigen, wie ein Passwortmanager im Team funktioniert, wie Sie die Zwei-Faktor-Anmeldung für E-Mail, Cloud und Onlinebanking einrichten und was Passkeys anders machen. " +
			"Jede Einstellung führen wir am Bildschirm vor. " +
			"Nach dem Webinar können Sie die wichtigsten Konten noch am selben Tag absichern.",
		at: "schleswig-holstein 7 thu 10:00, ilmenau 21 wed 10:00",
	},
	{
		key: "mobiles-arbeiten-recht", format: "webinar", topics: "recht arbeit", audiences: "alle", mode: "online",
		title:   "Mobiles Arbeiten rechtssicher gestalten",
		summary: "Arbeitszeit, Arbeitsschutz, Datenschutz: was eine Vereinbarung zum mobilen Arbeiten regeln sollte.",
		text: "Mobiles Arbeiten ist beliebt, wirft aber rechtliche Fragen auf. " +
			"Eine Arbeitsrechtlerin erklärt, welche Pflichten zur Arbeitszeiterfassung bestehen, was für den Arbeitsschutz zu Hause gilt und wie Firmendaten geschützt bleiben. " +
			"Sie erhalten eine kommentierte Mustervereinbarung. " +
			"Für Geschäftsführung und Personalverantwortliche.",
		at: "rheinland 12 thu 14:00",
	},
	{
		key: "ki-vertrieb", format: "webinar", topics: "ki", audiences: "handel industrie", mode: "online",
		title:   "KI im Vertrieb: Anfragen schneller und treffsicherer beantworten",
		summary: "Von der Lead-Bewertung bis zum Angebotsentwurf: KI-Werkzeuge, die kleinen Vertriebsteams den Rücken freihalten.",
		text: "Im Vertrieb kleiner Unternehmen fehlt oft die Zeit, jede Anfrage gründlich zu bearbeiten. " +
			"Wir zeigen, wie KI Anfragen vorsortiert, passende Produkte vorschlägt und Angebotsentwürfe aus früheren Aufträgen erstellt. " +
			"Sie erfahren, welche Daten aus Ihrem CRM- oder ERP-System dafür nötig sind. " +
			"Für Vertriebsleitungen und Inhaber, die selbst verkaufen.",
		at: "leipzig-halle 5 wed 10:00, schleswig-holstein 22 wed 10:00",
	},
	{
		key: "stammdaten-excel", format: "webinar", topics: "daten organisation", audiences: "handel industrie handwerk", mode: "online",
		title:   "Von Excel-Listen zu verlässlichen Stammdaten",
		summary: "Artikel, Kunden, Lieferanten: wie Sie verstreute Tabellen zu einer sauberen Datenbasis zusammenführen.",
		text: "In vielen Betrieben liegen Stammdaten in mehreren Tabellen, die niemand vollständig überblickt. " +
			"Wir zeigen, wie Sie Dubletten finden, Pflichtfelder festlegen und Verantwortlichkeiten für die Datenpflege regeln. " +
			"Außerdem geht es um den Umzug in ein Warenwirtschafts- oder CRM-System. " +
			"Eigene Beispieltabellen können Sie vorab mit dem Daten-Check dieser Plattform prüfen.",
		at: "ruhr-owl -4 tue 10:00, leipzig-halle 18 tue 10:00, handwerk 20 tue 18:00",
	},
}
