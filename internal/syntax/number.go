package syntax

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// maxStrDigits is CPython's default limit on the digits of a decimal int literal.
const maxStrDigits = 4300

// number is the Constant of a NUMBER token (_PyPegen_number_token).
func (p *parser) number(t *token) ast.ExprNode {
	s := strings.ReplaceAll(p.text(t), "_", "")
	c := &ast.Constant{Pos: tokPos(t)}
	last := s[len(s)-1]
	switch {
	case last == 'j' || last == 'J':
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		c.Value = complex(0, f)
	case len(s) > 1 && s[0] == '0' && strings.ContainsAny(s[1:2], "xXoObB"):
		c.Value = parseInt(s[2:], prefixBase(s[1]))
	case strings.ContainsAny(s, ".eE"):
		f, _ := strconv.ParseFloat(s, 64)
		c.Value = f
	default:
		digits := strings.TrimLeft(s, "0")
		if len(digits) > maxStrDigits {
			p.raiseAt(SyntaxError, t.line, -1, t.endLine, -1,
				"Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
				maxStrDigits, len(s))
		}
		if digits == "" {
			digits = "0"
		}
		c.Value = parseInt(digits, 10)
	}
	return c
}

func prefixBase(c byte) int {
	switch c {
	case 'x', 'X':
		return 16
	case 'o', 'O':
		return 8
	}
	return 2
}

// parseInt returns an int64, or a *big.Int when the value does not fit.
func parseInt(s string, base int) any {
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return int64(0)
	}
	return b
}
