package traceback

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
)

// Reports of exception groups, as CPython 3.11's TracebackException.format draws them: a
// group's own traceback and line, then each member's report in a box, nested groups
// indented by two more columns, every line of a box prefixed with "| " (the first line of
// the outermost group's traceback with "+ "):
//
//	  + Exception Group Traceback (most recent call last):
//	  |   File "x.py", line 1, in <module>
//	  | ExceptionGroup: eg (1 sub-exception)
//	  +-+---------------- 1 ----------------
//	    | ValueError: 1
//	    +------------------------------------
//
// Exceptions that are not groups print as before; the chain (__cause__, __context__) is
// printed for every member.

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
	maxGroupWidth  = 15
	maxGroupDepth  = 10
)

// printer accumulates the pieces of one report.
type printer struct {
	out       []string
	depth     int // how deep in groups: the indentation is two columns a level
	needClose bool
	seen      map[py.Object]bool
	frames    func(tb *py.Traceback) []string
	display   bool // the interpreter's own report (its SyntaxError carets), not the module's
}

// exceptionOnly is format_exception_only's text for exc.
func (p *printer) exceptionOnly(exc py.Object) string {
	if e, ok := exc.(*py.Exception); ok && isSyntaxError(e) && p.display {
		return syntaxErrorDetail(e, true) + ExceptionLine(exc) + "\n" + strings.Join(noteLines(exc), "")
	}
	return strings.Join(onlyLines(exc), "")
}

// noteLines is the text of an exception's __notes__, printed after its line: each line of
// each note (str() of it) a piece, as CPython's format_exception_only yields them; notes
// that are not a sequence are printed by their repr.
func noteLines(exc py.Object) []string {
	notes := classes.ExcNotes(exc)
	if notes == nil {
		return nil
	}
	if _, isStr := notes.(py.String); isStr || !isSeq(notes) {
		return []string{repr(notes) + "\n"}
	}
	var out []string
	_ = py.Iterate(notes, func(n py.Object) bool {
		for _, line := range strings.Split(str(n), "\n") {
			out = append(out, line+"\n")
		}
		return false
	})
	return out
}

// isSeq reports whether o is a list or tuple (the notes CPython iterates).
func isSeq(o py.Object) bool {
	switch o.(type) {
	case *py.List, py.Tuple:
		return true
	}
	return classes.TypeOf(o).IsSubtype(py.ListType) || classes.TypeOf(o).IsSubtype(py.TupleType)
}

// emit adds text with every line prefixed as the current depth wants.
func (p *printer) emit(text string, margin string) {
	if p.depth == 0 {
		p.out = append(p.out, text)
		return
	}
	prefix := strings.Repeat(" ", 2*p.depth) + margin + " "
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			b.WriteString(prefix)
			b.WriteString(line)
		}
	}
	p.out = append(p.out, b.String())
}

// emitFrames adds the pieces of a traceback's frames, each one piece as CPython's.
func (p *printer) emitFrames(tb *py.Traceback) {
	for _, f := range p.frames(tb) {
		p.emit(f, "|")
	}
}

// format adds the report of value (raised with traceback tb) and of its chain.
func (p *printer) format(value py.Object, tb *py.Traceback, chain bool) {
	type link struct {
		msg string // how the exception before it relates to it
		exc py.Object
		tb  *py.Traceback
	}
	var links []link
	for exc, t := value, tb; exc != nil; {
		p.seen[exc] = true
		var next py.Object
		msg := ""
		if chain {
			cause, ctx, suppress := classes.ExcChain(exc)
			switch {
			case cause != nil:
				if !p.seen[cause] {
					next, msg = cause, causeMessage
				}
			case ctx != nil && !suppress && !p.seen[ctx]:
				next, msg = ctx, contextMessage
			}
		}
		links = append(links, link{msg, exc, t})
		exc = next
		if next != nil {
			t = tracebackOf(next)
		}
	}
	for i := len(links) - 1; i >= 0; i-- {
		l := links[i]
		if i < len(links)-1 {
			p.emit(links[i].msg, "|")
		}
		p.one(l.exc, l.tb, chain)
	}
}

// one adds the report of a single exception, without its chain.
func (p *printer) one(exc py.Object, tb *py.Traceback, chain bool) {
	_, members, isGroup := classes.GroupExceptions(exc)
	if !isGroup {
		if tb != nil {
			p.emit("Traceback (most recent call last):\n", "|")
			p.emitFrames(tb)
		}
		p.emit(p.exceptionOnly(exc), "|")
		return
	}
	if p.depth > maxGroupDepth {
		p.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), "|")
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if tb != nil {
		margin := "|"
		if top {
			margin = "+"
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emitFrames(tb)
	}
	p.emit(p.exceptionOnly(exc), "|")
	n := min(len(members), maxGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		title := fmt.Sprint(i + 1)
		truncated := i >= maxGroupWidth
		if truncated {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.out = append(p.out, strings.Repeat(" ", 2*p.depth)+corner+"+---------------- "+title+" ----------------\n")
		p.depth++
		if truncated {
			more := len(members) - maxGroupWidth
			plural := ""
			if more > 1 {
				plural = "s"
			}
			p.emit(fmt.Sprintf("and %d more exception%s\n", more, plural), "|")
		} else {
			p.format(members[i], tracebackOf(members[i]), chain)
		}
		if last && p.needClose {
			p.out = append(p.out, strings.Repeat(" ", 2*p.depth)+"+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}
