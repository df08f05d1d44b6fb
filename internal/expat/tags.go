package expat

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

var predefined = map[string]string{"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": "\""}

// startTag reads a start tag (or an empty element) at p.
func (r *source) startTag(p int) int {
	b := r.b
	q := r.markupName(p, p+1)
	if q < 0 {
		return q
	}
	name := string(b[p+1 : q])
	var attrs []string
	var nameAt []int
	empty := false
	for {
		ws := q
		q = r.skipSpace(q)
		if q >= len(b) {
			return r.more(p)
		}
		if b[q] == '>' {
			q++
			break
		}
		if b[q] == '/' {
			if q+1 >= len(b) {
				return r.more(p)
			}
			if b[q+1] != '>' {
				return r.fail(ErrInvalidToken, q+1)
			}
			q += 2
			empty = true
			break
		}
		if ws == q {
			return r.fail(ErrInvalidToken, q)
		}
		at := q
		q = r.name(q)
		if q < 0 {
			if q == more {
				return r.more(p)
			}
			return r.fail(ErrInvalidToken, at)
		}
		aname := string(b[at:q])
		q = r.skipSpace(q)
		if q >= len(b) {
			return r.more(p)
		}
		if b[q] != '=' {
			return r.fail(ErrInvalidToken, q)
		}
		q = r.skipSpace(q + 1)
		if q >= len(b) {
			return r.more(p)
		}
		if b[q] != '"' && b[q] != '\'' {
			return r.fail(ErrInvalidToken, q)
		}
		val, end := r.attValue(q)
		if end < 0 {
			if end == more {
				return r.more(p)
			}
			return bad
		}
		for i := 0; i < len(attrs); i += 2 {
			if attrs[i] == aname {
				return r.fail(ErrDuplicateAttribute, at)
			}
		}
		attrs = append(attrs, aname, val)
		nameAt = append(nameAt, at)
		q = end
	}
	for _, d := range r.s.attDefaults[name] {
		found := false
		for i := 0; i < len(attrs); i += 2 {
			if attrs[i] == d.name {
				found = true
				if d.tokenized {
					attrs[i+1] = strings.Join(strings.Fields(attrs[i+1]), " ")
				}
			}
		}
		if !found {
			attrs = append(attrs, d.name, d.value)
		}
	}
	expanded := name
	if r.s.ns {
		var ok bool
		if expanded, attrs, ok = r.namespaces(p, name, attrs); !ok {
			return bad
		}
	} else {
		r.s.nsDecl = append(r.s.nsDecl, nil)
	}
	r.emit(Event{Kind: StartElement, Name: expanded, Attrs: attrs}, p)
	r.s.stack = append(r.s.stack, name, expanded)
	r.s.state = inContent
	if empty {
		r.endElement(q)
	}
	return q
}

// endElement reports the end of the innermost open element at q.
func (r *source) endElement(q int) {
	s := r.s
	n := len(s.stack)
	r.emit(Event{Kind: EndElement, Name: s.stack[n-1]}, q)
	s.stack = s.stack[:n-2]
	decl := s.nsDecl[len(s.nsDecl)-1]
	s.nsDecl = s.nsDecl[:len(s.nsDecl)-1]
	for i := len(decl) - 1; i >= 0; i-- {
		pre := decl[i]
		r.emit(Event{Kind: EndNamespace, Name: pre, HasName: pre != ""}, q)
		uris := s.bindings[pre]
		s.bindings[pre] = uris[:len(uris)-1]
	}
	if len(s.stack) == 0 {
		s.state = inEpilog
	}
}

// namespaces applies the tag's namespace declarations and expands its names.
func (r *source) namespaces(p int, name string, attrs []string) (string, []string, bool) {
	s := r.s
	var decl []string
	kept := attrs[:0:0]
	for i := 0; i < len(attrs); i += 2 {
		k, v := attrs[i], attrs[i+1]
		pre := ""
		switch {
		case k == "xmlns":
		case strings.HasPrefix(k, "xmlns:"):
			pre = k[6:]
		default:
			kept = append(kept, k, v)
			continue
		}
		switch {
		case pre == "xmlns":
			r.fail(ErrReservedPrefixNS, p)
		case pre == "xml" && v != xmlNS, pre != "xml" && v == xmlNS:
			r.fail(ErrReservedPrefixXML, p)
		case v == xmlnsNS:
			r.fail(ErrReservedNamespace, p)
		case pre != "" && v == "":
			r.fail(ErrUndeclaringPrefix, p)
		}
		if s.err != nil {
			return "", nil, false
		}
		decl = append(decl, pre)
		s.bindings[pre] = append(s.bindings[pre], v)
		r.emit(Event{Kind: StartNamespace, Name: pre, HasName: pre != "", Text: v, HasText: v != ""}, p)
	}
	s.nsDecl = append(s.nsDecl, decl)
	expanded, ok := r.expand(p, name, true)
	if !ok {
		return "", nil, false
	}
	for i := 0; i < len(kept); i += 2 {
		if kept[i], ok = r.expand(p, kept[i], false); !ok {
			return "", nil, false
		}
		for j := 0; j < i; j += 2 {
			if kept[j] == kept[i] {
				r.fail(ErrDuplicateAttribute, p)
				return "", nil, false
			}
		}
	}
	return expanded, kept, true
}

func (r *source) expand(p int, name string, element bool) (string, bool) {
	s := r.s
	pre, local := "", name
	if i := strings.IndexByte(name, ':'); i >= 0 {
		pre, local = name[:i], name[i+1:]
	} else if !element {
		return name, true
	}
	uris := s.bindings[pre]
	if len(uris) == 0 || uris[len(uris)-1] == "" {
		if pre != "" {
			r.fail(ErrUnboundPrefix, p)
			return "", false
		}
		return name, true
	}
	if s.NSPrefixes && pre != "" {
		return uris[len(uris)-1] + s.nsSep + local + s.nsSep + pre, true
	}
	return uris[len(uris)-1] + s.nsSep + local, true
}

// endTag reads an end tag at p.
func (r *source) endTag(p int) int {
	b := r.b
	q := r.markupName(p, p+2)
	if q < 0 {
		return q
	}
	end := r.skipSpace(q)
	if end >= len(b) {
		return r.more(p)
	}
	if b[end] != '>' {
		return r.fail(ErrInvalidToken, end)
	}
	s := r.s
	if len(s.stack) <= r.base {
		return r.fail(ErrAsyncEntity, p)
	}
	if s.stack[len(s.stack)-2] != string(b[p+2:q]) {
		return r.fail(ErrTagMismatch, p+2)
	}
	r.endElement(p)
	return end + 1
}

// refName reads the reference at p ('&' name or character number ';'): the name (or
// the character as text, with isChar), and the end.
func (r *source) refName(p int) (text string, numeric bool, end int) {
	b := r.b
	q := p + 1
	if q >= len(b) {
		return "", false, r.more(p)
	}
	if b[q] != '#' {
		q = r.name(q)
		if q < 0 {
			if q == more {
				return "", false, r.more(p)
			}
			return "", false, r.fail(ErrInvalidToken, p+1)
		}
		if q >= len(b) {
			return "", false, r.more(p)
		}
		if b[q] != ';' {
			return "", false, r.fail(ErrInvalidToken, q)
		}
		return string(b[p+1 : q]), false, q + 1
	}
	q++
	base := 10
	if q < len(b) && b[q] == 'x' {
		base = 16
		q++
	}
	start := q
	for q < len(b) && b[q] != ';' {
		c := b[q] | 0x20
		if !(b[q] >= '0' && b[q] <= '9' || base == 16 && c >= 'a' && c <= 'f') {
			return "", false, r.fail(ErrInvalidToken, q)
		}
		q++
	}
	if q >= len(b) {
		return "", false, r.more(p)
	}
	if q == start {
		return "", false, r.fail(ErrInvalidToken, q)
	}
	v, err := strconv.ParseUint(string(b[start:q]), base, 32)
	ch := rune(v)
	if err != nil || !isChar(ch) {
		return "", false, r.fail(ErrBadCharRef, p)
	}
	return string(ch), true, q + 1
}

func isChar(c rune) bool {
	return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xd800 || c >= 0xe000 && c < 0xfffe || c >= 0x10000 && c <= utf8.MaxRune
}

// reference reads a reference in content: character data, or an entity's text.
func (r *source) reference(p int) int {
	text, isChar, end := r.refName(p)
	if end < 0 {
		return end
	}
	if isChar {
		r.emit(Event{Kind: CharacterData, Text: text}, p)
		return end
	}
	if v, ok := predefined[text]; ok {
		r.emit(Event{Kind: CharacterData, Text: v}, p)
		return end
	}
	s := r.s
	e := s.entities[text]
	switch {
	case e == nil && s.skipUndef:
		r.emit(Event{Kind: SkippedEntity, Name: text}, p)
	case e == nil:
		return r.fail(ErrUndefinedEntity, p)
	case e.external:
		r.emit(Event{Kind: SkippedEntity, Name: text, Flag: 1, Sys: e.sys, Pub: e.pub, HasPub: e.hasPub}, p)
	case s.NoExpand:
		r.emit(Event{Kind: Default, Text: "&" + text + ";"}, p)
	case e.open:
		return r.fail(ErrRecursiveEntity, p)
	default:
		e.open = true
		sub := &source{s: s, b: []byte(e.value), final: true, cur: r.at(p), fixed: true, base: len(s.stack)}
		n := sub.run()
		e.open = false
		if s.err != nil {
			return bad
		}
		if n < len(sub.b) || s.inCdata {
			return r.fail(ErrUnclosedToken, p)
		}
		if len(s.stack) != sub.base {
			return r.fail(ErrAsyncEntity, p)
		}
	}
	return end
}

// attValue reads the quoted value at q: its normalized text and the end of the quotes.
func (r *source) attValue(q int) (string, int) {
	b := r.b
	quote := b[q]
	var out strings.Builder
	for q++; q < len(b) && b[q] != quote; {
		switch c := b[q]; c {
		case '<':
			return "", r.fail(ErrInvalidToken, q)
		case '&':
			text, isChar, end := r.refName(q)
			if end < 0 {
				return "", end
			}
			if isChar {
				out.WriteString(text)
			} else if !r.entityInAttr(q, text, &out, 0) {
				return "", bad
			}
			q = end
		case '\t', '\n':
			out.WriteByte(' ')
			q++
		case '\r':
			out.WriteByte(' ')
			q++
			if q < len(b) && b[q] == '\n' {
				q++
			}
		default:
			_, n := r.char(q)
			if n < 0 {
				if n == more {
					return "", more
				}
				return "", r.fail(ErrInvalidToken, q)
			}
			out.Write(b[q : q+n])
			q += n
		}
	}
	if q >= len(b) {
		return "", more
	}
	return out.String(), q + 1
}

// entityInAttr writes the replacement text of the entity name into an attribute value.
func (r *source) entityInAttr(p int, name string, out *strings.Builder, depth int) bool {
	if v, ok := predefined[name]; ok {
		out.WriteString(v)
		return true
	}
	s := r.s
	e := s.entities[name]
	switch {
	case e == nil && s.skipUndef:
		return true
	case e == nil:
		r.fail(ErrUndefinedEntity, p)
		return false
	case e.external:
		r.fail(ErrExternalEntityAttr, p)
		return false
	case e.open || depth > 64:
		r.fail(ErrRecursiveEntity, p)
		return false
	}
	e.open = true
	defer func() { e.open = false }()
	v := e.value
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '<':
			r.fail(ErrInvalidToken, p)
			return false
		case '\t', '\n', '\r':
			out.WriteByte(' ')
		case '&':
			end := strings.IndexByte(v[i:], ';')
			if end < 0 {
				r.fail(ErrInvalidToken, p)
				return false
			}
			ref := v[i+1 : i+end]
			if strings.HasPrefix(ref, "#") {
				out.WriteString(charRef(ref[1:]))
			} else if !r.entityInAttr(p, ref, out, depth+1) {
				return false
			}
			i += end
		default:
			out.WriteByte(c)
		}
	}
	return true
}

// charRef is the character of a numeric reference's digits ("x41" or "65"), or "".
func charRef(digits string) string {
	base := 10
	if strings.HasPrefix(digits, "x") {
		base, digits = 16, digits[1:]
	}
	v, err := strconv.ParseUint(digits, base, 32)
	if err != nil || !isChar(rune(v)) {
		return ""
	}
	return string(rune(v))
}
