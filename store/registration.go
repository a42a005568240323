package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"time"

	"lotse"
)

// Job kinds the registration code enqueues; the web package handles them.
const (
	JobMail      = "mail"      // MailArgs
	JobReminders = "reminders" // ReminderArgs
)

// Mail kinds, carried in MailArgs.Kind.
const (
	MailBooked        = "booked"         // confirmation of a booking (all its dates)
	MailPromoted      = "promoted"       // moved up from the waiting list
	MailCancelled     = "cancelled"      // the person cancelled a date
	MailReminder      = "reminder"       // 24 h / 1 h before
	MailUpdated       = "updated"        // the centre moved the date
	MailDateCancelled = "date_cancelled" // the centre called the date off
)

// MailArgs are the arguments of a mail job. The message is composed when the
// job runs, from the state then.
type MailArgs struct {
	Kind         string    `json:"kind"`
	Booking      string    `json:"booking,omitempty"`
	Registration int64     `json:"registration,omitempty"`
	At           time.Time `json:"at,omitzero"`    // reminders: the start they were made for
	Seat         bool      `json:"seat,omitempty"` // cancellations: the person had a seat (and an invitation)
}

// RegisterRequest asks for places at one or more dates of an event.
type RegisterRequest struct {
	OfferID string
	// Dates are planned starts of the offer's dates. Empty means the next
	// bookable date, or with AllDates every bookable date of the series.
	Dates    []time.Time
	AllDates bool
	lotse.Registrant
	// IdempotencyKey, when set, stores Answer's result with the
	// registration; a repeated request with the key gets it back.
	IdempotencyKey string
	Answer         func([]*lotse.Registration) (status int, body []byte, err error)
}

// RegisterResult is what Register did.
type RegisterResult struct {
	Registrations []*lotse.Registration
	// Replayed is set when the idempotency key was seen before; Status and
	// Body are the first answer then.
	Replayed bool
	Status   int
	Body     []byte
}

// Register books the person onto each requested date in one transaction: a
// seat while one is free and nobody waits, else the next place on the
// waiting list. The confirmation mail is enqueued in the same transaction.
// Errors: EINVALID (bad input, unknown or past date, date called off),
// ENOTFOUND (no such offer), ECONFLICT (the e-mail address is registered for
// one of the dates already).
//
// On SQLite, registrations arriving together share one commit (group
// commit): each runs inside its own SAVEPOINT of the batch's transaction, so
// it is all-or-nothing on its own, and Register returns only after the
// commit. On PostgreSQL each registration is a transaction of its own that
// locks its date row.
func (s *Store) Register(ctx context.Context, req RegisterRequest) (*RegisterResult, error) {
	if err := req.Registrant.Validate(); err != nil {
		return nil, err
	}
	if s.dialect == SQLite {
		return s.registerBatched(ctx, req)
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	res, err := registerTx(ctx, tx, req)
	if errors.Is(err, errKeySeen) {
		tx.Rollback()
		return s.replay(ctx, req.IdempotencyKey)
	} else if err != nil {
		return nil, err
	}
	return res, tx.commit()
}

// errKeySeen says that the idempotency key of a request was used before.
var errKeySeen = errors.New("idempotency key seen")

func registerTx(ctx context.Context, tx *tx, req RegisterRequest) (*RegisterResult, error) {
	if req.IdempotencyKey != "" {
		// Claim the key first: on PostgreSQL a concurrent request with the
		// same key waits here for us and then sees the conflict.
		if _, err := tx.exec(ctx, qKeyInsert, req.IdempotencyKey, formatTime(tx.now)); err != nil {
			if lotse.ErrorCode(err) == lotse.ECONFLICT {
				return nil, errKeySeen
			}
			return nil, fmt.Errorf("register: %w", err)
		}
	}
	regs, err := register(ctx, tx, req)
	if err != nil {
		return nil, err
	}
	res := &RegisterResult{Registrations: regs}
	if req.IdempotencyKey != "" && req.Answer != nil {
		status, body, err := req.Answer(regs)
		if err != nil {
			return nil, err
		}
		if _, err := tx.exec(ctx, qKeyAnswer, status, string(body), req.IdempotencyKey); err != nil {
			return nil, fmt.Errorf("register: %w", err)
		}
		res.Status, res.Body = status, body
	}
	return res, nil
}

var (
	qKeyInsert = hot(`INSERT INTO idempotency_keys (key, status, body, created_at) VALUES (?, 0, '', ?)`)
	qKeyAnswer = hot(`UPDATE idempotency_keys SET status = ?, body = ? WHERE key = ?`)
)

// pendingRegistration is a registration waiting for its batch.
type pendingRegistration struct {
	ctx  context.Context
	req  RegisterRequest
	res  *RegisterResult
	err  error
	done chan struct{}
}

// maxBatch is the most registrations one SQLite commit carries.
const maxBatch = 64

func (s *Store) registerBatched(ctx context.Context, req RegisterRequest) (*RegisterResult, error) {
	s.batchOnce.Do(func() {
		s.batch, s.batchQuit, s.batchDone = make(chan *pendingRegistration, maxBatch), make(chan struct{}), make(chan struct{})
		go s.batchLoop()
	})
	if s.batch == nil {
		return nil, errors.New("register: store closed")
	}
	p := &pendingRegistration{ctx: ctx, req: req, done: make(chan struct{})}
	select {
	case s.batch <- p:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-s.batchQuit:
		return nil, errors.New("register: store closed")
	}
	// Once queued, wait for the outcome even if ctx ends: it may commit.
	select {
	case <-p.done:
	case <-s.batchDone:
		select {
		case <-p.done:
		default:
			return nil, errors.New("register: store closed")
		}
	}
	return p.res, p.err
}

// batchLoop takes what registrations are waiting (no waiting for more:
// a lone registration commits at once) and runs them in one transaction.
func (s *Store) batchLoop() {
	defer close(s.batchDone)
	for {
		var ps []*pendingRegistration
		select {
		case p := <-s.batch:
			ps = append(ps, p)
		case <-s.batchQuit:
			return
		}
		// Let the clients that just got their answers send their next
		// registration before the batch closes (classic group commit):
		// yield, take what came, and yield again while more keeps coming.
		for len(ps) < maxBatch {
			runtime.Gosched()
			n := len(ps)
		more:
			for len(ps) < maxBatch {
				select {
				case p := <-s.batch:
					ps = append(ps, p)
				default:
					break more
				}
			}
			if len(ps) == n {
				break
			}
		}
		s.runBatch(ps)
	}
}

func (s *Store) runBatch(ps []*pendingRegistration) {
	defer func() {
		for _, p := range ps {
			close(p.done)
		}
	}()
	ctx := context.Background() // one request's end must not break the others
	tx, err := s.begin(ctx)
	if err != nil {
		for _, p := range ps {
			p.err = err
		}
		return
	}
	defer tx.Rollback()
	// Each registration runs in a savepoint of its own: released when it
	// succeeded, rolled back to when it failed. Should a savepoint command
	// itself fail, the transaction is in doubt and nobody in the batch is
	// registered (the deferred Rollback undoes it all).
	failAll := func(err error) {
		for _, q := range ps {
			q.res, q.err = nil, fmt.Errorf("register: %w", err)
		}
	}
	var ok []*pendingRegistration
	for _, p := range ps {
		if p.err = p.ctx.Err(); p.err != nil {
			continue
		}
		if _, err := tx.exec(ctx, qSavepoint); err != nil {
			failAll(err)
			return
		}
		p.res, p.err = registerTx(ctx, tx, p.req)
		if p.err == nil {
			if _, err := tx.exec(ctx, qRelease); err != nil {
				failAll(err)
				return
			}
			ok = append(ok, p)
			continue
		}
		_, err := tx.exec(ctx, qRollbackTo)
		if err == nil {
			_, err = tx.exec(ctx, qRelease)
		}
		if err != nil {
			failAll(err)
			return
		}
		if errors.Is(p.err, errKeySeen) {
			p.res, p.err = replayTx(ctx, tx, p.req.IdempotencyKey)
		}
	}
	if err := tx.commit(); err != nil {
		for _, p := range ok {
			p.res, p.err = nil, fmt.Errorf("register: %w", err)
		}
	}
}

var (
	qSavepoint  = hot(`SAVEPOINT registration`)
	qRelease    = hot(`RELEASE registration`)
	qRollbackTo = hot(`ROLLBACK TO registration`)
)

func replayTx(ctx context.Context, tx *tx, key string) (*RegisterResult, error) {
	res := &RegisterResult{Replayed: true}
	var body string
	if err := tx.queryRow(ctx, `SELECT status, body FROM idempotency_keys WHERE key = ?`, key).Scan(&res.Status, &body); err != nil {
		return nil, fmt.Errorf("replay idempotency key: %w", err)
	}
	res.Body = []byte(body)
	return res, nil
}

func (s *Store) replay(ctx context.Context, key string) (*RegisterResult, error) {
	res := &RegisterResult{Replayed: true}
	var body string
	err := s.read.QueryRowContext(ctx, s.rebind(`SELECT status, body FROM idempotency_keys WHERE key = ?`), key).Scan(&res.Status, &body)
	if err != nil {
		return nil, fmt.Errorf("replay idempotency key: %w", err)
	}
	if res.Status == 0 {
		return nil, lotse.Errorf(lotse.ECONFLICT, "Eine Anfrage mit diesem Idempotency-Key wird gerade bearbeitet.")
	}
	res.Body = []byte(body)
	return res, nil
}

func register(ctx context.Context, tx *tx, req RegisterRequest) ([]*lotse.Registration, error) {
	o, err := cachedOffer(ctx, tx, req.OfferID)
	if err != nil {
		return nil, err
	}
	if !o.IsPublic() {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot gibt es nicht (mehr).")
	}
	if !o.IsListed() {
		msg := "Diese Veranstaltung ist abgesagt oder vorbei; eine Anmeldung ist nicht mehr möglich."
		return nil, &lotse.Error{Code: lotse.EINVALID, Message: msg, Fields: map[string]string{"starts_at": msg}}
	}
	var dates []lotse.Occurrence
	switch {
	case req.AllDates || len(req.Dates) == 0:
		dates = o.BookableDates(tx.now)
		if len(dates) == 0 {
			msg := "Für diese Veranstaltung ist keine Anmeldung (mehr) möglich."
			return nil, &lotse.Error{Code: lotse.EINVALID, Message: msg, Fields: map[string]string{"starts_at": msg}}
		}
		if !req.AllDates {
			dates = dates[:1]
		}
	default:
		for _, d := range req.Dates {
			oc, err := o.CheckDate(d, tx.now)
			if err != nil {
				return nil, err
			}
			if !slices.ContainsFunc(dates, func(x lotse.Occurrence) bool { return x.Start.Equal(oc.Start) }) {
				dates = append(dates, oc)
			}
		}
		// A fixed order of locking keeps two bookings from deadlocking.
		slices.SortFunc(dates, func(a, b lotse.Occurrence) int { return a.Start.Compare(b.Start) })
	}
	booking := newToken()
	var regs []*lotse.Registration
	for _, oc := range dates {
		d, err := lockDate(ctx, tx, o, oc.Start)
		if err != nil {
			return nil, err
		}
		if d.cancelled {
			msg := "Dieser Termin wurde abgesagt; eine Anmeldung ist nicht möglich."
			return nil, &lotse.Error{Code: lotse.EINVALID, Message: msg, Fields: map[string]string{"starts_at": msg}}
		}
		if err := fillSeats(ctx, tx, o, d); err != nil {
			return nil, err
		}
		r := &lotse.Registration{OfferID: o.ID, StartsAt: oc.Start, Booking: booking, Registrant: req.Registrant, CreatedAt: tx.now}
		r.Status, r.Position = lotse.Seat(o.Capacity, d.confirmed, d.waitlisted)
		err = tx.queryRow(ctx, qRegistrationInsert, o.ID, formatTime(oc.Start), booking, r.Status, r.Position, r.Name, r.Email, r.Company, r.Size, r.Industry, r.Postcode,
			formatTime(tx.now)).Scan(&r.ID)
		if err = formatError(err); lotse.ErrorCode(err) == lotse.ECONFLICT {
			msg := "Mit dieser E-Mail-Adresse ist schon eine Anmeldung für diesen Termin eingegangen."
			if len(dates) > 1 {
				msg = "Mit dieser E-Mail-Adresse ist schon eine Anmeldung für den Termin am " + oc.Start.Format("02.01.2006") + " eingegangen."
			}
			return nil, &lotse.Error{Code: lotse.ECONFLICT, Message: msg, Fields: map[string]string{"email": msg}}
		} else if err != nil {
			return nil, fmt.Errorf("register: %w", err)
		}
		if r.Status == lotse.RegistrationConfirmed {
			d.confirmed++
		} else {
			d.waitlisted++
		}
		if err := saveDate(ctx, tx, d); err != nil {
			return nil, err
		}
		regs = append(regs, r)
	}
	if err := enqueue(ctx, tx, JobMail, MailArgs{Kind: MailBooked, Booking: booking}, time.Time{}); err != nil {
		return nil, err
	}
	return regs, nil
}

// The queries of a registration, prepared once on SQLite.
var (
	qFindOffer = hot(`SELECT ` + offerSelect + ` FROM offers WHERE id = ?`)
	qDate      = hot(`SELECT confirmed, waitlisted, sequence, moved_to, moved_end, place, cancelled_at
		FROM event_dates WHERE offer_id = ? AND starts_at = ?`)
	qDateInsert         = hot(`INSERT INTO event_dates (offer_id, starts_at) VALUES (?, ?) ON CONFLICT (offer_id, starts_at) DO NOTHING`)
	qDateSave           = hot(`UPDATE event_dates SET confirmed = ?, waitlisted = ? WHERE offer_id = ? AND starts_at = ?`)
	qRegistrationInsert = hot(`INSERT INTO registrations (offer_id, starts_at, booking, status, position, name, email, company, size, industry, postcode, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
)

// dateRow is a locked row of event_dates.
type dateRow struct {
	offerID           string
	start             time.Time // planned
	confirmed         int
	waitlisted        int
	sequence          int
	movedTo, movedEnd *time.Time
	place             string
	cancelled         bool
}

// Start returns when the date really starts (it may have been moved).
func (d *dateRow) Start() time.Time {
	if d.movedTo != nil {
		return *d.movedTo
	}
	return d.start
}

// lockDate returns the event_dates row of a date, creating it if needed, and
// locks it until tx ends: on PostgreSQL with SELECT … FOR UPDATE, on SQLite
// by the single writer connection that serializes all write transactions.
func lockDate(ctx context.Context, tx *tx, o *lotse.Offer, start time.Time) (*dateRow, error) {
	lock := ""
	if tx.s.dialect == Postgres {
		lock = " FOR UPDATE"
	}
	d := &dateRow{offerID: o.ID, start: start}
	for try := 0; ; try++ {
		var moved, movedEnd, cancelled NullTime
		err := tx.queryRow(ctx, qDate+lock, o.ID, formatTime(start)).
			Scan(&d.confirmed, &d.waitlisted, &d.sequence, &moved, &movedEnd, &d.place, &cancelled)
		if errors.Is(err, sql.ErrNoRows) && try == 0 {
			res, err := tx.exec(ctx, qDateInsert, o.ID, formatTime(start))
			if err != nil {
				return nil, fmt.Errorf("lock date: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				// The first registration for the date schedules its reminders.
				if err := enqueueReminders(ctx, tx, o, d); err != nil {
					return nil, err
				}
			}
			continue
		} else if err != nil {
			return nil, fmt.Errorf("lock date: %w", err)
		}
		d.movedTo, d.movedEnd, d.cancelled = moved.Ptr(), movedEnd.Ptr(), cancelled.Valid
		return d, nil
	}
}

func saveDate(ctx context.Context, tx *tx, d *dateRow) error {
	if _, err := tx.exec(ctx, qDateSave, d.confirmed, d.waitlisted, d.offerID, formatTime(d.start)); err != nil {
		return fmt.Errorf("save date: %w", err)
	}
	return nil
}

// fillSeats moves people from the head of the waiting list onto free seats
// (FIFO), closes the gap in the positions and tells them by e-mail. The
// caller saves d.
func fillSeats(ctx context.Context, tx *tx, o *lotse.Offer, d *dateRow) error {
	n := lotse.MoveUps(o.Capacity, d.confirmed, d.waitlisted)
	if n == 0 {
		return nil
	}
	rows, err := tx.query(ctx, `UPDATE registrations SET status = 'confirmed', position = 0
		WHERE offer_id = ? AND starts_at = ? AND status = 'waitlisted' AND position <= ? RETURNING id`,
		d.offerID, formatTime(d.start), n)
	if err != nil {
		return fmt.Errorf("move up: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("move up: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("move up: %w", err)
	}
	if len(ids) != n {
		return fmt.Errorf("move up: waiting list of %s %s is inconsistent: %d moved, %d expected", d.offerID, formatTime(d.start), len(ids), n)
	}
	if _, err := tx.exec(ctx, `UPDATE registrations SET position = position - ?
		WHERE offer_id = ? AND starts_at = ? AND status = 'waitlisted'`, n, d.offerID, formatTime(d.start)); err != nil {
		return fmt.Errorf("move up: %w", err)
	}
	d.confirmed += n
	d.waitlisted -= n
	slices.Sort(ids)
	for _, id := range ids {
		if err := enqueue(ctx, tx, JobMail, MailArgs{Kind: MailPromoted, Registration: id}, time.Time{}); err != nil {
			return err
		}
	}
	return nil
}

// enqueueReminders schedules the reminders of a date: at each reminder time
// a JobReminders job queues one reminder mail per person with a seat then.
// One job per date and time, not per person, keeps a registration cheap.
func enqueueReminders(ctx context.Context, tx *tx, o *lotse.Offer, d *dateRow) error {
	start := d.Start()
	for _, at := range lotse.Reminders(o.Mode, start, tx.now) {
		if err := enqueue(ctx, tx, JobReminders, ReminderArgs{OfferID: o.ID, Date: d.start.UTC(), At: start.UTC()}, at); err != nil {
			return err
		}
	}
	return nil
}

// ReminderArgs are the arguments of a JobReminders job.
type ReminderArgs struct {
	OfferID string    `json:"offer"`
	Date    time.Time `json:"date"` // planned start
	At      time.Time `json:"at"`   // the actual start the reminder was made for
}

// QueueReminders runs a JobReminders job: unless the date was called off or
// moved since, it queues a reminder mail for everyone with a seat.
func (s *Store) QueueReminders(ctx context.Context, a ReminderArgs) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	o, err := cachedOffer(ctx, tx, a.OfferID)
	if lotse.ErrorCode(err) == lotse.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	var n int
	if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM event_dates WHERE offer_id = ? AND starts_at = ?`, o.ID, formatTime(a.Date)).Scan(&n); err != nil || n == 0 {
		return err // the date moved to another key since
	}
	d, err := lockDate(ctx, tx, o, a.Date)
	if err != nil {
		return err
	}
	if d.cancelled || !d.Start().Equal(a.At) {
		return nil
	}
	regs, err := queryRegistrations(ctx, tx, `r.offer_id = ? AND r.starts_at = ? AND r.status = 'confirmed' ORDER BY r.id`, o.ID, formatTime(d.start))
	if err != nil {
		return err
	}
	for _, r := range regs {
		if err := enqueue(ctx, tx, JobMail, MailArgs{Kind: MailReminder, Registration: r.ID, At: a.At}, time.Time{}); err != nil {
			return err
		}
	}
	return tx.commit()
}

// cachedOffer reads an offer inside tx. A transaction sees each offer once:
// nobody else writes while it runs (SQLite's single writer) or the offer's
// dates are locked (PostgreSQL), and a batch of registrations mostly asks
// for the same few offers.
func cachedOffer(ctx context.Context, tx *tx, id string) (*lotse.Offer, error) {
	if o, ok := tx.offers[id]; ok {
		return o, nil
	}
	o, err := scanOffer(tx.queryRow(ctx, qFindOffer, id))
	if err == nil {
		if tx.offers == nil {
			tx.offers = map[string]*lotse.Offer{}
		}
		tx.offers[id] = o
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot gibt es nicht (mehr).")
	} else if err != nil {
		return nil, fmt.Errorf("find offer %s: %w", id, err)
	}
	return o, nil
}

// newToken returns an unguessable token for a private link (128 bits).
func newToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

const registrationColumns = `r.id, r.offer_id, r.starts_at, r.booking, r.status, r.position, r.name, r.email, r.company,
	r.size, r.industry, r.postcode, r.attended, r.created_at, r.cancelled_at`

func scanRegistration(sc interface{ Scan(...any) error }) (*lotse.Registration, error) {
	var r lotse.Registration
	var start, created, cancelled NullTime
	var attended sql.NullInt64
	if err := sc.Scan(&r.ID, &r.OfferID, &start, &r.Booking, &r.Status, &r.Position, &r.Name, &r.Email, &r.Company,
		&r.Size, &r.Industry, &r.Postcode, &attended, &created, &cancelled); err != nil {
		return nil, err
	}
	r.StartsAt, r.CreatedAt, r.CancelledAt = start.Time.In(lotse.Berlin), created.Time.In(lotse.Berlin), cancelled.Ptr()
	if attended.Valid {
		a := attended.Int64 == 1
		r.Attended = &a
	}
	return &r, nil
}

func queryRegistrations(ctx context.Context, tx *tx, where string, args ...any) ([]*lotse.Registration, error) {
	rows, err := tx.query(ctx, `SELECT `+registrationColumns+` FROM registrations r WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("find registrations: %w", err)
	}
	defer rows.Close()
	var out []*lotse.Registration
	for rows.Next() {
		r, err := scanRegistration(rows)
		if err != nil {
			return nil, fmt.Errorf("find registrations: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// DateInfo is a date as registrations see it: planned and actual times, the
// place if moved, the invitation sequence and the counts.
type DateInfo struct {
	lotse.DateCount
	Start, End time.Time // actual (moved) times; End may be zero
	Place      string    // set when the centre moved the date elsewhere
	Sequence   int
}

// Booking is what a private registration link shows.
type Booking struct {
	Token         string
	Offer         *lotse.Offer
	Registrations []*lotse.Registration
	Dates         map[int64]DateInfo // by the planned start's Unix time
}

// Date returns the date of r.
func (b *Booking) Date(r *lotse.Registration) DateInfo { return b.Dates[r.StartsAt.Unix()] }

// FindBooking returns the registrations made together under token, or ENOTFOUND.
func (s *Store) FindBooking(ctx context.Context, token string) (*Booking, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findBooking(ctx, tx, token)
}

func findBooking(ctx context.Context, tx *tx, token string) (*Booking, error) {
	regs, err := queryRegistrations(ctx, tx, `r.booking = ? ORDER BY r.starts_at, r.id`, token)
	if err != nil {
		return nil, err
	}
	if len(regs) == 0 || token == "" {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Diese Anmeldung gibt es nicht (mehr). Bitte prüfen Sie den Link aus Ihrer E-Mail.")
	}
	b := &Booking{Token: token, Registrations: regs, Dates: map[int64]DateInfo{}}
	if b.Offer, err = cachedOffer(ctx, tx, regs[0].OfferID); err != nil {
		return nil, err
	}
	for _, r := range regs {
		if _, ok := b.Dates[r.StartsAt.Unix()]; ok {
			continue
		}
		di, err := dateInfo(ctx, tx, b.Offer, r.StartsAt)
		if err != nil {
			return nil, err
		}
		b.Dates[r.StartsAt.Unix()] = di
	}
	return b, nil
}

func dateInfo(ctx context.Context, tx *tx, o *lotse.Offer, start time.Time) (DateInfo, error) {
	d := &dateRow{offerID: o.ID, start: start}
	var moved, movedEnd, cancelled NullTime
	err := tx.queryRow(ctx, `SELECT confirmed, waitlisted, sequence, moved_to, moved_end, place, cancelled_at
		FROM event_dates WHERE offer_id = ? AND starts_at = ?`, o.ID, formatTime(start)).
		Scan(&d.confirmed, &d.waitlisted, &d.sequence, &moved, &movedEnd, &d.place, &cancelled)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return DateInfo{}, fmt.Errorf("find date: %w", err)
	}
	d.movedTo, d.movedEnd, d.cancelled = moved.Ptr(), movedEnd.Ptr(), cancelled.Valid
	return d.info(o), nil
}

func (d *dateRow) info(o *lotse.Offer) DateInfo {
	di := DateInfo{
		DateCount: lotse.DateCount{StartsAt: d.start.In(lotse.Berlin), Capacity: o.Capacity, Confirmed: d.confirmed,
			Waitlisted: d.waitlisted, Cancelled: d.cancelled},
		Start: d.Start().In(lotse.Berlin), Place: d.place, Sequence: d.sequence,
	}
	switch {
	case d.movedEnd != nil:
		di.End = d.movedEnd.In(lotse.Berlin)
	case o.Duration() > 0:
		di.End = di.Start.Add(o.Duration())
	}
	return di
}

// FindRegistration returns a registration with its booking, or ENOTFOUND.
func (s *Store) FindRegistration(ctx context.Context, id int64) (*lotse.Registration, *Booking, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	regs, err := queryRegistrations(ctx, tx, `r.id = ?`, id)
	if err != nil {
		return nil, nil, err
	}
	if len(regs) == 0 {
		return nil, nil, lotse.Errorf(lotse.ENOTFOUND, "Diese Anmeldung gibt es nicht (mehr).")
	}
	b, err := findBooking(ctx, tx, regs[0].Booking)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range b.Registrations {
		if r.ID == id {
			return r, b, nil
		}
	}
	return regs[0], b, nil
}

// CancelBooking cancels the active registrations of a booking, or only the
// one at the planned start when start is given. A freed seat goes to the
// first on the waiting list in the same transaction, and everyone concerned
// is told by e-mail. It returns the cancelled registrations (none when all
// were cancelled already); ENOTFOUND for an unknown token.
func (s *Store) CancelBooking(ctx context.Context, token string, start *time.Time) ([]*lotse.Registration, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	b, err := findBooking(ctx, tx, token)
	if err != nil {
		return nil, err
	}
	var done []*lotse.Registration
	for _, r := range b.Registrations {
		if !r.Active() || (start != nil && !r.StartsAt.Equal(*start)) {
			continue
		}
		if err := cancelRegistration(ctx, tx, b.Offer, r.ID, MailCancelled); err != nil {
			return nil, err
		}
		r.Status, r.Position = lotse.RegistrationCancelled, 0
		done = append(done, r)
	}
	return done, tx.commit()
}

// cancelRegistration cancels one registration under the lock of its date,
// then fills freed seats from the waiting list. mail names the message the
// person gets ("" for none).
func cancelRegistration(ctx context.Context, tx *tx, o *lotse.Offer, id int64, mail string) error {
	var status string
	var pos int
	var startS NullTime
	if err := tx.queryRow(ctx, `SELECT status, position, starts_at FROM registrations WHERE id = ?`, id).Scan(&status, &pos, &startS); err != nil {
		return fmt.Errorf("cancel registration %d: %w", id, err)
	}
	d, err := lockDate(ctx, tx, o, startS.Time)
	if err != nil {
		return err
	}
	// Read the status again under the lock: a concurrent cancel may have won.
	if err := tx.queryRow(ctx, `SELECT status, position FROM registrations WHERE id = ?`, id).Scan(&status, &pos); err != nil {
		return fmt.Errorf("cancel registration %d: %w", id, err)
	}
	switch status {
	case lotse.RegistrationCancelled:
		return nil
	case lotse.RegistrationConfirmed:
		d.confirmed--
	case lotse.RegistrationWaitlisted:
		d.waitlisted--
		if _, err := tx.exec(ctx, `UPDATE registrations SET position = position - 1
			WHERE offer_id = ? AND starts_at = ? AND status = 'waitlisted' AND position > ?`, o.ID, formatTime(d.start), pos); err != nil {
			return fmt.Errorf("cancel registration %d: %w", id, err)
		}
	}
	if _, err := tx.exec(ctx, `UPDATE registrations SET status = 'cancelled', position = 0, cancelled_at = ? WHERE id = ?`,
		formatTime(tx.now), id); err != nil {
		return fmt.Errorf("cancel registration %d: %w", id, err)
	}
	if mail != "" {
		args := MailArgs{Kind: mail, Registration: id, Seat: status == lotse.RegistrationConfirmed}
		if err := enqueue(ctx, tx, JobMail, args, time.Time{}); err != nil {
			return err
		}
	}
	if !d.cancelled {
		if err := fillSeats(ctx, tx, o, d); err != nil {
			return err
		}
	}
	return saveDate(ctx, tx, d)
}

// DateCounts returns the state of every date of the offer that has
// registrations, by the planned start's Unix time.
func (s *Store) DateCounts(ctx context.Context, offerID string) (map[int64]lotse.DateCount, error) {
	rows, err := s.read.QueryContext(ctx, s.rebind(`SELECT starts_at, confirmed, waitlisted, cancelled_at, moved_to, moved_end
		FROM event_dates WHERE offer_id = ?`), offerID)
	if err != nil {
		return nil, fmt.Errorf("count registrations: %w", err)
	}
	defer rows.Close()
	out := map[int64]lotse.DateCount{}
	for rows.Next() {
		var start, cancelled, moved, movedEnd NullTime
		var c lotse.DateCount
		if err := rows.Scan(&start, &c.Confirmed, &c.Waitlisted, &cancelled, &moved, &movedEnd); err != nil {
			return nil, fmt.Errorf("count registrations: %w", err)
		}
		c.StartsAt, c.Cancelled, c.MovedTo, c.MovedEnd = start.Time.In(lotse.Berlin), cancelled.Valid, moved.Ptr(), movedEnd.Ptr()
		out[start.Time.Unix()] = c
	}
	return out, rows.Err()
}

// FindRegistrations returns everyone registered for a date: confirmed in
// order of registration, then the waiting list in order, then cancellations.
func (s *Store) FindRegistrations(ctx context.Context, offerID string, start time.Time) ([]*lotse.Registration, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return queryRegistrations(ctx, tx, `r.offer_id = ? AND r.starts_at = ?
		ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, r.position, r.id`,
		offerID, formatTime(start))
}

// SetAttendance records whether a registered person came.
func (s *Store) SetAttendance(ctx context.Context, id int64, attended bool) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	a := 0
	if attended {
		a = 1
	}
	res, err := tx.exec(ctx, `UPDATE registrations SET attended = ? WHERE id = ? AND status = 'confirmed'`, a, id)
	if err != nil {
		return fmt.Errorf("set attendance: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return lotse.Errorf(lotse.ENOTFOUND, "Diese Anmeldung gibt es nicht oder sie hat keinen Platz.")
	}
	return tx.Commit()
}

// MoveUp gives a waiting person a seat now, by the centre's decision, even
// beyond the capacity; the positions behind close up and the person is told.
// ENOTFOUND when the registration is not on the waiting list.
func (s *Store) MoveUp(ctx context.Context, id int64) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	regs, err := queryRegistrations(ctx, tx, `r.id = ?`, id)
	if err != nil {
		return err
	}
	if len(regs) == 0 {
		return lotse.Errorf(lotse.ENOTFOUND, "Diese Anmeldung gibt es nicht.")
	}
	o, err := cachedOffer(ctx, tx, regs[0].OfferID)
	if err != nil {
		return err
	}
	d, err := lockDate(ctx, tx, o, regs[0].StartsAt)
	if err != nil {
		return err
	}
	var status string
	var pos int
	if err := tx.queryRow(ctx, `SELECT status, position FROM registrations WHERE id = ?`, id).Scan(&status, &pos); err != nil {
		return fmt.Errorf("move up: %w", err)
	}
	if status != lotse.RegistrationWaitlisted {
		return lotse.Errorf(lotse.ENOTFOUND, "Diese Person steht nicht (mehr) auf der Warteliste.")
	}
	if _, err := tx.exec(ctx, `UPDATE registrations SET status = 'confirmed', position = 0 WHERE id = ?`, id); err != nil {
		return fmt.Errorf("move up: %w", err)
	}
	if _, err := tx.exec(ctx, `UPDATE registrations SET position = position - 1
		WHERE offer_id = ? AND starts_at = ? AND status = 'waitlisted' AND position > ?`, o.ID, formatTime(d.start), pos); err != nil {
		return fmt.Errorf("move up: %w", err)
	}
	d.confirmed++
	d.waitlisted--
	if err := enqueue(ctx, tx, JobMail, MailArgs{Kind: MailPromoted, Registration: id}, time.Time{}); err != nil {
		return err
	}
	if err := saveDate(ctx, tx, d); err != nil {
		return err
	}
	return tx.commit()
}

// CancelDate calls a date off: every registration is cancelled and told
// (METHOD:CANCEL); no new registration is taken. It returns how many people
// were told.
func (s *Store) CancelDate(ctx context.Context, offerID string, start time.Time) (int, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	o, err := cachedOffer(ctx, tx, offerID)
	if err != nil {
		return 0, err
	}
	var n int
	if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM registrations WHERE offer_id = ? AND starts_at = ? AND status <> 'cancelled'`,
		o.ID, formatTime(start)).Scan(&n); err != nil {
		return 0, fmt.Errorf("cancel date: %w", err)
	}
	if err := cancelDate(ctx, tx, o, start); err != nil {
		return 0, err
	}
	return n, tx.commit()
}

func cancelDate(ctx context.Context, tx *tx, o *lotse.Offer, start time.Time) error {
	if _, err := lockDate(ctx, tx, o, start); err != nil {
		return err
	}
	if _, err := tx.exec(ctx, `UPDATE event_dates SET cancelled_at = ?, sequence = sequence + 1 WHERE offer_id = ? AND starts_at = ?`,
		formatTime(tx.now), o.ID, formatTime(start)); err != nil {
		return fmt.Errorf("cancel date: %w", err)
	}
	regs, err := queryRegistrations(ctx, tx, `r.offer_id = ? AND r.starts_at = ? AND r.status <> 'cancelled' ORDER BY r.id`, o.ID, formatTime(start))
	if err != nil {
		return err
	}
	for _, r := range regs {
		if err := cancelRegistration(ctx, tx, o, r.ID, MailDateCancelled); err != nil {
			return err
		}
	}
	return nil
}

// RescheduleDate moves a date to another time and, when place is not
// empty, another place. Everyone with a seat gets the updated invitation
// (same UID, higher SEQUENCE) and new reminders.
func (s *Store) RescheduleDate(ctx context.Context, offerID string, start, newStart, newEnd time.Time, place string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	o, err := cachedOffer(ctx, tx, offerID)
	if err != nil {
		return err
	}
	var p lotse.Problems
	if !newStart.After(tx.now) {
		p.Add("starts_at", "Der neue Beginn muss in der Zukunft liegen.")
	}
	if !newEnd.IsZero() && !newEnd.After(newStart) {
		p.Add("ends_at", "Das Ende muss nach dem Beginn liegen.")
	}
	if len(place) > 300 || strings.ContainsAny(place, "<>") {
		p.Add("place", "Bitte den Ort ohne spitze Klammern und mit höchstens 300 Zeichen angeben.")
	}
	if err := p.Err(); err != nil {
		return err
	}
	d, err := lockDate(ctx, tx, o, start)
	if err != nil {
		return err
	}
	if d.cancelled {
		return lotse.Errorf(lotse.EINVALID, "Dieser Termin ist abgesagt.")
	}
	if newEnd.IsZero() && o.Duration() > 0 {
		newEnd = newStart.Add(o.Duration())
	}
	var end any
	if !newEnd.IsZero() {
		end = formatTime(newEnd)
	}
	if _, err := tx.exec(ctx, `UPDATE event_dates SET moved_to = ?, moved_end = ?, place = ?, sequence = sequence + 1
		WHERE offer_id = ? AND starts_at = ?`, formatTime(newStart), end, place, o.ID, formatTime(start)); err != nil {
		return fmt.Errorf("reschedule date: %w", err)
	}
	d.movedTo = &newStart
	regs, err := queryRegistrations(ctx, tx, `r.offer_id = ? AND r.starts_at = ? AND r.status = 'confirmed' ORDER BY r.id`, o.ID, formatTime(start))
	if err != nil {
		return err
	}
	for _, r := range regs {
		if err := enqueue(ctx, tx, JobMail, MailArgs{Kind: MailUpdated, Registration: r.ID}, time.Time{}); err != nil {
			return err
		}
	}
	if err := enqueueReminders(ctx, tx, o, d); err != nil {
		return err
	}
	return tx.commit()
}

// PurgeRegistrations deletes the personal data of registrations whose date
// lies more than retention in the past. Status, size class and industry
// stay, so the figures still add up. It returns how many were purged.
func (s *Store) PurgeRegistrations(ctx context.Context, retention time.Duration) (int, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	res, err := tx.exec(ctx, `UPDATE registrations SET name = '', email = '', company = '', postcode = '', purged_at = ?
		WHERE purged_at IS NULL AND starts_at < ?`, formatTime(tx.now), formatTime(tx.now.Add(-retention)))
	if err != nil {
		return 0, fmt.Errorf("purge registrations: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), tx.Commit()
}

// ApplyOfferChange brings the registrations of an offer in line after a
// centre changed it (after is stored already), in one transaction:
//   - called off (status cancelled) or archived: every future date with
//     registrations is called off, and everyone gets METHOD:CANCEL;
//   - dates changed: the k-th future date with registrations moves to the
//     k-th future date of the new schedule (same invitation UIDs, higher
//     SEQUENCE); a date without a counterpart is called off;
//   - only place, mode or end changed: everyone with a seat gets the
//     updated invitation;
//   - more seats: people move up from the waiting lists.
func (s *Store) ApplyOfferChange(ctx context.Context, before, after *lotse.Offer) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.query(ctx, `SELECT starts_at FROM event_dates
		WHERE offer_id = ? AND starts_at > ? AND cancelled_at IS NULL AND confirmed + waitlisted > 0 ORDER BY starts_at`,
		after.ID, formatTime(tx.now))
	if err != nil {
		return fmt.Errorf("apply offer change: %w", err)
	}
	var starts []time.Time
	for rows.Next() {
		var t NullTime
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return fmt.Errorf("apply offer change: %w", err)
		}
		starts = append(starts, t.Time)
	}
	rows.Close()
	if len(starts) == 0 {
		return nil
	}
	o := after
	tx.offers = map[string]*lotse.Offer{o.ID: o}
	switch {
	case !o.IsListed():
		for _, t := range starts {
			if err := cancelDate(ctx, tx, o, t); err != nil {
				return err
			}
		}
	case before.ChangesDates(after):
		var next []lotse.Occurrence
		if after.StartsAt != nil {
			next = o.Occurrences(tx.now, tx.now.AddDate(2, 0, 0), len(starts))
		}
		for k, t := range starts {
			if k >= len(next) {
				if err := cancelDate(ctx, tx, o, t); err != nil {
					return err
				}
				continue
			}
			if err := moveDate(ctx, tx, o, t, next[k].Start); err != nil {
				return err
			}
		}
	}
	if after.Capacity != before.Capacity && o.IsListed() {
		for _, t := range starts {
			d, err := lockDate(ctx, tx, o, t)
			if err != nil || d.cancelled {
				continue
			}
			if err := fillSeats(ctx, tx, o, d); err != nil {
				return err
			}
			if err := saveDate(ctx, tx, d); err != nil {
				return err
			}
		}
	}
	return tx.commit()
}

// moveDate gives the date planned at from the new planned start to (the
// offer's schedule changed): its row and registrations move to the new key,
// the sequence rises, people with a seat get the updated invitation and the
// reminders are scheduled anew. An unchanged start only sends the update
// (the place or the time of day's end may have changed).
func moveDate(ctx context.Context, tx *tx, o *lotse.Offer, from, to time.Time) error {
	d, err := lockDate(ctx, tx, o, from)
	if err != nil {
		return err
	}
	key := from
	if !to.Equal(from) {
		var n int
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM event_dates WHERE offer_id = ? AND starts_at = ?`, o.ID, formatTime(to)).Scan(&n); err != nil {
			return fmt.Errorf("move date: %w", err)
		}
		if n == 0 {
			if _, err := tx.exec(ctx, `INSERT INTO event_dates (offer_id, starts_at, confirmed, waitlisted, sequence) VALUES (?, ?, ?, ?, ?)`,
				o.ID, formatTime(to), d.confirmed, d.waitlisted, d.sequence); err != nil {
				return fmt.Errorf("move date: %w", err)
			}
			if _, err := tx.exec(ctx, `UPDATE registrations SET starts_at = ? WHERE offer_id = ? AND starts_at = ?`,
				formatTime(to), o.ID, formatTime(from)); err != nil {
				return fmt.Errorf("move date: %w", err)
			}
			if _, err := tx.exec(ctx, `DELETE FROM event_dates WHERE offer_id = ? AND starts_at = ?`, o.ID, formatTime(from)); err != nil {
				return fmt.Errorf("move date: %w", err)
			}
			key = to
		} else {
			// Someone registered for the new time already: keep the two
			// lists apart and mark the old date as moved.
			if _, err := tx.exec(ctx, `UPDATE event_dates SET moved_to = ? WHERE offer_id = ? AND starts_at = ?`,
				formatTime(to), o.ID, formatTime(from)); err != nil {
				return fmt.Errorf("move date: %w", err)
			}
		}
	}
	if _, err := tx.exec(ctx, `UPDATE event_dates SET sequence = sequence + 1 WHERE offer_id = ? AND starts_at = ?`, o.ID, formatTime(key)); err != nil {
		return fmt.Errorf("move date: %w", err)
	}
	regs, err := queryRegistrations(ctx, tx, `r.offer_id = ? AND r.starts_at = ? AND r.status = 'confirmed' ORDER BY r.id`, o.ID, formatTime(key))
	if err != nil {
		return err
	}
	for _, r := range regs {
		if err := enqueue(ctx, tx, JobMail, MailArgs{Kind: MailUpdated, Registration: r.ID}, time.Time{}); err != nil {
			return err
		}
	}
	if !to.Equal(from) {
		d.start, d.movedTo = key, nil
		if key != to {
			d.movedTo = &to
		}
		return enqueueReminders(ctx, tx, o, d)
	}
	return nil
}

// DateChange is one date the centre moved or called off.
type DateChange struct {
	Start     time.Time // as planned
	MovedTo   *time.Time
	MovedEnd  *time.Time
	Place     string // set when the date moved elsewhere
	Cancelled bool
	Sequence  int // raised on every change
}

// ChangedDates returns, by offer ID, the dates planned at or after since
// that the centres moved or called off, soonest first: calendar feeds
// show them in place of the planned ones.
func (s *Store) ChangedDates(ctx context.Context, since time.Time) (map[string][]DateChange, error) {
	rows, err := s.read.QueryContext(ctx, s.rebind(`SELECT offer_id, starts_at, moved_to, moved_end, place, cancelled_at, sequence
		FROM event_dates WHERE starts_at >= ? AND (moved_to IS NOT NULL OR cancelled_at IS NOT NULL)
		ORDER BY offer_id, starts_at`), formatTime(since))
	if err != nil {
		return nil, fmt.Errorf("changed dates: %w", err)
	}
	defer rows.Close()
	out := map[string][]DateChange{}
	for rows.Next() {
		var id string
		var d DateChange
		var start, moved, movedEnd, cancelled NullTime
		if err := rows.Scan(&id, &start, &moved, &movedEnd, &d.Place, &cancelled, &d.Sequence); err != nil {
			return nil, fmt.Errorf("changed dates: %w", err)
		}
		d.Start, d.MovedTo, d.MovedEnd, d.Cancelled = start.Time, moved.Ptr(), movedEnd.Ptr(), cancelled.Valid
		out[id] = append(out[id], d)
	}
	return out, rows.Err()
}

// FindDates returns every date of the offer that has (or had)
// registrations, soonest first.
func (s *Store) FindDates(ctx context.Context, offerID string) ([]DateInfo, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	o, err := cachedOffer(ctx, tx, offerID)
	if err != nil {
		return nil, err
	}
	rows, err := tx.query(ctx, `SELECT starts_at, confirmed, waitlisted, sequence, moved_to, moved_end, place, cancelled_at
		FROM event_dates WHERE offer_id = ? ORDER BY starts_at`, offerID)
	if err != nil {
		return nil, fmt.Errorf("find dates: %w", err)
	}
	defer rows.Close()
	var out []DateInfo
	for rows.Next() {
		d := &dateRow{offerID: offerID}
		var start, moved, movedEnd, cancelled NullTime
		if err := rows.Scan(&start, &d.confirmed, &d.waitlisted, &d.sequence, &moved, &movedEnd, &d.place, &cancelled); err != nil {
			return nil, fmt.Errorf("find dates: %w", err)
		}
		d.start, d.movedTo, d.movedEnd, d.cancelled = start.Time, moved.Ptr(), movedEnd.Ptr(), cancelled.Valid
		out = append(out, d.info(o))
	}
	return out, rows.Err()
}
