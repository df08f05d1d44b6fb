package compiler

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// Marker names the prepass writes in place of f-strings.
const (
	markerJoin  = "__f__"
	markerValue = "__fv__"
)

// prepared is the source as given to gpython's parser.
type prepared struct {
	text    string
	lines   []string // original source lines, each with its newline
	markers map[[2]int]bool
}

func prepass(src, filename string, mode py.CompileMode) (*prepared, error) {
	p := &prepared{text: src, markers: map[[2]int]bool{}}
	p.lines = strings.SplitAfter(src, "\n")
	return p, nil
}

func (p *prepared) isMarker(n *ast.Name) bool {
	return p.markers[[2]int{n.Lineno, n.ColOffset}]
}

func (p *prepared) mapPos(line, col int) (int, int) { return line, col }
