package expat

import (
	"unicode"
	"unicode/utf8"
)

// Results of a token or name scan that are not an offset.
const (
	more = -1 // the text ends inside the token
	bad  = -2 // not what was expected (the error is reported by the caller)
)

// source is text being tokenized: the document's buffer, or an entity's replacement
// text (fixed: every event and error is at the reference's position).
type source struct {
	s       *Scanner
	b       []byte
	final   bool
	cur     Pos // position of b[curOff]
	curOff  int
	fixed   bool
	afterCR bool // the text before b ended with '\r'
	base    int  // open elements when an entity's text began
}

// at returns the position of b[q] (q at or after the last committed offset).
func (r *source) at(q int) Pos {
	if r.fixed {
		return r.cur
	}
	p := r.cur
	for i := r.curOff; i < q && i < len(r.b); i++ {
		c := r.b[i]
		switch {
		case c == '\n':
			if i == 0 && !r.afterCR || i > 0 && r.b[i-1] != '\r' {
				p.Line++
				p.Col = 0
			}
		case c == '\r':
			p.Line++
			p.Col = 0
		case c&0xc0 != 0x80:
			p.Col++
		}
		p.Byte += r.s.byteWidth(c)
	}
	return p
}

func (r *source) commit(q int) {
	if !r.fixed {
		r.cur = r.at(q)
		r.curOff = q
	}
}

func (r *source) fail(code, q int) int {
	r.s.fail(code, r.at(q))
	return bad
}

func (r *source) emit(e Event, q int) {
	p := r.at(q)
	e.Line, e.Col, e.Byte = p.Line, p.Col, p.Byte
	r.s.events = append(r.s.events, e)
}

// run tokenizes from the start of b and returns the offset where it stopped: the end of
// b, the start of a token b ends inside, or where an error was found.
func (r *source) run() int {
	p := 0
	for p < len(r.b) && r.s.err == nil {
		mark := len(r.s.events)
		n := r.token(p)
		if n < 0 {
			if n == more {
				r.s.events = r.s.events[:mark] // reported again when the token is whole
			}
			break
		}
		r.commit(n)
		if !r.fixed && r.s.state != inProlog || n > 0 {
			r.s.begun = true
		}
		p = n
	}
	return p
}

// more reports a token that b ends inside: wait for the rest, or fail at its start.
func (r *source) more(start int) int {
	if r.final {
		return r.fail(ErrUnclosedToken, start)
	}
	return more
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (r *source) skipSpace(q int) int {
	for q < len(r.b) && isSpace(r.b[q]) {
		q++
	}
	return q
}

// char decodes the character at q: its size, or more or bad.
func (r *source) char(q int) (rune, int) {
	c := r.b[q]
	if c < 0x80 {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return 0, bad
		}
		return rune(c), 1
	}
	if !utf8.FullRune(r.b[q:]) {
		if r.final {
			return 0, bad
		}
		return 0, more
	}
	ch, n := utf8.DecodeRune(r.b[q:])
	if ch == utf8.RuneError && n == 1 || ch == 0xfffe || ch == 0xffff || ch >= 0xd800 && ch < 0xe000 {
		return 0, bad
	}
	return ch, n
}

func isNameStart(c rune) bool {
	if c < 0x80 {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
	}
	return unicode.IsLetter(c) || unicode.Is(unicode.Nl, c)
}

func isNameChar(c rune) bool {
	if c < 0x80 {
		return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.'
	}
	return c == 0xb7 || isNameStart(c) || unicode.IsDigit(c) || unicode.Is(unicode.M, c) || unicode.Is(unicode.Lm, c)
}

// name scans a Name at q and returns its end, or more, or bad if q holds no name start.
func (r *source) name(q int) int {
	if q >= len(r.b) {
		return more
	}
	ch, n := r.char(q)
	if n < 0 {
		return n
	}
	if !isNameStart(ch) {
		return bad
	}
	q += n
	for q < len(r.b) {
		ch, n = r.char(q)
		if n == more {
			return more
		}
		if n == bad || !isNameChar(ch) {
			return q
		}
		q += n
	}
	if r.final {
		return q
	}
	return more
}

// markupName reads the name at q of the markup that starts at p: its end, or more
// (and an unclosed token if the text is final) or bad (an invalid token).
func (r *source) markupName(p, q int) int {
	n := r.name(q)
	if n == more {
		return r.more(p)
	}
	if n == bad {
		return r.fail(ErrInvalidToken, q)
	}
	return n
}

// token reads the token at p and returns its end (or more, or bad).
func (r *source) token(p int) int {
	s := r.s
	if s.inCdata {
		return r.cdata(p)
	}
	b := r.b
	if s.state == inContent {
		switch b[p] {
		case '<':
			return r.markup(p)
		case '&':
			return r.reference(p)
		}
		return r.data(p)
	}
	if b[p] == '<' {
		return r.markup(p)
	}
	if !r.s.begun && p == 0 && len(b) >= 3 && string(b[:3]) == "\ufeff" {
		return 3
	}
	q := r.skipSpace(p)
	if q == p {
		if s.state == inEpilog {
			return r.fail(ErrJunkAfterDocElem, p)
		}
		return r.fail(ErrSyntax, p)
	}
	r.emit(Event{Kind: Default, Text: string(b[p:q])}, p)
	return q
}

// prefix says whether b at p starts with lit (1), cannot (0), or may once more comes (-1).
func (r *source) prefix(p int, lit string) int {
	n := len(r.b) - p
	if n >= len(lit) {
		if string(r.b[p:p+len(lit)]) == lit {
			return 1
		}
		return 0
	}
	if string(r.b[p:]) == lit[:n] {
		if r.final {
			return 0
		}
		return -1
	}
	return 0
}

// markup reads what starts with '<'.
func (r *source) markup(p int) int {
	b := r.b
	state := r.s.state
	if p+1 >= len(b) {
		return r.more(p)
	}
	switch b[p+1] {
	case '/':
		if state != inContent {
			return r.fail(ErrInvalidToken, p+1)
		}
		return r.endTag(p)
	case '?':
		return r.pi(p)
	case '!':
		if n := r.prefix(p, "<!--"); n != 0 {
			if n < 0 {
				return r.more(p)
			}
			return r.comment(p)
		}
		if state == inProlog {
			return r.doctype(p)
		}
		if state == inEpilog {
			break
		}
		if n, ok := r.cdataMark(p, "<![CDATA[", StartCdata); ok {
			return n
		}
		if p+2 >= len(b) && !r.final {
			return more
		}
		return r.fail(ErrInvalidToken, p+2)
	default:
		if state != inEpilog {
			return r.startTag(p)
		}
	}
	if state == inProlog {
		return r.fail(ErrSyntax, p)
	}
	return r.fail(ErrJunkAfterDocElem, p)
}

// newlines returns text with its line ends as "\n".
func newlines(t []byte) string {
	out := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if t[i] == '\r' {
			out = append(out, '\n')
			if i+1 < len(t) && t[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, t[i])
	}
	return string(out)
}

// checkChars fails at the first character of b[p:q] that XML does not allow.
func (r *source) checkChars(p, q int) bool {
	for i := p; i < q; {
		_, n := r.char(i)
		if n < 0 {
			r.fail(ErrInvalidToken, i)
			return false
		}
		i += n
	}
	return true
}

func (r *source) comment(p int) int {
	b := r.b
	for q := p + 4; q+1 < len(b); q++ {
		if b[q] == '-' && b[q+1] == '-' {
			if q+2 >= len(b) {
				return r.more(p)
			}
			if b[q+2] != '>' {
				return r.fail(ErrInvalidToken, q+2)
			}
			if !r.checkChars(p+4, q) {
				return bad
			}
			r.emit(Event{Kind: Comment, Text: newlines(b[p+4 : q])}, p)
			return q + 3
		}
	}
	return r.more(p)
}

// pi reads a processing instruction (or the XML declaration) at p.
func (r *source) pi(p int) int {
	b := r.b
	q := r.markupName(p, p+2)
	if q < 0 {
		return q
	}
	target := string(b[p+2 : q])
	isXML := len(target) == 3 && (target[0]|0x20) == 'x' && (target[1]|0x20) == 'm' && (target[2]|0x20) == 'l'
	end := -1
	for i := q; i+1 < len(b); i++ {
		if b[i] == '?' && b[i+1] == '>' {
			end = i
			break
		}
	}
	if end < 0 {
		return r.more(p)
	}
	if isXML {
		if target != "xml" || r.s.begun || p != 0 || r.fixed {
			return r.fail(ErrMisplacedXMLPI, p)
		}
		return r.xmlDecl(p, q, end)
	}
	data := q
	if q < end {
		if !isSpace(b[q]) {
			return r.fail(ErrInvalidToken, q)
		}
		data = r.skipSpace(q)
	}
	if !r.checkChars(data, end) {
		return bad
	}
	r.emit(Event{Kind: ProcessingInstr, Name: target, Text: newlines(b[data:end])}, p)
	return end + 2
}

// xmlDecl reads version, encoding and standalone from b[q:end].
func (r *source) xmlDecl(p, q, end int) int {
	b := r.b
	ev := Event{Kind: XMLDecl, Flag: -1}
	for i, want := range []string{"version", "encoding", "standalone"} {
		at := r.skipSpace(q)
		if at == end {
			if i == 0 {
				return r.fail(ErrXMLDecl, at)
			}
			break
		}
		if at == q {
			return r.fail(ErrXMLDecl, at)
		}
		n := r.name(at)
		if n < 0 || n > end {
			return r.fail(ErrXMLDecl, at)
		}
		key := string(b[at:n])
		if key != want {
			if i == 0 || (key != "encoding" && key != "standalone") || (key == "encoding" && i > 1) {
				return r.fail(ErrXMLDecl, at)
			}
			continue
		}
		v := r.skipSpace(n)
		if v >= end || b[v] != '=' {
			return r.fail(ErrXMLDecl, at)
		}
		v = r.skipSpace(v + 1)
		if v >= end || (b[v] != '"' && b[v] != '\'') {
			return r.fail(ErrXMLDecl, at)
		}
		close := v + 1
		for close < end && b[close] != b[v] {
			close++
		}
		if close >= end {
			return r.fail(ErrXMLDecl, at)
		}
		val := string(b[v+1 : close])
		switch key {
		case "version":
			ev.Name = val
		case "encoding":
			ev.Text, ev.HasText = val, true
		case "standalone":
			switch val {
			case "yes":
				ev.Flag = 1
			case "no":
				ev.Flag = 0
			default:
				return r.fail(ErrXMLDecl, at)
			}
		}
		q = close + 1
	}
	if r.skipSpace(q) != end {
		return r.fail(ErrXMLDecl, r.skipSpace(q))
	}
	r.emit(Event{Kind: ev.Kind, Name: ev.Name, Text: ev.Text, HasText: ev.HasText, Flag: ev.Flag}, p)
	return end + 2
}

// data reads character data up to markup, a reference or a line end (a line end is a
// piece of its own, as expat reports it).
func (r *source) data(p int) int {
	b := r.b
	switch b[p] {
	case '\n':
		r.emit(Event{Kind: CharacterData, Text: "\n"}, p)
		return p + 1
	case '\r':
		if p+1 >= len(b) {
			if !r.final {
				return more
			}
		} else if b[p+1] == '\n' {
			r.emit(Event{Kind: CharacterData, Text: "\n"}, p)
			return p + 2
		}
		r.emit(Event{Kind: CharacterData, Text: "\n"}, p)
		return p + 1
	}
	return r.chars(p, false)
}

// chars reports the characters from p up to a line end, the end of the text, or (in
// content) markup or a reference and (in a CDATA section) "]]>", which is an error in
// content.
func (r *source) chars(p int, inCdata bool) int {
	b := r.b
	q := p
	for q < len(b) {
		c := b[q]
		if c == '\n' || c == '\r' || !inCdata && (c == '<' || c == '&') {
			break
		}
		if c == ']' {
			k := r.prefix(q, "]]>")
			if k > 0 && !inCdata {
				return r.fail(ErrInvalidToken, q+2)
			}
			if k != 0 {
				break
			}
		}
		_, n := r.char(q)
		if n == more {
			break
		}
		if n == bad {
			if q > p {
				break // the text before the bad character is reported first
			}
			return r.fail(ErrInvalidToken, q)
		}
		q += n
	}
	if q == p || q == len(b) && !r.final && r.s.Hold {
		return more
	}
	r.emit(Event{Kind: CharacterData, Text: string(b[p:q])}, p)
	return q
}

// cdataMark reads the start or end of a CDATA section (lit) if b has it at p.
func (r *source) cdataMark(p int, lit string, kind Kind) (int, bool) {
	switch r.prefix(p, lit) {
	case 0:
		return 0, false
	case -1:
		return more, true
	}
	r.emit(Event{Kind: kind}, p)
	r.s.inCdata = kind == StartCdata
	return p + len(lit), true
}

// cdata reads inside a CDATA section: text, a line end, or its end.
func (r *source) cdata(p int) int {
	b := r.b
	if n, ok := r.cdataMark(p, "]]>", EndCdata); ok {
		return n
	}
	if b[p] == '\n' || b[p] == '\r' {
		return r.data(p)
	}
	return r.chars(p, true)
}
