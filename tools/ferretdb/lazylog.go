package main

import (
	"context"
	"log/slog"
)

// FerretDB v1 calls logger.With(slog.Any("args", args)) before every SQL statement it runs,
// whatever the log level, to log the statement at debug level. slog's TextHandler formats
// attributes as soon as With is called, so every insert quoted its whole document into a
// string that was thrown away: about half the CPU time of an insert. lazyHandler keeps the
// attributes and groups as given and hands them to the real handler only for a record that
// is actually logged.

type lazyStep struct {
	attrs []slog.Attr
	group string
}

type lazyHandler struct {
	inner slog.Handler
	steps []lazyStep
}

func newLazyHandler(inner slog.Handler) *lazyHandler {
	return &lazyHandler{inner: inner}
}

func (h *lazyHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.inner.Enabled(ctx, level)
}

func (h *lazyHandler) Handle(ctx context.Context, r slog.Record) error {
	inner := h.inner
	for _, step := range h.steps {
		if step.group != "" {
			inner = inner.WithGroup(step.group)
		} else {
			inner = inner.WithAttrs(step.attrs)
		}
	}
	return inner.Handle(ctx, r)
}

func (h *lazyHandler) with(step lazyStep) *lazyHandler {
	steps := make([]lazyStep, len(h.steps), len(h.steps)+1)
	copy(steps, h.steps)
	return &lazyHandler{inner: h.inner, steps: append(steps, step)}
}

func (h *lazyHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	return h.with(lazyStep{attrs: attrs})
}

func (h *lazyHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return h.with(lazyStep{group: name})
}
