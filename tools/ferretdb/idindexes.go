package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite"
)

// FerretDB v1 pushes an `_id` equality on a string or ObjectID down to SQLite as
// `WHERE _ferretdb_sjson->'$._id' = ?`, but the unique index it creates for `_id` is on
// `_ferretdb_sjson->"_id"`, an expression SQLite does not recognise as the same one, so every
// lookup by `_id` scans the table (about 9 µs a row: 90 ms at 10,000 notices). keepIDIndexes
// adds, beside FerretDB's own, an index on exactly the expression it filters by, for every
// collection table, as soon as the table exists; lookups by `_id` become index searches.
// FerretDB does not know the index: dropping the collection drops it with the table. Its own
// connection starts using a new index at its next write to that database.

const idIndexSuffix = "_govhub_id"

// keepIDIndexes checks the data directory every interval until ctx is done.
func keepIDIndexes(ctx context.Context, dir string, interval time.Duration, logger *slog.Logger) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, file := range files {
			if err := ensureIDIndexes(ctx, file, logger); err != nil && ctx.Err() == nil {
				logger.Debug("id indexes", "file", file, "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// ensureIDIndexes indexes the tables of one database file that lack the index. The file is
// opened read-write without create, so a database being dropped is never brought back.
func ensureIDIndexes(ctx context.Context, file string, logger *slog.Logger) error {
	db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master
		WHERE type = 'table' AND name NOT LIKE '\_ferretdb\_%' ESCAPE '\'
		AND name || ? NOT IN (SELECT name FROM sqlite_master WHERE type = 'index')`, idIndexSuffix)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (_ferretdb_sjson->'$._id')`,
			quote(table+idIndexSuffix), quote(table))
		started := time.Now()
		if _, err := db.ExecContext(ctx, q); err != nil {
			// The table may have been dropped meanwhile; the next pass sees the current state.
			return err
		}
		logger.Debug("indexed _id", "file", filepath.Base(file), "table", table, "took", time.Since(started))
	}
	return nil
}

func quote(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
