package store

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"
)

// Background jobs live in the jobs table of the same database.
//
// Why our own small queue and not River: River's SQLite driver wants its own
// schema migrations, its own polling connections and a driver-specific
// transaction type to insert jobs, and it would contend with our single
// SQLite writer connection (every River fetch is a write). Our jobs are few
// kinds (mail, reminders, housekeeping) with modest volume, so a table with
// a lease column does the job with less machinery:
//   - jobs are inserted by enqueue inside the caller's transaction, so a
//     registration and its e-mail commit together or not at all;
//   - ClaimJobs marks due jobs with a lease in one statement. On PostgreSQL
//     the inner SELECT takes FOR UPDATE SKIP LOCKED, so several instances
//     never claim the same job; on SQLite the single writer serializes claims;
//   - a job whose instance died is claimed again when its lease runs out,
//     so work survives restarts (at least once; handlers check the current
//     state before they act, so a repeat after a crash is rare and harmless).

// Job states.
const (
	JobQueued = "queued"
	JobDone   = "done"
	JobFailed = "failed"
)

// Job is one unit of background work.
type Job struct {
	ID       int64
	Kind     string
	Args     json.RawMessage
	Attempts int
	RunAt    time.Time
}

// MaxJobAttempts is how often a failing job is tried before it is marked failed.
const MaxJobAttempts = 8

var qJobInsert = hot(`INSERT INTO jobs (kind, args, run_at, created_at) VALUES (?, ?, ?, ?)`)

// enqueue adds a job to run at runAt (zero: at once) inside tx.
func enqueue(ctx context.Context, tx *tx, kind string, args any, runAt time.Time) error {
	b, err := json.Marshal(args)
	if err != nil {
		return fmt.Errorf("enqueue %s: %w", kind, err)
	}
	if runAt.IsZero() || runAt.Before(tx.now) {
		runAt = tx.now
	}
	if _, err := tx.exec(ctx, qJobInsert, kind, string(b), formatTime(runAt), formatTime(tx.now)); err != nil {
		return fmt.Errorf("enqueue %s: %w", kind, err)
	}
	tx.enqueued = true
	return nil
}

// EnqueueJob adds a job in a transaction of its own.
func (s *Store) EnqueueJob(ctx context.Context, kind string, args any, runAt time.Time) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := enqueue(ctx, tx, kind, args, runAt); err != nil {
		return err
	}
	return tx.commit()
}

// ClaimJobs takes up to limit due jobs for this instance for the length of
// lease and returns them. No other instance gets them before the lease ends.
func (s *Store) ClaimJobs(ctx context.Context, limit int, lease time.Duration) ([]*Job, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	lock := ""
	if s.dialect == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	now := formatTime(tx.now)
	rows, err := tx.query(ctx, `
		UPDATE jobs SET locked_until = ?, attempts = attempts + 1
		WHERE id IN (
			SELECT id FROM jobs
			WHERE state = 'queued' AND run_at <= ? AND (locked_until IS NULL OR locked_until <= ?)
			ORDER BY run_at, id LIMIT ?`+lock+`)
		RETURNING id, kind, args, attempts, run_at`,
		formatTime(tx.now.Add(lease)), now, now, limit)
	if err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	defer rows.Close()
	var jobs []*Job
	for rows.Next() {
		var j Job
		var args string
		var runAt NullTime
		if err := rows.Scan(&j.ID, &j.Kind, &args, &j.Attempts, &runAt); err != nil {
			return nil, fmt.Errorf("claim jobs: %w", err)
		}
		j.Args, j.RunAt = json.RawMessage(args), runAt.Time
		jobs = append(jobs, &j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	rows.Close()
	return jobs, tx.Commit()
}

// FinishJob records the outcome of a claimed job: done when err is nil, else
// tried again later with a growing delay, or failed after MaxJobAttempts.
func (s *Store) FinishJob(ctx context.Context, j *Job, jobErr error) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	switch {
	case jobErr == nil:
		_, err = tx.exec(ctx, `UPDATE jobs SET state = 'done', done_at = ?, locked_until = NULL WHERE id = ?`, formatTime(tx.now), j.ID)
	case j.Attempts >= MaxJobAttempts:
		_, err = tx.exec(ctx, `UPDATE jobs SET state = 'failed', done_at = ?, locked_until = NULL, error = ? WHERE id = ?`,
			formatTime(tx.now), jobErr.Error(), j.ID)
	default:
		retry := tx.now.Add(time.Duration(1<<min(j.Attempts, 10)) * 15 * time.Second)
		_, err = tx.exec(ctx, `UPDATE jobs SET run_at = ?, locked_until = NULL, error = ? WHERE id = ?`,
			formatTime(retry), jobErr.Error(), j.ID)
	}
	if err != nil {
		return fmt.Errorf("finish job %d: %w", j.ID, err)
	}
	return tx.Commit()
}

// JobCounts returns how many jobs of kind are in each state ("" counts all kinds).
func (s *Store) JobCounts(ctx context.Context, kind string) (map[string]int, error) {
	rows, err := s.read.QueryContext(ctx, s.rebind(`SELECT state, COUNT(*) FROM jobs WHERE kind = ? OR ? = '' GROUP BY state`), kind, kind)
	if err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return nil, err
		}
		out[state] = n
	}
	return out, rows.Err()
}

// WorkOptions tune WorkJobs.
type WorkOptions struct {
	Poll  time.Duration // how long to wait when no job is due; default 1 s
	Lease time.Duration // how long a claimed job is ours; default 2 min
	Batch int           // jobs claimed at once; default 20
}

// WorkJobs runs due jobs with handle until ctx ends. A job enqueued by this
// instance wakes it at once; others are found by polling. handle's error
// makes the job run again later.
func (s *Store) WorkJobs(ctx context.Context, opt WorkOptions, log *slog.Logger, handle func(context.Context, *Job) error) {
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	if opt.Lease <= 0 {
		opt.Lease = 2 * time.Minute
	}
	if opt.Batch <= 0 {
		opt.Batch = 20
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-timer.C:
		}
		for ctx.Err() == nil {
			jobs, err := s.ClaimJobs(ctx, opt.Batch, opt.Lease)
			if err != nil {
				if ctx.Err() == nil {
					log.Error("claim jobs", "err", err)
				}
				break
			}
			for _, j := range jobs {
				jerr := handle(ctx, j)
				if ctx.Err() != nil {
					return // the lease runs out and another run takes the job
				}
				if jerr != nil {
					log.Warn("job failed", "job", j.ID, "kind", j.Kind, "attempt", j.Attempts, "err", jerr)
				}
				if err := s.FinishJob(ctx, j, jerr); err != nil {
					log.Error("finish job", "job", j.ID, "err", err)
				}
			}
			if len(jobs) < opt.Batch {
				break
			}
		}
		timer.Reset(opt.Poll)
	}
}

// PurgeJobs deletes finished jobs older than age.
func (s *Store) PurgeJobs(ctx context.Context, age time.Duration) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.exec(ctx, `DELETE FROM jobs WHERE state = 'done' AND done_at < ?`, formatTime(tx.now.Add(-age))); err != nil {
		return fmt.Errorf("purge jobs: %w", err)
	}
	if _, err := tx.exec(ctx, `DELETE FROM idempotency_keys WHERE created_at < ?`, formatTime(tx.now.Add(-24*time.Hour))); err != nil {
		return fmt.Errorf("purge idempotency keys: %w", err)
	}
	return tx.Commit()
}
