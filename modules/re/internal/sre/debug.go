package sre

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gopyrt/gopy/internal/objects"
)

// What re.DEBUG prints: the parsed tree (SubPattern.dump) and the listing of the program
// (re._compiler.dis), in CPython 3.11's layout.

// charRepr is repr(chr(c)).
func charRepr(c uint32) string {
	if c >= 0xd800 && c <= 0xdfff {
		return fmt.Sprintf(`'\u%04x'`, c)
	}
	return objects.StrRepr(string(rune(c)))
}

func charsRepr(cs []uint32) string {
	var b strings.Builder
	surrogate := false
	for _, c := range cs {
		if c >= 0xd800 && c <= 0xdfff {
			surrogate = true
		}
		b.WriteRune(rune(c))
	}
	if !surrogate {
		return objects.StrRepr(b.String())
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		r := charRepr(c)
		parts[i] = r[1 : len(r)-1]
	}
	return "'" + strings.Join(parts, "") + "'"
}

func repeatMax(n uint32) string {
	if n == MaxRepeat {
		return "MAXREPEAT"
	}
	return strconv.FormatUint(uint64(n), 10)
}

func setItemString(it setItem) string {
	switch it.op {
	case opNegate:
		return "NEGATE None"
	case opLiteral:
		return fmt.Sprintf("LITERAL %d", it.lo)
	case opRange:
		return fmt.Sprintf("RANGE (%d, %d)", it.lo, it.hi)
	case opCategory:
		return "CATEGORY " + catNames[it.lo]
	}
	return opNames[it.op]
}

// dump writes SubPattern.dump's lines for a node list.
func dump(b *strings.Builder, data []*node, level int) {
	indent := strings.Repeat("  ", level)
	for _, n := range data {
		b.WriteString(indent + opNames[n.op])
		switch n.op {
		case opIn:
			b.WriteString("\n")
			for _, it := range n.set {
				b.WriteString(indent + "  " + setItemString(it) + "\n")
			}
		case opBranch:
			b.WriteString("\n")
			for i, br := range n.branches {
				if i > 0 {
					b.WriteString(indent + "OR\n")
				}
				dump(b, br.data, level+1)
			}
		case opGrouprefExists:
			fmt.Fprintf(b, " %d\n", n.arg)
			dump(b, n.sub.data, level+1)
			if n.no != nil && len(n.no.data) > 0 {
				b.WriteString(indent + "ELSE\n")
				dump(b, n.no.data, level+1)
			}
		case opAtomicGroup:
			b.WriteString("\n")
			dump(b, n.sub.data, level+1)
		case opSubpattern:
			group := "None"
			if n.group != 0 {
				group = strconv.Itoa(n.group)
			}
			fmt.Fprintf(b, " %s %d %d\n", group, n.addFlags, n.delFlags)
			dump(b, n.sub.data, level+1)
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			fmt.Fprintf(b, " %d %s\n", n.min, repeatMax(n.max))
			dump(b, n.sub.data, level+1)
		case opAssert, opAssertNot:
			fmt.Fprintf(b, " %d\n", n.dir)
			dump(b, n.sub.data, level+1)
		case opAt:
			b.WriteString(" " + atNames[n.arg] + "\n")
		case opAny:
			b.WriteString(" None\n")
		default:
			fmt.Fprintf(b, " %d\n", n.arg)
		}
	}
}

// disassembler is re._compiler.dis.
type disassembler struct {
	b      *strings.Builder
	code   []uint32
	labels map[int]bool
	level  int
	width  int
}

func dis(b *strings.Builder, code []uint32) {
	d := &disassembler{b: b, code: code, labels: map[int]bool{}, width: len(strconv.Itoa(len(code) - 1))}
	d.run(0, len(code))
}

// line prints one instruction at start; to >= 0 adds its jump target.
func (d *disassembler) line(start, to int, args ...string) {
	if to >= 0 {
		d.labels[to] = true
		args = append(args, fmt.Sprintf("(to %d)", to))
	}
	mark := "."
	if d.labels[start] {
		mark = ":"
	}
	fmt.Fprintf(d.b, "%*d%s %s%s\n", d.width, start, mark, strings.Repeat("  ", d.level-1), strings.Join(args, " "))
}

func (d *disassembler) line2(args ...string) {
	fmt.Fprintf(d.b, "%s%s\n", strings.Repeat(" ", d.width+2*d.level), strings.Join(args, " "))
}

func hexWords(ws []uint32) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = fmt.Sprintf("0x%08x", w)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func u(n uint32) string { return strconv.FormatUint(uint64(n), 10) }

func (d *disassembler) run(start, end int) {
	d.level++
	code := d.code
	i := start
	for i < end {
		start = i
		op := int(code[i])
		i++
		name := opNames[op]
		switch op {
		case opSuccess, opFailure, opAny, opAnyAll, opMaxUntil, opMinUntil, opNegate:
			d.line(start, -1, name)
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore,
			opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			d.line(start, -1, name, fmt.Sprintf("%#02x (%s)", code[i], charRepr(code[i])))
			i++
		case opAt:
			d.line(start, -1, name, strings.TrimPrefix(atNames[code[i]], "AT_"))
			i++
		case opCategory:
			d.line(start, -1, name, strings.TrimPrefix(catNames[code[i]], "CATEGORY_"))
			i++
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			skip := int(code[i])
			d.line(start, i+skip, name, strconv.Itoa(skip))
			d.run(i+1, i+skip)
			i += skip
		case opRange, opRangeUniIgnore:
			lo, hi := code[i], code[i+1]
			i += 2
			d.line(start, -1, name, fmt.Sprintf("%#02x %#02x (%s-%s)", lo, hi, charRepr(lo), charRepr(hi)))
		case opCharset:
			d.line(start, -1, name, hexWords(code[i:i+8]))
			i += 8
		case opBigCharset:
			n := int(code[i])
			i++
			mapping := make([]string, 256)
			for k := 0; k < 256; k++ {
				mapping[k] = strconv.Itoa(int(code[i+k/4] >> (8 * (k % 4)) & 0xff))
			}
			d.line(start, -1, name, strconv.Itoa(n), "["+strings.Join(mapping, ", ")+"]")
			i += 64
			d.level++
			for j := 0; j < n; j++ {
				d.line2(hexWords(code[i : i+8]))
				i += 8
			}
			d.level--
		case opMark, opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			d.line(start, -1, name, u(code[i]))
			i++
		case opJump:
			skip := int(code[i])
			d.line(start, i+skip, name, strconv.Itoa(skip))
			i++
		case opBranch:
			skip := int(code[i])
			d.line(start, i+skip, name, strconv.Itoa(skip))
			for skip != 0 {
				d.run(i+1, i+skip)
				i += skip
				start = i
				skip = int(code[i])
				if skip != 0 {
					d.line(start, i+skip, "branch", strconv.Itoa(skip))
				} else {
					d.line(start, -1, "FAILURE")
				}
			}
			i++
		case opRepeat, opRepeatOne, opMinRepeatOne, opPossessiveRepeat, opPossessiveRepeatOne:
			skip := int(code[i])
			d.line(start, i+skip, name, strconv.Itoa(skip), u(code[i+1]), repeatMax(code[i+2]))
			d.run(i+3, i+skip)
			i += skip
		case opGrouprefExists:
			skip := int(code[i+1])
			d.line(start, i+skip, name, u(code[i]), strconv.Itoa(skip))
			i += 2
		case opAssert, opAssertNot:
			skip := int(code[i])
			d.line(start, i+skip, name, strconv.Itoa(skip), u(code[i+1]))
			d.run(i+2, i+skip)
			i += skip
		case opAtomicGroup:
			skip := int(code[i])
			d.line(start, i+skip, name, strconv.Itoa(skip))
			d.run(i+1, i+skip)
			i += skip
		case opInfo:
			skip, flags := int(code[i]), code[i+1]
			d.line(start, i+skip, name, strconv.Itoa(skip), "0b"+strconv.FormatUint(uint64(flags), 2), u(code[i+2]), repeatMax(code[i+3]))
			next := i + 4
			if flags&infoPrefix != 0 {
				n, pskip := int(code[i+4]), code[i+5]
				d.line2("  prefix_skip", u(pskip))
				next = i + 6
				prefix := code[next : next+n]
				hexes := make([]string, n)
				for k, c := range prefix {
					hexes[k] = fmt.Sprintf("%#02x", c)
				}
				d.line2("  prefix", "["+strings.Join(hexes, ", ")+"]", "("+charsRepr(prefix)+")")
				next += n
				overlap := make([]string, n)
				for k, c := range code[next : next+n] {
					overlap[k] = u(c)
				}
				d.line2("  overlap", "["+strings.Join(overlap, ", ")+"]")
			}
			if flags&infoCharset != 0 {
				d.level++
				d.line2("in")
				d.run(next, i+skip)
				d.level--
			}
			i += skip
		default:
			d.line(start, -1, fmt.Sprintf("<opcode %d>", op))
		}
	}
	d.level--
}
