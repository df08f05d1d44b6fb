// Package io is Python's io module and the _io module under it, as CPython 3.11's.
//
// The file layers are Go, as CPython's are C: FileIO (fileio.go: raw I/O on a descriptor,
// waiting for pipes and terminals with the GIL released), BufferedReader, BufferedWriter,
// BufferedRandom and BufferedRWPair (buffered.go), TextIOWrapper (textio.go: incremental
// decoding with universal newlines, CPython's tell()/seek() cookies in textio_seek.go) and
// the four base classes (iobase.go), all classes that Python code can subclass; open()
// (open.go) stacks them as CPython's _io.open does, and the builtin open is the same
// function. The codecs TextIOWrapper uses (codec.go) are UTF-8, ASCII, Latin-1, UTF-16
// and UTF-32 (BOM or byte order) and the single-byte codecs, with CPython's error
// handlers and positions. StringIO and BytesIO are Python
// (_io_memory.py) over the Go base classes; io.py adds the abstract base classes.
// finalize.go stands in for CPython's reference counting: file objects dropped without
// close() are flushed and closed at open() calls and at exit (see there).
package io

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed io.py
	source string
	//go:embed _io_memory.py
	memorySource string
)

func init() {
	for _, t := range []*py.Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType,
		FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType,
		TextIOWrapperType, IncrementalNewlineDecoderType} {
		classes.SetTPName(t, "_io."+t.Name)
	}
	libsrc.Register(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_io", Doc: "The io module provides the Python interfaces to stream handling.", FileDesc: "<frozen _io>"},
		Methods: ioFunctions(),
		Globals: py.StringDict{
			"DEFAULT_BUFFER_SIZE":       py.Int(DefaultBufferSize),
			"BlockingIOError":           py.BlockingIOError,
			"UnsupportedOperation":      UnsupportedOperation,
			"_IOBase":                   IOBaseType,
			"_RawIOBase":                RawIOBaseType,
			"_BufferedIOBase":           BufferedIOBaseType,
			"_TextIOBase":               TextIOBaseType,
			"FileIO":                    FileIOType,
			"BufferedReader":            BufferedReaderType,
			"BufferedWriter":            BufferedWriterType,
			"BufferedRandom":            BufferedRandomType,
			"BufferedRWPair":            BufferedRWPairType,
			"TextIOWrapper":             TextIOWrapperType,
			"IncrementalNewlineDecoder": IncrementalNewlineDecoderType,
		},
	}, memorySource, "\nStringIO.__module__ = '_io'\nBytesIO.__module__ = '_io'\n")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "io", Doc: "The io module provides the Python interfaces to stream handling.", FileDesc: "<frozen io>"},
		CodeSrc: source,
	})
}
