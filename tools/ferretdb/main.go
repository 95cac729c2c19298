// Command govhub-ferretdb runs FerretDB v1 (MongoDB wire protocol on SQLite) for
// local development and tests. It embeds FerretDB's public package instead of
// building cmd/ferretdb: a `go install` of that command panics at start-up
// because module downloads do not carry the generated build/version/version.txt.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on (loopback only)")
	dir := flag.String("data-dir", ".data/ferretdb", "directory for the SQLite databases")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "govhub-ferretdb: bad --log-level %q\n", *logLevel)
		os.Exit(2)
	}
	// FerretDB v1 decodes every document from JSON into many small values, so it spends a fifth
	// of its time collecting garbage at the default GOGC=100; its heap is small, so let it grow
	// four times over the live data between collections (an explicit GOGC still wins).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}

	logger := slog.New(newLazyHandler(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))

	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "govhub-ferretdb: cannot create %s: %v\n", *dir, err)
		os.Exit(1)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "govhub-ferretdb: %v\n", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	go keepIDIndexes(ctx, *dir, 500*time.Millisecond, logger)

	fmt.Printf("govhub-ferretdb listening on %s (data in %s)\n", *listen, *dir)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fmt.Fprintf(os.Stderr, "govhub-ferretdb: %v\n", err)
		os.Exit(1)
	}
}
