package web

import (
	"context"
	"encoding/json"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"lotse"
	"lotse/readiness"
	"lotse/search"
	"lotse/store"
)

// The KI-Readiness-Check: one long form without JavaScript, a result page
// behind a private link, and the page explaining the scoring.

const readinessPath = "/ki-check"

// readinessCandidates is how many offers per priority and place the result
// page takes from the index before readiness.Recommend picks the best.
const readinessCandidates = 200

// formQuestion is one question on the form with the answer given so far.
type formQuestion struct {
	*readiness.Question
	Number int
	Answer string
	Error  string
}

// formSection is one dimension of the form.
type formSection struct {
	*readiness.Dimension
	Questions []formQuestion
}

// formProblem is an entry of the error summary above the form.
type formProblem struct {
	Anchor, Label, Message string
}

type readinessForm struct {
	Version    string
	Sections   []formSection
	Count      int
	Profile    readiness.Profile
	Sizes      lotse.Vocabulary
	Industries lotse.Vocabulary
	States     lotse.Vocabulary
	Problems   map[string]string
	Summary    []formProblem
	Previous   string // token of the check being repeated
	Notice     string // why the check was not saved, with the answers kept
	Deleted    bool
}

func newReadinessForm(q *readiness.Questionnaire, p readiness.Profile, answers map[string]string, problems map[string]string) readinessForm {
	f := readinessForm{
		Version: q.Version, Profile: p, Problems: problems,
		Sizes: readiness.Sizes, Industries: readiness.Industries, States: lotse.States,
	}
	labels := map[string]string{"size": "Größe des Betriebs", "industry": "Branche", "state": "Bundesland", "postcode": "Postleitzahl"}
	for _, field := range []string{"size", "industry", "state", "postcode"} {
		if msg, ok := problems[field]; ok {
			f.Summary = append(f.Summary, formProblem{"profil-" + field, labels[field], msg})
		}
	}
	n := 0
	for i := range q.Dimensions {
		d := &q.Dimensions[i]
		sec := formSection{Dimension: d}
		for _, qu := range q.QuestionsOf(d.ID) {
			n++
			fq := formQuestion{Question: qu, Number: n, Answer: answers[qu.ID], Error: problems[qu.ID]}
			if fq.Answer == "" {
				fq.Answer = qu.UnknownOption().ID
			}
			if fq.Error != "" {
				f.Summary = append(f.Summary, formProblem{"frage-" + qu.ID, "Frage " + strconv.Itoa(n), fq.Error})
			}
			sec.Questions = append(sec.Questions, fq)
		}
		f.Sections = append(f.Sections, sec)
	}
	f.Count = n
	return f
}

func (s *Server) readinessForm(w http.ResponseWriter, r *http.Request) error {
	q := readiness.Current()
	f := newReadinessForm(q, readiness.Profile{}, nil, nil)
	f.Deleted = r.URL.Query().Get("geloescht") == "1"
	return s.renderReadinessForm(w, r, http.StatusOK, f)
}

// readinessRepeat shows the form filled with an earlier check's answers; the
// new result will show the progress against it.
func (s *Server) readinessRepeat(w http.ResponseWriter, r *http.Request) error {
	token := r.PathValue("token")
	rec, err := s.store.FindReadinessResult(r.Context(), token)
	if err != nil {
		return err
	}
	q := readiness.Current()
	answers := map[string]string{}
	for id, opt := range rec.Answers {
		if qu := q.Question(id); qu != nil && qu.Option(opt) != nil {
			answers[id] = opt // questions of an older version that still exist
		}
	}
	f := newReadinessForm(q, rec.Profile, answers, nil)
	f.Previous = token
	return s.renderReadinessForm(w, r, http.StatusOK, f)
}

func (s *Server) renderReadinessForm(w http.ResponseWriter, r *http.Request, status int, f readinessForm) error {
	p := s.newPage(r, "KI-Readiness-Check: Wo steht Ihr Betrieb?")
	p.Description = "Finden Sie in etwa zehn Minuten heraus, wie gut Ihr Betrieb auf Künstliche Intelligenz vorbereitet ist – kostenlos, ohne Anmeldung, mit konkreten nächsten Schritten und passenden Angeboten."
	p.Section = "readiness"
	if f.Previous != "" {
		p.Title = "KI-Readiness-Check wiederholen"
	}
	p.Data = f
	return s.ui.render(w, status, "readiness", p)
}

// readinessCreate scores the form, stores the result and sends the browser
// to its private link. Invalid input shows the form again with 422.
func (s *Server) readinessCreate(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return lotse.Errorf(lotse.EINVALID, "Das Formular konnte nicht gelesen werden.")
	}
	q, err := readiness.Load(r.PostForm.Get("version"))
	if err != nil {
		q = readiness.Current()
	}
	profile := readiness.Profile{
		Size: r.PostForm.Get("size"), Industry: r.PostForm.Get("industry"),
		State: r.PostForm.Get("state"), Postcode: strings.TrimSpace(r.PostForm.Get("postcode")),
	}
	answers := map[string]string{}
	for _, qu := range q.Questions {
		if v := r.PostForm.Get(qu.ID); v != "" {
			answers[qu.ID] = v
		}
	}
	previous := r.PostForm.Get("previous")
	res, err := readiness.Score(q, profile, answers)
	if lotse.ErrorCode(err) == lotse.EINVALID {
		f := newReadinessForm(q, profile, answers, lotse.ErrorFields(err))
		f.Previous = previous
		return s.renderReadinessForm(w, r, http.StatusUnprocessableEntity, f)
	} else if err != nil {
		return err
	}
	if err := s.countReadinessCheck(r); lotse.ErrorCode(err) == lotse.ETOOMANY {
		f := newReadinessForm(q, profile, answers, nil)
		f.Previous, f.Notice = previous, lotse.ErrorMessage(err)
		return s.renderReadinessForm(w, r, http.StatusTooManyRequests, f)
	} else if err != nil {
		return err
	}
	token, err := s.store.CreateReadinessResult(r.Context(), res, previous)
	if err != nil {
		return err
	}
	http.Redirect(w, r, readinessResultPath(token), http.StatusSeeOther)
	return nil
}

// Results feed the comparison with similar firms, so one client address may
// not flood them: at most maxChecksPerHour checks an hour.
const maxChecksPerHour = 30

// countReadinessCheck counts a check against the client's address in the
// store's attempt counters (so the count holds across instances), or
// returns ETOOMANY when the address has had its share.
func (s *Server) countReadinessCheck(r *http.Request) error {
	key := "readiness:" + s.clientAddress(r)
	n, err := s.store.Attempts(r.Context(), s.cfg.Now().Add(-time.Hour), key)
	if err != nil {
		return err
	}
	if n[key] >= maxChecksPerHour {
		return lotse.Errorf(lotse.ETOOMANY, "Von Ihrem Internetanschluss kamen in der letzten Stunde sehr viele KI-Checks. Bitte senden Sie Ihre Antworten in einer Stunde erneut.")
	}
	return s.store.RecordAttempt(r.Context(), time.Hour, key)
}

func readinessResultPath(token string) string {
	return readinessPath + "/ergebnis/" + url.PathEscape(token)
}

// priorityView is a priority with its offers as the page shows them.
type priorityView struct {
	readiness.Priority
	Number int
	Cards  []offerCard
}

// dimensionRow is a dimension in the result table, with its change since
// the earlier check, if there was one.
type dimensionRow struct {
	readiness.DimensionScore
	Delta *readiness.DimensionDelta
}

// readinessPageData is everything the result page shows.
type readinessPageData struct {
	Token       string
	URL         string
	Created     time.Time
	Result      *readiness.Result
	Rows        []dimensionRow
	SizeLabel   string
	Industry    string
	StateLabel  string
	Radar       template.HTML
	RadarText   string
	Priorities  []priorityView
	Rec         readiness.Recommendation
	Progress    []readiness.DimensionDelta
	Earlier     *readiness.Result
	Compare     readiness.Comparison
	Compared    bool
	MinCompare  int
	DMA         []readiness.DMAScore
	Band        readiness.DMABand
	Uncertain   bool
	DeleteError string
}

func (s *Server) readinessShow(w http.ResponseWriter, r *http.Request) error {
	return s.renderReadinessResult(w, r, http.StatusOK, "")
}

func (s *Server) renderReadinessResult(w http.ResponseWriter, r *http.Request, status int, deleteError string) error {
	ctx := r.Context()
	token := r.PathValue("token")
	rec, res, earlier, err := s.findReadinessResult(ctx, token)
	if err != nil {
		return err
	}
	now := s.cfg.Now()
	d := readinessPageData{
		Token: token, URL: s.resultURL(r, token), Created: rec.CreatedAt, Result: res, Earlier: earlier,
		SizeLabel: readiness.Sizes.Label(res.Profile.Size), Industry: readiness.Industries.Label(res.Profile.Industry),
		StateLabel: lotse.States.Label(res.Profile.State), MinCompare: readiness.MinComparable,
		DMA: res.DMA.Rows(), Band: res.DMA.BandInfo(), DeleteError: deleteError,
	}
	for _, dim := range res.Dimensions {
		d.Uncertain = d.Uncertain || dim.Uncertain
	}
	if earlier != nil {
		d.Progress = readiness.Progress(earlier, res)
	}
	for i, dim := range res.Dimensions {
		row := dimensionRow{DimensionScore: dim}
		if i < len(d.Progress) {
			row.Delta = &d.Progress[i]
		}
		d.Rows = append(d.Rows, row)
	}
	radar := readiness.RadarFor(res, d.Earlier)
	d.Radar, d.RadarText = template.HTML(radar.SVG()), radar.Text

	if d.Rec, err = s.recommend(ctx, res, now); err != nil {
		return err
	}
	for i, p := range d.Rec.Priorities {
		pv := priorityView{Priority: p, Number: i + 1}
		for _, l := range p.Offers {
			c := offerCard{Offer: l.Offer, Series: l.Offer.Recurrence != ""}
			s.labelCard(&c)
			if ce := s.catalog.centre(l.Offer.Centre); ce != nil {
				c.CentreName = ce.Name
			}
			if l.Next != nil {
				c.Next = l.Next.Start
				if l.Next.End.After(l.Next.Start) {
					c.NextEnd = l.Next.End
				}
			}
			pv.Cards = append(pv.Cards, c)
		}
		d.Priorities = append(d.Priorities, pv)
	}

	peers, err := s.store.FindReadinessPeers(ctx, res.Version, res.Profile.Size, res.Profile.Industry, token)
	if err != nil {
		return err
	}
	d.Compare, d.Compared = readiness.Compare(res, peers)

	p := s.newPage(r, "Ihr Ergebnis im KI-Readiness-Check")
	p.Section = "readiness"
	p.Data = d
	// A private page: not for caches, search engines or other sites.
	w.Header().Set("Cache-Control", "private, no-store")
	w.Header().Set("X-Robots-Tag", "noindex, nofollow")
	return s.ui.render(w, status, "readiness_result", p)
}

// readinessPDF sends the result as a PDF report to download. Like the
// result page it is private: not for caches.
func (s *Server) readinessPDF(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	token := r.PathValue("token")
	rec, res, earlier, err := s.findReadinessResult(ctx, token)
	if err != nil {
		return err
	}
	recm, err := s.recommend(ctx, res, s.cfg.Now())
	if err != nil {
		return err
	}
	rep := readiness.Report{
		Result: res, Earlier: earlier, Rec: recm, Centres: s.catalog.allCentres(),
		Created: rec.CreatedAt, URL: s.resultURL(r, token), Label: s.catalog.labels.label,
	}
	b, err := rep.PDF()
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", `attachment; filename="ki-readiness-bericht.pdf"`)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Robots-Tag", "noindex, nofollow")
	_, err = w.Write(b)
	return err
}

// findReadinessResult loads a stored check by its private token and scores
// it, and the check it repeats (nil if none). An unknown token is ENOTFOUND.
func (s *Server) findReadinessResult(ctx context.Context, token string) (*store.ReadinessRecord, *readiness.Result, *readiness.Result, error) {
	rec, err := s.store.FindReadinessResult(ctx, token)
	if err != nil {
		return nil, nil, nil, err
	}
	res, err := rescore(rec)
	if err != nil {
		return nil, nil, nil, err
	}
	var earlier *readiness.Result
	if rec.Previous != nil {
		if earlier, err = rescore(rec.Previous); err != nil {
			return nil, nil, nil, err
		}
	}
	return rec, res, earlier, nil
}

// rescore scores a stored check again with the questionnaire version it was
// made with; the result is the same as when it was stored.
func rescore(rec *store.ReadinessRecord) (*readiness.Result, error) {
	q, err := readiness.Load(rec.Version)
	if err != nil {
		return nil, err
	}
	return readiness.Score(q, rec.Profile, rec.Answers)
}

// recommend finds the offers for the result's priorities: it asks the index
// for offers on the priorities' topics that the firm can reach (online or
// hybrid anywhere, on site in its Land) and lets readiness.Recommend choose.
func (s *Server) recommend(ctx context.Context, res *readiness.Result, now time.Time) (readiness.Recommendation, error) {
	centres := s.catalog.allCentres()
	rec := readiness.Recommend(res, res.Profile, nil, centres, now)
	seen := map[string]bool{}
	var ids []string
	for _, p := range rec.Priorities {
		if len(p.Topics) == 0 {
			continue
		}
		for _, f := range []map[string][]string{
			{search.FacetTopic: p.Topics, search.FacetMode: {"online", "hybrid"}},
			{search.FacetTopic: p.Topics, search.FacetMode: {"praesenz"}, search.FacetState: {res.Profile.State}},
		} {
			for _, h := range s.catalog.index.Search(searchQuery(now, "", f, time.Time{}, time.Time{}, 0, readinessCandidates)).Hits {
				if !seen[h.ID] {
					seen[h.ID] = true
					ids = append(ids, h.ID)
				}
			}
		}
	}
	offers, err := s.store.FindOffersByIDs(ctx, ids)
	if err != nil {
		return rec, err
	}
	return readiness.Recommend(res, res.Profile, offers, centres, now), nil
}

// readinessDelete deletes a result after the owner confirmed it.
func (s *Server) readinessDelete(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return lotse.Errorf(lotse.EINVALID, "Das Formular konnte nicht gelesen werden.")
	}
	if r.PostForm.Get("bestaetigt") != "ja" {
		return s.renderReadinessResult(w, r, http.StatusUnprocessableEntity,
			"Bitte bestätigen Sie, dass Sie Ihr Ergebnis endgültig löschen möchten.")
	}
	if err := s.store.DeleteReadinessResult(r.Context(), r.PathValue("token")); err != nil {
		return err
	}
	http.Redirect(w, r, readinessPath+"?geloescht=1", http.StatusSeeOther)
	return nil
}

func (s *Server) readinessExplain(w http.ResponseWriter, r *http.Request) error {
	q := readiness.Current()
	p := s.newPage(r, "So rechnet der KI-Readiness-Check")
	p.Description = "Wie der KI-Readiness-Check Antworten bewertet, Prioritäten setzt und Ergebnisse mit dem Reifegradmodell der EU vergleichbar macht."
	p.Section = "readiness"
	p.Data = struct {
		Explanation readiness.Explanation
		Levels      []readiness.Level
	}{q.Explain(), q.Levels}
	return s.ui.render(w, http.StatusOK, "readiness_explain", p)
}

func (s *Server) apiReadinessQuestionnaire(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, http.StatusOK, readiness.Current().API())
}

// apiReadinessCreate scores, stores and answers with scores, priorities,
// recommended offers and centres, and the private result link.
func (s *Server) apiReadinessCreate(w http.ResponseWriter, r *http.Request) error {
	var req readiness.Request
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return lotse.Errorf(lotse.EINVALID, "Der Inhalt ist kein gültiges JSON der Form {\"profile\": {…}, \"answers\": {…}}.")
	}
	if _, err := dec.Token(); err != io.EOF {
		return lotse.Errorf(lotse.EINVALID, "Nach dem JSON-Objekt darf nichts mehr folgen.")
	}
	res, err := readiness.Score(readiness.Current(), req.Profile, req.Answers)
	if err != nil {
		return err
	}
	if err := s.countReadinessCheck(r); err != nil {
		return err
	}
	token, err := s.store.CreateReadinessResult(r.Context(), res, "")
	if err != nil {
		return err
	}
	rec, err := s.recommend(r.Context(), res, s.cfg.Now())
	if err != nil {
		return err
	}
	link := s.resultURL(r, token)
	w.Header().Set("Location", link)
	return writeJSON(w, http.StatusCreated, readiness.NewResponse(res, rec, link))
}

// resultURL is the private link to a result: on Config.PublicURL when it is
// set, else on the host the request came to. The link only goes back to the
// one who asked (page or API answer), never into an e-mail, so the Host
// header, which that person controls, cannot send it to anyone else.
func (s *Server) resultURL(r *http.Request, token string) string {
	if s.cfg.PublicURL != "" {
		return strings.TrimSuffix(s.cfg.PublicURL, "/") + readinessResultPath(token)
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + readinessResultPath(token)
}
