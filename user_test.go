package lotse

import (
	"encoding/base32"
	"strings"
	"testing"
	"time"
)

func TestPermissions(t *testing.T) {
	admin := &User{Role: RoleAdmin, Active: true}
	editorA := &User{Role: RoleEditor, Centres: []string{"a"}, Active: true}
	viewer := &User{Role: RoleViewer, Active: true}
	inactive := &User{Role: RoleAdmin, Active: false}
	tests := []struct {
		name      string
		u         *User
		admin     bool
		editA     bool
		editB     bool
		viewB     bool
		editorial bool
		totpOffer bool
	}{
		{"nobody may do anything", nil, false, false, false, false, false, false},
		{"admin may do everything", admin, true, true, true, true, true, true},
		{"editor edits only own centre", editorA, false, true, false, false, true, true},
		{"viewer reads all, edits nothing", viewer, false, false, false, true, true, false},
		{"deactivated admin may do nothing", inactive, false, false, false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanAdminister(tt.u); got != tt.admin {
				t.Errorf("CanAdminister: got %v, want %v", got, tt.admin)
			}
			if got := CanEditCentre(tt.u, "a"); got != tt.editA {
				t.Errorf("CanEditCentre(a): got %v, want %v", got, tt.editA)
			}
			if got := CanEditOffer(tt.u, &Offer{Centre: "b"}); got != tt.editB {
				t.Errorf("CanEditOffer(b): got %v, want %v", got, tt.editB)
			}
			if got := CanViewOffers(tt.u, "b"); got != tt.viewB {
				t.Errorf("CanViewOffers(b): got %v, want %v", got, tt.viewB)
			}
			if got := CanUseEditorial(tt.u); got != tt.editorial {
				t.Errorf("CanUseEditorial: got %v, want %v", got, tt.editorial)
			}
			if got := NeedsTOTPOffer(tt.u); got != tt.totpOffer {
				t.Errorf("NeedsTOTPOffer: got %v, want %v", got, tt.totpOffer)
			}
		})
	}
}

func TestUserValidate(t *testing.T) {
	tests := []struct {
		name  string
		u     User
		field string
	}{
		{"admin without centres", User{Email: " Admin@Netzwerk.DE ", Role: RoleAdmin}, ""},
		{"editor with centre", User{Email: "a@b.de", Role: RoleEditor, Centres: []string{"x", "x"}}, ""},
		{"editor without centre", User{Email: "a@b.de", Role: RoleEditor}, "centres"},
		{"bad address", User{Email: "a@", Role: RoleAdmin}, "email"},
		{"address with name part", User{Email: "Eve <e@x.de>", Role: RoleAdmin}, "email"},
		{"unknown role", User{Email: "a@b.de", Role: "root"}, "role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.u.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("got %v, want valid", err)
				}
				if tt.u.Email != strings.ToLower(tt.u.Email) || strings.TrimSpace(tt.u.Email) != tt.u.Email {
					t.Errorf("e-mail not normalised: %q", tt.u.Email)
				}
				if len(tt.u.Centres) > 1 {
					t.Errorf("centres not deduplicated: %v", tt.u.Centres)
				}
				return
			}
			if _, ok := ErrorFields(err)[tt.field]; !ok {
				t.Fatalf("got %v, want a message for %q", err, tt.field)
			}
		})
	}
}

func TestStatusTransitions(t *testing.T) {
	tests := []struct {
		from, to string
		ok       bool
	}{
		{StatusDraft, StatusPublished, true},
		{StatusPublished, StatusDraft, true},
		{StatusPublished, StatusCancelled, true},
		{StatusPublished, StatusArchived, true},
		{StatusDraft, StatusCancelled, false},
		{StatusCancelled, StatusDraft, false},
		{StatusArchived, StatusPublished, false},
		{StatusPublished, StatusPublished, false},
		{"", StatusPublished, false},
	}
	for _, tt := range tests {
		if got := CanChangeStatus(tt.from, tt.to); got != tt.ok {
			t.Errorf("%s → %s: got %v, want %v", tt.from, tt.to, got, tt.ok)
		}
	}
	if (&Offer{Status: StatusDraft}).IsPublic() || (&Offer{Status: StatusCancelled}).IsListed() || !(&Offer{Status: StatusPublished}).IsListed() {
		t.Error("visibility rules broken")
	}
}

// TestDummyHash checks that the literal dummyHash has the parameters new
// hashes get, so that checking against it costs as long as a real check.
func TestDummyHash(t *testing.T) {
	h, err := HashPassword("x")
	if err != nil {
		t.Fatal(err)
	}
	params := func(h string) string { return strings.Join(strings.Split(h, "$")[:4], "$") }
	if params(dummyHash) != params(h) {
		t.Errorf("dummyHash has parameters %s, new hashes %s", params(dummyHash), params(h))
	}
	if !CheckPassword(dummyHash, "lotse-dummy-password-never-matches") {
		t.Error("dummyHash is not a valid hash")
	}
}

func TestPassword(t *testing.T) {
	h, err := HashPassword("richtig langes Passwort")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("got hash %q, want argon2id PHC format", h)
	}
	if !CheckPassword(h, "richtig langes Passwort") {
		t.Error("right password refused")
	}
	for _, bad := range []string{"richtig langes passwort", "", "richtig langes Passwort "} {
		if CheckPassword(h, bad) {
			t.Errorf("wrong password %q accepted", bad)
		}
	}
	if CheckPassword("", "") || CheckPassword("$argon2id$garbage", "x") {
		t.Error("empty or malformed hash accepted")
	}
	if h2, _ := HashPassword("richtig langes Passwort"); h2 == h {
		t.Error("two hashes of one password are equal: no salt?")
	}
	if err := CheckNewPassword("pw", "kurz", "kurz", ""); ErrorFields(err)["pw"] == "" {
		t.Errorf("short password: got %v", err)
	}
	if err := CheckNewPassword("pw", "lang genug und gut", "lang genug und gux", ""); ErrorFields(err)["pw2"] == "" {
		t.Errorf("mismatch: got %v", err)
	}
}

func TestTOTPRFC6238Vectors(t *testing.T) {
	secret := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("12345678901234567890"))
	tests := []struct {
		unix int64
		want string
	}{
		{59, "287082"}, {1111111109, "081804"}, {1111111111, "050471"},
		{1234567890, "005924"}, {2000000000, "279037"}, {20000000000, "353130"},
	}
	for _, tt := range tests {
		got, err := TOTPCode(secret, TOTPStep(time.Unix(tt.unix, 0)))
		if err != nil || got != tt.want {
			t.Errorf("at %d: got %s %v, want %s", tt.unix, got, err, tt.want)
		}
	}
}

func TestCheckTOTP(t *testing.T) {
	secret := NewTOTPSecret()
	now := time.Date(2026, 11, 21, 10, 0, 15, 0, time.UTC)
	code := func(d time.Duration) string {
		c, _ := TOTPCode(secret, TOTPStep(now.Add(d)))
		return c
	}
	tests := []struct {
		name  string
		code  string
		after int64
		ok    bool
	}{
		{"current code", code(0), 0, true},
		{"previous step", code(-30 * time.Second), 0, true},
		{"next step", code(30 * time.Second), 0, true},
		{"two steps old", code(-60 * time.Second), 0, false},
		{"spaces allowed", code(0)[:3] + " " + code(0)[3:], 0, true},
		{"replay of a used step", code(0), TOTPStep(now), false},
		{"wrong length", "12345", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := CheckTOTP(secret, tt.code, now, tt.after); ok != tt.ok {
				t.Errorf("got %v, want %v", ok, tt.ok)
			}
		})
	}
	uri := TOTPURI(secret, "a@b.de")
	if !strings.HasPrefix(uri, "otpauth://totp/Lotse:a@b.de?") || !strings.Contains(uri, "secret="+secret) {
		t.Errorf("got URI %q", uri)
	}
}
