package demo

import "lotse"

// centre is a demo centre with the places in its region where its on-site
// offers take place; the first place is its home.
type centre struct {
	lotse.Centre
	places []place
}

type place struct {
	city, postcode, state string
}

func centreBySlug(slug string) *centre {
	for i := range centreData {
		if centreData[i].Slug == slug {
			return &centreData[i]
		}
	}
	return nil
}

// centreData holds the centres the network opened in 2021, and Leipzig-Halle,
// which joined in December 2022. Websites and addresses are demo data.
var centreData = []centre{
	{
		Centre: lotse.Centre{
			Slug: "hannover", Name: "Mittelstand-Digital Zentrum Hannover", Kind: "regional", State: "DE-NI",
			City: "Garbsen", Lat: 52.4216, Lon: 9.5932, StartedOn: "2021-06-01",
			Website: "https://www.digitalzentrum-hannover.de",
			Topics:  []string{"ki", "daten", "wertschoepfung", "sensorik-robotik", "nachhaltigkeit", "organisation"},
			Description: "Das Zentrum am Produktionstechnischen Zentrum Hannover begleitet kleine und mittlere Unternehmen in Niedersachsen " +
				"von der ersten Idee bis zur eigenen KI-Anwendung, mit Lernfabrik, Demonstratoren und Umsetzungsprojekten.",
			Email: "kontakt@digitalzentrum-hannover.de",
		},
		places: []place{
			{"Garbsen", "30823", "DE-NI"},
			{"Hannover", "30159", "DE-NI"},
			{"Braunschweig", "38100", "DE-NI"},
			{"Göttingen", "37073", "DE-NI"},
			{"Osnabrück", "49074", "DE-NI"},
			{"Oldenburg", "26122", "DE-NI"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "handwerk", Name: "Mittelstand-Digital Zentrum Digitales Handwerk", Kind: "thematic", State: "",
			City: "Berlin", Lat: 52.5116, Lon: 13.3862, StartedOn: "2021-07-01",
			Website: "https://www.handwerkdigital.de",
			Topics:  []string{"ki", "daten", "geschaeftsmodelle", "plattformen", "it-sicherheit", "arbeit", "qualifizierung", "nachhaltigkeit"},
			Description: "Das bundesweite Zentrum für das Handwerk zeigt Betrieben in Schaufenstern und Werkstätten, " +
				"wie digitale Werkzeuge und KI den Arbeitsalltag von der Baustelle bis ins Büro erleichtern.",
			Email: "info@handwerkdigital.de",
		},
		places: []place{
			{"Berlin", "10117", "DE-BE"},
			{"Dortmund", "44135", "DE-NW"},
			{"Oldenburg", "26121", "DE-NI"},
			{"Koblenz", "56068", "DE-RP"},
			{"Bayreuth", "95444", "DE-BY"},
			{"Hamburg", "20355", "DE-HH"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "ruhr-owl", Name: "Mittelstand-Digital Zentrum Ruhr-OWL", Kind: "regional", State: "DE-NW",
			City: "Dortmund", Lat: 51.4925, Lon: 7.4137, StartedOn: "2021-07-01",
			Website: "https://www.digitalzentrum-ruhr-owl.de",
			Topics:  []string{"ki", "daten", "sensorik-robotik", "wertschoepfung", "arbeit", "organisation", "it-sicherheit"},
			Description: "Vom Ruhrgebiet bis nach Ostwestfalen-Lippe unterstützt das Zentrum produzierende Unternehmen " +
				"dabei, Daten nutzbar zu machen, KI einzuführen und ihre Beschäftigten auf diesem Weg mitzunehmen.",
			Email: "kontakt@digitalzentrum-ruhr-owl.de",
		},
		places: []place{
			{"Dortmund", "44227", "DE-NW"},
			{"Bochum", "44801", "DE-NW"},
			{"Paderborn", "33102", "DE-NW"},
			{"Bielefeld", "33615", "DE-NW"},
			{"Lemgo", "32657", "DE-NW"},
			{"Essen", "45127", "DE-NW"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "kaiserslautern", Name: "Mittelstand-Digital Zentrum Kaiserslautern", Kind: "regional", State: "DE-RP",
			City: "Kaiserslautern", Lat: 49.4289, Lon: 7.7526, StartedOn: "2021-08-01",
			Website: "https://www.digitalzentrum-kaiserslautern.de",
			Topics:  []string{"ki", "daten", "sensorik-robotik", "wertschoepfung", "blockchain", "datenaustausch"},
			Description: "In seinen Testumgebungen für Produktion und Logistik macht das Zentrum in Rheinland-Pfalz neue Technologien " +
				"wie KI, vernetzte Sensorik und Blockchain für kleine und mittlere Unternehmen greifbar.",
			Email: "kontakt@digitalzentrum-kaiserslautern.de",
		},
		places: []place{
			{"Kaiserslautern", "67663", "DE-RP"},
			{"Mainz", "55116", "DE-RP"},
			{"Ludwigshafen am Rhein", "67059", "DE-RP"},
			{"Trier", "54290", "DE-RP"},
			{"Koblenz", "56068", "DE-RP"},
			{"Pirmasens", "66953", "DE-RP"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "chemnitz", Name: "Mittelstand-Digital Zentrum Chemnitz", Kind: "regional", State: "DE-SN",
			City: "Chemnitz", Lat: 50.8133, Lon: 12.9296, StartedOn: "2021-09-01",
			Website: "https://www.digitalzentrum-chemnitz.de",
			Topics:  []string{"ki", "daten", "sensorik-robotik", "wertschoepfung", "nachhaltigkeit", "qualifizierung"},
			Description: "Das Zentrum in Chemnitz bringt die Forschung der Region zu Produktion, Leichtbau und KI in sächsische Betriebe, " +
				"mit Praxistagen an Maschinen und Roboterzellen.",
			Email: "kontakt@digitalzentrum-chemnitz.de",
		},
		places: []place{
			{"Chemnitz", "09126", "DE-SN"},
			{"Dresden", "01069", "DE-SN"},
			{"Zwickau", "08056", "DE-SN"},
			{"Freiberg", "09599", "DE-SN"},
			{"Plauen", "08523", "DE-SN"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "darmstadt", Name: "Mittelstand-Digital Zentrum Darmstadt", Kind: "regional", State: "DE-HE",
			City: "Darmstadt", Lat: 49.8770, Lon: 8.6545, StartedOn: "2021-09-01",
			Website: "https://www.digitalzentrum-darmstadt.de",
			Topics:  []string{"ki", "daten", "it-sicherheit", "nachhaltigkeit", "recht", "datenaustausch", "wertschoepfung"},
			Description: "Das hessische Zentrum verbindet Produktionsforschung, IT-Sicherheit und Energieeffizienz " +
				"und hilft Unternehmen, KI sicher und rechtskonform einzusetzen.",
			Email: "kontakt@digitalzentrum-darmstadt.de",
		},
		places: []place{
			{"Darmstadt", "64287", "DE-HE"},
			{"Frankfurt am Main", "60311", "DE-HE"},
			{"Wiesbaden", "65185", "DE-HE"},
			{"Kassel", "34117", "DE-HE"},
			{"Gießen", "35390", "DE-HE"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "berlin", Name: "Mittelstand-Digital Zentrum Berlin", Kind: "regional", State: "DE-BE",
			City: "Berlin", Lat: 52.5125, Lon: 13.3269, StartedOn: "2021-09-01",
			Website: "https://www.digitalzentrum-berlin.de",
			Topics:  []string{"ki", "geschaeftsmodelle", "plattformen", "startups", "arbeit", "organisation", "strategie"},
			Description: "Das Berliner Zentrum bringt Mittelstand und Start-ups zusammen und begleitet Unternehmen " +
				"in Berlin und Brandenburg bei Strategie, neuen Geschäftsmodellen und dem Einstieg in KI.",
			Email: "kontakt@digitalzentrum-berlin.de",
		},
		places: []place{
			{"Berlin", "10587", "DE-BE"},
			{"Berlin", "12489", "DE-BE"},
			{"Berlin", "10115", "DE-BE"},
			{"Potsdam", "14467", "DE-BB"},
			{"Cottbus", "03046", "DE-BB"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "ilmenau", Name: "Mittelstand-Digital Zentrum Ilmenau", Kind: "regional", State: "DE-TH",
			City: "Ilmenau", Lat: 50.6846, Lon: 10.9140, StartedOn: "2021-10-01",
			Website: "https://www.digitalzentrum-ilmenau.de",
			Topics:  []string{"ki", "daten", "plattformen", "geschaeftsmodelle", "it-sicherheit", "qualifizierung", "startups"},
			Description: "Das Zentrum an der Technischen Universität Ilmenau unterstützt Thüringer Unternehmen " +
				"bei digitalen Geschäftsmodellen, Plattformen, Usability und dem Einsatz von KI.",
			Email: "kontakt@digitalzentrum-ilmenau.de",
		},
		places: []place{
			{"Ilmenau", "98693", "DE-TH"},
			{"Erfurt", "99084", "DE-TH"},
			{"Jena", "07743", "DE-TH"},
			{"Suhl", "98527", "DE-TH"},
			{"Gera", "07545", "DE-TH"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "schleswig-holstein", Name: "Mittelstand-Digital Zentrum Schleswig-Holstein", Kind: "regional", State: "DE-SH",
			City: "Kiel", Lat: 54.3233, Lon: 10.1228, StartedOn: "2021-11-01",
			Website: "https://www.digitalzentrum-sh.de",
			Topics:  []string{"ki", "daten", "nachhaltigkeit", "geschaeftsmodelle", "arbeit", "it-sicherheit"},
			Description: "Zwischen Nord- und Ostsee hilft das Zentrum Betrieben aus Handwerk, Handel, Tourismus und Industrie, " +
				"digitale Lösungen und KI passend zu ihrer Größe einzuführen.",
			Email: "kontakt@digitalzentrum-sh.de",
		},
		places: []place{
			{"Kiel", "24103", "DE-SH"},
			{"Lübeck", "23552", "DE-SH"},
			{"Flensburg", "24937", "DE-SH"},
			{"Neumünster", "24534", "DE-SH"},
			{"Heide", "25746", "DE-SH"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "rheinland", Name: "Mittelstand-Digital Zentrum Rheinland", Kind: "regional", State: "DE-NW",
			City: "Sankt Augustin", Lat: 50.7497, Lon: 7.2013, StartedOn: "2021-11-01",
			Website: "https://www.digitalzentrum-rheinland.de",
			Topics:  []string{"ki", "daten", "strategie", "it-sicherheit", "recht", "datenaustausch", "organisation"},
			Description: "Von Aachen bis Bonn begleitet das Zentrum Rheinland kleine und mittlere Unternehmen " +
				"bei Datenstrategie, KI-Anwendungen, Cybersicherheit und den rechtlichen Fragen der Digitalisierung.",
			Email: "kontakt@digitalzentrum-rheinland.de",
		},
		places: []place{
			{"Sankt Augustin", "53757", "DE-NW"},
			{"Köln", "50667", "DE-NW"},
			{"Aachen", "52062", "DE-NW"},
			{"Bonn", "53111", "DE-NW"},
			{"Düsseldorf", "40213", "DE-NW"},
			{"Krefeld", "47798", "DE-NW"},
		},
	},
	{
		Centre: lotse.Centre{
			Slug: "leipzig-halle", Name: "Mittelstand-Digital Zentrum Leipzig-Halle", Kind: "regional", State: "DE-SN",
			City: "Leipzig", Lat: 51.3397, Lon: 12.3731, StartedOn: "2022-12-01",
			Website: "https://www.digitalzentrum-leipzig-halle.de",
			Topics:  []string{"ki", "daten", "plattformen", "geschaeftsmodelle", "wertschoepfung", "startups"},
			Description: "Das jüngste Zentrum des Netzwerks arbeitet länderübergreifend in Sachsen und Sachsen-Anhalt " +
				"und bringt Unternehmen mit Hochschulen und Start-ups der Region zusammen.",
			Email: "kontakt@digitalzentrum-leipzig-halle.de",
		},
		places: []place{
			{"Leipzig", "04109", "DE-SN"},
			{"Halle (Saale)", "06108", "DE-ST"},
			{"Leipzig", "04103", "DE-SN"},
			{"Merseburg", "06217", "DE-ST"},
			{"Dessau-Roßlau", "06844", "DE-ST"},
		},
	},
}
