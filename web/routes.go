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

	// Public JSON API.
	mux.Handle("GET /api/v1/centres", s.api(s.apiCentreList))
	mux.Handle("GET /api/v1/offers", s.api(s.apiOfferList))
	mux.Handle("GET /api/v1/offers/{id}", s.api(s.apiOfferShow))
	mux.Handle("POST /api/v1/offers/{id}/registrations", s.api(s.apiRegistrationCreate))
	mux.Handle("GET /api/v1/export", s.api(s.apiExport))
	mux.Handle("/api/", s.api(s.apiNotFound))

	// Operations and assets.
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("GET /static/", s.ui.serveStatic)
	mux.Handle("/", s.page(s.notFound))
	return mux
}
