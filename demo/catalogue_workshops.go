package demo

// workshops are hands-on sessions of half a day (240 minutes) or a whole
// day (420 minutes), mostly on site. Several run at more than one centre.
var workshops = []entry{
	{
		key: "ws-datenqualitaet", format: "workshop", topics: "daten ki", audiences: "industrie handel", mode: "praesenz",
		title:   "Datenqualität in der Praxis: Eigene Daten prüfen und verbessern",
		summary: "Sie bringen einen Datenauszug mit, wir analysieren ihn gemeinsam und leiten konkrete Verbesserungen ab.",
		text: "Bevor KI oder Auswertungen Nutzen stiften, müssen die Daten stimmen. " +
			"In diesem Workshop lernen Sie, Datenbestände systematisch auf Lücken, Dubletten, Ausreißer und widersprüchliche Formate zu prüfen. " +
			"An Ihrem eigenen Beispiel, etwa einer Artikelliste oder einem Maschinenexport, erarbeiten Sie Regeln für die künftige Datenpflege. " +
			"Bitte bringen Sie einen Laptop und eine anonymisierte CSV- oder Excel-Datei mit. " +
			"Zielgruppe sind Fachleute aus Controlling, Vertrieb, Produktion und IT.",
		at: "chemnitz 3 tue 09:00, hannover 7 wed 09:00, rheinland 15 thu 09:00",
	},
	{
		key: "ws-ki-anwendungsfaelle", format: "workshop", topics: "ki strategie", audiences: "alle", mode: "praesenz",
		title:   "KI-Anwendungsfälle finden: Vom Problem zur Projektidee",
		summary: "In vier Stunden vom Bauchgefühl zur bewerteten Liste von KI-Ideen für Ihr Unternehmen.",
		text: "Viele Unternehmen wollen KI nutzen, wissen aber nicht, wo sie anfangen sollen. " +
			"Gemeinsam mit unseren KI-Trainern untersuchen Sie Ihre Abläufe auf wiederkehrende, zeitraubende oder fehleranfällige Aufgaben. " +
			"Mit einer Bewertungsmatrix schätzen Sie Nutzen, Datenlage und Aufwand jeder Idee ab. " +
			"Sie gehen mit zwei bis drei priorisierten Anwendungsfällen und den nächsten Schritten nach Hause. " +
			"Am meisten haben Sie davon, wenn Sie zu zweit kommen, etwa Geschäftsführung und eine Fachkraft.",
		at: "hannover 1 thu 09:00, ilmenau 5 thu 09:00, schleswig-holstein 11 tue 09:00, leipzig-halle 20 wed 09:00",
	},
	{
		key: "ws-ki-handwerk", format: "workshop", topics: "ki organisation", audiences: "handwerk", mode: "praesenz",
		title:   "KI im Handwerk: Werkzeuge für Büro und Baustelle",
		summary: "Ausprobieren statt zuhören: Handwerksbetriebe testen KI-Werkzeuge für Angebote, Dokumentation und Kundenkontakt.",
		text: "Im Workshop probieren Sie an eigenen Aufgaben aus, was KI im Handwerksalltag leisten kann. " +
			"Sie formulieren Angebotstexte, wandeln Sprachnachrichten in Baustellenberichte um und lassen Fotos von Schäden beschreiben. " +
			"Wir sprechen darüber, welche Daten in welche Werkzeuge gehören und was ein kleiner Betrieb dafür monatlich ausgibt. " +
			"Bringen Sie Ihr Smartphone oder Tablet mit, gern auch ein typisches Angebot als Vorlage. " +
			"Der Workshop ist für Meisterinnen, Meister, Büroangestellte und Azubis gleichermaßen geeignet.",
		at: "handwerk 1 wed 09:00, handwerk 5 tue 13:00, handwerk 10 thu 09:00, handwerk 16 wed 13:00",
	},
	{
		key: "ws-chatgpt-alltag", format: "workshop", topics: "ki qualifizierung", audiences: "dienstleistung handel", mode: "praesenz",
		title:   "ChatGPT & Co. im Arbeitsalltag: Praxisworkshop",
		summary: "Texte, Tabellen, Recherche: In kleinen Übungen lernen Sie, generative KI verlässlich für Büroaufgaben einzusetzen.",
		text: "Dieser Workshop ist für alle, die Sprachmodelle schon ausprobiert haben und nun systematisch damit arbeiten wollen. " +
			"Sie üben, komplexe Aufgaben in Schritte zu zerlegen, Ergebnisse zu überprüfen und wiederverwendbare Vorlagen für Ihr Team anzulegen. " +
			"Ein Block widmet sich typischen Fehlern wie erfundenen Quellen und wie man sie bemerkt. " +
			"Bitte bringen Sie einen Laptop mit Zugang zu einem KI-Assistenten Ihrer Wahl mit.",
		at: "berlin 2 tue 09:00, darmstadt 9 wed 13:00, ruhr-owl 18 tue 13:00",
	},
	{
		key: "ws-predictive-maintenance", home: true, format: "workshop", topics: "ki sensorik-robotik daten", audiences: "industrie", mode: "praesenz", minutes: 420,
		title:   "Predictive Maintenance zum Anfassen",
		summary: "Ein Praxistag an unserer Demonstrationsanlage: Sensoren anbringen, Daten aufzeichnen, ein Ausfallmodell trainieren.",
		text: "Sie rüsten gemeinsam mit unseren Ingenieurinnen und Ingenieuren eine Pumpe und einen Antrieb mit Sensoren aus und erzeugen gezielt Fehlerzustände. " +
			"Aus den aufgezeichneten Daten entsteht Schritt für Schritt ein einfaches Modell, das Verschleiß erkennt. " +
			"Dabei lernen Sie, welche Fragen Sie einem Anbieter stellen sollten und wie Sie den Nutzen im eigenen Betrieb abschätzen. " +
			"Programmierkenntnisse sind nicht nötig, festes Schuhwerk schon. " +
			"Für Instandhaltung, Produktion und technische Geschäftsführung.",
		at: "kaiserslautern 5 wed 09:00, chemnitz 14 tue 09:00",
	},
	{
		key: "ws-cobot-praxistag", home: true, format: "workshop", topics: "sensorik-robotik wertschoepfung", audiences: "industrie handwerk", mode: "praesenz", minutes: 420,
		title:   "Cobot-Praxistag: Den ersten Roboter selbst programmieren",
		summary: "In Zweierteams programmieren Sie einen kollaborierenden Roboter für eine Pick-and-Place-Aufgabe.",
		text: "Nach einer kurzen Einführung in Sicherheit und Bedienung geht es direkt an den Roboter. " +
			"Sie bringen ihm per Handführung und grafischer Oberfläche eine Greifaufgabe bei und optimieren anschließend Taktzeit und Greifposition. " +
			"Am Nachmittag besprechen wir, wie Sie Einsatzmöglichkeiten in Ihrer eigenen Fertigung bewerten und welche Kosten auf Sie zukommen. " +
			"Fotos oder kurze Videos eines Arbeitsplatzes, den Sie automatisieren möchten, sind willkommen. " +
			"Die Plätze sind auf zwei Personen je Roboter begrenzt.",
		at: "hannover 3 tue 09:00, chemnitz 9 thu 09:00, ruhr-owl 19 tue 09:00",
	},
	{
		key: "ws-nis2-readiness", format: "workshop", topics: "it-sicherheit recht", audiences: "industrie dienstleistung", mode: "praesenz",
		title:   "NIS2-Readiness: Pflichten prüfen und Maßnahmen planen",
		summary: "Mit einem strukturierten Fragenkatalog ermitteln Sie, ob und wie NIS2 Ihr Unternehmen betrifft, und planen die ersten Schritte.",
		text: "Der Workshop beginnt mit der Frage, ob Ihr Unternehmen als wichtige oder besonders wichtige Einrichtung gilt. " +
			"Danach gleichen Sie Ihren Stand mit den geforderten Risikomanagementmaßnahmen ab, von der Zugriffskontrolle bis zur Lieferkettensicherheit. " +
			"Sie erarbeiten eine Prioritätenliste und erfahren, wie Sie die Geschäftsleitung einbinden, die persönlich haftet. " +
			"Bitte bringen Sie Angaben zu Mitarbeiterzahl, Umsatz und Branche sowie eine Übersicht Ihrer IT-Systeme mit.",
		at: "darmstadt 4 tue 09:00, rheinland 10 wed 09:00",
	},
	{
		key: "ws-it-notfallplan", format: "workshop", topics: "it-sicherheit organisation", audiences: "handwerk handel dienstleistung", mode: "praesenz",
		title:   "IT-Notfallplan in einem Vormittag",
		summary: "Wer ruft wen an, wenn die Server verschlüsselt sind? Sie erstellen einen schlanken Notfallplan für Ihren Betrieb.",
		text: "Im Ernstfall zählt jede Stunde, und dann ist keine Zeit, Telefonnummern zusammenzusuchen. " +
			"Anhand einer Vorlage halten Sie fest, welche Systeme geschäftskritisch sind, wer entscheidet, welche Dienstleister zu informieren sind und wie Sie ohne IT weiterarbeiten. " +
			"Ein durchgespieltes Szenario zeigt, wo der Plan noch Lücken hat. " +
			"Sie verlassen den Workshop mit einem ausgefüllten Notfallplan zum Ausdrucken. " +
			"Ideal für Betriebe bis 50 Beschäftigte ohne eigene IT-Abteilung.",
		at: "schleswig-holstein 3 wed 09:00, handwerk 9 tue 09:00, ilmenau 15 wed 09:00",
	},
	{
		key: "ws-dsgvo-check", format: "workshop", topics: "recht daten", audiences: "handel dienstleistung handwerk", mode: "praesenz",
		title:   "DSGVO-Check für Website, Newsletter und Kundendaten",
		summary: "Impressum, Cookie-Banner, Einwilligungen: Sie prüfen Ihren eigenen Auftritt und beheben typische Fehler.",
		text: "Abmahnungen wegen Datenschutzfehlern treffen häufig kleine Unternehmen. " +
			"Gemeinsam gehen Sie Ihre Website, Ihr Kontaktformular und Ihren Newsletter durch und prüfen Datenschutzerklärung, eingebundene Dienste und Einwilligungen. " +
			"Außerdem besprechen wir das Verzeichnis der Verarbeitungstätigkeiten und wie Sie Auskunftsanfragen fristgerecht beantworten. " +
			"Bringen Sie einen Laptop mit und halten Sie die Zugangsdaten zu Ihrer Website bereit. " +
			"Eine Rechtsberatung im Einzelfall ersetzt der Workshop nicht.",
		at: "rheinland 4 tue 13:00, leipzig-halle 11 thu 13:00",
	},
	{
		key: "ws-digitaler-zwilling", home: true, format: "workshop", topics: "wertschoepfung sensorik-robotik daten", audiences: "industrie", mode: "praesenz", minutes: 420,
		title:   "Digitaler Zwilling: Von der Anlage zum Modell",
		summary: "Ganztägiger Workshop: Sie bauen einen einfachen digitalen Zwilling einer Förderstrecke und nutzen ihn für die virtuelle Inbetriebnahme.",
		text: "Am Vormittag lernen Sie die Bausteine eines digitalen Zwillings kennen: Geometrie, Verhalten, Daten und Schnittstellen. " +
			"Am Nachmittag verknüpfen Sie in Kleingruppen ein Simulationsmodell mit der realen Steuerung einer Demonstrationsanlage und testen Programmänderungen, bevor sie an die Maschine gehen. " +
			"So erleben Sie, wie sich Inbetriebnahmezeiten verkürzen lassen. " +
			"Grundkenntnisse in Automatisierungstechnik sind hilfreich. " +
			"Für Konstruktion, Steuerungstechnik und Fertigungsplanung.",
		at: "kaiserslautern 8 tue 09:00, hannover 16 thu 09:00",
	},
	{
		key: "ws-co2-werkstatt", format: "workshop", topics: "nachhaltigkeit daten", audiences: "industrie handwerk handel", mode: "praesenz",
		title:   "CO2-Bilanz selbst erstellen: Werkstatt mit eigenen Zahlen",
		summary: "Mit Strom-, Wärme- und Fuhrparkdaten Ihres Betriebs erstellen Sie eine erste Treibhausgasbilanz.",
		text: "In dieser Werkstatt rechnen Sie nicht mit Beispieldaten, sondern mit Ihren eigenen. " +
			"Wir führen Sie durch die Erfassung von Scope 1 und 2 und zeigen, welche Scope-3-Kategorien für Sie wesentlich sind. " +
			"Sie lernen, Emissionsfaktoren richtig auszuwählen, und erhalten Hinweise, wie Sie die Bilanz jährlich mit wenig Aufwand fortschreiben. " +
			"Bitte bringen Sie Jahresabrechnungen für Strom und Heizenergie, Tankbelege oder Kilometerstände sowie einen Laptop mit.",
		at: "chemnitz 5 wed 09:00, schleswig-holstein 12 tue 09:00, darmstadt 20 thu 09:00",
	},
	{
		key: "ws-shopfloor", format: "workshop", topics: "wertschoepfung sensorik-robotik organisation", audiences: "industrie", mode: "praesenz",
		title:   "Shopfloor-Digitalisierung: Papierlos in der Fertigung",
		summary: "Auftragsmappe, Laufkarte, Schichtbuch: Welche Papiere sich in der Fertigung digitalisieren lassen und wie Sie anfangen.",
		text: "Papier in der Fertigung kostet Suchzeit und führt zu Übertragungsfehlern. " +
			"Im Workshop analysieren Sie den Informationsfluss an einem Beispielarbeitsplatz und entwerfen eine digitale Lösung mit Tablet, Scanner und Werkerführung. " +
			"Wir stellen verschiedene Systemklassen vor, von einfachen No-Code-Apps bis zum Manufacturing Execution System. " +
			"Sie erfahren außerdem, wie Sie Beschäftigte an der Maschine einbinden. " +
			"Für Produktionsleitung, Arbeitsvorbereitung und Schichtführung.",
		at: "ruhr-owl 1 wed 09:00, chemnitz 12 wed 09:00",
	},
	{
		key: "ws-e-rechnung", format: "workshop", topics: "organisation recht", audiences: "handwerk handel dienstleistung", mode: "praesenz",
		title:   "E-Rechnung einrichten: Vom Rechnungseingang bis zur Buchhaltung",
		summary: "Ein Nachmittag, an dem Sie Ihren Rechnungsprozess auf E-Rechnung umstellen – mit Ihrer eigenen Software.",
		text: "Nach einem kurzen Überblick über Formate und Fristen geht es an die Praxis. " +
			"Sie richten in Ihrer Buchhaltungs- oder Branchensoftware den Empfang und Versand strukturierter Rechnungen ein und prüfen Testrechnungen mit einem Validierungswerkzeug. " +
			"Wir zeigen, wie Sie eingehende Rechnungen revisionssicher archivieren und an Ihr Steuerbüro weitergeben. " +
			"Bitte bringen Sie einen Laptop mit Zugang zu Ihrer Rechnungssoftware mit. " +
			"Für Büroleitungen, Buchhaltung und Inhaber kleiner Betriebe.",
		at: "handwerk 3 tue 13:00, leipzig-halle 4 wed 13:00, ilmenau 12 thu 13:00",
	},
	{
		key: "ws-business-model-canvas", format: "workshop", topics: "geschaeftsmodelle strategie", audiences: "alle", mode: "praesenz",
		title:   "Geschäftsmodelle neu denken mit dem Business Model Canvas",
		summary: "Kundennutzen, Erlöse, Partner: Sie skizzieren Ihr heutiges Geschäftsmodell und entwickeln digitale Varianten.",
		text: "Digitale Technologien verändern, wie Unternehmen Werte schaffen und Geld verdienen. " +
			"Mit dem Business Model Canvas bilden Sie zunächst Ihr bestehendes Geschäft ab und erkennen, wo es verwundbar ist. " +
			"Anschließend entwickeln Sie mit Methoden wie Musterkarten und Kundenreisen neue Ideen, etwa Serviceangebote oder Abonnements. " +
			"Der Workshop lebt vom Austausch zwischen Betrieben verschiedener Branchen. " +
			"Vorbereitung ist nicht nötig, Neugier schon.",
		at: "berlin 4 thu 09:00, ilmenau 8 tue 09:00, leipzig-halle 16 tue 09:00",
	},
	{
		key: "ws-plattformstrategie", format: "workshop", topics: "plattformen geschaeftsmodelle", audiences: "handel industrie", mode: "praesenz",
		title:   "Eigene Plattform oder Marktplatz? Strategie-Workshop",
		summary: "Sie bewerten, ob Ihr Unternehmen eine Plattform aufbauen, sich an einer beteiligen oder über bestehende Marktplätze verkaufen sollte.",
		text: "Plattformen folgen eigenen Gesetzen: Netzwerkeffekte, Gebührenmodelle und der Kampf um die Kundenschnittstelle. " +
			"Im Workshop lernen Sie diese Mechanismen kennen und wenden sie auf Ihr Geschäft an. " +
			"Mit einem Bewertungsraster vergleichen Sie Optionen und diskutieren sie mit anderen Unternehmen. " +
			"Sie erhalten zudem Hinweise zu rechtlichen Rahmenbedingungen wie dem Digital Markets Act. " +
			"Für Geschäftsführung, Vertrieb und Marketing.",
		at: "ilmenau 2 wed 09:00, berlin 14 tue 09:00",
	},
	{
		key: "ws-hybrides-team", format: "workshop", topics: "arbeit organisation", audiences: "dienstleistung alle", mode: "praesenz",
		title:   "Gute Zusammenarbeit im hybriden Team",
		summary: "Teamvereinbarungen, Werkzeuge, Rituale: Sie entwickeln Spielregeln für ein Team, das teils vor Ort, teils mobil arbeitet.",
		text: "Wenn ein Teil des Teams im Büro sitzt und ein Teil von zu Hause arbeitet, entstehen schnell Informationsgefälle. " +
			"Sie lernen Methoden kennen, mit denen Teams ihre Zusammenarbeit bewusst gestalten, von der Kommunikationsmatrix bis zum Check-in. " +
			"Am Ende steht der Entwurf einer Teamvereinbarung, die Sie mit Ihren Kolleginnen und Kollegen weiterentwickeln. " +
			"Bringen Sie gern eine Person aus Ihrem Team mit.",
		at: "berlin 6 mon 13:00, schleswig-holstein 17 thu 13:00",
	},
	{
		key: "ws-change-werkzeuge", format: "workshop", topics: "organisation qualifizierung", audiences: "alle", mode: "praesenz",
		title:   "Veränderung gestalten: Change-Werkzeuge für die Digitalisierung",
		summary: "Stakeholder-Analyse, Kommunikationsplan, Umgang mit Widerstand: ein Werkzeugkasten für Ihr nächstes Digitalisierungsprojekt.",
		text: "Neue Software oder KI verändern Arbeitsweisen, und Veränderung erzeugt Reibung. " +
			"Sie lernen, Betroffene und ihre Interessen zu erfassen, eine Botschaft für Ihr Vorhaben zu formulieren und Widerstand als Hinweis zu verstehen. " +
			"Anhand eines eigenen Projekts erstellen Sie einen einfachen Change-Fahrplan. " +
			"Der Workshop eignet sich für Projektverantwortliche, Führungskräfte und Personalverantwortliche.",
		at: "ruhr-owl 5 thu 09:00, hannover 13 tue 09:00",
	},
	{
		key: "ws-kooperationswerkstatt", format: "workshop", topics: "startups geschaeftsmodelle", audiences: "alle startups", mode: "praesenz",
		title:   "Kooperationswerkstatt: Mittelstand trifft Gründerteams",
		summary: "Unternehmen schildern eine Herausforderung, Start-ups skizzieren Lösungen – und beide Seiten lernen, wie eine Kooperation anläuft.",
		text: "Im ersten Teil stellen teilnehmende Unternehmen kurz eine konkrete Aufgabe vor, etwa in Logistik, Kundenservice oder Qualitätssicherung. " +
			"Ausgewählte Start-ups aus der Region entwickeln daraufhin in gemischten Gruppen erste Lösungsansätze. " +
			"Im zweiten Teil geht es um den Rahmen: Geheimhaltung, Pilotvertrag, Budget und Zeitplan. " +
			"Unternehmen bereiten bitte eine Herausforderung auf einer Seite vor, Start-ups bringen einen kurzen Steckbrief mit.",
		at: "berlin 8 thu 13:00, leipzig-halle 10 wed 13:00",
	},
	{
		key: "ws-datenraeume", format: "workshop", topics: "datenaustausch daten", audiences: "industrie", mode: "praesenz",
		title:   "Daten sicher teilen: Workshop zu Datenräumen und Gaia-X",
		summary: "Sie spielen einen Datenaustausch zwischen Zulieferer und Hersteller durch und lernen dabei Konnektoren und Nutzungsregeln kennen.",
		text: "An einer Testumgebung erleben Sie, wie ein Unternehmen Messdaten über einen Datenraum bereitstellt und festlegt, wer sie wofür verwenden darf. " +
			"Sie formulieren selbst Nutzungsbedingungen und sehen, wie der Konnektor sie durchsetzt. " +
			"Danach überlegen Sie, welche eigenen Daten sich für einen Austausch eignen und welche Partner infrage kommen. " +
			"Ein Laptop mit aktuellem Browser genügt.",
		at: "kaiserslautern 6 thu 09:00, rheinland 18 tue 09:00",
	},
	{
		key: "ws-blockchain-herkunft", format: "workshop", topics: "blockchain wertschoepfung", audiences: "industrie handel", mode: "praesenz",
		title:   "Blockchain für Herkunftsnachweise: Ein Prototyp an einem Vormittag",
		summary: "Sie verfolgen eine Warensendung vom Erzeuger bis ins Regal und dokumentieren jeden Schritt in einer Test-Blockchain.",
		text: "Wie lässt sich nachweisen, woher ein Produkt stammt und wie es transportiert wurde? " +
			"In Rollen als Erzeuger, Spediteur und Händler tragen Sie Ereignisse in eine Blockchain ein und prüfen, was sich nachträglich noch verändern lässt und was nicht. " +
			"Anschließend diskutieren wir, wann der Aufwand gerechtfertigt ist und welche Alternativen es gibt. " +
			"Vorkenntnisse brauchen Sie nicht, einen Laptop schon.",
		at: "kaiserslautern 11 wed 09:00, darmstadt 24 tue 09:00",
	},
	{
		key: "ws-ki-qualitaetspruefung", home: true, format: "workshop", topics: "ki sensorik-robotik", audiences: "industrie", mode: "praesenz", minutes: 420,
		title:   "KI-Qualitätsprüfung mit der Kamera: Ihr erstes Modell",
		summary: "Bilder aufnehmen, beschriften, trainieren, testen: Sie bauen an einem Tag eine KI-gestützte Sichtprüfung für ein Beispielbauteil.",
		text: "Sie arbeiten mit Industriekameras und einem Prüfplatz, an dem Bauteile mit und ohne Fehler vorbeilaufen. " +
			"Nach dem Aufnehmen und Beschriften der Bilder trainieren Sie mit einer No-Code-Software ein Erkennungsmodell und bewerten seine Treffsicherheit. " +
			"Wir besprechen, warum Beleuchtung oft wichtiger ist als der Algorithmus und wie viele Fehlerbilder Sie wirklich brauchen. " +
			"Gern können Sie eigene Musterteile mitbringen, wenn Sie diese vorher mit uns abstimmen.",
		at: "chemnitz 7 tue 09:00, ruhr-owl 13 wed 09:00",
	},
	{
		key: "ws-prompt-werkstatt-marketing", format: "workshop", topics: "ki", audiences: "handel dienstleistung", mode: "praesenz",
		title:   "Prompt-Werkstatt für Marketing und Vertrieb",
		summary: "Newsletter, Produkttexte, Social-Media-Beiträge: Sie entwickeln mit KI eine Kampagne für Ihr eigenes Angebot.",
		text: "Generative KI kann Marketingteams viel Arbeit abnehmen, wenn man ihr die richtigen Vorgaben macht. " +
			"Sie erarbeiten eine Tonalitätsbeschreibung Ihrer Marke, lassen Texte und Bildideen entwickeln und überarbeiten sie kritisch. " +
			"Dabei lernen Sie, wie Sie Rechte an Bildern klären und KI-Inhalte kennzeichnen. " +
			"Bringen Sie einen Laptop und ein Produkt oder eine Dienstleistung mit, die Sie bewerben möchten.",
		at: "leipzig-halle 2 thu 09:00, schleswig-holstein 9 wed 13:00, hannover 21 wed 13:00",
	},
	{
		key: "ws-prozesse-sichtbar", format: "workshop", topics: "organisation strategie", audiences: "alle", mode: "praesenz",
		title:   "Prozesse sichtbar machen, bevor man digitalisiert",
		summary: "Mit Karten und Klebezetteln nehmen Sie einen Ablauf Ihres Betriebs auf und finden Medienbrüche und Wartezeiten.",
		text: "Wer einen schlechten Prozess digitalisiert, hat danach einen schlechten digitalen Prozess. " +
			"In diesem Workshop modellieren Sie einen Kernablauf, etwa von der Anfrage bis zur Rechnung, und markieren, wo Informationen mehrfach erfasst werden. " +
			"Daraus leiten Sie ab, welche Schritte sich vereinfachen oder automatisieren lassen. " +
			"Es hilft, wenn Sie vorher kurz notieren, welche Formulare und Programme in dem Ablauf vorkommen.",
		at: "ilmenau 4 wed 09:00, rheinland 13 tue 09:00",
	},
	{
		key: "ws-lean-digital", home: true, format: "workshop", topics: "wertschoepfung organisation", audiences: "industrie", mode: "praesenz",
		title:   "Lean trifft Digitalisierung: Verschwendung im Informationsfluss",
		summary: "Wertstromanalyse einmal anders: Sie untersuchen nicht nur Material, sondern auch Daten und Informationen auf ihrem Weg durch die Fertigung.",
		text: "Lean-Methoden haben Materialflüsse schlank gemacht, der Informationsfluss ist oft noch voller Umwege. " +
			"Sie lernen die Wertstromanalyse 4.0 kennen und wenden sie in unserer Lernfabrik auf einen realen Auftrag an. " +
			"Gemeinsam identifizieren Sie Suchzeiten, doppelte Datenerfassung und fehlende Rückmeldungen und entwickeln Verbesserungen. " +
			"Grundkenntnisse in Lean Management sind von Vorteil.",
		at: "hannover 10 wed 09:00, chemnitz 20 tue 09:00",
	},
	{
		key: "ws-energiefresser", home: true, format: "workshop", topics: "nachhaltigkeit sensorik-robotik", audiences: "industrie handwerk", mode: "praesenz",
		title:   "Energiefresser finden: Messworkshop für Werkstatt und Produktion",
		summary: "Mit mobilen Messgeräten gehen Sie auf Spurensuche nach Leerlaufverbräuchen, Lastspitzen und Druckluftverlusten.",
		text: "Nach einer kurzen Einführung in Messtechnik und Energiekennzahlen messen Sie an Maschinen, Kompressoren und Beleuchtung unserer Modellfabrik. " +
			"Sie lernen, Messergebnisse richtig zu deuten und Einsparmaßnahmen nach Wirtschaftlichkeit zu ordnen. " +
			"Zum Abschluss planen Sie eine Messkampagne für Ihren eigenen Betrieb. " +
			"Bringen Sie, wenn möglich, Ihre letzte Stromabrechnung mit Lastgang mit.",
		at: "darmstadt 7 tue 09:00, hannover 24 tue 09:00",
	},
	{
		key: "ws-digitale-baustelle", format: "workshop", topics: "plattformen organisation", audiences: "handwerk", mode: "praesenz",
		title:   "Die digitale Baustelle: Apps für Aufmaß, Fotodoku und Zeiterfassung",
		summary: "Sie testen Baustellen-Apps auf dem eigenen Smartphone und finden heraus, welche zu Ihrem Betrieb passen.",
		text: "Zettelwirtschaft zwischen Baustelle und Büro kostet Zeit und Geld. " +
			"Im Workshop probieren Sie Apps für digitales Aufmaß, Fotodokumentation, Mängelmeldungen und Arbeitszeiterfassung aus. " +
			"Wir vergleichen Preise, Bedienbarkeit und die Anbindung an Ihre Handwerkersoftware. " +
			"Bringen Sie Ihr Smartphone mit und überlegen Sie vorher, welche Aufgabe Sie am meisten nervt.",
		at: "handwerk 7 thu 13:00, handwerk 14 wed 13:00",
	},
	{
		key: "ws-dokumente-ki", format: "workshop", topics: "ki daten organisation", audiences: "alle", mode: "praesenz",
		title:   "Belege, Lieferscheine, Aufträge: Dokumente mit KI auslesen",
		summary: "Sie richten eine automatische Belegerkennung ein und prüfen, wie zuverlässig sie bei Ihren eigenen Dokumenten arbeitet.",
		text: "Viele Daten kommen noch als PDF oder Papier ins Haus und werden von Hand abgetippt. " +
			"Sie lernen, wie moderne Dokumenten-KI Felder wie Lieferant, Positionen und Beträge erkennt und an Buchhaltung oder Warenwirtschaft übergibt. " +
			"Mit Beispieldokumenten und – wenn Sie möchten – eigenen, geschwärzten Belegen testen Sie verschiedene Werkzeuge. " +
			"Zum Schluss berechnen Sie, wie viel Zeit sich in Ihrem Betrieb sparen lässt.",
		at: "rheinland 6 thu 09:00, darmstadt 13 wed 09:00, ruhr-owl 22 wed 09:00",
	},
	{
		key: "ws-cyber-awareness", format: "workshop", topics: "it-sicherheit qualifizierung", audiences: "alle", mode: "praesenz",
		title:   "Cyber-Awareness-Training für Beschäftigte",
		summary: "Interaktives Training mit Live-Hacking: Ihre Beschäftigten erleben, wie Angreifer vorgehen, und lernen, sich zu schützen.",
		text: "Ein Sicherheitsforscher zeigt live, wie schnell ein schwaches Passwort geknackt oder ein USB-Stick zur Falle wird. " +
			"In Übungen erkennen die Teilnehmenden gefälschte E-Mails, unsichere Webseiten und Anrufe von angeblichen Support-Mitarbeitern. " +
			"Das Training richtet sich ausdrücklich an Beschäftigte ohne IT-Hintergrund, vom Empfang bis zur Werkstatt. " +
			"Gern können Unternehmen mehrere Personen anmelden.",
		at: "schleswig-holstein 5 thu 09:00, darmstadt -1 wed 09:00, ilmenau 19 tue 09:00",
	},
	{
		key: "ws-lernkultur", format: "workshop", topics: "qualifizierung arbeit organisation", audiences: "alle", mode: "praesenz",
		title:   "Lernkultur im Betrieb: Weiterbildung planen, die ankommt",
		summary: "Welche Kompetenzen braucht Ihr Team in drei Jahren? Sie erstellen eine einfache Kompetenzlandkarte und einen Lernplan.",
		text: "Digitalisierung und KI verändern Tätigkeiten schneller, als Stellenbeschreibungen angepasst werden. " +
			"Im Workshop erfassen Sie die heutigen und künftig benötigten Kompetenzen Ihres Teams und leiten daraus Lernziele ab. " +
			"Wir stellen Formate vor, die sich im Alltag bewährt haben, vom Lerntandem bis zur Lernplattform, und zeigen Fördermöglichkeiten. " +
			"Für Geschäftsführung, Personalverantwortliche und Ausbildungsleitungen.",
		at: "chemnitz 10 wed 13:00, ilmenau 22 wed 13:00",
	},
	{
		key: "ws-usability-test", home: true, format: "workshop", topics: "plattformen geschaeftsmodelle", audiences: "dienstleistung handel", mode: "praesenz",
		title:   "Nutzerfreundliche Kundenportale: Usability-Test im Selbstversuch",
		summary: "Sie testen Ihre eigene Website oder Ihr Kundenportal mit echten Testpersonen in unserem Usability-Labor.",
		text: "Ob Kundinnen und Kunden ein Online-Angebot nutzen, hängt stark von der Bedienbarkeit ab. " +
			"Sie lernen einfache Methoden des Usability-Testings kennen und beobachten im Labor, wie Testpersonen Aufgaben auf Ihrer Seite lösen. " +
			"Gemeinsam werten wir die Beobachtungen aus und formulieren Verbesserungen, die ohne großes Budget umsetzbar sind. " +
			"Bitte schicken Sie uns den Link zu Ihrer Website oder Ihrem Portal eine Woche vorher.",
		at: "ilmenau 7 tue 13:00, leipzig-halle 21 thu 13:00",
	},
	{
		key: "ws-datenstrategie", format: "workshop", topics: "daten strategie", audiences: "industrie dienstleistung", mode: "praesenz", minutes: 420,
		title:   "Die eigene Datenstrategie in einem Tag",
		summary: "Welche Daten haben Sie, welche brauchen Sie, und wer kümmert sich darum? Ein Arbeitstag für Ihre Datenstrategie.",
		text: "Eine Datenstrategie muss kein dickes Dokument sein. " +
			"Am Vormittag erstellen Sie eine Landkarte Ihrer Datenquellen und bewerten deren Qualität und Zugänglichkeit. " +
			"Am Nachmittag verknüpfen Sie diese mit Ihren Unternehmenszielen und legen Rollen, Regeln und erste Projekte fest. " +
			"Zum Abschluss erhalten Sie eine kompakte Vorlage, die Sie im Betrieb weiterentwickeln können. " +
			"Am besten kommen Sie mit einer Person aus der IT und einer aus dem Fachbereich.",
		at: "rheinland 1 tue 09:00, kaiserslautern 15 wed 09:00",
	},
	{
		key: "ws-ki-readiness", format: "workshop", topics: "ki strategie daten", audiences: "alle", mode: "praesenz",
		title:   "KI-Readiness-Workshop: Wo steht Ihr Unternehmen?",
		summary: "Strategie, Daten, Technik, Kompetenzen, Kultur: Sie ermitteln Ihren KI-Reifegrad und vergleichen sich mit ähnlichen Betrieben.",
		text: "Zu Beginn füllen Sie den KI-Readiness-Check dieser Plattform aus, allein oder im Team. " +
			"Unsere KI-Trainer erläutern die Ergebnisse je Dimension und zeigen, was hinter einem niedrigen oder hohen Wert steckt. " +
			"In Kleingruppen entwickeln Sie Maßnahmen für die Bereiche mit dem größten Nachholbedarf. " +
			"Ein Laptop oder Tablet ist für den Check erforderlich.",
		at: "hannover -1 tue 09:00, leipzig-halle 6 tue 09:00, ruhr-owl 10 tue 09:00, berlin 19 thu 09:00",
	},
	{
		key: "ws-kreislaufwirtschaft", format: "workshop", topics: "nachhaltigkeit geschaeftsmodelle", audiences: "industrie handel", mode: "praesenz",
		title:   "Kreislaufwirtschaft: Produkte und Services zirkulär gestalten",
		summary: "Reparieren, wiederverwenden, zurücknehmen: Sie entwickeln zirkuläre Ideen für ein Produkt Ihres Unternehmens.",
		text: "Kreislaufwirtschaft ist mehr als Recycling. " +
			"Mit der Methode der zirkulären Geschäftsmodellmuster untersuchen Sie, wie Ihr Produkt länger genutzt, repariert oder zurückgenommen werden kann. " +
			"Digitale Werkzeuge wie Produktpässe und Rücknahmeportale helfen dabei, solche Modelle wirtschaftlich zu machen. " +
			"Bringen Sie ein Produkt mit, gern auch als Foto oder Datenblatt.",
		at: "schleswig-holstein 15 wed 09:00",
	},
	{
		key: "ws-schichtplanung", format: "workshop", topics: "arbeit organisation", audiences: "industrie handwerk", mode: "praesenz",
		title:   "Schichtplanung und flexible Arbeitszeit digital organisieren",
		summary: "Wunschdienstplan, Schichttausch per App, Zeitkonten: neue Arbeitsmodelle für Betriebe mit Präsenzarbeit.",
		text: "Auch wer nicht von zu Hause arbeiten kann, wünscht sich mehr Einfluss auf die eigene Arbeitszeit. " +
			"Sie lernen Modelle wie Wahlarbeitszeit, Schichttausch und Vier-Tage-Woche kennen und sehen, wie digitale Werkzeuge die Planung erleichtern. " +
			"In Übungen gleichen Sie betriebliche Anforderungen und Wünsche der Beschäftigten ab. " +
			"Für Schichtleitungen, Personalverantwortliche und Betriebsräte.",
		at: "ruhr-owl 7 mon 13:00, handwerk 18 mon 13:00",
	},
	{
		key: "ws-sensorik-nachruesten", home: true, format: "workshop", topics: "sensorik-robotik daten", audiences: "industrie", mode: "praesenz",
		title:   "Alte Maschinen, neue Daten: Sensorik nachrüsten",
		summary: "Retrofit statt Neukauf: Sie rüsten eine Bestandsmaschine mit Sensoren aus und bringen die Daten aufs Dashboard.",
		text: "Viele Maschinen im Mittelstand sind jahrzehntealt und laufen zuverlässig, liefern aber keine Daten. " +
			"Sie lernen, welche Größen sich mit nachrüstbaren Sensoren messen lassen, und installieren selbst Strom-, Vibrations- und Temperatursensoren an einer Demonstrationsmaschine. " +
			"Anschließend visualisieren Sie die Daten und besprechen Funk, Datensicherheit und Kosten. " +
			"Für Instandhaltung, Elektrofachkräfte und Produktionsleitung.",
		at: "chemnitz -3 thu 09:00, kaiserslautern 17 thu 09:00",
	},
	{
		key: "ws-onlineshop-ki", format: "workshop", topics: "ki plattformen", audiences: "handel", mode: "praesenz",
		title:   "Produkttexte und Bilder mit KI für den Onlineshop",
		summary: "Sie erstellen mit KI-Werkzeugen Produktbeschreibungen und Freisteller für Ihren Shop – schnell, einheitlich und suchmaschinenfreundlich.",
		text: "Gute Produktdaten verkaufen, sind aber aufwendig zu erstellen. " +
			"Sie lernen, wie Sie aus Datenblättern mit KI einheitliche Beschreibungen erzeugen, wie Sie Produktfotos freistellen und wie Sie Texte für Suchmaschinen optimieren. " +
			"Wir sprechen auch über Qualitätskontrolle und Haftung für falsche Angaben. " +
			"Bringen Sie einen Laptop und fünf bis zehn Produkte aus Ihrem Sortiment mit.",
		at: "leipzig-halle 8 mon 09:00, schleswig-holstein 21 mon 09:00",
	},
	{
		key: "ws-it-vertraege", format: "workshop", topics: "recht it-sicherheit", audiences: "alle", mode: "praesenz",
		title:   "Verträge mit Software- und KI-Anbietern: Worauf achten?",
		summary: "Laufzeiten, Datenzugriff, Haftung, Ausstieg: Sie prüfen einen Mustervertrag und lernen, die richtigen Fragen zu stellen.",
		text: "Cloud-Software und KI-Dienste werden meist über Standardverträge bezogen, die selten jemand vollständig liest. " +
			"Ein Fachanwalt für IT-Recht führt durch die wichtigsten Klauseln, von Verfügbarkeit und Datenstandort bis zur Nutzung Ihrer Eingaben für das Training. " +
			"In Gruppen prüfen Sie einen anonymisierten Vertrag und formulieren Nachverhandlungspunkte. " +
			"Wenn Sie möchten, bringen Sie einen eigenen Vertrag mit.",
		at: "rheinland 20 thu 13:00, darmstadt 11 thu 13:00",
	},
	{
		key: "ws-agile-projekte", format: "workshop", topics: "organisation arbeit", audiences: "alle", mode: "praesenz",
		title:   "Digitalisierungsprojekte agil steuern",
		summary: "Kanban-Board, kurze Zyklen, regelmäßige Rückschau: agile Methoden im Maßstab kleiner Unternehmen.",
		text: "Digitalisierungsprojekte verlaufen selten nach Plan, und genau dafür sind agile Methoden gemacht. " +
			"Sie lernen, wie Sie ein Vorhaben in kleine Schritte zerlegen, mit einem Kanban-Board steuern und in kurzen Abständen mit den Nutzern überprüfen. " +
			"Eine Planspiel-Runde macht die Unterschiede zum klassischen Vorgehen spürbar. " +
			"Für Projektverantwortliche, auch ohne Vorerfahrung mit Scrum oder Kanban.",
		at: "berlin 11 tue 13:00, ilmenau 14 tue 13:00",
	},
	{
		key: "ws-wissen-sichern", format: "workshop", topics: "ki qualifizierung organisation", audiences: "industrie handwerk", mode: "praesenz",
		title:   "Betriebswissen sichern: Wissensmanagement mit KI-Unterstützung",
		summary: "Wenn erfahrene Beschäftigte in Rente gehen, geht Wissen verloren. Sie lernen, es mit einfachen Mitteln und KI festzuhalten.",
		text: "Jedes Unternehmen lebt vom Erfahrungswissen seiner Beschäftigten, das selten aufgeschrieben ist. " +
			"Sie lernen Interviewtechniken, mit denen Sie dieses Wissen erschließen, und erfahren, wie KI aus Gesprächsaufnahmen Anleitungen und Checklisten erstellt. " +
			"Außerdem geht es darum, Wissen so abzulegen, dass es auch gefunden wird. " +
			"Bringen Sie ein Beispiel mit: eine Tätigkeit, die nur eine Person im Betrieb wirklich beherrscht.",
		at: "hannover 4 thu 09:00, handwerk 22 thu 09:00",
	},
	{
		key: "ws-innovationssprint", format: "workshop", topics: "startups ki geschaeftsmodelle", audiences: "industrie startups", mode: "praesenz", minutes: 420,
		title:   "Innovationssprint mit Start-ups",
		summary: "Ein Tag, ein Problem, ein Prototyp: Unternehmen und Start-ups arbeiten im Sprint-Format an einer gemeinsamen Lösung.",
		text: "Nach dem Vorbild des Design Sprints durchlaufen gemischte Teams aus Unternehmen und Start-ups an einem Tag alle Phasen von der Problemanalyse bis zum getesteten Prototyp. " +
			"Unternehmen bringen eine reale Fragestellung ein, die Start-ups ihre Technologien, oft aus dem Bereich KI. " +
			"Moderation und Material stellen wir. " +
			"Unternehmen reichen ihre Fragestellung bitte zwei Wochen vorher ein, damit wir passende Start-ups einladen können.",
		at: "leipzig-halle 13 thu 09:00",
	},
}
