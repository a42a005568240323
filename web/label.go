package web

import (
	"maps"
	"net/http"
	"strings"
	"sync"

	"lotse"
)

// labels is one instance's view of the vocabulary labels: the compiled
// vocabularies with the labels admins set in the store laid over them. The
// catalogue loads it at start and refreshes it each tick.
type labels struct {
	mu     sync.RWMutex
	custom map[string]map[string]string // as stored
	vocabs map[string]lotse.Vocabulary  // by name, with custom labels
}

func newLabels() *labels {
	l := &labels{}
	l.set(nil)
	return l
}

// set replaces the custom labels and reports whether they changed.
func (l *labels) set(custom map[string]map[string]string) bool {
	vocabs := make(map[string]lotse.Vocabulary, len(lotse.EditableVocabularies))
	for _, v := range lotse.EditableVocabularies {
		vocabs[v.Name] = v.Terms.WithLabels(custom[v.Name])
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	changed := !maps.EqualFunc(l.custom, custom, func(a, b map[string]string) bool { return maps.Equal(a, b) })
	l.custom, l.vocabs = custom, vocabs
	return changed
}

// vocab returns the named vocabulary with its current labels; the caller
// must not change it.
func (l *labels) vocab(name string) lotse.Vocabulary {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.vocabs[name]
}

// label returns the current label of slug in the named vocabulary, or slug
// itself when unknown.
func (l *labels) label(name, slug string) string {
	return l.vocab(name).Label(slug)
}

// The labels page of the administration (/verwaltung/begriffe): per
// vocabulary a table of slug, compiled label and current label, saved one
// vocabulary at a time.

// labelRow is one term on the labels page; Value is as typed or current.
type labelRow struct {
	Field, Slug, Default, Value, Problem string
}

type labelTable struct {
	Name, Title string
	Rows        []labelRow
}

// labelTables returns the tables of the labels page; form and problems,
// when given, replace the values of vocabulary posted.
func (s *Server) labelTables(posted string, form map[string]string, problems map[string]string) []labelTable {
	var out []labelTable
	for _, v := range lotse.EditableVocabularies {
		t := labelTable{Name: v.Name, Title: v.Title}
		current := s.catalog.labels.vocab(v.Name)
		for i, term := range v.Terms {
			row := labelRow{Field: v.Name + "-" + term.Slug, Slug: term.Slug, Default: term.Label, Value: current[i].Label}
			if v.Name == posted {
				row.Value, row.Problem = form[term.Slug], problems[row.Field]
			}
			t.Rows = append(t.Rows, row)
		}
		out = append(out, t)
	}
	return out
}

func (s *Server) renderLabels(w http.ResponseWriter, r *http.Request, status int, posted string, form, problems map[string]string) error {
	p := s.newPage(r, "Verwaltung: Begriffe")
	p.Section = "admin"
	p.Data = struct {
		Tables []labelTable
		Errors map[string]string
		Notice string
	}{s.labelTables(posted, form, problems), problems, adminNotices[r.URL.Query().Get("hinweis")]}
	return s.ui.render(w, status, "admin_labels", p)
}

func (s *Server) adminLabels(w http.ResponseWriter, r *http.Request) error {
	return s.renderLabels(w, r, http.StatusOK, "", nil, nil)
}

// labelsUpdate saves the labels of one vocabulary: a field left empty or
// set to the compiled label restores the default. Only changed terms are
// written (and audited). Afterwards this instance re-indexes all offers, so
// the new labels are found at once; other instances follow on their next
// refresh.
func (s *Server) labelsUpdate(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("vocab")
	terms, ok := lotse.EditableVocabulary(name)
	if !ok {
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Verzeichnis gibt es nicht.")
	}
	r.ParseForm()
	form := make(map[string]string, len(terms))
	var problems lotse.Problems
	for _, t := range terms {
		form[t.Slug] = strings.TrimSpace(r.PostFormValue(t.Slug))
		if err := lotse.ValidateLabel(form[t.Slug]); err != nil {
			problems.Add(name+"-"+t.Slug, "„"+t.Label+"“: "+lotse.ErrorFields(err)["label"])
		}
	}
	if len(problems) > 0 {
		return s.renderLabels(w, r, http.StatusUnprocessableEntity, name, form, problems)
	}
	ctx := r.Context()
	current := s.catalog.labels.vocab(name)
	for i, t := range terms {
		want := form[t.Slug]
		if want == "" {
			want = t.Label
		}
		if want == current[i].Label {
			continue
		}
		if err := s.store.SetLabel(ctx, currentUser(r), name, t.Slug, form[t.Slug]); err != nil {
			if fields := lotse.ErrorFields(err); fields != nil {
				return s.renderLabels(w, r, http.StatusUnprocessableEntity, name, form,
					map[string]string{name + "-" + t.Slug: "„" + t.Label + "“: " + fields["label"]})
			}
			return err
		}
	}
	if changed, err := s.catalog.loadLabels(ctx); err != nil {
		return err
	} else if changed {
		if err := s.catalog.indexAll(ctx); err != nil {
			return err
		}
	}
	http.Redirect(w, r, "/verwaltung/begriffe?hinweis=gespeichert#"+name, http.StatusSeeOther)
	return nil
}
