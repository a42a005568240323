package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"lotse"
	"lotse/readiness"
)

// ReadinessRecord is a stored KI-Readiness-Check. It holds what scoring
// needs (version, profile, answers) and the scores for comparisons; scoring
// the answers again with readiness.Load(Version) gives the full result.
type ReadinessRecord struct {
	Version   string
	Profile   readiness.Profile
	Answers   map[string]string
	Score     int
	Scores    map[string]int // rated dimensions only
	DMA       int
	CreatedAt time.Time
	// Previous is the check this one repeated, while it is still stored.
	Previous *ReadinessRecord
}

// maxPeers caps how many recent results a comparison reads.
const maxPeers = 5000

const readinessColumns = `version, size, industry, state, postcode, answers, scores, score, dma, previous_hash, created_at`

func scanReadiness(sc interface{ Scan(...any) error }) (*ReadinessRecord, string, error) {
	var rec ReadinessRecord
	var answers, scores, previous string
	var created NullTime
	if err := sc.Scan(&rec.Version, &rec.Profile.Size, &rec.Profile.Industry, &rec.Profile.State, &rec.Profile.Postcode,
		&answers, &scores, &rec.Score, &rec.DMA, &previous, &created); err != nil {
		return nil, "", err
	}
	if err := json.Unmarshal([]byte(answers), &rec.Answers); err != nil {
		return nil, "", fmt.Errorf("decode answers: %w", err)
	}
	if err := json.Unmarshal([]byte(scores), &rec.Scores); err != nil {
		return nil, "", fmt.Errorf("decode scores: %w", err)
	}
	rec.CreatedAt = created.Time.In(lotse.Berlin)
	return &rec, previous, nil
}

// CreateReadinessResult stores r and returns the token of its private link:
// 128 random bits, kept in the database only as a hash. previousToken names
// the check r repeats; an unknown or deleted one is ignored.
func (s *Store) CreateReadinessResult(ctx context.Context, r *readiness.Result, previousToken string) (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("create readiness token: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(b)
	answers, err := json.Marshal(r.Answers)
	if err != nil {
		return "", fmt.Errorf("encode answers: %w", err)
	}
	scores, err := json.Marshal(r.Scores().Dimensions)
	if err != nil {
		return "", fmt.Errorf("encode scores: %w", err)
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	previous := ""
	if previousToken != "" {
		var n int
		h := tokenHash(previousToken)
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM readiness_results WHERE token_hash = ?`, h).Scan(&n); err != nil {
			return "", fmt.Errorf("find previous readiness result: %w", err)
		}
		if n > 0 {
			previous = h
		}
	}
	_, err = tx.exec(ctx, `INSERT INTO readiness_results (token_hash, `+readinessColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		tokenHash(token), r.Version, r.Profile.Size, r.Profile.Industry, r.Profile.State, r.Profile.Postcode,
		string(answers), string(scores), r.Score, r.DMA.Overall, previous, formatTime(tx.now))
	if err != nil {
		return "", fmt.Errorf("create readiness result: %w", err)
	}
	return token, tx.Commit()
}

// FindReadinessResult returns the check behind token, with the check it
// repeated, or ENOTFOUND.
func (s *Store) FindReadinessResult(ctx context.Context, token string) (*ReadinessRecord, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rec, previous, err := findReadiness(ctx, tx, tokenHash(token))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Ergebnis gibt es nicht (mehr). Vielleicht wurde es gelöscht, oder der Link ist unvollständig.")
	} else if err != nil {
		return nil, err
	}
	if previous != "" {
		prev, _, err := findReadiness(ctx, tx, previous)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		rec.Previous = prev
	}
	return rec, nil
}

func findReadiness(ctx context.Context, tx *tx, hash string) (*ReadinessRecord, string, error) {
	rec, previous, err := scanReadiness(tx.queryRow(ctx, `SELECT `+readinessColumns+` FROM readiness_results WHERE token_hash = ?`, hash))
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, "", fmt.Errorf("find readiness result: %w", err)
	}
	return rec, previous, err
}

// DeleteReadinessResult deletes the check behind token for good, or returns
// ENOTFOUND. Checks that repeated it stay, without their comparison.
func (s *Store) DeleteReadinessResult(ctx context.Context, token string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.exec(ctx, `DELETE FROM readiness_results WHERE token_hash = ?`, tokenHash(token))
	if err != nil {
		return fmt.Errorf("delete readiness result: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Ergebnis gibt es nicht (mehr).")
	}
	return tx.Commit()
}

// FindReadinessPeers returns the scores of the most recent checks (at most
// 5,000) of the same questionnaire version, size class and industry, except
// the one behind exceptToken. A check that was repeated counts only through
// its latest repetition, so a firm that checks often is not counted often.
// Only scores leave the store, never answers.
func (s *Store) FindReadinessPeers(ctx context.Context, version, size, industry, exceptToken string) ([]readiness.Scores, error) {
	rows, err := s.read.QueryContext(ctx, s.rebind(`
		SELECT r.score, r.scores FROM readiness_results r
		WHERE r.version = ? AND r.size = ? AND r.industry = ? AND r.token_hash <> ?
			AND NOT EXISTS (SELECT 1 FROM readiness_results later WHERE later.previous_hash = r.token_hash)
		ORDER BY r.created_at DESC LIMIT ?`), version, size, industry, tokenHash(exceptToken), maxPeers)
	if err != nil {
		return nil, fmt.Errorf("find readiness peers: %w", err)
	}
	defer rows.Close()
	var out []readiness.Scores
	for rows.Next() {
		sc := readiness.Scores{Version: version, Size: size, Industry: industry}
		var dims string
		if err := rows.Scan(&sc.Overall, &dims); err != nil {
			return nil, fmt.Errorf("find readiness peers: %w", err)
		}
		if err := json.Unmarshal([]byte(dims), &sc.Dimensions); err != nil {
			return nil, fmt.Errorf("find readiness peers: decode scores: %w", err)
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
