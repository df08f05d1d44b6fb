package expat

import (
	"strings"
	"unicode/utf8"
)

// Where the document is.
const (
	inProlog = iota
	inContent
	inEpilog
)

type entity struct {
	value, sys, pub string
	hasPub          bool
	external        bool
	open            bool
}

type attDef struct {
	name, value string
	tokenized   bool
}

// Scanner tokenizes one document fed in pieces.
type Scanner struct {
	ns    bool
	nsSep string

	// Charmap, if set, is asked for the 256 characters of a single-byte encoding the
	// scanner does not know (nil: the encoding is unknown).
	Charmap func(name string) []rune

	enc     string // "" until known
	forced  bool
	charmap []rune
	raw     []byte // bytes not yet decoded
	buf     []byte // decoded text not yet tokenized
	pos     Pos    // position of buf[0]
	begun   bool   // something was tokenized (an XML declaration is misplaced)
	state   int
	inCdata bool
	done    bool
	afterCR bool // the last byte tokenized was '\r'

	stack    []string
	nsDecl   [][]string // prefixes each open element declared ("" for the default)
	bindings map[string][]string

	entities    map[string]*entity
	attDefaults map[string][]attDef
	skipUndef   bool // an external subset or parameter entity may declare what is not known

	events  []Event
	err     *Error
	repeats int // Feeds after the error
	// Hold keeps character data that reaches the end of a fed piece for the next
	// piece instead of reporting it (the piece is part of a larger one for expat).
	Hold bool
	// NoExpand reports references to internal entities in content as Default
	// events ("&name;") instead of expanding them (expat, when a default handler
	// is set).
	NoExpand bool
	// NSPrefixes adds the separator and the prefix to expanded names that had one
	// (pyexpat's namespace_prefixes).
	NSPrefixes bool
}

// New returns a Scanner; with ns, names are expanded as pyexpat's namespace processing
// does: the URI, sep and the local part.
func New(ns bool, sep string) *Scanner {
	return &Scanner{ns: ns, nsSep: sep, pos: Pos{Line: 1}, bindings: map[string][]string{"xml": {xmlNS}},
		entities: map[string]*entity{}, attDefaults: map[string][]attDef{}}
}

// SetEncoding fixes the encoding of the bytes to come, whatever the document declares
// (pyexpat does so for str input, as UTF-8).
func (s *Scanner) SetEncoding(name string) {
	s.enc, s.forced = "", false
	if name != "" {
		s.forced = true
		s.enc = name
	}
}

// Pos is the position after the last complete token.
func (s *Scanner) Pos() Pos { return s.pos }

// Feed tokenizes data after what came before; final says it is the end of the document.
// It returns the events of the tokens completed, then the error if the document is not
// well-formed (after which every Feed returns it again).
func (s *Scanner) Feed(data []byte, final bool) ([]Event, *Error) {
	if s.err != nil {
		// expat reports the same error again, its column moved on by the column of
		// the error each time (it counts the error's line again).
		e := *s.err
		s.repeats++
		e.Col += s.repeats * s.err.Col
		return nil, &e
	}
	if s.done {
		s.err = &Error{Code: ErrFinished, Line: s.pos.Line, Col: s.pos.Col, Byte: s.pos.Byte}
		return nil, s.err
	}
	s.events = nil
	s.raw = append(s.raw, data...)
	if !s.decode(final) {
		return s.flush()
	}
	src := &source{s: s, b: s.buf, final: final, cur: s.pos, afterCR: s.afterCR}
	n := src.run()
	if s.err == nil {
		s.pos = src.at(n)
		if n > 0 {
			s.afterCR = s.buf[n-1] == '\r'
		}
		s.buf = append(s.buf[:0], s.buf[n:]...)
		if final {
			s.done = true
			s.finish(src)
		}
	}
	return s.flush()
}

// byteWidth is how many bytes of the input the UTF-8 byte c of the decoded text stands
// for (byte indexes count the input's bytes).
func (s *Scanner) byteWidth(c byte) int {
	switch {
	case s.enc == "utf-8":
		return 1
	case c&0xc0 == 0x80:
		return 0
	case s.enc == "utf-16le" || s.enc == "utf-16be":
		if c >= 0xf0 {
			return 4
		}
		return 2
	}
	return 1
}

func (s *Scanner) flush() ([]Event, *Error) {
	ev := s.events
	s.events = nil // the caller owns the events
	return ev, s.err
}

// finish reports what the end of the document leaves open.
func (s *Scanner) finish(src *source) {
	switch {
	case s.err != nil:
	case len(s.buf) > 0:
		src.fail(ErrUnclosedToken, 0)
	case s.inCdata:
		s.fail(ErrUnclosedCdata, s.pos)
	case s.state != inEpilog:
		p := s.pos
		if p.Byte == 0 {
			p.Byte = -1 // expat's index when nothing was read
		}
		s.fail(ErrNoElements, p)
	}
}

func (s *Scanner) fail(code int, p Pos) {
	if s.err == nil {
		s.err = &Error{Code: code, Line: p.Line, Col: p.Col, Byte: p.Byte}
	}
}

// decode moves what raw holds of whole characters into buf as UTF-8, deciding the
// encoding first; false means it cannot be decided yet, or is unknown.
func (s *Scanner) decode(final bool) bool {
	if s.enc == "" {
		enc, ok := s.detect(final)
		if !ok {
			return false
		}
		s.enc = enc
	}
	if s.charmap == nil && !s.knownEncoding() {
		return false
	}
	switch s.enc {
	case "utf-8":
		s.buf = append(s.buf, s.raw...)
		s.raw = s.raw[:0]
	case "utf-16le", "utf-16be":
		s.decode16(final)
	default:
		for _, c := range s.raw {
			if s.charmap != nil && s.charmap[c] != utf8.RuneError {
				s.buf = utf8.AppendRune(s.buf, s.charmap[c])
			} else if c < 0x80 || s.enc == "latin-1" {
				s.buf = utf8.AppendRune(s.buf, rune(c))
			} else {
				s.buf = append(s.buf, 0xff) // not a character: an invalid token where it is read
			}
		}
		s.raw = s.raw[:0]
	}
	return true
}

// knownEncoding normalizes s.enc, or reports the encoding unknown (false).
func (s *Scanner) knownEncoding() bool {
	name := strings.ToLower(strings.ReplaceAll(s.enc, "_", "-"))
	switch name {
	case "utf-8", "utf8":
		s.enc = "utf-8"
	case "utf-16", "utf16":
		s.enc = "utf-16le"
		if len(s.raw) >= 2 && s.raw[0] == 0xfe && s.raw[1] == 0xff {
			s.enc = "utf-16be"
		}
	case "utf-16le", "utf-16be":
		s.enc = name
	case "iso-8859-1", "latin-1", "latin1", "l1", "iso8859-1":
		s.enc = "latin-1"
	case "us-ascii", "ascii":
		s.enc = "ascii"
	default:
		if s.Charmap != nil {
			if m := s.Charmap(s.enc); len(m) == 256 {
				s.charmap = m
				return true
			}
		}
		s.fail(ErrUnknownEncoding, s.pos)
		return false
	}
	return true
}

// detect reads the encoding from a byte order mark or the XML declaration.
func (s *Scanner) detect(final bool) (string, bool) {
	r := s.raw
	if (len(r) < 4 || len(r) < 5 && string(r) == "<?xm") && !final {
		return "", false
	}
	switch {
	case len(r) >= 2 && r[0] == 0xff && r[1] == 0xfe, len(r) >= 4 && r[0] == '<' && r[1] == 0 && r[2] == '?' && r[3] == 0:
		return "utf-16le", true
	case len(r) >= 2 && r[0] == 0xfe && r[1] == 0xff, len(r) >= 4 && r[0] == 0 && r[1] == '<' && r[2] == 0 && r[3] == '?':
		return "utf-16be", true
	case len(r) >= 5 && string(r[:5]) == "<?xml":
		end := strings.Index(string(r), "?>")
		if end < 0 {
			if !final && len(r) < 1024 {
				return "", false
			}
			return "utf-8", true
		}
		if enc := declaredEncoding(string(r[:end])); enc != "" {
			return enc, true
		}
	}
	return "utf-8", true
}

// declaredEncoding is the encoding pseudo-attribute of an XML declaration, or "".
func declaredEncoding(decl string) string {
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+8:], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	end := strings.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return ""
	}
	return rest[1 : end+1]
}

func (s *Scanner) decode16(final bool) {
	r := s.raw
	i := 0
	for ; i+1 < len(r); i += 2 {
		var u rune
		if s.enc == "utf-16le" {
			u = rune(r[i]) | rune(r[i+1])<<8
		} else {
			u = rune(r[i])<<8 | rune(r[i+1])
		}
		if u >= 0xd800 && u < 0xdc00 {
			if i+3 >= len(r) {
				if !final {
					break
				}
				s.buf = append(s.buf, 0xff)
				continue
			}
			var lo rune
			if s.enc == "utf-16le" {
				lo = rune(r[i+2]) | rune(r[i+3])<<8
			} else {
				lo = rune(r[i+2])<<8 | rune(r[i+3])
			}
			if lo >= 0xdc00 && lo < 0xe000 {
				s.buf = utf8.AppendRune(s.buf, 0x10000+(u-0xd800)<<10+(lo-0xdc00))
				i += 2
				continue
			}
			s.buf = append(s.buf, 0xff)
			continue
		}
		if u >= 0xdc00 && u < 0xe000 {
			s.buf = append(s.buf, 0xff)
			continue
		}
		s.buf = utf8.AppendRune(s.buf, u)
	}
	s.raw = append(s.raw[:0], r[i:]...)
}
