package lotse

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Password hashing: argon2id with OWASP's recommended minimum (19 MiB, two
// passes, one lane). The parameters travel inside each hash in the PHC
// format, so raising them later keeps old hashes working.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024 // KiB
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 12

// CheckNewPassword returns an EINVALID error with a message for field when
// pw is too weak to set.
func CheckNewPassword(field, pw, repeat, email string) error {
	var p Problems
	switch n := utf8.RuneCountInString(pw); {
	case n < MinPasswordLength:
		p.Add(field, fmt.Sprintf("Das Passwort muss mindestens %d Zeichen lang sein.", MinPasswordLength))
	case len(pw) > 1024:
		p.Add(field, "Das Passwort ist zu lang (höchstens 1024 Zeichen).")
	case email != "" && strings.EqualFold(strings.TrimSpace(pw), email):
		p.Add(field, "Das Passwort darf nicht die E-Mail-Adresse sein.")
	}
	if repeat != pw {
		p.Add(field+"2", "Die beiden Passwörter stimmen nicht überein.")
	}
	return p.Err()
}

// HashPassword returns the argon2id hash of pw in PHC format.
func HashPassword(pw string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// dummyHash is checked against when an account does not exist, so that a
// login takes as long whether or not the address is known. It is a literal
// (HashPassword of a throw-away password with the parameters above), so
// that every program importing this package does not pay an argon2 run and
// 19 MiB at start; TestDummyHash keeps it in step with the parameters.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$h4vK/rpGC+vtjD+zlp6Ekg$dMs4V6RDcDeWdLYDu1gf+D6WzqaNakpNKEfYIoIHXLc"

// CheckPassword reports whether pw matches hash, comparing in constant time.
// An empty or malformed hash never matches, but costs the same time.
func CheckPassword(hash, pw string) bool {
	ok := true
	if hash == "" {
		hash, ok = dummyHash, false
	}
	var version, mem, iter int
	var threads uint8
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		parts, ok = strings.Split(dummyHash, "$"), false
	}
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &iter, &threads); err != nil ||
		mem < 1024 || mem > 1<<21 || iter < 1 || iter > 16 || threads < 1 {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, uint32(iter), uint32(mem), threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1 && ok
}

// RandomToken returns a URL-safe random string of 32 bytes (256 bits).
func RandomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// TOTP (RFC 6238): HMAC-SHA1, 30-second steps, six digits.
const (
	totpStep   = 30
	totpDigits = 6
)

var totpEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewTOTPSecret returns a random 160-bit secret in base32, as
// authenticator apps expect it.
func NewTOTPSecret() string {
	b := make([]byte, 20)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return totpEncoding.EncodeToString(b)
}

// TOTPStep returns the time step of t.
func TOTPStep(t time.Time) int64 { return t.Unix() / totpStep }

// TOTPCode returns the code of secret (base32) for time step.
func TOTPCode(secret string, step int64) (string, error) {
	key, err := totpEncoding.DecodeString(strings.ToUpper(strings.ReplaceAll(secret, " ", "")))
	if err != nil || len(key) == 0 {
		return "", fmt.Errorf("totp: invalid secret")
	}
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], uint64(step))
	m := hmac.New(sha1.New, key)
	m.Write(msg[:])
	sum := m.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	n := binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff
	return fmt.Sprintf("%0*d", totpDigits, n%1_000_000), nil
}

// CheckTOTP compares code with the codes of secret at t and one step either
// side, in constant time. It returns the matching step, which must be greater
// than after (the last step used) so that a code cannot be replayed.
func CheckTOTP(secret, code string, t time.Time, after int64) (step int64, ok bool) {
	code = strings.ReplaceAll(strings.TrimSpace(code), " ", "")
	if len(code) != totpDigits {
		return 0, false
	}
	now := TOTPStep(t)
	for s := now - 1; s <= now+1; s++ {
		want, err := TOTPCode(secret, s)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 && s > after {
			step, ok = s, true
		}
	}
	return step, ok
}

// TOTPURI returns the otpauth:// URI that authenticator apps read.
func TOTPURI(secret, account string) string {
	label := url.PathEscape("Lotse:" + account)
	v := url.Values{}
	v.Set("secret", secret)
	v.Set("issuer", "Lotse")
	v.Set("algorithm", "SHA1")
	v.Set("digits", "6")
	v.Set("period", "30")
	return "otpauth://totp/" + label + "?" + v.Encode()
}
