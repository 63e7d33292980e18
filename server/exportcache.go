package server

import (
	"container/list"
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

// The export cache: an entity's neighbourhood export is written once per
// store version into a temporary file and every request for it (those
// waiting for it meanwhile, and later ones) is sent that file. A popular
// entity's neighbourhood can be tens of megabytes: this way the server
// builds it once, not once per client, and memory holds none of it. The
// files are unlinked as soon as they are created (only the server's open
// descriptors keep them, so nothing is left behind, however the process
// ends), bounded in total size (least recently used out first), and closed
// by Close.

// exportCache holds recent export files.
type exportCache struct {
	mu      sync.Mutex
	max     int64 // bytes of files kept
	size    int64
	lru     *list.List // of *exportFile, most recent at the front
	byKey   map[string]*list.Element
	flights map[string]*exportFlight
	runs    atomic.Int64 // exports written (for tests)
}

// exportFile is one export written to an unlinked file, shared by its
// readers: closed once evicted and no longer read.
type exportFile struct {
	key, version string
	note         string // what the writer said of the export (exportShared: the limit that cut it)
	f            *os.File
	size         int64
	readers      int
	evicted      bool
}

// exportReader reads one export file; Close releases it.
type exportReader struct {
	*io.SectionReader
	c    *exportCache
	file *exportFile
}

// Note is what the export's writer said of it.
func (r *exportReader) Note() string { return r.file.note }

func (r *exportReader) Close() error {
	r.c.mu.Lock()
	defer r.c.mu.Unlock()
	r.file.readers--
	r.c.closeIfDone(r.file)
	return nil
}

// exportFlight is an export being written and the requests waiting for
// it; once written, each waiter holds a reader of the file (counted before
// anything can evict it).
type exportFlight struct {
	done    chan struct{}
	waiters int
	settled bool // file and err are set, the waiters counted as readers
	file    *exportFile
	err     error
	// cancel stops the writing once no request waits for it any more:
	// under a crowd, work for clients that gave up is not done.
	cancel context.CancelFunc
}

func newExportCache(max int64) *exportCache {
	return &exportCache{max: max, lru: list.New(), byKey: map[string]*list.Element{}, flights: map[string]*exportFlight{}}
}

// open returns a reader of the export of key at version, writing it with
// write first (once, whoever asks meanwhile) when it is not there; write's
// context ends when every request waiting for it has gone. The caller
// closes the reader. write returns a note kept with the file (Note).
func (c *exportCache) open(ctx context.Context, key, version string, write func(ctx context.Context, w io.Writer) (string, error)) (*exportReader, error) {
	c.mu.Lock()
	if e, ok := c.byKey[key]; ok {
		ef := e.Value.(*exportFile)
		if ef.version == version {
			c.lru.MoveToFront(e)
			r := c.reader(ef)
			c.mu.Unlock()
			return r, nil
		}
	}
	fk := key + "\x00" + version
	fl, ok := c.flights[fk]
	if !ok {
		wctx, cancel := context.WithCancel(context.Background())
		fl = &exportFlight{done: make(chan struct{}), cancel: cancel}
		c.flights[fk] = fl
		go c.fill(wctx, fk, key, version, fl, write)
	}
	fl.waiters++
	c.mu.Unlock()
	select {
	case <-fl.done:
	case <-ctx.Done():
		c.mu.Lock()
		defer c.mu.Unlock()
		if !fl.settled {
			if fl.waiters--; fl.waiters == 0 {
				fl.cancel()
			}
		} else if fl.err == nil {
			fl.file.readers--
			c.closeIfDone(fl.file)
		}
		return nil, ctx.Err()
	}
	if fl.err != nil {
		return nil, fl.err
	}
	return &exportReader{SectionReader: io.NewSectionReader(fl.file.f, 0, fl.file.size), c: c, file: fl.file}, nil
}

// reader opens a reader of ef (c.mu held).
func (c *exportCache) reader(ef *exportFile) *exportReader {
	ef.readers++
	return &exportReader{SectionReader: io.NewSectionReader(ef.f, 0, ef.size), c: c, file: ef}
}

// fill writes one export and records it.
func (c *exportCache) fill(ctx context.Context, fk, key, version string, fl *exportFlight, write func(ctx context.Context, w io.Writer) (string, error)) {
	defer fl.cancel()
	c.runs.Add(1)
	note := ""
	file, err := writeExportFile(key, version, func(w io.Writer) (err error) {
		note, err = write(ctx, w)
		return err
	})
	if file != nil {
		file.note = note
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	defer close(fl.done)
	fl.file, fl.err, fl.settled = file, err, true
	delete(c.flights, fk)
	if err != nil {
		return
	}
	file.readers = fl.waiters
	if old, ok := c.byKey[key]; ok {
		c.remove(old)
	}
	c.byKey[key] = c.lru.PushFront(file)
	c.size += file.size
	for c.size > c.max && c.lru.Len() > 1 {
		c.remove(c.lru.Back())
	}
}

// writeExportFile writes an export into a new unlinked temporary file.
func writeExportFile(key, version string, write func(w io.Writer) error) (*exportFile, error) {
	f, err := os.CreateTemp("", "kg-export-*")
	if err != nil {
		return nil, fmt.Errorf("export: temporary file: %w", err)
	}
	os.Remove(f.Name()) // the descriptor keeps it while the server needs it
	if err := write(f); err != nil {
		f.Close()
		return nil, err
	}
	size, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("export: temporary file: %w", err)
	}
	return &exportFile{key: key, version: version, f: f, size: size}, nil
}

// remove drops an entry, closing its file once no one reads it (c.mu held).
func (c *exportCache) remove(e *list.Element) {
	ef := e.Value.(*exportFile)
	c.lru.Remove(e)
	delete(c.byKey, ef.key)
	c.size -= ef.size
	ef.evicted = true
	c.closeIfDone(ef)
}

func (c *exportCache) closeIfDone(ef *exportFile) {
	if ef.evicted && ef.readers == 0 && ef.f != nil {
		ef.f.Close()
		ef.f = nil
	}
}

// purge drops every file.
func (c *exportCache) purge() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.lru.Len() > 0 {
		c.remove(c.lru.Back())
	}
}
