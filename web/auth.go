package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"lotse"
	"lotse/mail"
	"lotse/store"
)

// Login sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure
// behind TLS); the database keeps the token's hash, so every instance knows
// every session. A login always starts a new session (new id).
const (
	sessionCookie  = "lotse_session"
	sessionTTL     = 12 * time.Hour
	pendingTTL     = 5 * time.Minute // between password and second factor
	inviteTTL      = 7 * 24 * time.Hour
	resetTTL       = time.Hour
	failureWindow  = 15 * time.Minute
	maxPerAccount  = 5  // failed logins per account and window
	maxPerAddress  = 20 // failed logins per client address and window
	maxResetsPerIP = 10 // reset requests per client address and window
)

type ctxKey int

const (
	userKey ctxKey = iota
	sessionKey
)

// withSession loads the session named by the cookie, if any. Requests
// without the cookie (all public visitors) cost no database access.
func (s *Server) withSession(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		if err != nil || c.Value == "" || strings.HasPrefix(r.URL.Path, "/static/") {
			h.ServeHTTP(w, r)
			return
		}
		sess, err := s.store.FindSession(r.Context(), c.Value)
		switch {
		case err == nil:
			ctx := context.WithValue(r.Context(), sessionKey, sess)
			if sess.Verified {
				ctx = context.WithValue(ctx, userKey, sess.User)
			}
			r = r.WithContext(ctx)
			// Pages of a logged-in user are personal: no caching anywhere.
			w.Header().Set("Cache-Control", "private, no-store")
		case lotse.ErrorCode(err) == lotse.ENOTFOUND:
			s.clearSessionCookie(w, r)
		default:
			s.logError(r, err)
		}
		h.ServeHTTP(w, r)
	})
}

// currentUser returns the logged-in user, or nil.
func currentUser(r *http.Request) *lotse.User {
	u, _ := r.Context().Value(userKey).(*lotse.User)
	return u
}

func currentSession(r *http.Request) *store.Session {
	sess, _ := r.Context().Value(sessionKey).(*store.Session)
	return sess
}

// authed wraps a handler that needs a login: without one, a GET is sent to
// the login page (and back afterwards), anything else gets 401.
func (s *Server) authed(h handler) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		if currentUser(r) == nil {
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/anmelden?weiter="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return nil
			}
			return lotse.Errorf(lotse.EUNAUTHORIZED, "Bitte melden Sie sich an.")
		}
		return h(w, r)
	}
}

// admin wraps a handler only administrators may use.
func (s *Server) admin(h handler) handler {
	return s.authed(func(w http.ResponseWriter, r *http.Request) error {
		if !lotse.CanAdminister(currentUser(r)) {
			return errForbidden
		}
		return h(w, r)
	})
}

var errForbidden = lotse.Errorf(lotse.EFORBIDDEN, "Dafür fehlt Ihrem Konto die Berechtigung.")

func (s *Server) secure(r *http.Request) bool {
	return r.TLS != nil || strings.HasPrefix(s.cfg.PublicURL, "https://")
}

func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, token string, ttl time.Duration) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: token, Path: "/", MaxAge: int(ttl.Seconds()),
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteLaxMode})
}

func (s *Server) clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteLaxMode})
}

// clientAddress is the address login limits count against: the last entry
// of Config.ClientIPHeader behind a proxy (the one the proxy itself added),
// else the connection's address.
func (s *Server) clientAddress(r *http.Request) string {
	if h := s.cfg.ClientIPHeader; h != "" {
		if v := r.Header.Values(h); len(v) > 0 {
			parts := strings.Split(v[len(v)-1], ",")
			if ip := strings.TrimSpace(parts[len(parts)-1]); ip != "" {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// localPath returns next if it is a path on this site, else def; it keeps
// the login from redirecting anywhere else.
func localPath(next, def string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return def
	}
	return next
}

// loginForm is the login page's data.
type loginForm struct {
	Email   string
	Next    string
	Message string // why the last attempt failed
	Notice  string // e.g. "logged out"
}

var loginNotices = map[string]string{
	"abgemeldet":         "Sie haben sich abgemeldet.",
	"passwort-gesetzt":   "Ihr Passwort ist gespeichert. Bitte melden Sie sich an.",
	"sitzung-abgelaufen": "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.",
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) error {
	if currentUser(r) != nil {
		http.Redirect(w, r, localPath(r.URL.Query().Get("weiter"), "/redaktion"), http.StatusSeeOther)
		return nil
	}
	return s.renderLogin(w, r, http.StatusOK, loginForm{Next: r.URL.Query().Get("weiter"), Notice: loginNotices[r.URL.Query().Get("hinweis")]})
}

func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, status int, f loginForm) error {
	w.Header().Set("Cache-Control", "no-store")
	p := s.newPage(r, "Anmelden")
	p.Section = "login"
	p.Data = f
	return s.ui.render(w, status, "login", p)
}

const (
	msgBadLogin = "E-Mail-Adresse oder Passwort ist falsch."
	msgTooMany  = "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut."
)

// loginLimited reports whether the account or the client address has failed
// too often. Unknown addresses are counted like known ones, so the answer
// does not tell whether an account exists.
func (s *Server) loginLimited(ctx context.Context, keys ...string) (bool, error) {
	n, err := s.store.Attempts(ctx, s.cfg.Now().Add(-failureWindow), keys...)
	if err != nil {
		return false, err
	}
	for _, k := range keys {
		limit := maxPerAddress
		if strings.HasPrefix(k, "account:") {
			limit = maxPerAccount
		}
		if n[k] >= limit {
			return true, nil
		}
	}
	return false, nil
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) error {
	f := loginForm{Email: strings.TrimSpace(r.PostFormValue("email")), Next: r.PostFormValue("weiter")}
	password := r.PostFormValue("password")
	ctx := r.Context()
	accountKey, addressKey := "account:"+lotse.NormalizeEmail(f.Email), "address:"+s.clientAddress(r)
	if limited, err := s.loginLimited(ctx, accountKey, addressKey); err != nil {
		return err
	} else if limited {
		f.Message = msgTooMany
		return s.renderLogin(w, r, http.StatusTooManyRequests, f)
	}
	u, hash, err := s.store.PasswordHash(ctx, f.Email)
	if err != nil && lotse.ErrorCode(err) != lotse.ENOTFOUND {
		return err
	}
	// CheckPassword spends the same time on an unknown account.
	if !lotse.CheckPassword(hash, password) || u == nil || !u.Active {
		if err := s.store.RecordAttempt(ctx, failureWindow, accountKey, addressKey); err != nil {
			return err
		}
		f.Message = msgBadLogin
		return s.renderLogin(w, r, http.StatusUnauthorized, f)
	}
	if err := s.store.ClearAttempts(ctx, accountKey); err != nil {
		return err
	}
	old := ""
	if c, err := r.Cookie(sessionCookie); err == nil {
		old = c.Value
	}
	next := localPath(f.Next, "/redaktion")
	if u.TOTP {
		token, err := s.store.CreateSession(ctx, u.ID, false, pendingTTL, old)
		if err != nil {
			return err
		}
		s.setSessionCookie(w, r, token, pendingTTL)
		http.Redirect(w, r, "/anmelden/code?weiter="+url.QueryEscape(next), http.StatusSeeOther)
		return nil
	}
	token, err := s.store.CreateSession(ctx, u.ID, true, sessionTTL, old)
	if err != nil {
		return err
	}
	s.setSessionCookie(w, r, token, sessionTTL)
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}

// codeForm is the second-factor page's data.
type codeForm struct {
	Next    string
	Message string
}

func (s *Server) loginCodePage(w http.ResponseWriter, r *http.Request) error {
	sess := currentSession(r)
	if sess == nil || sess.Verified {
		http.Redirect(w, r, "/anmelden", http.StatusSeeOther)
		return nil
	}
	return s.renderCode(w, r, http.StatusOK, codeForm{Next: r.URL.Query().Get("weiter")})
}

func (s *Server) renderCode(w http.ResponseWriter, r *http.Request, status int, f codeForm) error {
	p := s.newPage(r, "Anmelden: Bestätigungscode")
	p.Section = "login"
	p.Data = f
	return s.ui.render(w, status, "login_code", p)
}

func (s *Server) loginCode(w http.ResponseWriter, r *http.Request) error {
	sess := currentSession(r)
	if sess == nil || sess.Verified {
		http.Redirect(w, r, "/anmelden?hinweis=sitzung-abgelaufen", http.StatusSeeOther)
		return nil
	}
	ctx := r.Context()
	f := codeForm{Next: r.PostFormValue("weiter")}
	accountKey, addressKey := "account:"+sess.User.Email, "address:"+s.clientAddress(r)
	if limited, err := s.loginLimited(ctx, accountKey, addressKey); err != nil {
		return err
	} else if limited {
		f.Message = msgTooMany
		return s.renderCode(w, r, http.StatusTooManyRequests, f)
	}
	secret, last, err := s.store.TOTPSecret(ctx, sess.User.ID)
	if err != nil {
		return err
	}
	step, ok := lotse.CheckTOTP(secret, r.PostFormValue("code"), s.cfg.Now(), last)
	if ok {
		if ok, err = s.store.UseTOTPStep(ctx, sess.User.ID, step); err != nil {
			return err
		}
	}
	if !ok {
		if err := s.store.RecordAttempt(ctx, failureWindow, accountKey, addressKey); err != nil {
			return err
		}
		f.Message = "Der Code stimmt nicht. Bitte geben Sie den aktuellen sechsstelligen Code aus Ihrer App ein."
		return s.renderCode(w, r, http.StatusUnauthorized, f)
	}
	s.store.ClearAttempts(ctx, accountKey)
	c, _ := r.Cookie(sessionCookie)
	token, err := s.store.CreateSession(ctx, sess.User.ID, true, sessionTTL, c.Value)
	if err != nil {
		return err
	}
	s.setSessionCookie(w, r, token, sessionTTL)
	http.Redirect(w, r, localPath(f.Next, "/redaktion"), http.StatusSeeOther)
	return nil
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		if err := s.store.DeleteSession(r.Context(), c.Value); err != nil {
			return err
		}
	}
	s.clearSessionCookie(w, r)
	http.Redirect(w, r, "/anmelden?hinweis=abgemeldet", http.StatusSeeOther)
	return nil
}

// Password reset and invitations: a single-use link by e-mail. The token
// travels in the query string, which the request log leaves out.

type forgotForm struct {
	Email string
	Sent  bool
}

func (s *Server) passwordForgotPage(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "Passwort vergessen")
	p.Section = "login"
	p.Data = forgotForm{}
	return s.ui.render(w, http.StatusOK, "password_forgot", p)
}

func (s *Server) passwordForgot(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	f := forgotForm{Email: strings.TrimSpace(r.PostFormValue("email")), Sent: true}
	key := "reset:" + s.clientAddress(r)
	n, err := s.store.Attempts(ctx, s.cfg.Now().Add(-failureWindow), key)
	if err != nil {
		return err
	}
	if n[key] < maxResetsPerIP {
		if err := s.store.RecordAttempt(ctx, failureWindow, key); err != nil {
			return err
		}
		u, err := s.store.FindUserByEmail(ctx, f.Email)
		switch {
		case err == nil && u.Active:
			token, err := s.store.CreateToken(ctx, nil, u.ID, store.TokenReset, resetTTL)
			if err != nil {
				return err
			}
			// A failure is logged, not shown: the answer must not differ
			// between known and unknown addresses.
			if err := s.sendMail(ctx, r, u.Email, "Lotse: Passwort zurücksetzen", resetMail, "/passwort-neu?t="+token); err != nil {
				s.logError(r, fmt.Errorf("send password reset mail: %w", err))
			}
		case err != nil && lotse.ErrorCode(err) != lotse.ENOTFOUND:
			return err
		}
	}
	// The same answer whether or not the account exists.
	p := s.newPage(r, "Passwort vergessen")
	p.Section = "login"
	p.Data = f
	return s.ui.render(w, http.StatusOK, "password_forgot", p)
}

const resetMail = `Guten Tag,

für Ihr Konto bei Lotse wurde ein neues Passwort angefordert. Über diesen
Link können Sie es innerhalb einer Stunde einmal festlegen:

%s

Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren;
Ihr bisheriges Passwort bleibt gültig.

Lotse – die Plattform des Mittelstand-Digital-Netzwerks
`

const inviteMail = `Guten Tag,

Sie wurden zu Lotse, der Plattform des Mittelstand-Digital-Netzwerks,
eingeladen (Rolle: %s). Über diesen Link legen Sie innerhalb von sieben
Tagen Ihr Passwort fest:

%s

Der Link funktioniert nur einmal. Wenn Sie keine Einladung erwartet haben,
können Sie diese E-Mail ignorieren.
`

// sendMail sends text (a format with the absolute link as its last verb).
func (s *Server) sendMail(ctx context.Context, r *http.Request, to, subject, text, path string, args ...any) error {
	if s.cfg.Mail == nil {
		return lotse.Errorf(lotse.EINTERNAL, "E-Mail-Versand ist nicht eingerichtet.")
	}
	link := s.linkBase() + path
	return s.cfg.Mail.Send(ctx, &mail.Message{To: to, Subject: subject, Text: fmt.Sprintf(text, append(args, link)...)})
}

// linkBase is the portal's address for links in e-mails: Config.PublicURL,
// else http://Addr. It never comes from the request: a forged Host header
// would otherwise send a reset link, token and all, to the attacker's site.
func (s *Server) linkBase() string {
	if s.cfg.PublicURL != "" {
		return strings.TrimSuffix(s.cfg.PublicURL, "/")
	}
	host := s.cfg.Addr
	if strings.HasPrefix(host, ":") {
		host = "localhost" + host
	}
	if host == "" {
		host = "localhost"
	}
	return "http://" + host
}

// passwordSetForm is the page that sets a password from a link.
type passwordSetForm struct {
	Action  string // form target
	Heading string
	Token   string
	User    *lotse.User
	Errors  map[string]string
}

func (s *Server) tokenPage(purpose string) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		token := r.URL.Query().Get("t")
		u, err := s.store.FindToken(r.Context(), token, purpose)
		if err != nil {
			return err
		}
		return s.renderPasswordSet(w, r, http.StatusOK, purpose, passwordSetForm{Token: token, User: u})
	}
}

func (s *Server) renderPasswordSet(w http.ResponseWriter, r *http.Request, status int, purpose string, f passwordSetForm) error {
	w.Header().Set("Cache-Control", "no-store") // the page holds the token
	f.Action, f.Heading = "/passwort-neu", "Neues Passwort festlegen"
	if purpose == store.TokenInvite {
		f.Action, f.Heading = "/einladung", "Willkommen bei Lotse: Passwort festlegen"
	}
	p := s.newPage(r, f.Heading)
	p.Section = "login"
	p.Data = f
	return s.ui.render(w, status, "password_set", p)
}

func (s *Server) tokenUse(purpose string) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		ctx := r.Context()
		token := r.PostFormValue("t")
		u, err := s.store.FindToken(ctx, token, purpose)
		if err != nil {
			return err
		}
		pw := r.PostFormValue("password")
		if err := lotse.CheckNewPassword("password", pw, r.PostFormValue("password2"), u.Email); err != nil {
			return s.renderPasswordSet(w, r, http.StatusUnprocessableEntity, purpose, passwordSetForm{Token: token, User: u, Errors: lotse.ErrorFields(err)})
		}
		hash, err := lotse.HashPassword(pw)
		if err != nil {
			return err
		}
		if _, err := s.store.UseToken(ctx, token, purpose, hash); err != nil {
			return err
		}
		http.Redirect(w, r, "/anmelden?hinweis=passwort-gesetzt", http.StatusSeeOther)
		return nil
	}
}

// The account page: change password, switch the second factor on and off.

type accountData struct {
	User      *lotse.User
	Errors    map[string]string
	Notice    string
	TOTPOffer bool
	Secret    string // during setup
	URI       string
}

var accountNotices = map[string]string{
	"passwort":    "Ihr Passwort ist geändert. Andere Anmeldungen wurden beendet.",
	"totp-an":     "Die Anmeldung mit zweitem Faktor ist eingeschaltet.",
	"totp-aus":    "Die Anmeldung mit zweitem Faktor ist ausgeschaltet.",
	"gespeichert": "Gespeichert.",
}

func (s *Server) renderAccount(w http.ResponseWriter, r *http.Request, status int, d accountData) error {
	d.User = currentUser(r)
	d.TOTPOffer = lotse.NeedsTOTPOffer(d.User)
	p := s.newPage(r, "Mein Konto")
	p.Section = "account"
	p.Data = d
	return s.ui.render(w, status, "account", p)
}

func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderAccount(w, r, http.StatusOK, accountData{Notice: accountNotices[r.URL.Query().Get("hinweis")]})
}

// confirmPassword checks the logged-in user's password (field "current")
// before a sensitive change. Failures count against the login limit, so a
// stolen session cannot be used to guess the password.
func (s *Server) confirmPassword(r *http.Request, u *lotse.User) (bool, error) {
	ctx := r.Context()
	key := "account:" + u.Email
	if limited, err := s.loginLimited(ctx, key); err != nil || limited {
		return false, err
	}
	_, hash, err := s.store.PasswordHash(ctx, u.Email)
	if err != nil {
		return false, err
	}
	if !lotse.CheckPassword(hash, r.PostFormValue("current")) {
		return false, s.store.RecordAttempt(ctx, failureWindow, key)
	}
	return true, nil
}

func (s *Server) accountPassword(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	ctx := r.Context()
	if ok, err := s.confirmPassword(r, u); err != nil {
		return err
	} else if !ok {
		return s.renderAccount(w, r, http.StatusUnprocessableEntity, accountData{Errors: map[string]string{"current": "Das bisherige Passwort stimmt nicht."}})
	}
	pw := r.PostFormValue("password")
	if err := lotse.CheckNewPassword("password", pw, r.PostFormValue("password2"), u.Email); err != nil {
		return s.renderAccount(w, r, http.StatusUnprocessableEntity, accountData{Errors: lotse.ErrorFields(err)})
	}
	newHash, err := lotse.HashPassword(pw)
	if err != nil {
		return err
	}
	if err := s.store.SetPassword(ctx, u, u.ID, newHash); err != nil { // ends all sessions
		return err
	}
	token, err := s.store.CreateSession(ctx, u.ID, true, sessionTTL, "")
	if err != nil {
		return err
	}
	s.setSessionCookie(w, r, token, sessionTTL)
	http.Redirect(w, r, "/konto?hinweis=passwort", http.StatusSeeOther)
	return nil
}

func (s *Server) totpSetupPage(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	if !lotse.NeedsTOTPOffer(u) {
		return errForbidden
	}
	secret := lotse.NewTOTPSecret()
	return s.renderAccount(w, r, http.StatusOK, accountData{Secret: secret, URI: lotse.TOTPURI(secret, u.Email)})
}

func (s *Server) totpEnable(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	if !lotse.NeedsTOTPOffer(u) {
		return errForbidden
	}
	secret := strings.TrimSpace(r.PostFormValue("secret"))
	if _, err := lotse.TOTPCode(secret, 0); err != nil || len(secret) < 26 {
		return lotse.Errorf(lotse.EINVALID, "Der Schlüssel ist ungültig. Bitte beginnen Sie die Einrichtung neu.")
	}
	step, ok := lotse.CheckTOTP(secret, r.PostFormValue("code"), s.cfg.Now(), 0)
	if !ok {
		return s.renderAccount(w, r, http.StatusUnprocessableEntity, accountData{Secret: secret, URI: lotse.TOTPURI(secret, u.Email),
			Errors: map[string]string{"code": "Der Code stimmt nicht. Bitte prüfen Sie die Uhrzeit Ihres Telefons und geben Sie den aktuellen Code ein."}})
	}
	if err := s.store.SetTOTP(r.Context(), u, u.ID, secret, step); err != nil {
		return err
	}
	http.Redirect(w, r, "/konto?hinweis=totp-an", http.StatusSeeOther)
	return nil
}

func (s *Server) totpDisable(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	ctx := r.Context()
	if ok, err := s.confirmPassword(r, u); err != nil {
		return err
	} else if !ok {
		return s.renderAccount(w, r, http.StatusUnprocessableEntity, accountData{Errors: map[string]string{"totp-current": "Das Passwort stimmt nicht."}})
	}
	if err := s.store.SetTOTP(ctx, u, u.ID, "", 0); err != nil {
		return err
	}
	http.Redirect(w, r, "/konto?hinweis=totp-aus", http.StatusSeeOther)
	return nil
}
