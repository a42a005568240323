package web

import (
	"net/http"

	"lotse/store"
)

// routes is the whole URL surface of Lotse: pages, the JSON API, operations.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	s.mux = mux

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
	mux.Handle("GET /ki-check/ergebnis/{token}/bericht.pdf", s.page(s.readinessPDF))
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

	// Accounts (web/auth.go). State-changing routes are POSTs, guarded
	// against cross-site requests by the middleware.
	mux.Handle("GET /anmelden", s.page(s.loginPage))
	mux.Handle("POST /anmelden", s.page(s.login))
	mux.Handle("GET /anmelden/code", s.page(s.loginCodePage))
	mux.Handle("POST /anmelden/code", s.page(s.loginCode))
	mux.Handle("POST /abmelden", s.page(s.logout))
	mux.Handle("GET /passwort-vergessen", s.page(s.passwordForgotPage))
	mux.Handle("POST /passwort-vergessen", s.page(s.passwordForgot))
	mux.Handle("GET /passwort-neu", s.page(s.tokenPage(store.TokenReset)))
	mux.Handle("POST /passwort-neu", s.page(s.tokenUse(store.TokenReset)))
	mux.Handle("GET /einladung", s.page(s.tokenPage(store.TokenInvite)))
	mux.Handle("POST /einladung", s.page(s.tokenUse(store.TokenInvite)))
	mux.Handle("GET /konto", s.page(s.authed(s.accountPage)))
	mux.Handle("POST /konto/passwort", s.page(s.authed(s.accountPassword)))
	mux.Handle("GET /konto/zwei-faktor", s.page(s.authed(s.totpSetupPage)))
	mux.Handle("POST /konto/zwei-faktor", s.page(s.authed(s.totpEnable)))
	mux.Handle("POST /konto/zwei-faktor/aus", s.page(s.authed(s.totpDisable)))

	// Editorial area (web/editor.go): role and centre checked per offer.
	mux.Handle("GET /redaktion", s.page(s.authed(s.editorList)))
	mux.Handle("GET /redaktion/neu", s.page(s.authed(s.offerNewPage)))
	mux.Handle("POST /redaktion/neu", s.page(s.authed(s.offerCreate)))
	mux.Handle("GET /redaktion/angebote/{id}", s.page(s.authed(s.offerEditPage)))
	mux.Handle("POST /redaktion/angebote/{id}", s.page(s.authed(s.offerUpdate)))
	mux.Handle("GET /redaktion/angebote/{id}/vorschau", s.page(s.authed(s.offerPreview)))
	mux.Handle("POST /redaktion/angebote/{id}/status", s.page(s.authed(s.offerStatus)))
	mux.Handle("GET /redaktion/angebote/{id}/anmeldungen", s.page(s.authed(s.participantDates)))
	mux.Handle("GET /redaktion/angebote/{id}/anmeldungen/{date}", s.page(s.authed(s.participantList)))
	mux.Handle("GET /redaktion/angebote/{id}/anmeldungen/{date}/teilnehmende.csv", s.page(s.authed(s.participantCSV)))
	mux.Handle("POST /redaktion/angebote/{id}/anmeldungen/{date}/anwesenheit", s.page(s.authed(s.participantAttendance)))
	mux.Handle("POST /redaktion/angebote/{id}/anmeldungen/{date}/nachruecken", s.page(s.authed(s.participantMoveUp)))
	mux.Handle("POST /redaktion/angebote/{id}/anmeldungen/{date}/absagen", s.page(s.authed(s.participantCancelDate)))
	mux.Handle("POST /redaktion/angebote/{id}/anmeldungen/{date}/verschieben", s.page(s.authed(s.participantReschedule)))

	// Administration (web/admin.go): admins only.
	mux.Handle("GET /verwaltung", http.RedirectHandler("/verwaltung/benutzer", http.StatusSeeOther))
	mux.Handle("GET /verwaltung/benutzer", s.page(s.admin(s.adminUsers)))
	mux.Handle("POST /verwaltung/benutzer", s.page(s.admin(s.userInvite)))
	mux.Handle("GET /verwaltung/benutzer/{id}", s.page(s.admin(s.adminUser)))
	mux.Handle("POST /verwaltung/benutzer/{id}", s.page(s.admin(s.userUpdate)))
	mux.Handle("POST /verwaltung/benutzer/{id}/einladung", s.page(s.admin(s.userReinvite)))
	mux.Handle("POST /verwaltung/benutzer/{id}/loeschen", s.page(s.admin(s.userDelete)))
	mux.Handle("GET /verwaltung/zentren", s.page(s.admin(s.adminCentres)))
	mux.Handle("GET /verwaltung/zentren/neu", s.page(s.admin(s.centreNewPage)))
	mux.Handle("POST /verwaltung/zentren/neu", s.page(s.admin(s.centreCreate)))
	mux.Handle("GET /verwaltung/zentren/{slug}", s.page(s.admin(s.centreEditPage)))
	mux.Handle("POST /verwaltung/zentren/{slug}", s.page(s.admin(s.centreUpdate)))
	mux.Handle("GET /verwaltung/protokoll", s.page(s.admin(s.adminAudit)))
	mux.Handle("GET /verwaltung/begriffe", s.page(s.admin(s.adminLabels)))
	mux.Handle("POST /verwaltung/begriffe/{vocab}", s.page(s.admin(s.labelsUpdate)))

	// Operations and assets.
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("GET /static/", s.ui.serveStatic)
	mux.Handle("/", s.page(s.notFound))
	return mux
}
