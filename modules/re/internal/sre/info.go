package sre

// The INFO block at the head of a program (re._compiler._compile_info): the pattern's
// least and greatest width, and a literal prefix or a set of first characters that let
// search skip ahead.

func iscasedFor(flags int) func(uint32) bool {
	switch {
	case flags&FlagIgnoreCase == 0:
		return nil
	case flags&FlagUnicode != 0:
		return IsCasedUnicode
	}
	return IsCasedASCII
}

// literalPrefix is re._compiler._get_literal_prefix: the characters every match starts
// with, how many of them precede the first group (skip, -1 for None), and whether they are
// the whole pattern.
func literalPrefix(p *subpattern, flags int) (prefix []uint32, skip int, all bool) {
	skip = -1
	iscased := iscasedFor(flags)
	for _, n := range p.data {
		switch n.op {
		case opLiteral:
			if iscased != nil && iscased(n.arg) {
				return prefix, skip, false
			}
			prefix = append(prefix, n.arg)
		case opSubpattern:
			flags1 := combineFlags(flags, n.addFlags, n.delFlags)
			if flags1&FlagIgnoreCase != 0 && flags1&FlagLocale != 0 {
				return prefix, skip, false
			}
			prefix1, skip1, all1 := literalPrefix(n.sub, flags1)
			if skip < 0 {
				if n.group != 0 {
					skip = len(prefix)
				} else if skip1 >= 0 {
					skip = len(prefix) + skip1
				}
			}
			prefix = append(prefix, prefix1...)
			if !all1 {
				return prefix, skip, false
			}
		default:
			return prefix, skip, false
		}
	}
	return prefix, skip, true
}

// charsetPrefix is re._compiler._get_charset_prefix: a set every match starts with a
// member of, or nil.
func charsetPrefix(p *subpattern, flags int) []setItem {
	var n *node
	for {
		if len(p.data) == 0 {
			return nil
		}
		n = p.data[0]
		if n.op != opSubpattern {
			break
		}
		flags = combineFlags(flags, n.addFlags, n.delFlags)
		p = n.sub
		if flags&FlagIgnoreCase != 0 && flags&FlagLocale != 0 {
			return nil
		}
	}
	iscased := iscasedFor(flags)
	cased := func(c uint32) bool { return iscased != nil && iscased(c) }
	switch n.op {
	case opLiteral:
		if cased(n.arg) {
			return nil
		}
		return []setItem{{op: opLiteral, lo: n.arg}}
	case opBranch:
		var set []setItem
		for _, b := range n.branches {
			if len(b.data) == 0 {
				return nil
			}
			m := b.data[0]
			if m.op != opLiteral || cased(m.arg) {
				return nil
			}
			set = append(set, setItem{op: opLiteral, lo: m.arg})
		}
		return set
	case opIn:
		if iscased != nil {
			for _, it := range n.set {
				switch it.op {
				case opLiteral:
					if iscased(it.lo) {
						return nil
					}
				case opRange:
					if it.hi > 0xffff {
						return nil
					}
					for c := it.lo; c <= it.hi; c++ {
						if iscased(c) {
							return nil
						}
					}
				}
			}
		}
		return n.set
	}
	return nil
}

// overlapTable is re._compiler._generate_overlap_table (the failure function of
// Knuth-Morris-Pratt) for a prefix.
func overlapTable(prefix []uint32) []uint32 {
	table := make([]uint32, len(prefix))
	for i := 1; i < len(prefix); i++ {
		idx := table[i-1]
		for {
			if prefix[i] == prefix[idx] {
				table[i] = idx + 1
				break
			}
			if idx == 0 {
				table[i] = 0
				break
			}
			idx = table[idx-1]
		}
	}
	return table
}

// compileInfo emits the INFO block.
func (c *compiler) compileInfo(p *subpattern, flags int) {
	w := p.getwidth()
	lo, hi := w[0], min(w[1], maxCode)
	if lo == 0 {
		c.emit(opInfo, 4, 0, 0, uint32(hi))
		return
	}
	var prefix []uint32
	var charset []setItem
	skip, all := -1, false
	if !(flags&FlagIgnoreCase != 0 && flags&FlagLocale != 0) {
		prefix, skip, all = literalPrefix(p, flags)
		if len(prefix) == 0 {
			charset = charsetPrefix(p, flags)
		}
	}
	c.emit(opInfo)
	hole := c.hole()
	mask := uint32(0)
	switch {
	case len(prefix) > 0:
		mask = infoPrefix
		if skip < 0 && all {
			mask |= infoLiteral
		}
	case len(charset) > 0:
		mask = infoCharset
	}
	c.emit(mask)
	if lo < maxCode {
		c.emit(uint32(lo))
	} else {
		c.emit(maxCode)
		if len(prefix) > maxCode {
			prefix = prefix[:maxCode]
		}
	}
	c.emit(uint32(hi))
	switch {
	case len(prefix) > 0:
		c.emit(uint32(len(prefix)))
		if skip < 0 {
			skip = len(prefix)
		}
		c.emit(uint32(skip))
		c.emit(prefix...)
		c.emit(overlapTable(prefix)...)
	case len(charset) > 0:
		set, _ := optimizeCharset(charset, folding{})
		c.compileCharset(set, flags)
		c.info = true
	}
	c.fill(hole)
}
