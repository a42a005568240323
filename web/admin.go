package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"lotse"
	"lotse/store"
)

// The administration (/verwaltung), for admins only: users, centres, the
// audit trail. Routes wrap every handler in s.admin.

var adminNotices = map[string]string{
	"eingeladen":  "Die Einladung ist verschickt.",
	"gespeichert": "Gespeichert.",
	"angelegt":    "Das Zentrum ist angelegt.",
	"geloescht":   "Das Konto ist gelöscht, mit allem, was es über die Person wusste.",
}

// userForm is the invite and edit form for an account, as typed.
type userForm struct {
	ID      int64
	Email   string
	Name    string
	Role    string
	Centres []string
	Active  bool
}

type adminUsersData struct {
	Users   []*lotse.User
	Form    userForm
	Errors  map[string]string
	Notice  string
	Roles   lotse.Vocabulary
	Centres []*lotse.Centre
}

func (s *Server) renderAdminUsers(w http.ResponseWriter, r *http.Request, status int, d adminUsersData) error {
	users, err := s.store.FindUsers(r.Context())
	if err != nil {
		return err
	}
	d.Users, d.Roles, d.Centres = users, lotse.Roles, s.catalog.allCentres()
	p := s.newPage(r, "Verwaltung: Konten")
	p.Section = "admin"
	p.Data = d
	return s.ui.render(w, status, "admin_users", p)
}

func (s *Server) adminUsers(w http.ResponseWriter, r *http.Request) error {
	return s.renderAdminUsers(w, r, http.StatusOK, adminUsersData{Form: userForm{Role: lotse.RoleEditor},
		Notice: adminNotices[r.URL.Query().Get("hinweis")]})
}

// userInvite creates an account without a password and sends the invitee a
// single-use link to set one.
func (s *Server) userInvite(w http.ResponseWriter, r *http.Request) error {
	r.ParseForm()
	f := userForm{Email: strings.TrimSpace(r.PostFormValue("email")), Name: strings.TrimSpace(r.PostFormValue("name")),
		Role: r.PostFormValue("role"), Centres: r.PostForm["centres"], Active: true}
	u := &lotse.User{Email: f.Email, Name: f.Name, Role: f.Role, Centres: f.Centres, Active: true}
	ctx := r.Context()
	if err := s.store.CreateUser(ctx, currentUser(r), u, ""); err != nil {
		if fields := lotse.ErrorFields(err); fields != nil {
			return s.renderAdminUsers(w, r, http.StatusUnprocessableEntity, adminUsersData{Form: f, Errors: fields})
		}
		return err
	}
	if err := s.sendInvite(r, u); err != nil {
		return err
	}
	http.Redirect(w, r, "/verwaltung/benutzer?hinweis=eingeladen", http.StatusSeeOther)
	return nil
}

func (s *Server) sendInvite(r *http.Request, u *lotse.User) error {
	ctx := r.Context()
	token, err := s.store.CreateToken(ctx, currentUser(r), u.ID, store.TokenInvite, inviteTTL)
	if err != nil {
		return err
	}
	return s.sendMail(ctx, r, u.Email, "Einladung zu Lotse", inviteMail, "/einladung?t="+token, lotse.Roles.Label(u.Role))
}

// formOfUser fills the account form with u as it is.
func formOfUser(u *lotse.User) userForm {
	return userForm{ID: u.ID, Email: u.Email, Name: u.Name, Role: u.Role, Centres: u.Centres, Active: u.Active}
}

// pathUser finds the account of the path.
func (s *Server) pathUser(r *http.Request) (*lotse.User, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Konto gibt es nicht.")
	}
	return s.store.FindUserByID(r.Context(), id)
}

type adminUserData struct {
	User    *lotse.User
	Form    userForm
	Errors  map[string]string
	Notice  string
	Roles   lotse.Vocabulary
	Centres []*lotse.Centre
	Audit   []*lotse.AuditEntry
	Self    bool
}

func (s *Server) renderAdminUser(w http.ResponseWriter, r *http.Request, status int, d adminUserData) error {
	entries, _, err := s.store.FindAuditEntries(r.Context(), lotse.AuditFilter{Object: "user:" + strconv.FormatInt(d.User.ID, 10), Limit: 20})
	if err != nil {
		return err
	}
	d.Audit, d.Roles, d.Centres = entries, lotse.Roles, s.catalog.allCentres()
	d.Self = d.User.ID == currentUser(r).ID
	p := s.newPage(r, "Konto: "+d.User.Email)
	p.Section = "admin"
	p.Data = d
	return s.ui.render(w, status, "admin_user", p)
}

func (s *Server) adminUser(w http.ResponseWriter, r *http.Request) error {
	u, err := s.pathUser(r)
	if err != nil {
		return err
	}
	return s.renderAdminUser(w, r, http.StatusOK, adminUserData{User: u, Form: formOfUser(u), Notice: adminNotices[r.URL.Query().Get("hinweis")]})
}

// userUpdate changes role, centres, name and whether the account is active.
func (s *Server) userUpdate(w http.ResponseWriter, r *http.Request) error {
	u, err := s.pathUser(r)
	if err != nil {
		return err
	}
	id := u.ID
	ctx := r.Context()
	r.ParseForm()
	f := userForm{ID: id, Email: u.Email, Name: strings.TrimSpace(r.PostFormValue("name")), Role: r.PostFormValue("role"),
		Centres: r.PostForm["centres"], Active: r.PostFormValue("active") == "on"}
	if f.Centres == nil {
		f.Centres = []string{}
	}
	me := currentUser(r)
	if id == me.ID && (!f.Active || f.Role != lotse.RoleAdmin) {
		return s.renderAdminUser(w, r, http.StatusUnprocessableEntity, adminUserData{User: u, Form: f,
			Errors: map[string]string{"role": "Sie können sich nicht selbst die Administration entziehen oder sich deaktivieren."}})
	}
	if _, err := s.store.UpdateUser(ctx, me, id, lotse.UserUpdate{Name: &f.Name, Role: &f.Role, Centres: &f.Centres, Active: &f.Active}); err != nil {
		if fields := lotse.ErrorFields(err); fields != nil {
			return s.renderAdminUser(w, r, http.StatusUnprocessableEntity, adminUserData{User: u, Form: f, Errors: fields})
		}
		return err
	}
	http.Redirect(w, r, "/verwaltung/benutzer/"+strconv.FormatInt(id, 10)+"?hinweis=gespeichert", http.StatusSeeOther)
	return nil
}

// userDelete deletes an account after the admin confirmed it.
func (s *Server) userDelete(w http.ResponseWriter, r *http.Request) error {
	u, err := s.pathUser(r)
	if err != nil {
		return err
	}
	id := u.ID
	ctx := r.Context()
	me := currentUser(r)
	problem := ""
	switch {
	case id == me.ID:
		problem = "Ihr eigenes Konto können Sie hier nicht löschen."
	case r.PostFormValue("bestaetigt") != "ja":
		problem = "Bitte bestätigen Sie, dass das Konto gelöscht werden soll."
	default:
		err := s.store.DeleteUser(ctx, me, id)
		if lotse.ErrorCode(err) == lotse.EINVALID {
			problem = lotse.ErrorMessage(err)
		} else if err != nil {
			return err
		}
	}
	if problem != "" {
		f := formOfUser(u)
		return s.renderAdminUser(w, r, http.StatusUnprocessableEntity, adminUserData{User: u, Form: f, Errors: map[string]string{"bestaetigt": problem}})
	}
	http.Redirect(w, r, "/verwaltung/benutzer?hinweis=geloescht", http.StatusSeeOther)
	return nil
}

// userReinvite sends a new invitation (the old link stops working).
func (s *Server) userReinvite(w http.ResponseWriter, r *http.Request) error {
	u, err := s.pathUser(r)
	if err != nil {
		return err
	}
	id := u.ID
	if !u.Active {
		return lotse.Errorf(lotse.EINVALID, "Ein deaktiviertes Konto kann nicht eingeladen werden.")
	}
	if err := s.sendInvite(r, u); err != nil {
		return err
	}
	http.Redirect(w, r, "/verwaltung/benutzer/"+strconv.FormatInt(id, 10)+"?hinweis=eingeladen", http.StatusSeeOther)
	return nil
}

// Centres.

func (s *Server) adminCentres(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "Verwaltung: Zentren")
	p.Section = "admin"
	p.Data = struct {
		Centres []*lotse.Centre
		Notice  string
	}{s.catalog.allCentres(), adminNotices[r.URL.Query().Get("hinweis")]}
	return s.ui.render(w, http.StatusOK, "admin_centres", p)
}

// centreForm is the centre form as typed.
type centreForm struct {
	Slug, Name, Kind, State, City, Lat, Lon, StartedOn, Website, Description, Email string
	Topics                                                                          []string
}

func formFromCentre(c *lotse.Centre) centreForm {
	return centreForm{Slug: c.Slug, Name: c.Name, Kind: c.Kind, State: c.State, City: c.City,
		Lat: strconv.FormatFloat(c.Lat, 'f', -1, 64), Lon: strconv.FormatFloat(c.Lon, 'f', -1, 64),
		StartedOn: c.StartedOn, Website: c.Website, Description: c.Description, Email: c.Email, Topics: c.Topics}
}

func (f centreForm) centre() (*lotse.Centre, lotse.Problems) {
	var p lotse.Problems
	c := &lotse.Centre{Slug: f.Slug, Name: f.Name, Kind: f.Kind, State: f.State, City: f.City, StartedOn: f.StartedOn,
		Website: f.Website, Description: f.Description, Email: f.Email, Topics: f.Topics}
	if c.Topics == nil {
		c.Topics = []string{}
	}
	var err error
	if c.Lat, err = strconv.ParseFloat(strings.Replace(f.Lat, ",", ".", 1), 64); err != nil {
		p.Add("lat", "Bitte den Breitengrad als Zahl angeben, z. B. 52,37.")
	}
	if c.Lon, err = strconv.ParseFloat(strings.Replace(f.Lon, ",", ".", 1), 64); err != nil {
		p.Add("lon", "Bitte den Längengrad als Zahl angeben, z. B. 9,73.")
	}
	if d, err := parseDate(f.StartedOn); err == nil {
		c.StartedOn = d.Format("2006-01-02")
	}
	if err := c.Validate(); err != nil {
		for k, msg := range lotse.ErrorFields(err) {
			p.Add(k, msg)
		}
	}
	return c, p
}

func parseCentreForm(r *http.Request) centreForm {
	r.ParseForm()
	v := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	return centreForm{Slug: v("slug"), Name: v("name"), Kind: v("kind"), State: v("state"), City: v("city"), Lat: v("lat"),
		Lon: v("lon"), StartedOn: v("started_on"), Website: v("website"), Description: v("description"), Email: v("email"),
		Topics: r.PostForm["topics"]}
}

func (s *Server) renderCentreForm(w http.ResponseWriter, r *http.Request, status int, isNew bool, f centreForm, errs map[string]string) error {
	title := "Zentrum bearbeiten: " + f.Name
	if isNew {
		title = "Neues Zentrum"
	}
	p := s.newPage(r, title)
	p.Section = "admin"
	p.Data = struct {
		New    bool
		Form   centreForm
		Errors map[string]string
		Kinds  lotse.Vocabulary
		States lotse.Vocabulary
		Topics lotse.Vocabulary
		Notice string
	}{isNew, f, errs, lotse.CentreKinds, lotse.States, s.catalog.labels.vocab(lotse.VocabTopics), adminNotices[r.URL.Query().Get("hinweis")]}
	return s.ui.render(w, status, "admin_centre", p)
}

func (s *Server) centreNewPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderCentreForm(w, r, http.StatusOK, true, centreForm{Kind: "regional"}, nil)
}

func (s *Server) centreEditPage(w http.ResponseWriter, r *http.Request) error {
	c, err := s.store.FindCentreBySlug(r.Context(), r.PathValue("slug"))
	if err != nil {
		return err
	}
	return s.renderCentreForm(w, r, http.StatusOK, false, formFromCentre(c), nil)
}

func (s *Server) centreCreate(w http.ResponseWriter, r *http.Request) error {
	return s.saveCentre(w, r, "")
}

func (s *Server) centreUpdate(w http.ResponseWriter, r *http.Request) error {
	return s.saveCentre(w, r, r.PathValue("slug"))
}

// saveCentre creates a centre from the form, or updates the one with the
// slug (which, being the key, does not change).
func (s *Server) saveCentre(w http.ResponseWriter, r *http.Request, slug string) error {
	create := slug == ""
	f := parseCentreForm(r)
	if !create {
		c, err := s.store.FindCentreBySlug(r.Context(), slug)
		if err != nil {
			return err
		}
		f.Slug = c.Slug
	}
	c, p := f.centre()
	if len(p) > 0 {
		return s.renderCentreForm(w, r, http.StatusUnprocessableEntity, create, f, p)
	}
	save, notice := s.store.UpdateCentre, "gespeichert"
	if create {
		save, notice = s.store.CreateCentre, "angelegt"
	}
	if err := save(r.Context(), currentUser(r), c); err != nil {
		if fields := lotse.ErrorFields(err); fields != nil {
			return s.renderCentreForm(w, r, http.StatusUnprocessableEntity, create, f, fields)
		}
		return err
	}
	if err := s.catalog.loadCentres(r.Context()); err != nil {
		return err
	}
	http.Redirect(w, r, "/verwaltung/zentren/"+c.Slug+"?hinweis="+notice, http.StatusSeeOther)
	return nil
}

// adminAudit shows the audit trail, newest first.
func (s *Server) adminAudit(w http.ResponseWriter, r *http.Request) error {
	const perPage = 50
	page := 1
	if n, err := strconv.Atoi(r.URL.Query().Get("seite")); err == nil && n > 1 {
		page = min(n, 100000)
	}
	object := r.URL.Query().Get("objekt")
	entries, total, err := s.store.FindAuditEntries(r.Context(), lotse.AuditFilter{Object: object, Offset: (page - 1) * perPage, Limit: perPage})
	if err != nil {
		return err
	}
	var prev, next string
	link := func(n int) string {
		u := "/verwaltung/protokoll?seite=" + strconv.Itoa(n)
		if object != "" {
			u += "&objekt=" + url.QueryEscape(object)
		}
		return u
	}
	if page > 1 {
		prev = link(page - 1)
	}
	if page*perPage < total {
		next = link(page + 1)
	}
	p := s.newPage(r, "Verwaltung: Protokoll")
	p.Section = "admin"
	p.Data = struct {
		Entries    []*lotse.AuditEntry
		Total      int
		Object     string
		Prev, Next string
	}{entries, total, object, prev, next}
	return s.ui.render(w, http.StatusOK, "admin_audit", p)
}
