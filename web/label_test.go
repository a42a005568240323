package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"lotse"
)

// topicForm is the form of the topics table with ki set to label and every
// other term left at its current (default) label.
func topicForm(label string) url.Values {
	v := url.Values{}
	for _, t := range lotse.Topics {
		v.Set(t.Slug, t.Label)
	}
	v.Set("ki", label)
	return v
}

func TestAdminChangesTopicLabel(t *testing.T) {
	env := newAccountsEnv(t)
	ctx := context.Background()
	other, err := New(ctx, Config{Now: func() time.Time { return *env.clock }}, env.st, slog.New(slog.NewTextHandler(env.log, nil)))
	if err != nil {
		t.Fatal(err)
	}
	admin := env.as(t, "admin")
	const label = "Maschinelles Lernen & Algorithmen"
	found := func(h http.Handler) bool {
		w := (&client{t: t, h: h}).get("/angebote?q=Algorithmen")
		return strings.Contains(w.Body.String(), `href="/angebote/ki-talk"`)
	}
	if found(env.srv) {
		t.Fatal("the new label's word finds KI offers before the change")
	}

	t.Run("only admins may see and change labels", func(t *testing.T) {
		for _, role := range []string{"anonymous", "viewer", "editorA"} {
			c := env.as(t, role)
			if w := c.get("/verwaltung/begriffe"); !denied(w) {
				t.Errorf("GET as %s: got %d, want refused", role, w.Code)
			}
			if w := c.post("/verwaltung/begriffe/topics", topicForm("Gehackt")); !denied(w) {
				t.Errorf("POST as %s: got %d, want refused", role, w.Code)
			}
		}
		if w := env.as(t, "anonymous").get("/verwaltung/begriffe"); w.Code != http.StatusSeeOther ||
			!strings.HasPrefix(w.Header().Get("Location"), "/anmelden") {
			t.Errorf("anonymous GET: got %d to %q, want a redirect to the login", w.Code, w.Header().Get("Location"))
		}
		if w := env.as(t, "editorA").post("/verwaltung/begriffe/topics", topicForm("Gehackt")); w.Code != http.StatusForbidden {
			t.Errorf("editor: got %d, want 403", w.Code)
		}
	})

	t.Run("too long a label is shown again with the message", func(t *testing.T) {
		long := strings.Repeat("x", 81)
		w := admin.post("/verwaltung/begriffe/topics", topicForm(long))
		body := w.Body.String()
		if w.Code != http.StatusUnprocessableEntity || !strings.Contains(body, "höchstens 80 Zeichen") || !strings.Contains(body, `value="`+long+`"`) ||
			!strings.Contains(body, `id="e-topics-ki"`) {
			t.Errorf("got %d, want 422 with the message and the value kept\n%.2000s", w.Code, body)
		}
	})

	t.Run("unknown vocabulary", func(t *testing.T) {
		if w := admin.post("/verwaltung/begriffe/states", url.Values{"DE-NI": {"Niedersachsen"}}); w.Code != http.StatusNotFound {
			t.Errorf("got %d, want 404", w.Code)
		}
	})

	w := admin.post("/verwaltung/begriffe/topics", topicForm(label))
	if w.Code != http.StatusSeeOther {
		t.Fatalf("save: got %d\n%.2000s", w.Code, w.Body)
	}
	loc, _, _ := strings.Cut(w.Header().Get("Location"), "#") // browsers do not send the fragment
	page := admin.get(loc).Body.String()
	if !strings.Contains(page, "Gespeichert.") || !strings.Contains(page, `value="Maschinelles Lernen &amp; Algorithmen"`) {
		t.Errorf("labels page after saving lacks the notice or the new label:\n%.6000s", page)
	}
	entries, _, err := env.st.FindAuditEntries(ctx, lotse.AuditFilter{Object: "label:topics/ki"})
	if err != nil || len(entries) != 1 {
		t.Fatalf("audit: got %d entries, %v; want exactly one (unchanged rows are not written)", len(entries), err)
	}

	anon := env.anonymous(t)
	list := anon.get("/angebote").Body.String()
	if !strings.Contains(list, `value="ki"> <span>Maschinelles Lernen &amp; Algorithmen</span>`) {
		t.Errorf("facet lacks the new label:\n%.3000s", list)
	}
	if chips := anon.get("/angebote?thema=ki").Body.String(); !strings.Contains(chips, "Thema: Maschinelles Lernen &amp; Algorithmen") {
		t.Errorf("chip lacks the new label")
	}
	if o := anon.get("/angebote/ws-daten").Body.String(); !strings.Contains(o, ">Maschinelles Lernen &amp; Algorithmen</a>") ||
		strings.Contains(o, "Künstliche Intelligenz") {
		t.Errorf("offer page does not show the new label:\n%.3000s", o)
	}
	if !found(env.srv) {
		t.Error("searching the new label's word does not find KI offers")
	}

	// Another instance learns of the change on its next refresh.
	if found(other) {
		t.Fatal("the other instance knew the new label before refreshing")
	}
	if err := other.catalog.catchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if !found(other) {
		t.Error("the other instance does not find by the new label after refreshing")
	}

	// An empty field restores the default.
	if w := admin.post("/verwaltung/begriffe/topics", topicForm("")); w.Code != http.StatusSeeOther {
		t.Fatalf("reset: got %d", w.Code)
	}
	if o := anon.get("/angebote/ws-daten").Body.String(); !strings.Contains(o, "Künstliche Intelligenz") {
		t.Error("offer page does not show the default label after the reset")
	}
	if found(env.srv) {
		t.Error("the old label's word still finds KI offers after the reset")
	}
}
