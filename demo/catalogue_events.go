package demo

// events are information events, conferences and the KI-Trainer
// consultation hours (Sprechstunden).
var events = []entry{
	// Informationsveranstaltungen
	{
		key: "ki-fruehstueck", format: "informationsveranstaltung", topics: "ki", audiences: "alle", mode: "praesenz",
		title:   "KI-Frühstück: Unternehmen berichten aus der Praxis",
		summary: "Bei Kaffee und Brötchen erzählen zwei Unternehmen aus der Region, wie sie KI eingeführt haben – ehrlich, mit Zahlen und Umwegen.",
		text: "Beim KI-Frühstück steht der Austausch im Vordergrund. " +
			"Nach zwei kurzen Erfahrungsberichten, etwa aus einem Handelsunternehmen und einem Fertigungsbetrieb, ist Zeit für Fragen und Gespräche an den Stehtischen. " +
			"Unsere KI-Trainer sind vor Ort und vereinbaren gern Folgetermine. " +
			"Die Veranstaltung eignet sich besonders für Unternehmen, die noch ganz am Anfang stehen.",
		at: "hannover 2 fri 08:30, ruhr-owl 9 fri 08:30, schleswig-holstein 16 fri 08:30",
	},
	{
		key: "offene-werkstatt", home: true, format: "informationsveranstaltung", topics: "strategie ki", audiences: "alle", mode: "praesenz",
		title:   "Offene Werkstatt: Das Zentrum stellt sich vor",
		summary: "Lernen Sie unser Team, unsere Demonstratoren und das gesamte kostenfreie Angebot des Zentrums an einem Nachmittag kennen.",
		text: "Was kann ein Mittelstand-Digital Zentrum für mein Unternehmen tun? " +
			"Bei der offenen Werkstatt zeigen wir unsere Demonstratoren, stellen die Formate vom Webinar bis zum Umsetzungsprojekt vor und beantworten Ihre Fragen. " +
			"Sie können sich frei bewegen und an den Stationen so lange verweilen, wie Sie möchten. " +
			"Eine Anmeldung hilft uns bei der Planung, spontane Gäste sind ebenfalls willkommen.",
		at: "chemnitz 1 thu 15:00, leipzig-halle -2 thu 15:00, leipzig-halle 19 thu 15:00",
	},
	{
		key: "cyber-abend", format: "informationsveranstaltung", topics: "it-sicherheit", audiences: "alle", mode: "praesenz",
		title:   "Cyber-Abend: Echte Angriffe, echte Geschichten",
		summary: "Ein Ermittler der Polizei und ein betroffener Unternehmer berichten, wie Cyberangriffe ablaufen und was danach passiert.",
		text: "Zahlen zu Cyberangriffen gibt es viele, Geschichten aus erster Hand selten. " +
			"An diesem Abend schildert ein Unternehmer, wie ein Verschlüsselungstrojaner seinen Betrieb eine Woche lahmgelegt hat und was er heute anders macht. " +
			"Die Zentrale Ansprechstelle Cybercrime der Polizei erklärt, wann und wie Sie Anzeige erstatten sollten. " +
			"Anschließend laden wir zu Gesprächen bei einem kleinen Imbiss ein.",
		at: "darmstadt 3 thu 18:00, rheinland 14 wed 18:00",
	},
	{
		key: "digitalstammtisch", format: "informationsveranstaltung", topics: "plattformen arbeit ki", audiences: "handwerk", mode: "hybrid",
		title:   "Digitalstammtisch Handwerk",
		summary: "Handwerkerinnen und Handwerker tauschen sich über digitale Werkzeuge aus – vor Ort oder per Video zugeschaltet.",
		text: "Beim Digitalstammtisch gibt es keine langen Vorträge, sondern einen kurzen Impuls und viel Zeit für Gespräche. " +
			"Jedes Mal bringt ein Betrieb ein Werkzeug mit, das sich bewährt hat, etwa eine Zeiterfassungs-App oder einen KI-Assistenten für Angebote. " +
			"Fragen und Probleme aus Ihrem Betriebsalltag sind ausdrücklich erwünscht. " +
			"Wer nicht anreisen kann, ist per Videokonferenz dabei.",
		at: "handwerk 2 thu 18:30, handwerk 9 thu 18:30, handwerk 17 thu 18:30",
	},
	{
		key: "startup-pitch", format: "informationsveranstaltung", topics: "startups ki geschaeftsmodelle", audiences: "alle startups", mode: "hybrid",
		title:   "Start-up-Pitch: Lösungen für den Mittelstand",
		summary: "Sechs junge Unternehmen stellen in je fünf Minuten Lösungen vor, die kleine und mittlere Betriebe sofort nutzen können.",
		text: "Ob KI-gestützte Angebotserstellung, digitale Qualitätssicherung oder Energie-Monitoring: Die ausgewählten Start-ups zeigen Produkte, die bereits im Einsatz sind. " +
			"Nach jedem Pitch stellen Unternehmen aus dem Publikum Fragen. " +
			"Beim anschließenden Get-together können Sie direkt Kontakte knüpfen. " +
			"Start-ups, die selbst pitchen möchten, bewerben sich bitte über unsere Website.",
		at: "berlin 6 thu 17:00, leipzig-halle 17 thu 17:00",
	},
	{
		key: "impulsabend-nachhaltigkeit", format: "informationsveranstaltung", topics: "nachhaltigkeit geschaeftsmodelle", audiences: "alle", mode: "praesenz",
		title:   "Impulsabend: Nachhaltig wirtschaften mit digitalen Werkzeugen",
		summary: "Wie Digitalisierung Ressourcen spart: Kurzvorträge und Beispiele aus Betrieben der Region.",
		text: "Digitalisierung kann Energie und Material sparen, verbraucht aber auch selbst Ressourcen. " +
			"An diesem Abend zeigen drei Unternehmen, wie sie mit digitalen Werkzeugen Ausschuss, Transporte und Energieverbrauch reduziert haben. " +
			"Eine Expertin ordnet ein, was Green IT für kleine Unternehmen bedeutet. " +
			"Der Abend klingt mit regionalen Snacks und Gesprächen aus.",
		at: "schleswig-holstein 6 tue 17:00, chemnitz 16 tue 17:00",
	},
	{
		key: "fuehrung-lernfabrik", home: true, format: "informationsveranstaltung", topics: "sensorik-robotik wertschoepfung ki", audiences: "industrie", mode: "praesenz",
		title:   "Führung durch die Lernfabrik",
		summary: "Vernetzte Produktion zum Anfassen: Wir zeigen Roboter, Sensorik, KI-Prüfstationen und digitale Werkerführung im Betrieb.",
		text: "In unserer Lernfabrik entsteht ein reales Produkt in einer kleinen, vollständig vernetzten Fertigung. " +
			"Bei der Führung sehen Sie, wie Aufträge digital durch die Stationen laufen, wie ein Cobot mit Menschen zusammenarbeitet und wie KI Bauteile prüft. " +
			"Sie können an jeder Station Fragen stellen und erfahren, welche Lösungen auch für kleine Betriebe bezahlbar sind. " +
			"Die Gruppengröße ist begrenzt, um Gespräche zu ermöglichen.",
		capacity: 20,
		at:       "hannover 6 fri 10:00, hannover 15 fri 10:00",
	},
	{
		key: "testfeld-logistik", home: true, format: "informationsveranstaltung", topics: "wertschoepfung sensorik-robotik blockchain", audiences: "industrie handel", mode: "praesenz",
		title:   "Logistik-Testfeld live: Tracking, Sensorik und Blockchain",
		summary: "Besuchen Sie unser Testfeld und erleben Sie, wie Paletten sich selbst melden und Lieferketten lückenlos dokumentiert werden.",
		text: "Im Testfeld zeigen wir smarte Ladungsträger, die Position, Temperatur und Erschütterungen übermitteln. " +
			"Sie sehen, wie diese Daten in eine Blockchain geschrieben werden und wie Empfänger den Zustand der Ware nachvollziehen. " +
			"Außerdem stellen wir fahrerlose Transportsysteme vor, die auch in kleineren Lagern wirtschaftlich sein können. " +
			"Bitte festes Schuhwerk tragen.",
		at: "kaiserslautern -3 thu 14:00, kaiserslautern 7 thu 14:00, kaiserslautern 18 thu 14:00",
	},
	{
		key: "digitalrecht-update", format: "informationsveranstaltung", topics: "recht it-sicherheit", audiences: "alle", mode: "hybrid",
		title:   "Digitalrecht-Update: Was sich für KMU ändert",
		summary: "AI Act, Data Act, NIS2, Barrierefreiheit: ein kompakter Überblick über neue Regeln und Fristen des laufenden Jahres.",
		text: "Die Zahl der europäischen und nationalen Digitalgesetze wächst, und für kleine Unternehmen ist es schwer, den Überblick zu behalten. " +
			"In kurzen Beiträgen erklären Juristinnen und Juristen die wichtigsten Änderungen und ihre praktischen Folgen. " +
			"Besonders eingehen wollen wir auf den Data Act, der Nutzern vernetzter Produkte Zugriff auf ihre Daten gibt. " +
			"Sie können vor Ort oder online teilnehmen.",
		at: "rheinland 3 wed 16:00, darmstadt 17 wed 16:00",
	},
	{
		key: "infotag-datenraeume", format: "informationsveranstaltung", topics: "datenaustausch daten wertschoepfung", audiences: "industrie", mode: "praesenz",
		title:   "Infotag Datenräume für den Mittelstand",
		summary: "Betreiber von Branchen-Datenräumen, Anbieter und Anwender an einem Ort: Wie kleine Unternehmen sicher Daten teilen.",
		text: "Am Infotag stellen Initiativen aus Fertigung, Logistik und Landwirtschaft ihre Datenräume vor. " +
			"Anwenderunternehmen berichten, welchen Nutzen ihnen der Datenaustausch bringt und welche Hürden sie genommen haben. " +
			"An Thementischen können Sie mit Fachleuten über Ihre konkrete Situation sprechen. " +
			"Für Geschäftsführung und IT-Verantwortliche produzierender Unternehmen.",
		at: "kaiserslautern 13 tue 13:00, rheinland 22 tue 13:00",
	},
	{
		key: "ki-vor-ort", format: "informationsveranstaltung", topics: "ki daten", audiences: "alle", mode: "praesenz",
		title:   "KI vor Ort: Unser Zentrum zu Gast in Ihrer Region",
		summary: "Wir kommen zu Ihnen: Vorträge, Demonstratoren zum Ausprobieren und Gespräche mit unseren KI-Trainern in einer Stadt der Region.",
		text: "Nicht jedes Unternehmen kann für eine Veranstaltung weit fahren, deshalb gehen wir auf Tour. " +
			"Bei jedem Termin zeigen wir, was KI im Mittelstand heute leistet, und bringen mobile Demonstratoren mit, etwa einen KI-Assistenten für Dokumente und eine Kamera für die Qualitätsprüfung. " +
			"Eine örtliche Firma berichtet aus ihrer Praxis. " +
			"Den Abschluss bilden Gespräche bei einem Imbiss.",
		at: "ilmenau 3 mon 15:00, ilmenau 11 mon 15:00, ilmenau 20 mon 15:00",
	},
	{
		key: "tag-offene-tuer", home: true, format: "informationsveranstaltung", topics: "sensorik-robotik ki arbeit", audiences: "alle", mode: "praesenz",
		title:   "Tag der offenen Tür im Demonstrationszentrum",
		summary: "Ein Tag zum Schauen und Ausprobieren: Roboter, Datenbrillen, KI-Anwendungen und Vorträge im Stundentakt.",
		text: "Einmal im Halbjahr öffnen wir alle Türen. " +
			"Besucherinnen und Besucher können Roboter programmieren, mit einer Datenbrille eine Wartung durchführen und KI-Assistenten an eigenen Fragen testen. " +
			"Stündlich finden kurze Vorträge zu aktuellen Themen statt. " +
			"Auch Schulklassen und Auszubildende sind herzlich willkommen.",
		capacity: 200, minutes: 360,
		at: "ruhr-owl 12 fri 10:00",
	},
	{
		key: "netzwerkabend-frauen", format: "informationsveranstaltung", topics: "arbeit qualifizierung organisation", audiences: "alle", mode: "praesenz",
		title:   "Frauen in der Digitalisierung: Netzwerkabend",
		summary: "Unternehmerinnen, Gründerinnen und Fachfrauen teilen Erfahrungen mit Digitalisierungsprojekten und knüpfen Kontakte.",
		text: "Drei Frauen aus Mittelstand, Handwerk und Start-up-Szene erzählen, wie sie Digitalisierungsprojekte vorangebracht haben und welche Hürden sie überwinden mussten. " +
			"Danach ist Raum für offenen Austausch in kleinen Runden. " +
			"Der Abend richtet sich an Frauen in allen Funktionen, interessierte Männer sind ebenfalls eingeladen. " +
			"Getränke und Fingerfood stehen bereit.",
		at: "berlin 9 wed 18:00",
	},
	{
		key: "ki-marktplatz", format: "informationsveranstaltung", topics: "ki plattformen startups", audiences: "alle", mode: "praesenz",
		title:   "KI-Marktplatz: Anbieter und Forschung aus der Region",
		summary: "An Ständen zeigen regionale Anbieter und Hochschulen KI-Lösungen, die Sie direkt mit Ihren Fragen testen können.",
		text: "Wer einen Partner für ein KI-Projekt sucht, findet ihn oft in der Nähe. " +
			"Auf dem KI-Marktplatz präsentieren IT-Dienstleister, Start-ups und Forschungsgruppen ihre Lösungen an Ständen. " +
			"In Kurzvorträgen erklären sie, welche Voraussetzungen Unternehmen mitbringen sollten. " +
			"Wir empfehlen, vorher zwei oder drei Fragen zu notieren, die Sie an die Anbieter stellen möchten.",
		at: "darmstadt 16 thu 13:00, chemnitz 22 thu 13:00",
	},

	// Konferenzen
	{
		key: "ki-tag-niedersachsen", format: "konferenz", topics: "ki daten wertschoepfung", audiences: "alle", mode: "hybrid",
		title:   "KI-Tag Niedersachsen",
		summary: "Die Konferenz für den niedersächsischen Mittelstand: Keynotes, Praxisforen und eine Ausstellung mit über 20 Demonstratoren.",
		text: "Der KI-Tag bringt Unternehmen, Forschung und Politik zusammen. " +
			"Am Vormittag sprechen Fachleute über den Stand der KI im Mittelstand und die Rolle hochwertiger Daten. " +
			"Am Nachmittag haben Sie die Wahl zwischen Praxisforen zu Produktion, Handel, Dienstleistung und Handwerk, in denen Unternehmen ihre Projekte vorstellen. " +
			"In der Ausstellung können Sie Demonstratoren ausprobieren und mit unseren KI-Trainern sprechen. " +
			"Die Keynotes werden live übertragen.",
		at: "hannover 12 thu 09:30 @Hannover",
	},
	{
		key: "digitalkonferenz", format: "konferenz", topics: "daten ki arbeit sensorik-robotik", audiences: "industrie", mode: "praesenz",
		title:   "Digitalkonferenz Ruhr-OWL: Daten. Menschen. Maschinen.",
		summary: "Ein Tag über die Fabrik von morgen, in der Menschen, Daten und KI zusammenarbeiten – mit Werksbesichtigung.",
		text: "Die Digitalkonferenz richtet sich an produzierende Unternehmen aus dem Ruhrgebiet und Ostwestfalen-Lippe. " +
			"In Vorträgen und Diskussionsrunden geht es um Datenplattformen in der Fertigung, KI in der Qualitätssicherung und die Frage, wie Beschäftigte die Veränderung mitgestalten. " +
			"Am Nachmittag besichtigen Sie in kleinen Gruppen die Fertigung eines Gastgeberunternehmens. " +
			"Mittagessen und Getränke sind inbegriffen.",
		at: "ruhr-owl 14 wed 09:30 @Bielefeld",
	},
	{
		key: "kongress-digitales-handwerk", format: "konferenz", topics: "ki plattformen arbeit qualifizierung", audiences: "handwerk", mode: "hybrid",
		title:   "Kongress Digitales Handwerk",
		summary: "Der bundesweite Treffpunkt für digitale Handwerksbetriebe: Vorträge, Werkstattgespräche und der Preis für digitale Innovation im Handwerk.",
		text: "Einmal im Jahr kommen Betriebe, Kammern, Verbände und Softwareanbieter zum Kongress zusammen. " +
			"Auf dem Programm stehen Vorträge zu KI im Handwerk, digitaler Ausbildung und Fachkräftegewinnung sowie Werkstattgespräche mit Betrieben, die vorangehen. " +
			"Am Abend wird der Preis für digitale Innovation im Handwerk verliehen. " +
			"Das Hauptprogramm wird gestreamt, sodass Sie auch von der Werkstatt aus dabei sein können.",
		at: "handwerk 15 thu 09:30 @Berlin",
	},
	{
		key: "tag-der-cybersicherheit", format: "konferenz", topics: "it-sicherheit recht ki", audiences: "alle", mode: "praesenz",
		title:   "Hessischer Tag der Cybersicherheit im Mittelstand",
		summary: "Angriffe mit KI, Schutz mit KI: Fachleute aus Forschung, Behörden und Unternehmen über die Sicherheitslage und wirksame Gegenmaßnahmen.",
		text: "Die Konferenz beginnt mit einem Lagebild zur Cybersicherheit kleiner und mittlerer Unternehmen. " +
			"Danach geht es in parallelen Sessions um KI-gestützte Angriffe, die Umsetzung von NIS2 und die Absicherung vernetzter Produktion. " +
			"In einer Live-Hacking-Demonstration sehen Sie, wie schnell ein ungeschütztes System übernommen werden kann. " +
			"Ein Marktplatz mit Beratungsangeboten rundet den Tag ab.",
		at: "darmstadt 10 thu 09:30 @Darmstadt",
	},
	{
		key: "saechsischer-digitaltag", format: "konferenz", topics: "wertschoepfung nachhaltigkeit ki", audiences: "industrie", mode: "praesenz",
		title:   "Sächsischer Digitalisierungstag Produktion",
		summary: "Forschung trifft Fertigung: Leichtbau, Ressourceneffizienz und KI in der sächsischen Industrie.",
		text: "Sachsen ist ein starker Standort für Maschinenbau, Automobilzulieferung und Mikroelektronik. " +
			"Am Digitalisierungstag zeigen Forschungseinrichtungen und Unternehmen, wie digitale Technologien Produktion effizienter und ressourcenschonender machen. " +
			"Neben Vorträgen gibt es Laborführungen und einen Ausstellungsbereich mit Demonstratoren. " +
			"Die Konferenz bietet ausreichend Pausen, um Kontakte zu knüpfen.",
		at: "chemnitz 17 thu 09:30 @Chemnitz",
	},
	{
		key: "digitalkonferenz-nord", format: "konferenz", topics: "ki nachhaltigkeit geschaeftsmodelle", audiences: "alle", mode: "praesenz",
		title:   "Digitalkonferenz Nord: KI zwischen den Meeren",
		summary: "Wie Unternehmen aus Schleswig-Holstein KI nutzen – von der Werft bis zum Ferienhof.",
		text: "Die Digitalkonferenz Nord zeigt, wie vielfältig KI im echten Norden eingesetzt wird. " +
			"Unternehmen aus maritimer Wirtschaft, Tourismus, Lebensmittelverarbeitung und Handwerk stellen ihre Projekte vor. " +
			"In Workshops am Nachmittag können Sie Werkzeuge selbst ausprobieren. " +
			"Am Abend lädt das Zentrum zum Ausklang mit Blick auf die Förde ein.",
		at: "schleswig-holstein 8 thu 09:30 @Kiel",
	},
	{
		key: "konferenz-datenwirtschaft", format: "konferenz", topics: "daten datenaustausch recht ki", audiences: "industrie dienstleistung", mode: "hybrid",
		title:   "Konferenz Datenwirtschaft & KI im Rheinland",
		summary: "Data Act, Datenräume, Datenqualität: Wie Unternehmen ihre Daten wirtschaftlich und rechtssicher nutzen.",
		text: "Daten sind der Rohstoff für KI, doch wer darf sie wofür nutzen? " +
			"Die Konferenz verbindet rechtliche, technische und wirtschaftliche Perspektiven auf die Datenwirtschaft. " +
			"Unternehmen berichten von Projekten zum Datenaustausch mit Kunden und Lieferanten, Juristinnen erläutern die neuen Ansprüche aus dem Data Act. " +
			"Ausgewählte Vorträge stehen auch online zur Verfügung.",
		at: "rheinland -2 thu 09:30 @Köln, rheinland 24 thu 09:30 @Bonn",
	},
	{
		key: "netzwerkkonferenz", format: "konferenz", topics: "ki strategie startups organisation", audiences: "alle", mode: "hybrid",
		title:   "Netzwerkkonferenz Mittelstand-Digital",
		summary: "Alle Zentren an einem Ort: Ergebnisse, Erfahrungen und Ausblick des Netzwerks mit Unternehmen aus ganz Deutschland.",
		text: "Auf der Netzwerkkonferenz präsentieren die Mittelstand-Digital Zentren Ergebnisse aus ihren Umsetzungsprojekten. " +
			"Unternehmen diskutieren mit Vertreterinnen und Vertretern aus Politik und Forschung über die Frage, wie KI im Mittelstand in der Breite ankommt. " +
			"In Themeninseln können Sie sich mit Zentren aus anderen Regionen austauschen. " +
			"Die Konferenz wird vollständig gestreamt.",
		at: "berlin 20 tue 09:30 @Berlin",
	},
	{
		key: "mitteldeutscher-innovationstag", format: "konferenz", topics: "startups plattformen geschaeftsmodelle", audiences: "alle startups", mode: "praesenz",
		title:   "Mitteldeutscher Innovationstag: Mittelstand trifft Start-ups",
		summary: "Unternehmen aus Sachsen und Sachsen-Anhalt treffen Gründerteams, Hochschulen und Investoren.",
		text: "Beim Innovationstag geht es um Kooperationen, die die Region voranbringen. " +
			"In Matchmaking-Runden lernen Unternehmen und Start-ups einander in kurzen Gesprächen kennen. " +
			"Vorträge zeigen erfolgreiche Partnerschaften, etwa bei Plattformlösungen für Handel und Logistik. " +
			"Start-ups können sich für einen Stand in der Ausstellung bewerben.",
		at: "leipzig-halle 15 tue 09:30 @Leipzig",
	},

	// Sprechstunden (KI-Trainer)
	{
		key: "ki-sprechstunde", format: "sprechstunde", topics: "ki daten", audiences: "alle", mode: "online",
		recur:   "FREQ=WEEKLY;INTERVAL=2",
		title:   "KI-Sprechstunde: Fragen Sie unsere KI-Trainer",
		summary: "Alle zwei Wochen online: 20 Minuten mit einer KI-Trainerin oder einem KI-Trainer für Ihre konkrete Frage.",
		text: "Sie haben eine Idee für eine KI-Anwendung, aber keine Ahnung, ob sie umsetzbar ist? " +
			"In der Sprechstunde besprechen Sie Ihre Frage vertraulich im Einzelgespräch per Video. " +
			"Typische Themen sind die Auswahl eines Werkzeugs, die Eignung Ihrer Daten oder der nächste sinnvolle Schritt. " +
			"Bitte schildern Sie Ihr Anliegen bei der Anmeldung in zwei, drei Sätzen, damit wir die passende Person einplanen.",
		at: "hannover next tue 14:00, ruhr-owl next wed 10:00, chemnitz next thu 10:00, darmstadt next mon 14:00, ilmenau next fri 10:00",
	},
	{
		key: "ki-trainer-sprechtag", home: true, format: "sprechstunde", topics: "ki strategie", audiences: "alle", mode: "praesenz",
		recur:   "FREQ=WEEKLY;INTERVAL=4;COUNT=6",
		title:   "KI-Trainer-Sprechtag vor Ort",
		summary: "Alle vier Wochen persönlich: Bringen Sie Ihre Fragen zu KI, Daten und Digitalisierung mit zu uns ins Zentrum.",
		text: "Manche Fragen lassen sich am besten am Tisch klären, mit Unterlagen oder am eigenen Laptop. " +
			"Beim Sprechtag haben Sie 30 Minuten mit einem unserer KI-Trainer. " +
			"Gemeinsam schauen wir auf Ihr Vorhaben, prüfen erste Ideen und empfehlen passende Angebote aus dem Netzwerk. " +
			"Gern können Sie Beispieldaten oder Screenshots mitbringen.",
		at: "berlin 1 wed 10:00, leipzig-halle 2 tue 10:00, schleswig-holstein 1 thu 10:00, kaiserslautern 3 mon 10:00, rheinland 2 wed 10:00",
	},
	{
		key: "digitalsprechstunde-handwerk", format: "sprechstunde", topics: "ki plattformen it-sicherheit", audiences: "handwerk", mode: "online", minutes: 60,
		recur:   "FREQ=WEEKLY",
		title:   "Digitalsprechstunde für Handwerksbetriebe",
		summary: "Jeden Montag nach Feierabend: schnelle Hilfe bei Software, Apps, KI und IT-Sicherheit im Handwerk.",
		text: "Die App stürzt ab, der Kunde will eine E-Rechnung, der Azubi schlägt einen KI-Assistenten vor: Solche Fragen beantworten unsere Fachleute jeden Montagabend. " +
			"Sie melden sich für einen 15-Minuten-Termin an und werden per Video oder Telefon zurückgerufen. " +
			"Ist Ihre Frage größer, vereinbaren wir einen Folgetermin oder einen Besuch im Betrieb. " +
			"Ein Smartphone genügt.",
		at: "handwerk next mon 17:00",
	},
	{
		key: "sprechstunde-recht", format: "sprechstunde", topics: "recht ki daten", audiences: "alle", mode: "online", minutes: 90,
		recur:   "FREQ=WEEKLY;INTERVAL=4;COUNT=6",
		title:   "Sprechstunde Datenschutz und KI-Recht",
		summary: "Eine Juristin aus unserem Team beantwortet Ihre Fragen zu Datenschutz, AI Act und Verträgen mit KI-Anbietern.",
		text: "Rechtliche Unsicherheit hält viele Unternehmen davon ab, KI einzusetzen. " +
			"In der Sprechstunde, die alle vier Wochen stattfindet, klären Sie in einem Einzeltermin von 15 Minuten Ihre Fragen, etwa zur Nutzung von Kundendaten oder zur Kennzeichnung von KI-Inhalten. " +
			"Die Sprechstunde bietet eine erste Orientierung und ersetzt keine anwaltliche Beratung. " +
			"Bitte senden Sie uns Unterlagen, über die Sie sprechen möchten, spätestens zwei Tage vorher.",
		at: "rheinland 1 thu 14:00, darmstadt 2 thu 14:00",
	},
	{
		key: "sprechstunde-it-sicherheit", format: "sprechstunde", topics: "it-sicherheit", audiences: "alle", mode: "online",
		title:   "IT-Sicherheits-Sprechstunde",
		summary: "Verdächtige Mail, neue Firewall, Cyberversicherung: Unsere Sicherheitsfachleute nehmen sich Zeit für Ihre Fragen.",
		text: "Sie sind unsicher, ob Ihre IT ausreichend geschützt ist, oder haben einen konkreten Verdacht? " +
			"In Einzelgesprächen von 20 Minuten geben Ihnen unsere Fachleute eine erste Einschätzung und Hinweise zu nächsten Schritten. " +
			"Auf Wunsch gehen wir gemeinsam einen Kurz-Check Ihrer wichtigsten Schutzmaßnahmen durch. " +
			"Bei einem akuten Vorfall wenden Sie sich bitte sofort an die Polizei oder Ihren IT-Dienstleister.",
		at: "schleswig-holstein 4 tue 14:00, ilmenau 9 mon 14:00, leipzig-halle 12 mon 14:00, handwerk 13 wed 17:00",
	},
	{
		key: "sprechstunde-foerdermittel", format: "sprechstunde", topics: "strategie", audiences: "alle", mode: "online",
		title:   "Sprechstunde Fördermittel",
		summary: "Welches Förderprogramm passt zu Ihrem Digitalisierungs- oder KI-Vorhaben? Wir beraten Sie in einem kurzen Einzelgespräch.",
		text: "Im Gespräch skizzieren Sie Ihr Vorhaben, und wir nennen Ihnen passende Programme von Bund und Land. " +
			"Wir erklären, welche Unterlagen Sie brauchen und worauf Förderstellen besonders achten. " +
			"Anträge schreiben wir nicht für Sie, helfen aber, typische Fehler zu vermeiden. " +
			"Halten Sie grobe Angaben zu Kosten und Zeitplan bereit.",
		at: "chemnitz 2 fri 10:00, berlin 5 fri 10:00, chemnitz 14 fri 10:00",
	},
	{
		key: "gruender-sprechstunde", format: "sprechstunde", topics: "startups geschaeftsmodelle", audiences: "startups", mode: "hybrid",
		title:   "Gründer-Sprechstunde: Wege in den Mittelstand",
		summary: "Für Start-ups, die kleine und mittlere Unternehmen als Kunden oder Partner gewinnen wollen.",
		text: "Mittelständische Unternehmen ticken anders als Konzerne oder andere Start-ups. " +
			"In der Sprechstunde besprechen wir Ihr Angebot aus Sicht eines mittelständischen Kunden: Nutzenversprechen, Preisgestaltung, Vertrauen und Vertrieb. " +
			"Wir vermitteln auf Wunsch Kontakte zu Unternehmen aus unserem Netzwerk. " +
			"Bringen Sie einen kurzen Pitch mit, gern als Foliensatz.",
		at: "berlin 3 mon 14:00, leipzig-halle 9 tue 14:00",
	},
}
