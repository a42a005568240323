package store

import (
	"context"
	"fmt"
	"strings"

	"lotse"
)

// Labels returns the labels set by admins, by vocabulary name and slug.
// Terms without a row keep their compiled label.
func (s *Store) Labels(ctx context.Context) (map[string]map[string]string, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.query(ctx, `SELECT vocabulary, slug, label FROM labels ORDER BY vocabulary, slug`)
	if err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	defer rows.Close()
	out := map[string]map[string]string{}
	for rows.Next() {
		var vocab, slug, label string
		if err := rows.Scan(&vocab, &slug, &label); err != nil {
			return nil, fmt.Errorf("read labels: %w", err)
		}
		if out[vocab] == nil {
			out[vocab] = map[string]string{}
		}
		out[vocab][slug] = label
	}
	return out, rows.Err()
}

// SetLabel gives the term slug of the named vocabulary a new label and
// records it in the audit trail. An empty label, or the compiled one,
// restores the default. It returns EINVALID for an unknown vocabulary or
// slug and for a label longer than lotse.MaxLabelLength characters (with
// the field "label").
func (s *Store) SetLabel(ctx context.Context, actor *lotse.User, vocabulary, slug, label string) error {
	v, ok := lotse.EditableVocabulary(vocabulary)
	if !ok {
		return lotse.Errorf(lotse.EINVALID, "Dieses Verzeichnis gibt es nicht.")
	}
	if !v.Has(slug) {
		return lotse.Errorf(lotse.EINVALID, "Diesen Begriff gibt es nicht.")
	}
	label = strings.TrimSpace(label)
	if err := lotse.ValidateLabel(label); err != nil {
		return err
	}
	if label == v.Label(slug) {
		label = ""
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	detail := "Standard „" + v.Label(slug) + "“ wiederhergestellt"
	if label == "" {
		if _, err := tx.exec(ctx, `DELETE FROM labels WHERE vocabulary = ? AND slug = ?`, vocabulary, slug); err != nil {
			return fmt.Errorf("reset label %s/%s: %w", vocabulary, slug, err)
		}
	} else {
		if _, err := tx.exec(ctx, `INSERT INTO labels (vocabulary, slug, label) VALUES (?, ?, ?)
			ON CONFLICT (vocabulary, slug) DO UPDATE SET label = excluded.label`, vocabulary, slug, label); err != nil {
			return fmt.Errorf("set label %s/%s: %w", vocabulary, slug, err)
		}
		detail = "Bezeichnung „" + label + "“"
	}
	if err := audit(ctx, tx, actor, "label.set", "label:"+vocabulary+"/"+slug, detail); err != nil {
		return err
	}
	return tx.Commit()
}
