package lotse

import (
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Roles of an account.
const (
	RoleAdmin  = "admin"  // network office: centres, users, everything
	RoleEditor = "editor" // centre staff: their centres' offers
	RoleViewer = "viewer" // funder, evaluators: read only
)

// Roles lists the roles with their German labels.
var Roles = Vocabulary{
	{RoleAdmin, "Administration (Netzwerkstelle)"},
	{RoleEditor, "Redaktion (Zentrum)"},
	{RoleViewer, "Lesezugriff (Mittelgeber, Evaluation)"},
}

// User is an account of the network office, a centre or the funder. Public
// visitors never need one.
type User struct {
	ID      int64
	Email   string // lower case, unique
	Name    string
	Role    string
	Centres []string // the centres an editor works for
	Active  bool
	// HasPassword is false for an invited user who has not yet set one.
	HasPassword bool
	// TOTP is true when the second factor is switched on.
	TOTP      bool
	CreatedAt time.Time
}

// NormalizeEmail returns the address as stored: trimmed and lower case.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Validate checks u and normalises its e-mail address. It returns an
// EINVALID error naming each bad field.
func (u *User) Validate() error {
	var p Problems
	u.Email = NormalizeEmail(u.Email)
	u.Name = strings.TrimSpace(u.Name)
	if a, err := mail.ParseAddress(u.Email); err != nil || a.Address != u.Email || !strings.Contains(u.Email, ".") {
		p.Add("email", "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@zentrum.de.")
	}
	if utf8.RuneCountInString(u.Name) > 200 {
		p.Add("name", "Der Name ist zu lang (höchstens 200 Zeichen).")
	}
	if !Roles.Has(u.Role) {
		p.Add("role", "Bitte eine Rolle wählen: Administration, Redaktion oder Lesezugriff.")
	}
	slices.Sort(u.Centres)
	u.Centres = slices.Compact(u.Centres)
	switch {
	case u.Role == RoleEditor && len(u.Centres) == 0:
		p.Add("centres", "Eine Redakteurin oder ein Redakteur braucht mindestens ein Zentrum.")
	case u.Role != RoleEditor && len(u.Centres) > 0:
		u.Centres = nil // only editors are bound to centres
	}
	return p.Err()
}

// DisplayName is the name, or the e-mail address when no name is known.
func (u *User) DisplayName() string {
	if u.Name != "" {
		return u.Name
	}
	return u.Email
}

// UserUpdate changes an account; nil fields stay as they are.
type UserUpdate struct {
	Name    *string
	Role    *string
	Centres *[]string
	Active  *bool
}

// Apply changes u by upd and validates the result.
func (upd UserUpdate) Apply(u *User) error {
	if upd.Name != nil {
		u.Name = *upd.Name
	}
	if upd.Role != nil {
		u.Role = *upd.Role
	}
	if upd.Centres != nil {
		u.Centres = slices.Clone(*upd.Centres)
	}
	if upd.Active != nil {
		u.Active = *upd.Active
	}
	return u.Validate()
}

// The rules below decide who may do what. Each takes a nil user (nobody
// logged in) and an inactive one, and refuses both.

func isActive(u *User) bool { return u != nil && u.Active }

// CanAdminister reports whether u may manage centres, users and the audit trail.
func CanAdminister(u *User) bool { return isActive(u) && u.Role == RoleAdmin }

// CanEditCentre reports whether u may create and change offers of centre.
func CanEditCentre(u *User, centre string) bool {
	if !isActive(u) {
		return false
	}
	switch u.Role {
	case RoleAdmin:
		return true
	case RoleEditor:
		return slices.Contains(u.Centres, centre)
	}
	return false
}

// CanEditOffer reports whether u may change o (and its status).
func CanEditOffer(u *User, o *Offer) bool { return o != nil && CanEditCentre(u, o.Centre) }

// CanViewOffers reports whether u may see the editorial lists, drafts
// included: every role does, editors (in the web layer) for their centres.
func CanViewOffers(u *User, centre string) bool {
	if !isActive(u) {
		return false
	}
	return u.Role == RoleAdmin || u.Role == RoleViewer || slices.Contains(u.Centres, centre)
}

// CanUseEditorial reports whether u may open the editorial area at all.
func CanUseEditorial(u *User) bool { return isActive(u) }

// NeedsTOTPOffer reports whether the second factor is offered to u: admins
// and editors may switch it on.
func NeedsTOTPOffer(u *User) bool {
	return isActive(u) && (u.Role == RoleAdmin || u.Role == RoleEditor)
}

// AuditEntry is one line of the audit trail: who changed what and when.
type AuditEntry struct {
	ID      int64
	At      time.Time
	ActorID int64  // 0 for the command line
	Actor   string // e-mail address, or "Kommandozeile"
	Action  string // e.g. "offer.publish", "user.invite"
	Object  string // e.g. "offer:ki-talk", "user:7"
	Detail  string // a short German description, never a secret
}

// AuditFilter selects audit entries, newest first.
type AuditFilter struct {
	Object string // exact object, e.g. "offer:ki-talk"; "" for all
	Offset int
	Limit  int
}
