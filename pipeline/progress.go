package pipeline

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Progress is told how a run advances. Run calls it from one goroutine at a
// time.
type Progress interface {
	// Start begins a run of total documents (< 1 when unknown).
	Start(total int)
	// Add records docs more documents done, failed of them failed, and
	// quads more quads stored.
	Add(docs, failed, quads int)
	// Finish ends the run.
	Finish(Summary)
}

// NewProgress picks the display for w: nil when quiet, a progress bar when
// w is a terminal, plain lines every few seconds otherwise.
func NewProgress(w *os.File, quiet bool) Progress {
	switch {
	case quiet || w == nil:
		return nil
	case term.IsTerminal(int(w.Fd())):
		return NewBar(w)
	default:
		return NewLines(w, 5*time.Second)
	}
}

// counter keeps the running totals and rates.
type counter struct {
	start               time.Time
	total               int
	docs, failed, quads int
}

func (c *counter) rates() (docsPerS, quadsPerS float64) {
	s := time.Since(c.start).Seconds()
	if s <= 0 {
		return 0, 0
	}
	return float64(c.docs) / s, float64(c.quads) / s
}

// eta estimates the time left; negative when unknown.
func (c *counter) eta() time.Duration {
	dps, _ := c.rates()
	if c.total < 1 || dps <= 0 || c.docs >= c.total {
		return -1
	}
	return time.Duration(float64(c.total-c.docs) / dps * float64(time.Second)).Round(time.Second)
}

// Bar draws a progress bar (documents/s, quads/s, ETA) on a terminal.
type Bar struct {
	w   io.Writer
	bar *progressbar.ProgressBar
	counter
}

// NewBar returns a progress bar drawn on w.
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }

// Start implements Progress.
func (b *Bar) Start(total int) {
	b.counter = counter{start: time.Now(), total: total}
	max := int64(total)
	if total < 1 {
		max = -1
	}
	b.bar = progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
}

// Add implements Progress.
func (b *Bar) Add(docs, failed, quads int) {
	b.docs += docs
	b.failed += failed
	b.quads += quads
	_, qps := b.rates()
	desc := fmt.Sprintf("%.0f quads/s", qps)
	if b.failed > 0 {
		desc += fmt.Sprintf(", %d failed", b.failed)
	}
	b.bar.Describe(desc)
	b.bar.Add(docs)
}

// Finish implements Progress.
func (b *Bar) Finish(Summary) {
	b.bar.Finish()
	b.bar.Clear()
}

// Lines prints a plain progress line at most every interval, for logs.
type Lines struct {
	w        io.Writer
	interval time.Duration
	mu       sync.Mutex
	last     time.Time
	counter
}

// NewLines returns a progress display that writes a line to w at most every
// interval.
func NewLines(w io.Writer, interval time.Duration) *Lines {
	return &Lines{w: w, interval: interval}
}

// Start implements Progress.
func (l *Lines) Start(total int) {
	l.counter = counter{start: time.Now(), total: total}
	l.last = l.start
}

// Add implements Progress.
func (l *Lines) Add(docs, failed, quads int) {
	l.docs += docs
	l.failed += failed
	l.quads += quads
	if time.Since(l.last) >= l.interval {
		l.last = time.Now()
		l.line()
	}
}

func (l *Lines) line() {
	dps, qps := l.rates()
	done := fmt.Sprint(l.docs)
	if l.total > 0 {
		done = fmt.Sprintf("%d/%d", l.docs, l.total)
	}
	s := fmt.Sprintf("kg: %s documents (%d failed), %.1f docs/s, %.0f quads/s", done, l.failed, dps, qps)
	if eta := l.eta(); eta >= 0 {
		s += ", ETA " + eta.String()
	}
	fmt.Fprintln(l.w, s)
}

// Finish implements Progress.
func (l *Lines) Finish(Summary) {
	if time.Since(l.start) >= l.interval {
		l.line()
	}
}

// Clear removes the bar from the terminal, so that a line can be printed;
// the next Add draws it again.
func (b *Bar) Clear() {
	if b.bar != nil {
		b.bar.Clear()
	}
}
