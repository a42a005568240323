package web

import "net/http"

// routes is the whole URL surface of Lotse: pages, the JSON API, operations.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()

	// Portal pages.
	mux.Handle("GET /{$}", s.page(s.home))
	mux.Handle("GET /angebote", s.page(s.offerList))
	mux.Handle("GET /angebote/{id}", s.page(s.offerShow))
	mux.Handle("GET /zentren", s.page(s.centreList))
	mux.Handle("GET /zentren/{slug}", s.page(s.centreShow))
	mux.Handle("GET /ueber", s.page(s.about))
	mux.Handle("POST /angebote/{id}/anmeldung", s.page(s.registrationCreate))
	mux.Handle("GET /anmeldungen/{token}", s.page(s.registrationShow))
	mux.Handle("POST /anmeldungen/{token}/abmelden", s.page(s.registrationCancel))

	// Calendar feeds (webcal) and single events as .ics.
	mux.Handle("GET /kalender.ics", s.page(s.calendarAll))
	mux.Handle("GET /zentren/{slug}/kalender.ics", s.page(s.calendarCentre))
	mux.Handle("GET /themen/{slug}/kalender.ics", s.page(s.calendarTopic))
	mux.Handle("GET /angebote/{id}/kalender.ics", s.page(s.calendarOffer))

	// KI-Readiness-Check.
	mux.Handle("GET /ki-check", s.page(s.readinessForm))
	mux.Handle("POST /ki-check", s.page(s.readinessCreate))
	mux.Handle("GET /ki-check/so-rechnen-wir", s.page(s.readinessExplain))
	mux.Handle("GET /ki-check/ergebnis/{token}", s.page(s.readinessShow))
	mux.Handle("GET /ki-check/ergebnis/{token}/wiederholen", s.page(s.readinessRepeat))
	mux.Handle("POST /ki-check/ergebnis/{token}/loeschen", s.page(s.readinessDelete))

	// Daten-Check.
	mux.Handle("GET /daten-check", s.page(s.datacheckPage))

	// Public JSON API.
	mux.Handle("GET /api/v1/centres", s.api(s.apiCentreList))
	mux.Handle("GET /api/v1/offers", s.api(s.apiOfferList))
	mux.Handle("GET /api/v1/offers/{id}", s.api(s.apiOfferShow))
	mux.Handle("POST /api/v1/offers/{id}/registrations", s.api(s.apiRegistrationCreate))
	mux.Handle("GET /api/v1/export", s.api(s.apiExport))
	mux.Handle("GET /api/v1/suggest", s.api(s.apiSuggest))
	mux.Handle("GET /api/v1/readiness/questionnaire", s.api(s.apiReadinessQuestionnaire))
	mux.Handle("POST /api/v1/readiness", s.api(s.apiReadinessCreate))
	mux.Handle("/api/", s.api(s.apiNotFound))

	// Operations and assets.
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("GET /static/", s.ui.serveStatic)
	mux.Handle("/", s.page(s.notFound))
	return mux
}
