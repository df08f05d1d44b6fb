package expat

import "strings"

// doctype reads a document type declaration with its internal subset, keeping the
// general entities and attribute defaults it declares.
func (r *source) doctype(p int) int {
	b := r.b
	switch r.prefix(p, "<!DOCTYPE") {
	case -1:
		return more
	case 0:
		return r.fail(ErrInvalidToken, p+2)
	}
	s := r.s
	q := p + 9
	if q >= len(b) {
		return r.more(p)
	}
	if !isSpace(b[q]) {
		return r.fail(ErrInvalidToken, q)
	}
	q = r.skipSpace(q)
	n := r.name(q)
	if n < 0 {
		if n == more {
			return r.more(p)
		}
		return r.fail(ErrSyntax, q)
	}
	ev := Event{Kind: StartDoctype, Name: string(b[q:n])}
	q = r.skipSpace(n)
	for _, kw := range []string{"SYSTEM", "PUBLIC"} {
		switch r.prefix(q, kw) {
		case -1:
			return r.more(p)
		case 1:
			var ok bool
			q += len(kw)
			if kw == "PUBLIC" {
				if ev.Pub, q, ok = r.literal(q); !ok {
					return q
				}
				ev.HasPub = true
			}
			if ev.Text, q, ok = r.literal(q); !ok {
				return q
			}
			ev.HasText = true
			s.skipUndef = true
		}
	}
	q = r.skipSpace(q)
	if q >= len(b) {
		return r.more(p)
	}
	switch b[q] {
	case '>':
		r.emit(ev, q)
		r.emit(Event{Kind: EndDoctype}, q)
		return q + 1
	case '[':
	default:
		return r.fail(ErrSyntax, q)
	}
	ev.Flag = 1
	r.emit(ev, q)
	open := q + 1
	q, ok := r.subset(p, open)
	if !ok {
		return q
	}
	subset := string(b[open:q])
	q = r.skipSpace(q + 1)
	if q >= len(b) {
		return r.more(p)
	}
	if b[q] != '>' {
		return r.fail(ErrSyntax, q)
	}
	r.emit(Event{Kind: EndDoctype, Text: subset, HasText: true}, q)
	return q + 1
}

// literal reads white space and a quoted literal at q: its text and end.
func (r *source) literal(q int) (string, int, bool) {
	b := r.b
	start := q
	q = r.skipSpace(q)
	if q >= len(b) {
		return "", r.more(start), false
	}
	if q == start || (b[q] != '"' && b[q] != '\'') {
		return "", r.fail(ErrSyntax, q), false
	}
	end := q + 1
	for end < len(b) && b[end] != b[q] {
		end++
	}
	if end >= len(b) {
		return "", r.more(start), false
	}
	return string(b[q+1 : end]), end + 1, true
}

// subset reads the internal subset from q to its ']' (whose offset it returns).
func (r *source) subset(p, q int) (int, bool) {
	b := r.b
	s := r.s
	for {
		q = r.skipSpace(q)
		if q >= len(b) {
			return r.more(p), false
		}
		switch {
		case b[q] == ']':
			return q, true
		case b[q] == '%':
			n := r.name(q + 1)
			if n == more || n >= len(b) {
				return r.more(p), false
			}
			if n < 0 || b[n] != ';' {
				return r.fail(ErrInvalidToken, q), false
			}
			s.skipUndef = true
			q = n + 1
			continue
		}
		var n int
		switch {
		case r.prefix(q, "<!--") != 0:
			n = r.comment(q)
		case r.prefix(q, "<?") != 0:
			n = r.pi(q)
		case r.prefix(q, "<!") != 0:
			n = r.declaration(q)
		default:
			return r.fail(ErrSyntax, q), false
		}
		if n < 0 {
			if n == more {
				return r.more(p), false
			}
			return n, false
		}
		q = n
	}
}

// declaration reads a markup declaration at q (ENTITY and ATTLIST are kept).
func (r *source) declaration(q int) int {
	b := r.b
	var toks []string
	i := q + 2
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return r.more(q)
		}
		c := b[i]
		if c == '>' {
			i++
			break
		}
		start := i
		switch c {
		case '"', '\'':
			i++
			for i < len(b) && b[i] != c {
				i++
			}
			i++
		case '(':
			for i < len(b) && b[i] != ')' {
				i++
			}
			i++
			for i < len(b) && (b[i] == '*' || b[i] == '+' || b[i] == '?') {
				i++
			}
		default:
			for i < len(b) && !isSpace(b[i]) && b[i] != '>' && b[i] != '"' && b[i] != '\'' && b[i] != '(' {
				i++
			}
		}
		if i > len(b) {
			return r.more(q)
		}
		toks = append(toks, string(b[start:i]))
	}
	if len(toks) < 2 {
		return r.fail(ErrSyntax, q)
	}
	switch toks[0] {
	case "ENTITY":
		r.entityDecl(q, toks[1:])
	case "ATTLIST":
		r.attlistDecl(toks[1:])
	case "ELEMENT", "NOTATION":
	default:
		return r.fail(ErrSyntax, q)
	}
	if r.s.err != nil {
		return bad
	}
	return i
}

func unquote(t string) (string, bool) {
	if len(t) >= 2 && (t[0] == '"' || t[0] == '\'') && t[len(t)-1] == t[0] {
		return t[1 : len(t)-1], true
	}
	return "", false
}

func (r *source) entityDecl(q int, toks []string) {
	ev := Event{Kind: EntityDecl}
	if toks[0] == "%" {
		ev.Flag = 1
		toks = toks[1:]
	}
	if len(toks) < 2 {
		r.fail(ErrSyntax, q)
		return
	}
	ev.Name = toks[0]
	ent := &entity{}
	if v, ok := unquote(toks[1]); ok {
		ev.Text, ev.HasText = expandCharRefs(v), true
		ent.value = ev.Text
	} else {
		ent.external = true
		rest := toks[1:]
		switch {
		case rest[0] == "SYSTEM" && len(rest) >= 2:
			ev.Sys, ev.HasSys = strings.Trim(rest[1], "\"'"), true
			rest = rest[2:]
		case rest[0] == "PUBLIC" && len(rest) >= 3:
			ev.Pub, ev.HasPub = strings.Trim(rest[1], "\"'"), true
			ev.Sys, ev.HasSys = strings.Trim(rest[2], "\"'"), true
			rest = rest[3:]
		default:
			r.fail(ErrSyntax, q)
			return
		}
		ent.sys, ent.pub, ent.hasPub = ev.Sys, ev.Pub, ev.HasPub
		if len(rest) == 2 && rest[0] == "NDATA" {
			ev.Notation, ev.HasNot = rest[1], true
		}
	}
	r.emit(ev, q)
	if _, seen := r.s.entities[ev.Name]; ev.Flag == 0 && !seen {
		if _, pre := predefined[ev.Name]; !pre {
			r.s.entities[ev.Name] = ent
		}
	}
}

// expandCharRefs replaces the character references of an entity value.
func expandCharRefs(v string) string {
	if !strings.Contains(v, "&#") {
		return v
	}
	var out strings.Builder
	for {
		i := strings.Index(v, "&#")
		if i < 0 {
			break
		}
		end := strings.IndexByte(v[i:], ';')
		if end < 0 {
			break
		}
		out.WriteString(v[:i])
		out.WriteString(charRef(v[i+2 : i+end]))
		v = v[i+end+1:]
	}
	out.WriteString(v)
	return out.String()
}

func (r *source) attlistDecl(toks []string) {
	elem := toks[0]
	toks = toks[1:]
	for len(toks) >= 3 {
		name, typ := toks[0], toks[1]
		toks = toks[2:]
		if typ == "NOTATION" && len(toks) > 0 {
			toks = toks[1:]
		}
		if len(toks) == 0 {
			return
		}
		def := toks[0]
		toks = toks[1:]
		if def == "#FIXED" && len(toks) > 0 {
			def, toks = toks[0], toks[1:]
		}
		v, ok := unquote(def)
		if !ok {
			continue
		}
		v = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(expandCharRefs(v))
		for _, e := range []string{"lt", "gt", "apos", "quot", "amp"} {
			v = strings.ReplaceAll(v, "&"+e+";", predefined[e])
		}
		tokenized := typ != "CDATA"
		if tokenized {
			v = strings.Join(strings.Fields(v), " ")
		}
		dup := false
		for _, d := range r.s.attDefaults[elem] {
			dup = dup || d.name == name
		}
		if !dup {
			r.s.attDefaults[elem] = append(r.s.attDefaults[elem], attDef{name, v, tokenized})
		}
	}
}
