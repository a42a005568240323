package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"lotse"
	"lotse/store"
)

const userUsage = `lotse user – Konten verwalten

Aufruf:
  lotse user add --email ADRESSE --role admin|editor|viewer [--centre KURZNAME …] [--name NAME]
  lotse user password --email ADRESSE [--reset-totp]
  lotse user list
  lotse user delete --email ADRESSE

„add“ legt ein Konto an, z. B. das erste der Netzwerkstelle:

  lotse user add --email admin@netzwerk.de --role admin

Das Passwort wird am Terminal ohne Anzeige abgefragt (zweimal) oder, wenn
die Standardeingabe kein Terminal ist, aus ihrer ersten Zeile gelesen:

  echo "$PASSWORT" | lotse user add --email … --role admin

„password“ setzt ein neues Passwort (ebenso eingelesen) und beendet alle
Anmeldungen des Kontos; mit --reset-totp schaltet es auch den zweiten Faktor
aus, etwa wenn das Telefon verloren ist.

„delete“ löscht ein Konto mit seinen Anmeldungen und Links; im Protokoll steht
statt der Adresse dann „Konto #NUMMER“. Das letzte aktive Administrationskonto
bleibt.

Als Option wird das Passwort nie angenommen, damit es nicht in der Shell-Historie oder
der Prozessliste steht. Weitere Konten lädt die Verwaltung im Portal per
E-Mail ein.
`

// centresFlag collects --centre, repeated or comma-separated.
type centresFlag []string

func (c *centresFlag) String() string { return strings.Join(*c, ",") }

func (c *centresFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*c = append(*c, s)
		}
	}
	return nil
}

func userCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "add" && args[0] != "list" && args[0] != "password" && args[0] != "delete") {
		fmt.Fprint(stderr, userUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return fmt.Errorf("bitte „lotse user add“, „lotse user password“, „lotse user list“ oder „lotse user delete“ aufrufen")
	}
	sub, args := args[0], args[1:]
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("user "+sub, flag.ContinueOnError)
	cfg.bindFlags(fs, getenv, false)
	var email, role, name *string
	var centres centresFlag
	var resetTOTP *bool
	if sub == "password" || sub == "delete" {
		email = fs.String("email", "", "E-Mail-Adresse des Kontos")
	}
	if sub == "password" {
		resetTOTP = fs.Bool("reset-totp", false, "auch den zweiten Faktor ausschalten")
	}
	if sub == "add" {
		email = fs.String("email", "", "E-Mail-Adresse des Kontos")
		role = fs.String("role", "", "Rolle: admin, editor (mit --centre) oder viewer")
		name = fs.String("name", "", "Name (optional)")
		fs.Var(&centres, "centre", "Kurzname eines Zentrums (für editor; mehrfach oder mit Kommas)")
	}
	if err := parseFlags(fs, args, userUsage, stderr); err != nil {
		return ignoreHelp(err)
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	s, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer s.Close()
	switch sub {
	case "list":
		return userList(ctx, s, stdout)
	case "password":
		return userPassword(ctx, s, *email, *resetTOTP, stdin, stdout, stderr)
	case "delete":
		u, err := s.FindUserByEmail(ctx, *email)
		if err != nil {
			return err
		}
		if err := s.DeleteUser(ctx, nil, u.ID); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Konto %s gelöscht.\n", u.Email)
		return nil
	}

	u := &lotse.User{Email: *email, Name: *name, Role: *role, Centres: centres, Active: true}
	if err := u.Validate(); err != nil {
		return describe(err)
	}
	hash, err := newPasswordHash(u.Email, stdin, stderr)
	if err != nil {
		return err
	}
	if err := s.CreateUser(ctx, nil, u, hash); err != nil {
		return describe(err)
	}
	fmt.Fprintf(stdout, "Konto %s (%s) angelegt.\n", u.Email, lotse.Roles.Label(u.Role))
	return nil
}

// describe turns a validation error into one line per field.
func describe(err error) error {
	fields := lotse.ErrorFields(err)
	if len(fields) == 0 {
		return err
	}
	var msgs []string
	for k, m := range fields {
		msgs = append(msgs, "--"+strings.TrimSuffix(strings.Replace(k, "centres", "centre", 1), "2")+": "+m)
	}
	return errors.New(strings.Join(msgs, "; "))
}

// readPassword asks twice on a terminal, without echo; otherwise it reads
// the first line of stdin, so scripts can pipe the password in.
// newPasswordHash reads a new password for the account email, checks it
// against the password rules and returns its hash.
func newPasswordHash(email string, stdin io.Reader, stderr io.Writer) (string, error) {
	password, err := readPassword(stdin, stderr)
	if err != nil {
		return "", err
	}
	if err := lotse.CheckNewPassword("password", password, password, email); err != nil {
		return "", describe(err)
	}
	return lotse.HashPassword(password)
}

func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "Passwort (mindestens 12 Zeichen): ")
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		fmt.Fprint(stderr, "Passwort wiederholen: ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(a) != string(b) {
			return "", fmt.Errorf("die beiden Passwörter stimmen nicht überein")
		}
		return string(a), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", fmt.Errorf("kein Passwort auf der Standardeingabe")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func userList(ctx context.Context, s *store.Store, stdout io.Writer) error {
	users, err := s.FindUsers(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "E-MAIL\tROLLE\tZENTREN\tZUSTAND")
	for _, u := range users {
		state := "aktiv"
		switch {
		case !u.Active:
			state = "deaktiviert"
		case !u.HasPassword:
			state = "eingeladen"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Email, u.Role, strings.Join(u.Centres, ","), state)
	}
	return tw.Flush()
}

// userPassword sets a new password (ending the user's sessions) and, with
// resetTOTP, switches the second factor off: the way back in for an admin
// who forgot the password or lost the phone.
func userPassword(ctx context.Context, s *store.Store, email string, resetTOTP bool, stdin io.Reader, stdout, stderr io.Writer) error {
	u, err := s.FindUserByEmail(ctx, email)
	if err != nil {
		return fmt.Errorf("%s: %s", email, lotse.ErrorMessage(err))
	}
	hash, err := newPasswordHash(u.Email, stdin, stderr)
	if err != nil {
		return err
	}
	if err := s.SetPassword(ctx, nil, u.ID, hash); err != nil {
		return err
	}
	if resetTOTP && u.TOTP {
		if err := s.SetTOTP(ctx, nil, u.ID, "", 0); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "Neues Passwort für %s gesetzt.\n", u.Email)
	return nil
}
