package demo

// media are the offers without a date: information material, topic booklets
// (Themenhefte), podcast episodes, videos, best-practice reports,
// demonstrators and implementation projects.
var media = []entry{
	// Themenhefte
	{
		key: "themenheft-startups", format: "themenheft", topics: "startups geschaeftsmodelle", audiences: "alle startups", mode: "online",
		title:   "Zusammenarbeit von KMU und Start-ups",
		summary: "Themenheft des Netzwerks: wie Mittelstand und Start-ups voneinander profitieren, mit Kooperationsformen, Checklisten und zwölf Praxisbeispielen.",
		text: "Das Themenheft zeigt, warum Kooperationen zwischen etablierten Unternehmen und Start-ups so oft an unterschiedlichen Erwartungen scheitern und wie sie gelingen. " +
			"Es stellt Formen der Zusammenarbeit vom Pilotprojekt über die Auftragsentwicklung bis zur Beteiligung vor. " +
			"Checklisten helfen bei der Partnersuche, der Vertragsgestaltung und der Übernahme einer Lösung in den Regelbetrieb. " +
			"Zwölf Unternehmen aus verschiedenen Regionen berichten von ihren Erfahrungen. " +
			"Das Heft steht kostenfrei als PDF und in barrierearmer Fassung bereit.",
		at: "berlin",
	},
	{
		key: "themenheft-datenaustausch", format: "themenheft", topics: "datenaustausch daten it-sicherheit recht", audiences: "industrie dienstleistung", mode: "online",
		title:   "Sicherer Datenaustausch",
		summary: "Themenheft des Netzwerks: wie Unternehmen Daten mit Partnern teilen, ohne die Kontrolle zu verlieren – Technik, Recht und Beispiele.",
		text: "Ob Maschinendaten für den Service, Lieferdaten für den Kunden oder Messwerte für ein Forschungsprojekt: Daten zu teilen bringt Nutzen, wirft aber Fragen auf. " +
			"Das Themenheft erklärt Verfahren vom verschlüsselten Dateitransfer bis zu Datenräumen nach Gaia-X-Prinzipien. " +
			"Ein Kapitel widmet sich den rechtlichen Grundlagen, darunter Geschäftsgeheimnisschutz, Datenschutz und Data Act. " +
			"Praxisbeispiele aus Fertigung und Logistik zeigen, wie kleine Unternehmen den Einstieg geschafft haben.",
		at: "kaiserslautern",
	},
	{
		key: "themenheft-ki-handwerk", format: "themenheft", topics: "ki qualifizierung", audiences: "handwerk", mode: "online",
		title:   "KI im Handwerk",
		summary: "Themenheft mit Anwendungen von der Angebotserstellung bis zur Bauschadensanalyse, verständlich für Betriebe ohne IT-Abteilung.",
		text: "Das Heft stellt KI-Anwendungen vor, die Handwerksbetriebe heute nutzen, sortiert nach Gewerken und Tätigkeiten. " +
			"Zu jeder Anwendung gibt es eine Einschätzung zu Kosten, Nutzen und Einarbeitungsaufwand. " +
			"Betriebe aus Bau, Kfz, Lebensmittelhandwerk und Gesundheitshandwerk erzählen, wie sie angefangen haben. " +
			"Ein eigenes Kapitel behandelt die Ausbildung: wie Azubis KI sinnvoll nutzen lernen.",
		at: "handwerk",
	},
	{
		key: "themenheft-nachhaltigkeit", format: "themenheft", topics: "nachhaltigkeit wertschoepfung", audiences: "industrie handwerk", mode: "online",
		title:   "Digitalisierung und Ressourceneffizienz",
		summary: "Themenheft: wie digitale Technologien Material, Energie und Emissionen in der Produktion sparen helfen.",
		text: "Das Themenheft bündelt Erfahrungen aus Projekten mit produzierenden Unternehmen. " +
			"Es zeigt, wie Messdaten, Simulation und KI dazu beitragen, Ausschuss zu senken, Energie zu sparen und Materialeinsatz zu optimieren. " +
			"Für jede Maßnahme finden Sie eine grobe Einschätzung der Investition und der erzielten Einsparung. " +
			"Am Ende steht eine Checkliste, mit der Sie eigene Potenziale erkennen.",
		at: "chemnitz",
	},
	{
		key: "themenheft-arbeit", format: "themenheft", topics: "arbeit organisation qualifizierung", audiences: "alle", mode: "online",
		title:   "Neue Arbeitsmodelle im Mittelstand",
		summary: "Themenheft über hybride Arbeit, flexible Arbeitszeit und lernförderliche Arbeitsgestaltung in kleinen Unternehmen.",
		text: "Fachkräfte wählen ihren Arbeitgeber zunehmend danach, wie flexibel und sinnstiftend die Arbeit ist. " +
			"Das Heft stellt Modelle wie mobiles Arbeiten, Vier-Tage-Woche, Jobsharing und Lernzeiten vor und zeigt, was sie für Betriebe mit Präsenzarbeit bedeuten. " +
			"Interviews mit Beschäftigten und Geschäftsführungen machen Chancen und Konflikte greifbar. " +
			"Rechtliche Hinweise und Vorlagen für Betriebsvereinbarungen ergänzen das Heft.",
		at: "ruhr-owl",
	},
	{
		key: "themenheft-plattformen", format: "themenheft", topics: "plattformen geschaeftsmodelle", audiences: "handel dienstleistung", mode: "online",
		title:   "Digitale Plattformen für kleine und mittlere Unternehmen",
		summary: "Themenheft: Plattformtypen, Strategien und Erfolgsfaktoren – für Anbieter, Nutzer und Betreiber.",
		text: "Digitale Plattformen sind aus vielen Märkten nicht mehr wegzudenken. " +
			"Das Themenheft erklärt, wie Plattformen funktionieren, welche Rollen ein Unternehmen einnehmen kann und welche Abhängigkeiten dabei entstehen. " +
			"Fallstudien aus Handel, Dienstleistung und Industrie zeigen unterschiedliche Strategien. " +
			"Ein Leitfaden hilft bei der Entscheidung, ob sich eine eigene Plattform lohnt.",
		at: "ilmenau",
	},
	{
		key: "themenheft-it-sicherheit", format: "themenheft", topics: "it-sicherheit recht organisation", audiences: "alle", mode: "online",
		title:   "IT-Sicherheit im Mittelstand: Schritt für Schritt",
		summary: "Themenheft mit einem Stufenplan für mehr Cybersicherheit, abgestimmt auf Betriebe ohne eigene IT-Abteilung.",
		text: "Das Heft ordnet Schutzmaßnahmen nach Wirkung und Aufwand und beginnt mit dem, was sofort umsetzbar ist. " +
			"Kapitel zu Zugängen, Updates, Backups, Beschäftigten und Notfallplanung enthalten jeweils eine kurze Checkliste. " +
			"Außerdem erklärt es, welche Pflichten aus NIS2 und Datenschutzrecht folgen können. " +
			"Geeignet als Leitfaden für die Geschäftsführung und als Arbeitsgrundlage für IT-Verantwortliche.",
		at: "darmstadt",
	},

	// Informationsmaterial
	{
		key: "checkliste-ki-bereit", format: "informationsmaterial", topics: "ki daten strategie", audiences: "alle", mode: "online",
		title:   "Checkliste: Ist mein Unternehmen bereit für KI?",
		summary: "Zwanzig Fragen zu Zielen, Daten, Technik, Kompetenzen und Kultur – als Vorbereitung auf das erste KI-Projekt.",
		text: "Die Checkliste hilft, vor einem KI-Vorhaben die wichtigsten Voraussetzungen zu prüfen. " +
			"Sie ist in fünf Bereiche gegliedert und lässt sich in einer halben Stunde ausfüllen. " +
			"Zu jeder Frage gibt es einen Hinweis, was bei einem Nein zu tun ist. " +
			"Wer es genauer wissen will, nutzt im Anschluss den KI-Readiness-Check dieser Plattform.",
		at: "hannover",
	},
	{
		key: "leitfaden-nis2", format: "informationsmaterial", topics: "it-sicherheit recht", audiences: "industrie dienstleistung", mode: "online",
		title:   "Leitfaden NIS2 für kleine und mittlere Unternehmen",
		summary: "Betroffenheit prüfen, Pflichten verstehen, Maßnahmen umsetzen: der Leitfaden zum Herunterladen.",
		text: "Der Leitfaden erklärt in verständlicher Sprache, welche Unternehmen unter die NIS2-Regeln fallen. " +
			"Ein Entscheidungsbaum führt zur Einordnung als wichtige oder besonders wichtige Einrichtung. " +
			"Für die geforderten Risikomanagementmaßnahmen gibt es Umsetzungshinweise und Verweise auf Vorlagen. " +
			"Auch Zulieferer ohne eigene Pflichten erfahren, was Kunden von ihnen verlangen werden.",
		at: "darmstadt",
	},
	{
		key: "faq-e-rechnung-handwerk", format: "informationsmaterial", topics: "recht organisation", audiences: "handwerk", mode: "online",
		title:   "E-Rechnung im Handwerk: Fragen und Antworten",
		summary: "Die häufigsten Fragen aus unseren Sprechstunden zur E-Rechnung, beantwortet für Handwerksbetriebe.",
		text: "Was ist der Unterschied zwischen XRechnung und ZUGFeRD, muss ich Rechnungen an Privatkunden auch elektronisch schicken, und was passiert mit Kleinbetragsrechnungen? " +
			"Diese Sammlung beantwortet die Fragen, die uns Handwerksbetriebe am häufigsten stellen. " +
			"Sie wird laufend ergänzt, wenn sich Regeln ändern. " +
			"Am Ende finden Sie eine Übersicht gängiger Handwerkerprogramme und ihrer E-Rechnungsfunktionen.",
		at: "handwerk",
	},
	{
		key: "datenqualitaet-sieben-fragen", format: "informationsmaterial", topics: "daten", audiences: "industrie handel", mode: "online",
		title:   "Datenqualität in sieben Fragen",
		summary: "Ein Faltblatt für den Schreibtisch: sieben Fragen, mit denen Sie jede Tabelle auf ihre Tauglichkeit prüfen.",
		text: "Sind alle Pflichtfelder gefüllt? Gibt es Dubletten? Stimmen Einheiten und Formate? " +
			"Das Faltblatt fasst die wichtigsten Prüffragen zusammen und erklärt, wie Sie Antworten mit Bordmitteln der Tabellenkalkulation finden. " +
			"Es eignet sich gut, um im Team ein gemeinsames Verständnis für Datenqualität zu schaffen. " +
			"Druckfassung und Bildschirmfassung stehen zur Verfügung.",
		at: "ruhr-owl",
	},
	{
		key: "foerderkompass-sachsen", format: "informationsmaterial", topics: "strategie", audiences: "alle", mode: "online",
		title:   "Förderkompass Digitalisierung Sachsen",
		summary: "Übersicht über Förderprogramme für Digitalisierung, IT-Sicherheit und KI, die sächsischen Unternehmen offenstehen.",
		text: "Der Förderkompass listet Programme von Bund, Freistaat und EU mit Förderquote, Zielgruppe und Ansprechpartner. " +
			"Eine Matrix zeigt auf einen Blick, welches Programm zu welchem Vorhaben passt. " +
			"Die Übersicht wird vierteljährlich aktualisiert. " +
			"Für eine persönliche Einschätzung stehen Ihnen unsere Fördermittel-Sprechstunden offen.",
		at: "chemnitz",
	},
	{
		key: "ki-glossar", format: "informationsmaterial", topics: "ki qualifizierung", audiences: "alle", mode: "online",
		title:   "KI-Glossar: 60 Begriffe verständlich erklärt",
		summary: "Von Algorithmus bis Zero-Shot: das Nachschlagewerk für alle, die bei KI-Gesprächen mitreden wollen.",
		text: "Fachbegriffe machen Gespräche über KI für viele schwer zugänglich. " +
			"Das Glossar erklärt die wichtigsten Begriffe in wenigen Sätzen und mit einem Beispiel aus der Unternehmenspraxis. " +
			"Querverweise verbinden verwandte Begriffe wie Training, Inferenz und Feinabstimmung. " +
			"Die Sammlung eignet sich auch für Schulungen im Betrieb.",
		at: "ilmenau",
	},
	{
		key: "merkblatt-ki-datenschutz", format: "informationsmaterial", topics: "recht ki daten", audiences: "alle", mode: "online",
		title:   "Merkblatt: KI-Werkzeuge datenschutzkonform einsetzen",
		summary: "Zwei Seiten mit den wichtigsten Regeln für den Einsatz von Chatbots, Übersetzern und Transkriptionsdiensten im Betrieb.",
		text: "Das Merkblatt fasst zusammen, was vor dem Einsatz eines KI-Werkzeugs zu prüfen ist: Rechtsgrundlage, Auftragsverarbeitung, Serverstandort und Einstellungen zum Training. " +
			"Ein Ampelschema zeigt, welche Daten bedenkenlos, nur mit Vorsicht oder gar nicht eingegeben werden sollten. " +
			"Es eignet sich zum Aushang oder als Anlage zu einer betrieblichen Richtlinie. " +
			"Das Merkblatt ersetzt keine Prüfung durch Ihre Datenschutzbeauftragten.",
		at: "rheinland",
	},
	{
		key: "entscheidungshilfe-cobot", format: "informationsmaterial", topics: "sensorik-robotik wertschoepfung", audiences: "industrie handwerk", mode: "online",
		title:   "Entscheidungshilfe: Lohnt sich ein Cobot für meine Aufgabe?",
		summary: "Ein Bewertungsbogen mit Rechenbeispiel, mit dem Sie Automatisierungsideen selbst vorprüfen.",
		text: "Der Bewertungsbogen fragt nach Stückzahlen, Taktzeiten, Teilevielfalt, Gewicht und Sicherheitsanforderungen. " +
			"Aus den Antworten ergibt sich eine erste Einschätzung, ob ein kollaborierender Roboter infrage kommt. " +
			"Ein durchgerechnetes Beispiel zeigt, wie Sie Investition und Einsparung gegenüberstellen. " +
			"Bei einem positiven Ergebnis laden wir Sie zu einem Test in unser Labor ein.",
		at: "kaiserslautern",
	},
	{
		key: "sicher-unterwegs", format: "informationsmaterial", topics: "it-sicherheit arbeit", audiences: "alle", mode: "online",
		title:   "Sicher arbeiten im Homeoffice und unterwegs",
		summary: "Ein Plakat und eine Kurzanleitung für Beschäftigte, die mobil arbeiten.",
		text: "Öffentliches WLAN, ungesperrter Bildschirm im Zug, private Geräte für Firmendaten: Beim mobilen Arbeiten lauern eigene Risiken. " +
			"Das Material fasst zehn Regeln in einfacher Sprache zusammen und ist zum Ausdrucken und Weitergeben gedacht. " +
			"Eine Kurzanleitung für Verantwortliche erklärt, wie Sie Geräte und Zugänge technisch absichern. " +
			"Die Dateien dürfen Sie frei im eigenen Betrieb verwenden.",
		at: "schleswig-holstein",
	},
	{
		key: "muster-ki-richtlinie", format: "informationsmaterial", topics: "ki recht organisation", audiences: "alle", mode: "online",
		title:   "Muster-Richtlinie für den KI-Einsatz im Betrieb",
		summary: "Eine anpassbare Vorlage, die regelt, welche KI-Werkzeuge Beschäftigte wofür nutzen dürfen.",
		text: "Klare Regeln geben Beschäftigten Sicherheit und schützen das Unternehmen. " +
			"Die Vorlage enthält Abschnitte zu erlaubten Werkzeugen, geschützten Informationen, Prüfung von Ergebnissen, Kennzeichnung und Verantwortlichkeiten. " +
			"Kommentare erklären, wo Sie die Regeln an Ihre Situation anpassen sollten. " +
			"Die Vorlage liegt als bearbeitbares Textdokument vor.",
		at: "berlin",
	},
	{
		key: "rechenhilfe-co2", format: "informationsmaterial", topics: "nachhaltigkeit daten", audiences: "alle", mode: "online",
		title:   "Rechenhilfe CO2-Bilanz für kleine Unternehmen",
		summary: "Eine Tabellenvorlage mit hinterlegten Emissionsfaktoren, mit der Sie Ihre erste Bilanz in wenigen Stunden erstellen.",
		text: "Die Vorlage führt Sie Blatt für Blatt durch Strom, Wärme, Fuhrpark, Dienstreisen und eingekaufte Materialien. " +
			"Emissionsfaktoren aus anerkannten Quellen sind bereits eingetragen, Sie geben nur Ihre Verbrauchsmengen ein. " +
			"Diagramme zeigen, wo Ihre größten Emissionsquellen liegen. " +
			"Eine Anleitung erklärt jeden Schritt, auch für Einsteiger.",
		at: "leipzig-halle",
	},

	// Podcasts
	{
		key: "podcast-dachdecker-ki", format: "podcast", topics: "ki organisation", audiences: "handwerk", mode: "online",
		title:   "Werkstattfunk: Wie ein Dachdecker mit KI Angebote schreibt",
		summary: "Eine Podcastfolge über einen Dachdeckerbetrieb aus dem Emsland, der Angebote heute in der halben Zeit erstellt.",
		text: "Der Inhaber eines Dachdeckerbetriebs mit 14 Beschäftigten erzählt, wie er vom Skeptiker zum begeisterten Nutzer von KI-Assistenten wurde. " +
			"Er spricht über Drohnenaufnahmen für das Aufmaß, KI-gestützte Leistungsverzeichnisse und die Reaktion seiner Kunden. " +
			"Auch Rückschläge kommen zur Sprache, etwa falsch berechnete Flächen. " +
			"Die Folge dauert rund 35 Minuten.",
		at: "handwerk",
	},
	{
		key: "podcast-datenqualitaet", format: "podcast", topics: "daten ki", audiences: "industrie", mode: "online",
		title:   "Daten, bitte! Warum KI-Projekte an Excel scheitern",
		summary: "Podcastfolge mit einer Datenwissenschaftlerin über die häufigsten Datenprobleme in Mittelstandsprojekten.",
		text: "Im Gespräch berichtet eine Datenwissenschaftlerin aus unserem Zentrum von Projekten, in denen die eigentliche Arbeit nicht das Modell, sondern das Aufräumen der Daten war. " +
			"Sie erklärt, warum Freitextfelder, fehlende Zeitstempel und unterschiedliche Artikelnummern so viel Aufwand verursachen. " +
			"Dazu gibt es Tipps, wie Unternehmen schon heute Daten so erfassen, dass sie morgen nutzbar sind. " +
			"Laufzeit etwa 40 Minuten.",
		at: "hannover",
	},
	{
		key: "podcast-gruenderin", format: "podcast", topics: "startups ki geschaeftsmodelle", audiences: "startups alle", mode: "online",
		title:   "Gründerin trifft Familienunternehmen: Eine Kooperation in drei Akten",
		summary: "Eine KI-Gründerin und der Geschäftsführer eines Traditionsunternehmens erzählen gemeinsam ihre Geschichte.",
		text: "Wie kommt ein Berliner KI-Start-up mit einem brandenburgischen Metallverarbeiter zusammen? " +
			"In dieser Folge erzählen beide Seiten von der ersten Begegnung, den Missverständnissen im Pilotprojekt und dem Durchbruch. " +
			"Sie sprechen offen über Geld, Geschwindigkeit und gegenseitige Vorurteile. " +
			"Die Folge ist etwa 45 Minuten lang.",
		at: "berlin",
	},
	{
		key: "podcast-tourismus", format: "podcast", topics: "ki plattformen nachhaltigkeit", audiences: "dienstleistung", mode: "online",
		title:   "Küstenfunk: Digitale Gästebetreuung an der Ostsee",
		summary: "Wie ein familiengeführtes Hotel mit Chatbot, digitaler Gästemappe und Energiemanagement Personal entlastet.",
		text: "Die Gastgeberin eines Hotels an der Lübecker Bucht erzählt, wie sie ihr Haus Schritt für Schritt digitalisiert hat. " +
			"Ein Chatbot beantwortet heute die meisten Gästefragen, die Buchungsplattformen sind mit dem eigenen System verbunden. " +
			"Sie berichtet auch, wie sie mit intelligenter Heizungssteuerung die Energiekosten gesenkt hat. " +
			"Laufzeit rund 30 Minuten.",
		at: "schleswig-holstein",
	},
	{
		key: "podcast-cobot-kollege", format: "podcast", topics: "sensorik-robotik arbeit", audiences: "industrie", mode: "online",
		title:   "Mein Kollege, der Cobot: Stimmen aus der Fertigung",
		summary: "Beschäftigte eines Zulieferers aus Ostwestfalen erzählen, wie sich ihre Arbeit mit einem kollaborierenden Roboter verändert hat.",
		text: "Für diese Folge haben wir Maschinenbedienerinnen, einen Schichtleiter und den Betriebsrat eines Zulieferbetriebs besucht. " +
			"Sie schildern ihre anfänglichen Sorgen, die Einarbeitung und den heutigen Alltag mit dem Roboter. " +
			"Der Geschäftsführer erklärt, warum niemand entlassen wurde und welche neuen Aufgaben entstanden sind. " +
			"Dauer etwa 35 Minuten.",
		at: "ruhr-owl",
	},
	{
		key: "podcast-data-act", format: "podcast", topics: "recht daten datenaustausch", audiences: "industrie dienstleistung", mode: "online",
		title:   "Recht digital: Der Data Act im Gespräch",
		summary: "Eine IT-Rechtlerin erklärt, welche Datenzugangsrechte der Data Act schafft und was Hersteller vernetzter Produkte jetzt tun müssen.",
		text: "Der Data Act gibt Nutzern vernetzter Geräte Anspruch auf die Daten, die bei der Nutzung entstehen. " +
			"Im Podcast erläutert eine Rechtsanwältin, was das für Hersteller, Händler und Anwender bedeutet. " +
			"Sie geht auf Geschäftsgeheimnisse, Vertragsgestaltung und Fristen ein und beantwortet Hörerfragen. " +
			"Laufzeit rund 40 Minuten.",
		at: "rheinland",
	},
	{
		key: "podcast-leichtbau", format: "podcast", topics: "nachhaltigkeit wertschoepfung ki", audiences: "industrie", mode: "online",
		title:   "Aus dem Labor in die Werkhalle: KI im Leichtbau",
		summary: "Ein Forscher und ein Unternehmer aus Chemnitz sprechen darüber, wie KI Material spart und Bauteile leichter macht.",
		text: "Leichtbau spart Material und Energie, verlangt aber aufwendige Auslegung. " +
			"In dieser Folge erklären ein Forscher und der Inhaber eines Kunststoffverarbeiters, wie KI-gestützte Simulation Entwicklungszeiten verkürzt. " +
			"Sie sprechen darüber, wie der Wissenstransfer aus der Forschung in den Betrieb praktisch gelingt. " +
			"Die Folge dauert etwa 40 Minuten.",
		at: "chemnitz",
	},
	{
		key: "podcast-onlinehandel", format: "podcast", topics: "plattformen ki", audiences: "handel", mode: "online",
		title:   "Ladenfunk: Vom Geschäft in der Innenstadt zum Onlinehandel",
		summary: "Ein Leipziger Fachhändler erzählt, wie er mit Marktplätzen und KI-Produkttexten neue Kundschaft gewonnen hat.",
		text: "Als die Laufkundschaft in der Innenstadt weniger wurde, hat ein Fachhändler für Outdoorausrüstung seinen Vertrieb neu aufgestellt. " +
			"Im Gespräch erzählt er, wie er Marktplätze und eigenen Shop kombiniert und mit KI Produkttexte für tausende Artikel erstellt hat. " +
			"Er spricht auch über Retouren, Bewertungen und die Zukunft seines Ladens. " +
			"Rund 30 Minuten zum Zuhören.",
		at: "leipzig-halle",
	},
	{
		key: "podcast-usability", format: "podcast", topics: "plattformen geschaeftsmodelle", audiences: "dienstleistung handel", mode: "online",
		title:   "Bitte einfach! Warum Bedienbarkeit über digitale Angebote entscheidet",
		summary: "Zwei Usability-Fachleute aus Ilmenau über typische Fehler in Kundenportalen und Onlineshops kleiner Unternehmen.",
		text: "Viele digitale Angebote scheitern nicht an der Technik, sondern daran, dass Kundinnen und Kunden sie nicht verstehen. " +
			"In dieser Folge erzählen zwei Fachleute aus unserem Usability-Labor von Beobachtungen aus Hunderten Nutzertests. " +
			"Sie geben Tipps, wie Unternehmen mit wenig Aufwand selbst testen können. " +
			"Laufzeit etwa 35 Minuten.",
		at: "ilmenau",
	},

	// Videos
	{
		key: "video-ki-drei-minuten", format: "video", topics: "ki", audiences: "alle", mode: "online",
		title:   "KI in drei Minuten erklärt",
		summary: "Ein kurzer Erklärfilm: Was künstliche Intelligenz ist, was sie kann und was nicht.",
		text: "Der animierte Erklärfilm zeigt ohne Fachbegriffe, wie Maschinen aus Beispielen lernen. " +
			"Er erklärt den Unterschied zwischen klassischer Software, maschinellem Lernen und generativer KI. " +
			"Drei kurze Beispiele aus Handwerk, Handel und Produktion machen das Prinzip greifbar. " +
			"Der Film ist untertitelt und eignet sich für den Einstieg in Schulungen.",
		at: "hannover",
	},
	{
		key: "video-cobot-einrichten", format: "video", topics: "sensorik-robotik qualifizierung", audiences: "industrie handwerk", mode: "online",
		title:   "Videoanleitung: Einen Cobot in 20 Minuten einrichten",
		summary: "Schritt für Schritt vom Auspacken bis zur ersten Greifbewegung – gefilmt in unserem Technikum.",
		text: "Das Video begleitet eine Technikerin beim Einrichten eines kollaborierenden Roboters. " +
			"Zu sehen sind Montage, Anschluss des Greifers, Sicherheitseinstellungen und das Einlernen einer einfachen Aufgabe. " +
			"Kapitelmarken erlauben das Springen zu einzelnen Schritten. " +
			"Das Video ersetzt keine Unterweisung, vermittelt aber einen realistischen Eindruck vom Aufwand.",
		at: "chemnitz",
	},
	{
		key: "video-phishing-erkennen", format: "video", topics: "it-sicherheit qualifizierung", audiences: "alle", mode: "online",
		title:   "Phishing-Mails erkennen: fünf Merkmale in fünf Minuten",
		summary: "Ein Kurzvideo für die Schulung von Beschäftigten, mit echten Beispielen aus dem Postfach.",
		text: "Anhand von fünf echten, entschärften E-Mails zeigt das Video, woran Phishing zu erkennen ist: Absender, Anrede, Druck, Links und Anhänge. " +
			"Jedes Merkmal wird am Bildschirm markiert und erklärt. " +
			"Am Ende steht eine einfache Regel für den Zweifelsfall. " +
			"Das Video darf in betrieblichen Unterweisungen gezeigt werden.",
		at: "schleswig-holstein",
	},
	{
		key: "video-e-rechnung", format: "video", topics: "recht organisation", audiences: "handwerk dienstleistung", mode: "online",
		title:   "So sieht eine E-Rechnung aus – und so öffnen Sie sie",
		summary: "Ein Bildschirmvideo, das zeigt, wie Sie XRechnung- und ZUGFeRD-Dateien empfangen, lesen und ablegen.",
		text: "Viele Betriebe sind ratlos, wenn die erste XML-Rechnung im Postfach landet. " +
			"Das Video zeigt, wie Sie die Datei mit kostenlosen Programmen lesbar machen und in Ihre Buchhaltung übernehmen. " +
			"Außerdem erklärt es, warum eine hybride ZUGFeRD-Rechnung für kleine Betriebe oft der einfachste Weg ist. " +
			"Laufzeit rund acht Minuten.",
		at: "handwerk",
	},
	{
		key: "video-digitaler-zwilling", format: "video", topics: "wertschoepfung sensorik-robotik", audiences: "industrie", mode: "online",
		title:   "Digitaler Zwilling in der Praxis: Rundgang durch unser Testfeld",
		summary: "Ein Video aus unserer Demonstrationsfabrik: reale Anlage und virtuelles Modell im Gleichlauf.",
		text: "Der Rundgang zeigt eine Montagelinie und ihren digitalen Zwilling nebeneinander. " +
			"Sie sehen, wie Änderungen zuerst im Modell getestet und dann auf die Anlage übertragen werden. " +
			"Ingenieure erklären, welche Daten dafür nötig sind und wie sich die Technik auf kleinere Betriebe übertragen lässt. " +
			"Laufzeit etwa zwölf Minuten.",
		at: "kaiserslautern",
	},
	{
		key: "video-blockchain-erklaert", format: "video", topics: "blockchain", audiences: "alle", mode: "online",
		title:   "Blockchain einfach erklärt",
		summary: "Ein Erklärfilm über verteilte Register, Hashwerte und Konsens – und was das für Unternehmen bedeutet.",
		text: "Ohne Formeln und ohne Kryptowährungs-Hype erklärt der Film, wie eine Blockchain Einträge fälschungssicher macht. " +
			"Beispiele aus Lieferketten, Zertifikaten und Energiehandel zeigen Einsatzfelder jenseits von Bitcoin. " +
			"Zum Schluss nennt der Film Kriterien, wann eine Blockchain sinnvoll ist und wann nicht. " +
			"Ideal als Vorbereitung auf unsere Webinarreihe Spotlight: Blockchain.",
		at: "kaiserslautern",
	},
	{
		key: "video-hybrid-arbeiten", format: "video", topics: "arbeit organisation", audiences: "dienstleistung", mode: "online",
		title:   "Hybrid arbeiten: Einblicke in drei Berliner Unternehmen",
		summary: "Eine Reportage über eine Agentur, ein Ingenieurbüro und einen IT-Dienstleister und ihre Wege zur hybriden Arbeit.",
		text: "Die Reportage begleitet drei Unternehmen durch ihren Arbeitsalltag zwischen Büro und Homeoffice. " +
			"Beschäftigte und Geschäftsführungen erzählen, welche Regeln sie aufgestellt haben und was sich bewährt hat. " +
			"Dabei geht es auch um Bürogestaltung, Teamzusammenhalt und Einarbeitung neuer Kolleginnen und Kollegen. " +
			"Laufzeit knapp 15 Minuten.",
		at: "berlin",
	},
	{
		key: "video-energie-monitoring", format: "video", topics: "nachhaltigkeit sensorik-robotik", audiences: "industrie handwerk", mode: "online",
		title:   "Energie-Monitoring nachrüsten: ein Praxisvideo",
		summary: "Ein Elektromeister zeigt, wie Messgeräte in den Schaltschrank kommen und die Daten auf dem Tablet landen.",
		text: "Das Praxisvideo zeigt die Nachrüstung eines Energie-Monitorings in einer Schreinerei. " +
			"Sie sehen die Auswahl der Messpunkte, die Installation der Stromwandler und die Einrichtung der Auswertungssoftware. " +
			"Der Inhaber erklärt, welche Überraschungen die ersten Messwochen brachten. " +
			"Laufzeit etwa zehn Minuten.",
		at: "darmstadt",
	},
	{
		key: "video-ki-sichtpruefung", format: "video", topics: "ki sensorik-robotik", audiences: "industrie", mode: "online",
		title:   "KI-Sichtprüfung im Einsatz: Besuch bei einem Spritzgießer",
		summary: "Ein Video aus der Fertigung: Wie eine Kamera mit KI fehlerhafte Kunststoffteile aussortiert.",
		text: "Wir haben einen Kunststoffverarbeiter aus dem Sauerland besucht, der seine Sichtprüfung mit KI unterstützt. " +
			"Der Qualitätsleiter zeigt den Prüfplatz, erklärt das Training des Modells und den Umgang mit Fehlalarmen. " +
			"Zahlen zu Prüfzeit und Reklamationen vor und nach der Einführung runden den Besuch ab. " +
			"Das Video dauert rund elf Minuten.",
		at: "ruhr-owl",
	},

	// Praxisbeispiele
	{
		key: "praxis-baeckerei-prognose", format: "praxisbeispiel", topics: "ki daten nachhaltigkeit", audiences: "handwerk", mode: "online",
		title:   "Bäckerei backt nach KI-Prognose: 20 Prozent weniger Retouren",
		summary: "Eine Bäckerei mit acht Filialen plant ihre Backmengen mit einer KI-Absatzprognose und wirft deutlich weniger Brot weg.",
		text: "Die Bäckerei aus Niedersachsen hatte täglich große Mengen unverkaufter Ware. " +
			"Gemeinsam mit dem Zentrum wurden Kassendaten, Wetter, Feiertage und Schulferien zusammengeführt und ein Prognosemodell ausgewählt. " +
			"Heute schlägt das System jeder Filiale morgens Backmengen vor, die Filialleitungen entscheiden weiterhin selbst. " +
			"Die Retouren sind um rund ein Fünftel gesunken, die Kundenzufriedenheit ist stabil geblieben.",
		at: "handwerk",
	},
	{
		key: "praxis-metallbau-aufmass", format: "praxisbeispiel", topics: "plattformen organisation", audiences: "handwerk", mode: "online",
		title:   "Metallbauer kalkuliert mit digitalem Aufmaß",
		summary: "Ein Metallbaubetrieb aus Oberfranken hat Aufmaß, Kalkulation und Fertigungsplanung digital verknüpft.",
		text: "Früher wurden Treppen und Geländer vor Ort mit Zollstock vermessen und im Büro abgetippt. " +
			"Heute erfasst ein Laser-Messgerät die Maße direkt per App, die Daten fließen in Kalkulation und CAD. " +
			"Der Betrieb spart pro Auftrag mehrere Stunden und hat kaum noch Übertragungsfehler. " +
			"Das Zentrum half bei Softwareauswahl und Schulung.",
		at: "handwerk",
	},
	{
		key: "praxis-tischlerei-cnc", format: "praxisbeispiel", topics: "sensorik-robotik wertschoepfung", audiences: "handwerk", mode: "online",
		title:   "Tischlerei vernetzt CNC-Maschine und Planung",
		summary: "Eine Tischlerei mit zwölf Beschäftigten überträgt Konstruktionsdaten direkt an die CNC-Maschine und weiß jederzeit, wo ein Auftrag steht.",
		text: "In der Tischlerei wurden Zeichnungen bisher ausgedruckt und an der Maschine erneut eingegeben. " +
			"Nach einer Analyse mit dem Zentrum verbindet heute eine Schnittstelle die Planungssoftware mit dem Bearbeitungszentrum. " +
			"Ein Bildschirm in der Werkstatt zeigt den Auftragsstatus, Rückmeldungen erfolgen per Scan. " +
			"Die Durchlaufzeit hat sich um fast ein Drittel verkürzt.",
		at: "handwerk",
	},
	{
		key: "praxis-zerspaner-werkzeugverschleiss", format: "praxisbeispiel", topics: "ki sensorik-robotik daten", audiences: "industrie", mode: "online",
		title:   "Zerspaner im Erzgebirge erkennt Werkzeugverschleiß mit KI",
		summary: "Ein Lohnfertiger misst den Strom seiner Spindeln und tauscht Werkzeuge nun nach Zustand statt nach Plan.",
		text: "Der Betrieb mit 60 Beschäftigten fertigt Präzisionsteile in kleinen Serien. " +
			"Im Umsetzungsprojekt mit dem Zentrum wurden Stromsensoren an drei Fräsmaschinen nachgerüstet und ein Modell trainiert, das Verschleiß erkennt. " +
			"Werkzeuge werden jetzt bis zu 30 Prozent länger genutzt, Ausschuss durch stumpfe Werkzeuge ist fast verschwunden. " +
			"Als Nächstes sollen weitere Maschinen angebunden werden.",
		at: "chemnitz",
	},
	{
		key: "praxis-spritzguss-pruefung", format: "praxisbeispiel", topics: "ki sensorik-robotik", audiences: "industrie", mode: "online",
		title:   "Spritzgießer prüft Teile mit Kamera-KI",
		summary: "Ein Kunststoffverarbeiter aus dem Ruhrgebiet hat die Sichtprüfung von Gehäuseteilen teilautomatisiert.",
		text: "Kleine Fehlstellen an Sichtteilen führten immer wieder zu Reklamationen. " +
			"Mit dem Zentrum wurde ein Prüfplatz mit Kamera und KI-Software aufgebaut und mit einigen hundert Bildern trainiert. " +
			"Das System sortiert verdächtige Teile aus, eine Mitarbeiterin entscheidet abschließend. " +
			"Die Reklamationsquote hat sich halbiert, die Prüferinnen werden von monotoner Arbeit entlastet.",
		at: "ruhr-owl",
	},
	{
		key: "praxis-spedition-datenraum", format: "praxisbeispiel", topics: "datenaustausch wertschoepfung", audiences: "dienstleistung", mode: "online",
		title:   "Spedition teilt Sendungsdaten über einen Datenraum",
		summary: "Eine pfälzische Spedition stellt ihren Kunden Status- und Temperaturdaten bereit, ohne ihre Systeme zu öffnen.",
		text: "Kunden wollten wissen, wo ihre Ware ist und ob die Kühlkette eingehalten wurde. " +
			"Statt vieler Einzelschnittstellen nutzt die Spedition nun einen Konnektor, über den sie Daten mit klaren Nutzungsregeln bereitstellt. " +
			"Das Zentrum hat die Einrichtung in seiner Testumgebung begleitet. " +
			"Telefonische Nachfragen sind deutlich zurückgegangen, und ein Großkunde hat den Vertrag verlängert.",
		at: "kaiserslautern",
	},
	{
		key: "praxis-winzer-blockchain", format: "praxisbeispiel", topics: "blockchain datenaustausch wertschoepfung", audiences: "handel industrie", mode: "online",
		title:   "Winzergenossenschaft belegt Herkunft per Blockchain",
		summary: "Eine Genossenschaft aus der Pfalz macht den Weg ihrer Weine vom Weinberg bis ins Regal für Händler nachvollziehbar.",
		text: "Exportkunden verlangten belastbare Herkunftsnachweise. " +
			"Gemeinsam mit dem Zentrum entwickelte die Genossenschaft ein System, das Lese, Ausbau und Abfüllung in einer Blockchain dokumentiert. " +
			"Händler lesen per QR-Code auf dem Etikett ab, woher ein Wein stammt. " +
			"Das Projekt zeigt, dass die Technik auch für kleine Betriebe handhabbar ist, wenn Partner sich die Kosten teilen.",
		at: "kaiserslautern",
	},
	{
		key: "praxis-kanzlei-dokumente", format: "praxisbeispiel", topics: "ki daten organisation", audiences: "dienstleistung", mode: "online",
		title:   "Steuerkanzlei liest Belege mit KI",
		summary: "Eine Kanzlei aus dem Rheinland verarbeitet Mandantenbelege automatisch und gewinnt Zeit für die Beratung.",
		text: "Zur Quartalsabgabe stapelten sich in der Kanzlei Belege in allen Formaten. " +
			"Eine Dokumenten-KI erkennt heute Belegart, Betrag und Steuersatz und schlägt Buchungen vor, die Fachkräfte prüfen und freigeben. " +
			"Das Zentrum half bei der Auswahl eines Anbieters mit Servern in der EU und bei der datenschutzrechtlichen Prüfung. " +
			"Die Kanzlei spart nach eigener Rechnung einen Arbeitstag pro Woche.",
		at: "rheinland",
	},
	{
		key: "praxis-hotel-ostsee", format: "praxisbeispiel", topics: "ki plattformen nachhaltigkeit", audiences: "dienstleistung", mode: "online",
		title:   "Hotel an der Ostsee entlastet Rezeption mit Chatbot",
		summary: "Ein Familienhotel beantwortet Gästefragen rund um die Uhr und steuert Heizung und Licht nach Belegung.",
		text: "Fachkräfte für die Rezeption waren kaum zu finden, Gäste riefen zu jeder Tageszeit an. " +
			"Ein Chatbot auf Website und Messenger beantwortet nun Fragen zu Anreise, Frühstück und Ausflügen. " +
			"Zusätzlich wurde die Haustechnik so vernetzt, dass leere Zimmer nicht mehr geheizt werden. " +
			"Das Zentrum begleitete Auswahl, Einführung und Schulung des Teams.",
		at: "schleswig-holstein",
	},
	{
		key: "praxis-sondermaschinenbau", format: "praxisbeispiel", topics: "wertschoepfung sensorik-robotik", audiences: "industrie", mode: "online",
		title:   "Sondermaschinenbauer nimmt Anlagen virtuell in Betrieb",
		summary: "Ein niedersächsischer Sondermaschinenbauer testet Steuerungsprogramme am digitalen Zwilling und verkürzt die Inbetriebnahme beim Kunden.",
		text: "Bei Sondermaschinen zeigen sich Programmierfehler oft erst beim Kunden, und dann wird es teuer. " +
			"Mit Unterstützung des Zentrums baute das Unternehmen für eine Montageanlage einen digitalen Zwilling auf. " +
			"Die Steuerung wurde vollständig am Modell getestet, bevor die Anlage ausgeliefert wurde. " +
			"Die Inbetriebnahme vor Ort dauerte statt drei Wochen nur noch sechs Tage.",
		at: "hannover",
	},
	{
		key: "praxis-modehandel", format: "praxisbeispiel", topics: "plattformen geschaeftsmodelle", audiences: "handel", mode: "online",
		title:   "Modegeschäft aus Halle verkauft erfolgreich online",
		summary: "Eine inhabergeführte Boutique verbindet Laden, Marktplatz und Social Media zu einem Vertriebsweg.",
		text: "Die Boutique verlor Kundschaft an große Onlinehändler. " +
			"Mit dem Zentrum entwickelte die Inhaberin eine Strategie, die ihre Stärke, persönliche Beratung, ins Netz bringt: Videoberatung, Reservierung per Messenger und ein kleines, ausgewähltes Sortiment auf einem Marktplatz. " +
			"Ein Warenwirtschaftssystem hält Bestände in allen Kanälen aktuell. " +
			"Heute entfällt ein Drittel des Umsatzes auf den Onlinehandel.",
		at: "leipzig-halle",
	},
	{
		key: "praxis-verpackung-startup", format: "praxisbeispiel", topics: "startups nachhaltigkeit geschaeftsmodelle", audiences: "industrie startups", mode: "online",
		title:   "Verpackungshersteller und Start-up entwickeln Mehrwegsystem",
		summary: "Ein Brandenburger Verpackungshersteller und ein Berliner Start-up bringen gemeinsam ein digitales Mehrwegsystem auf den Markt.",
		text: "Das Start-up hatte eine App zur Verfolgung von Mehrwegbehältern, der Hersteller Produktion und Kunden. " +
			"Das Zentrum brachte beide bei einer Kooperationswerkstatt zusammen und moderierte die ersten Gespräche. " +
			"Nach einem halbjährigen Pilotprojekt mit zwei Lebensmittelhändlern gründeten die Partner ein Gemeinschaftsunternehmen. " +
			"Beide Seiten betonen, wie wichtig klare Absprachen zu Rechten und Rollen waren.",
		at: "berlin",
	},
	{
		key: "praxis-druckerei-co2", format: "praxisbeispiel", topics: "nachhaltigkeit daten", audiences: "industrie dienstleistung", mode: "online",
		title:   "Druckerei erstellt CO2-Bilanz und gewinnt Aufträge",
		summary: "Eine hessische Druckerei weist den CO2-Fußabdruck jedes Auftrags aus und überzeugt damit öffentliche Auftraggeber.",
		text: "Immer mehr Ausschreibungen fragten nach Emissionsdaten. " +
			"Mit der Rechenhilfe und Beratung des Zentrums erstellte die Druckerei zunächst ihre Unternehmensbilanz und ordnete die Emissionen dann einzelnen Aufträgen zu. " +
			"Die Werte werden heute automatisch im Angebot ausgewiesen. " +
			"Nebenbei fand der Betrieb Einsparpotenziale bei Druckluft und Papierverschnitt.",
		at: "darmstadt",
	},
	{
		key: "praxis-elektro-cyberangriff", format: "praxisbeispiel", topics: "it-sicherheit organisation", audiences: "handwerk", mode: "online",
		title:   "Nach dem Cyberangriff: Ein Elektrobetrieb baut seine IT neu auf",
		summary: "Ein Elektroinstallateur aus Südhessen wurde Opfer eines Verschlüsselungstrojaners – und hat daraus gelernt.",
		text: "An einem Montagmorgen waren alle Rechner des Betriebs verschlüsselt, Angebote und Kundendaten nicht erreichbar. " +
			"Weil eine externe Sicherung existierte, war der Betrieb nach vier Tagen wieder arbeitsfähig. " +
			"Mit dem Zentrum entstand danach ein Sicherheitskonzept mit Zwei-Faktor-Anmeldung, getrennten Netzen und Notfallplan. " +
			"Der Inhaber erzählt heute auf Veranstaltungen offen von seinen Erfahrungen.",
		at: "darmstadt",
	},
	{
		key: "praxis-glasveredler-energie", format: "praxisbeispiel", topics: "nachhaltigkeit sensorik-robotik daten", audiences: "industrie", mode: "online",
		title:   "Thüringer Glasveredler senkt Energiekosten mit Datenanalyse",
		summary: "Ein energieintensiver Betrieb hat mit Messdaten und einfacher Auswertung seine Öfen effizienter gesteuert.",
		text: "Bei stark gestiegenen Gaspreisen suchte der Glasveredler nach Einsparmöglichkeiten. " +
			"Das Zentrum half, Verbrauchsdaten der Öfen zu erfassen und mit Auftragsdaten zu verknüpfen. " +
			"Die Auswertung zeigte lange Aufheizphasen ohne Produktion, die nun durch bessere Planung vermieden werden. " +
			"Der Gasverbrauch sank um rund zwölf Prozent.",
		at: "ilmenau",
	},
	{
		key: "praxis-pflegedienst-touren", format: "praxisbeispiel", topics: "arbeit organisation ki", audiences: "dienstleistung", mode: "online",
		title:   "Pflegedienst plant Touren digital und gewinnt Zeit für Menschen",
		summary: "Ein ambulanter Pflegedienst aus Sachsen-Anhalt nutzt eine KI-gestützte Tourenplanung und digitale Dokumentation.",
		text: "Die Pflegedienstleitung verbrachte jede Woche viele Stunden mit dem Puzzeln von Touren. " +
			"Eine Planungssoftware berücksichtigt heute Qualifikationen, Wünsche der Beschäftigten und Fahrzeiten automatisch. " +
			"Die Dokumentation erfolgt per Smartphone direkt beim Klienten. " +
			"Die Beschäftigten berichten von weniger Hektik und verlässlicheren Dienstplänen.",
		at: "leipzig-halle",
	},
	{
		key: "praxis-it-dienstleister-hybrid", format: "praxisbeispiel", topics: "arbeit organisation qualifizierung", audiences: "dienstleistung", mode: "online",
		title:   "IT-Dienstleister findet sein Modell für hybride Arbeit",
		summary: "Ein Berliner IT-Systemhaus hat mit seinen Beschäftigten Regeln für hybride Arbeit entwickelt und die Fluktuation gesenkt.",
		text: "Nach der Pandemie wollte ein Teil des Teams ins Büro zurück, ein anderer nicht. " +
			"In Workshops, die das Zentrum moderierte, erarbeiteten Beschäftigte und Geschäftsführung gemeinsame Teamvereinbarungen. " +
			"Feste Präsenztage für Teams, klare Erreichbarkeitsregeln und ein umgebautes Büro gehören heute dazu. " +
			"Die Zahl der Kündigungen ist im Folgejahr deutlich gesunken.",
		at: "berlin",
	},
	{
		key: "praxis-maschinenbau-datenstrategie", format: "praxisbeispiel", topics: "daten strategie ki", audiences: "industrie", mode: "online",
		title:   "Maschinenbauer ordnet seine Daten und startet KI-Projekte",
		summary: "Ein Maschinenbauer aus dem Bergischen Land hat eine Datenstrategie entwickelt, bevor er in KI investierte.",
		text: "Die Geschäftsführung wollte KI nutzen, doch Konstruktions-, Service- und Vertriebsdaten lagen in getrennten Welten. " +
			"In einem Umsetzungsprojekt mit dem Zentrum entstanden eine Datenlandkarte, Verantwortlichkeiten und ein gemeinsames Artikelstammdatenmodell. " +
			"Darauf aufbauend läuft nun ein erster Assistent, der Servicetechnikern passende Lösungen aus früheren Einsätzen vorschlägt. " +
			"Die Firma sieht die Datenarbeit heute als wichtigsten Schritt des Projekts.",
		at: "rheinland",
	},
	{
		key: "praxis-fischverarbeitung", format: "praxisbeispiel", topics: "sensorik-robotik daten nachhaltigkeit", audiences: "industrie handwerk", mode: "online",
		title:   "Fischverarbeiter überwacht Kühlkette mit Funksensoren",
		summary: "Ein Betrieb aus Schleswig-Holstein dokumentiert Temperaturen lückenlos und reduziert Verderb.",
		text: "Temperaturen wurden bisher von Hand in Listen eingetragen, Lücken blieben oft unbemerkt. " +
			"Heute messen Funksensoren in Kühlräumen und Fahrzeugen und melden Abweichungen sofort aufs Handy. " +
			"Die Dokumentation für Kontrollen entsteht automatisch. " +
			"Das Zentrum unterstützte bei der Auswahl der Sensoren und der Einbindung in das bestehende Qualitätsmanagement.",
		at: "schleswig-holstein",
	},

	// Demonstratoren
	{
		key: "lernfabrik", home: true, format: "demonstrator", topics: "wertschoepfung sensorik-robotik ki", audiences: "industrie", mode: "praesenz",
		title:   "Lernfabrik für vernetzte Produktion",
		summary: "Eine vollständige kleine Fertigung zum Anfassen: von der Auftragsannahme über Montage und Prüfung bis zum Versand.",
		text: "In der Lernfabrik durchläuft ein reales Produkt alle Stationen einer vernetzten Fertigung. " +
			"Unternehmen können hier Technologien wie digitale Werkerführung, fahrerlose Transportsysteme und KI-Prüfung erleben, bevor sie selbst investieren. " +
			"Gruppenbesuche und Vorführungen vereinbaren Sie direkt mit unserem Team. " +
			"Die Lernfabrik dient auch als Ort für Workshops und Qualifizierungen.",
		at: "hannover",
	},
	{
		key: "roboterzelle", home: true, format: "demonstrator", topics: "sensorik-robotik ki", audiences: "industrie handwerk", mode: "praesenz",
		title:   "Roboterzelle mit KI-Greifplanung",
		summary: "Ein Cobot greift ungeordnete Teile aus einer Kiste – mit Kamera und KI, ganz ohne teure Zuführtechnik.",
		text: "Der Demonstrator zeigt den Griff in die Kiste, eine klassische Herausforderung der Automatisierung. " +
			"Eine 3D-Kamera erkennt Lage und Form der Teile, eine KI plant den Griff, der Cobot legt die Teile sortiert ab. " +
			"Unternehmen können eigene Teile testen lassen und erhalten eine Einschätzung der Machbarkeit. " +
			"Termine für Vorführungen vergeben wir nach Absprache.",
		at: "chemnitz",
	},
	{
		key: "ki-pruefstation", home: true, format: "demonstrator", topics: "ki sensorik-robotik", audiences: "industrie", mode: "praesenz",
		title:   "KI-Prüfstation für die Qualitätssicherung",
		summary: "Eine mobile Prüfstation mit Industriekamera, Beleuchtung und trainierbarer KI-Software.",
		text: "Die mobile Prüfstation lässt sich für Vorführungen und Machbarkeitstests auch in Unternehmen aufbauen. " +
			"Sie zeigt, wie mit wenigen Dutzend Beispielbildern ein Prüfmodell entsteht und wie zuverlässig es arbeitet. " +
			"Interessierte Unternehmen können ihre eigenen Bauteile mitbringen. " +
			"Ansprechpersonen und Termine finden Sie auf der Website des Zentrums.",
		at: "ruhr-owl",
	},
	{
		key: "smarte-logistik", home: true, format: "demonstrator", topics: "wertschoepfung blockchain sensorik-robotik datenaustausch", audiences: "industrie handel", mode: "praesenz",
		title:   "Testfeld Smarte Logistik",
		summary: "Ein Logistik-Testfeld mit vernetzten Ladungsträgern, fahrerlosen Fahrzeugen und Blockchain-Dokumentation.",
		text: "Auf dem Testfeld sind Lager, Kommissionierung und Warenausgang nachgebaut. " +
			"Sensoren an Paletten melden Position und Zustand, Transportroboter übernehmen innerbetriebliche Fahrten, und jede Übergabe wird fälschungssicher dokumentiert. " +
			"Unternehmen können hier eigene Anwendungsfälle mit unseren Fachleuten erproben. " +
			"Besuche sind nach Vereinbarung möglich.",
		at: "kaiserslautern",
	},
	{
		key: "schaufenster-werkstatt", home: true, format: "demonstrator", topics: "ki plattformen sensorik-robotik", audiences: "handwerk", mode: "praesenz",
		title:   "Schaufenster Digitale Werkstatt",
		summary: "Eine eingerichtete Werkstatt mit 3D-Scanner, Datenbrille, Baustellen-Apps und KI-Assistenten zum Ausprobieren.",
		text: "Im Schaufenster können Handwerksbetriebe digitale Werkzeuge in einer vertrauten Umgebung testen. " +
			"Dazu gehören ein 3D-Scanner für das Aufmaß, eine Datenbrille für die Fernwartung und Software für Auftragsabwicklung und Zeiterfassung. " +
			"Unsere Fachleute erklären die Geräte und helfen bei der Frage, was sich für Ihren Betrieb lohnt. " +
			"Das Schaufenster steht auch Innungen und Berufsschulklassen offen.",
		at: "handwerk",
	},
	{
		key: "energiedemonstrator", home: true, format: "demonstrator", topics: "nachhaltigkeit sensorik-robotik daten", audiences: "industrie handwerk", mode: "praesenz",
		title:   "Demonstrator Energieflexible Produktion",
		summary: "Eine Modellfabrik, die ihren Energieverbrauch an Strompreise und Eigenerzeugung anpasst.",
		text: "Der Demonstrator zeigt, wie Maschinen, Speicher und Photovoltaik so gesteuert werden, dass Strom dann genutzt wird, wenn er günstig ist. " +
			"Ein Dashboard macht Verbräuche, Lastspitzen und Einsparungen sichtbar. " +
			"Besucherinnen und Besucher können selbst Szenarien durchspielen. " +
			"Der Demonstrator ist Teil unserer Führungen und Workshops zur Energieeffizienz.",
		at: "darmstadt",
	},
	{
		key: "datenraum-demo", home: true, format: "demonstrator", topics: "datenaustausch daten it-sicherheit", audiences: "industrie dienstleistung", mode: "hybrid",
		title:   "Datenraum-Demonstrator: Daten teilen mit Nutzungsregeln",
		summary: "Ein vollständiger Mini-Datenraum mit Konnektoren, Identitäten und Nutzungsregeln – vor Ort oder per Fernzugang.",
		text: "Der Demonstrator simuliert drei Unternehmen, die über einen Datenraum Daten austauschen. " +
			"Sie sehen, wie Angebote beschrieben, Verträge geschlossen und Regeln technisch durchgesetzt werden. " +
			"Über einen Fernzugang können Unternehmen den Demonstrator auch von ihrem Arbeitsplatz aus ausprobieren. " +
			"Begleitend gibt es eine kurze Einführung durch unsere Fachleute.",
		at: "rheinland",
	},
	{
		key: "usability-labor", home: true, format: "demonstrator", topics: "plattformen geschaeftsmodelle", audiences: "dienstleistung handel", mode: "praesenz",
		title:   "Usability-Labor",
		summary: "Ein Labor mit Blickerfassung und Beobachtungsraum, in dem Unternehmen die Bedienbarkeit ihrer digitalen Angebote testen.",
		text: "Im Labor lösen Testpersonen Aufgaben auf Websites, in Apps oder an Maschinenbedienfeldern, während Blickbewegungen und Klicks aufgezeichnet werden. " +
			"Unternehmen beobachten die Tests aus einem Nebenraum und erleben unmittelbar, wo Nutzer hängen bleiben. " +
			"Unsere Fachleute helfen bei Testplanung und Auswertung. " +
			"Termine sind nach Absprache möglich.",
		at: "ilmenau",
	},
	{
		key: "ki-assistent-testen", home: true, format: "demonstrator", topics: "ki daten", audiences: "alle", mode: "hybrid",
		title:   "KI-Assistent zum Ausprobieren",
		summary: "Ein datenschutzfreundlich betriebener Sprachassistent, mit dem Unternehmen eigene Dokumente testweise befragen können.",
		text: "Viele Unternehmen möchten wissen, wie gut ein KI-Assistent mit ihren eigenen Unterlagen zurechtkommt. " +
			"Unser Demonstrator läuft auf Servern in Deutschland, Dokumente werden nach dem Test gelöscht. " +
			"Sie können ihn im Zentrum oder nach Anmeldung aus der Ferne nutzen und mit unseren KI-Trainern über die Ergebnisse sprechen. " +
			"So erfahren Sie ohne Investition, was realistisch ist.",
		at: "berlin",
	},
	{
		key: "ladenlabor", home: true, format: "demonstrator", topics: "plattformen ki daten", audiences: "handel", mode: "praesenz",
		title:   "Ladenlabor: Der digitale Einzelhandel",
		summary: "Ein eingerichtetes Ladengeschäft mit elektronischen Preisschildern, Kundenfrequenzmessung und KI-gestützter Bestandsplanung.",
		text: "Im Ladenlabor erleben Händlerinnen und Händler, wie stationäres Geschäft und Onlinehandel zusammenwachsen. " +
			"Gezeigt werden unter anderem Click-and-Collect, Regalüberwachung und eine Warenwirtschaft, die Bestellvorschläge macht. " +
			"Bei jeder Technik erklären wir Kosten und Voraussetzungen. " +
			"Das Labor kann für Gruppenbesuche von Händlervereinigungen gebucht werden.",
		at: "leipzig-halle",
	},
	{
		key: "kuehlkette-demo", home: true, format: "demonstrator", topics: "sensorik-robotik daten", audiences: "industrie handwerk", mode: "praesenz",
		title:   "Demonstrator Smarte Kühlkette",
		summary: "Funksensoren, Gateway und Dashboard: ein Koffer-Demonstrator für die lückenlose Temperaturüberwachung.",
		text: "Der Koffer-Demonstrator zeigt eine komplette Lösung zur Überwachung von Kühlräumen und Transporten. " +
			"Sensoren senden Messwerte per Funk an ein Gateway, Grenzwertverletzungen lösen Alarme aus. " +
			"Wir bringen den Demonstrator auf Wunsch in Ihren Betrieb oder zu Veranstaltungen von Verbänden. " +
			"Er eignet sich besonders für Lebensmittelhandwerk, Gastronomie und Logistik.",
		at: "schleswig-holstein",
	},

	// Umsetzungsprojekte
	{
		key: "umsetzung-ki-prototyp", home: true, format: "umsetzungsprojekt", topics: "ki daten", audiences: "alle", mode: "hybrid",
		title:   "KI-Umsetzungsprojekt: Gemeinsam zum ersten Prototyp",
		summary: "In einem mehrwöchigen Projekt entwickeln wir mit Ihnen einen KI-Prototyp für eine konkrete Aufgabe Ihres Unternehmens.",
		text: "Umsetzungsprojekte sind das intensivste Angebot des Zentrums. " +
			"Nach einem Vorgespräch klären wir Ziel, Daten und Erfolgskriterien und arbeiten dann über einige Wochen gemeinsam an einem funktionsfähigen Prototyp. " +
			"Ihre Beschäftigten sind von Anfang an beteiligt, damit das Wissen im Haus bleibt. " +
			"Die Ergebnisse werden anonymisiert als Praxisbeispiel veröffentlicht, damit andere Unternehmen davon lernen.",
		at: "hannover",
	},
	{
		key: "umsetzung-datenqualitaet", home: true, format: "umsetzungsprojekt", topics: "daten organisation", audiences: "industrie handel", mode: "hybrid",
		title:   "Umsetzungsprojekt Datenqualität",
		summary: "Wir analysieren mit Ihnen einen Datenbestand, legen Qualitätsregeln fest und richten eine einfache Überwachung ein.",
		text: "Im Projekt untersuchen wir einen für Sie wichtigen Datenbestand, etwa Artikelstamm, Kundendaten oder Maschinendaten. " +
			"Gemeinsam definieren wir Qualitätsregeln und Verantwortlichkeiten und bereinigen die gröbsten Mängel. " +
			"Zum Abschluss richten wir eine Prüfung ein, die neue Fehler früh sichtbar macht. " +
			"Voraussetzung ist, dass eine Person aus Ihrem Haus etwa einen Tag pro Woche mitarbeitet.",
		at: "ruhr-owl",
	},
	{
		key: "umsetzung-handwerk", home: true, format: "umsetzungsprojekt", topics: "plattformen organisation ki", audiences: "handwerk", mode: "praesenz",
		title:   "Digitalisierungsprojekt im Handwerksbetrieb",
		summary: "Unsere Fachleute kommen in Ihren Betrieb und setzen mit Ihnen ein konkretes Digitalisierungsvorhaben um.",
		text: "Ob digitale Auftragsmappe, Terminplanung oder KI-Assistent im Büro: Wir suchen mit Ihnen das Vorhaben mit dem größten Nutzen aus. " +
			"In mehreren Terminen vor Ort richten wir die Lösung gemeinsam ein und schulen Ihr Team. " +
			"Nach drei Monaten schauen wir zusammen, was sich bewährt hat. " +
			"Das Angebot ist für Betriebe aller Gewerke kostenfrei.",
		at: "handwerk",
	},
	{
		key: "umsetzung-it-sicherheit", home: true, format: "umsetzungsprojekt", topics: "it-sicherheit organisation", audiences: "alle", mode: "praesenz",
		title:   "Umsetzungsprojekt IT-Sicherheit",
		summary: "Gemeinsam mit Ihnen prüfen wir den Schutz Ihrer IT und setzen die wichtigsten Maßnahmen um.",
		text: "Zu Beginn steht eine Bestandsaufnahme vor Ort: Netzwerk, Geräte, Zugänge, Datensicherung und Abläufe. " +
			"Daraus leiten wir einen priorisierten Maßnahmenplan ab und setzen die dringendsten Punkte mit Ihnen oder Ihrem IT-Dienstleister um. " +
			"Eine Schulung für Beschäftigte gehört dazu. " +
			"Das Projekt endet mit einer kurzen Dokumentation, die Sie auch für Versicherung und Kunden nutzen können.",
		at: "darmstadt",
	},
	{
		key: "umsetzung-geschaeftsmodell", home: true, format: "umsetzungsprojekt", topics: "geschaeftsmodelle strategie startups", audiences: "alle", mode: "hybrid",
		title:   "Umsetzungsprojekt Digitales Geschäftsmodell",
		summary: "Wir entwickeln mit Ihnen ein digitales Geschäftsmodell und testen es mit echten Kundinnen und Kunden.",
		text: "Am Anfang steht eine Idee, etwa ein Serviceangebot, ein Abonnement oder eine Plattform. " +
			"In Workshops schärfen wir das Modell, bauen einen einfachen Prototyp und sprechen mit potenziellen Kunden. " +
			"Wo es passt, holen wir Start-ups aus unserem Netzwerk als Umsetzungspartner dazu. " +
			"Am Ende wissen Sie, ob sich eine Investition lohnt.",
		at: "berlin",
	},
	{
		key: "umsetzung-ressourceneffizienz", home: true, format: "umsetzungsprojekt", topics: "nachhaltigkeit sensorik-robotik daten", audiences: "industrie", mode: "praesenz",
		title:   "Umsetzungsprojekt Ressourceneffizienz",
		summary: "Mit Messungen und Datenanalyse finden wir gemeinsam Einsparpotenziale bei Energie und Material in Ihrer Fertigung.",
		text: "Wir installieren für einige Wochen Messtechnik an ausgewählten Anlagen und werten die Daten gemeinsam mit Ihnen aus. " +
			"Daraus entstehen konkrete Maßnahmen, deren Wirtschaftlichkeit wir grob abschätzen. " +
			"Ausgewählte Maßnahmen begleiten wir bis zur Umsetzung. " +
			"Das Projekt eignet sich für Betriebe mit eigener Fertigung und spürbaren Energiekosten.",
		at: "chemnitz",
	},
	{
		key: "umsetzung-plattform", home: true, format: "umsetzungsprojekt", topics: "plattformen geschaeftsmodelle", audiences: "dienstleistung handel", mode: "hybrid",
		title:   "Umsetzungsprojekt Kundenportal und Plattform",
		summary: "Wir begleiten Sie bei Konzeption und Test eines Kundenportals oder einer Plattformlösung.",
		text: "Viele Unternehmen möchten Kunden Bestellungen, Dokumente oder Service online anbieten. " +
			"Im Projekt klären wir Anforderungen, erstellen klickbare Entwürfe und testen sie in unserem Usability-Labor mit Ihren Kunden. " +
			"Auf dieser Grundlage können Sie einen Dienstleister gezielt beauftragen. " +
			"Sie investieren erst, wenn klar ist, dass die Lösung angenommen wird.",
		at: "ilmenau",
	},
	{
		key: "umsetzung-datenaustausch", home: true, format: "umsetzungsprojekt", topics: "datenaustausch daten blockchain", audiences: "industrie", mode: "hybrid",
		title:   "Umsetzungsprojekt Sicherer Datenaustausch",
		summary: "Wir bringen Ihren ersten Datenaustausch mit einem Partner in unserer Testumgebung zum Laufen.",
		text: "Gemeinsam wählen wir einen Anwendungsfall, etwa Qualitätsdaten für einen Kunden oder Bestandsdaten für einen Lieferanten. " +
			"Wir richten Konnektoren ein, formulieren Nutzungsregeln und testen den Austausch in unserer Umgebung. " +
			"Wo Nachweise besonders fälschungssicher sein müssen, prüfen wir auch Blockchain-Lösungen. " +
			"Am Ende steht ein funktionierender Pilot, den Sie in den Betrieb übernehmen können.",
		at: "kaiserslautern",
	},
	{
		key: "umsetzung-tourismus", home: true, format: "umsetzungsprojekt", topics: "ki plattformen nachhaltigkeit", audiences: "dienstleistung handel", mode: "praesenz",
		title:   "Umsetzungsprojekt Digitaler Gästeservice",
		summary: "Für Betriebe aus Tourismus und Gastgewerbe: Wir setzen mit Ihnen digitale Gästebetreuung und Buchung um.",
		text: "Ferienwohnungen, Hotels und Ausflugsbetriebe stehen vor ähnlichen Fragen: Buchung, Gästekommunikation, Personalmangel. " +
			"Im Projekt wählen wir mit Ihnen passende Lösungen aus, etwa eine digitale Gästemappe oder einen Chatbot, und führen sie ein. " +
			"Auch Energiemanagement kann Teil des Projekts sein. " +
			"Wir arbeiten eng mit den Tourismusverbänden des Landes zusammen.",
		at: "schleswig-holstein",
	},
	{
		key: "umsetzung-ki-recht", home: true, format: "umsetzungsprojekt", topics: "recht ki organisation", audiences: "alle", mode: "hybrid",
		title:   "Umsetzungsprojekt KI-Governance",
		summary: "Wir erarbeiten mit Ihnen Regeln, Rollen und Dokumentation für den verantwortungsvollen KI-Einsatz im Unternehmen.",
		text: "Mit dem AI Act wachsen die Anforderungen an Unternehmen, die KI einsetzen. " +
			"Im Projekt erfassen wir Ihre KI-Anwendungen, ordnen sie rechtlich ein und entwickeln eine betriebliche Richtlinie. " +
			"Dazu gehören ein Schulungskonzept und eine schlanke Dokumentation. " +
			"Das Ergebnis ist auf Ihre Größe zugeschnitten, nicht auf einen Konzern.",
		at: "rheinland",
	},
	{
		key: "umsetzung-start-up-pilot", home: true, format: "umsetzungsprojekt", topics: "startups ki wertschoepfung", audiences: "industrie startups", mode: "hybrid",
		title:   "Pilotprojekt mit einem Start-up",
		summary: "Wir vermitteln ein passendes Start-up und begleiten Ihren ersten gemeinsamen Pilot von der Vereinbarung bis zur Auswertung.",
		text: "Unternehmen aus Sachsen und Sachsen-Anhalt schildern uns eine Aufgabe, für die sie eine innovative Lösung suchen. " +
			"Aus unserem Netzwerk schlagen wir geeignete Start-ups vor und moderieren das Kennenlernen. " +
			"Während des Piloten achten wir auf klare Ziele und faire Absprachen. " +
			"Nach drei Monaten wird gemeinsam entschieden, ob die Zusammenarbeit weitergeht.",
		at: "leipzig-halle",
	},
}
