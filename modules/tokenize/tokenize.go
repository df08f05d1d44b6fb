// Package tokenize provides Python's token and tokenize modules, written in Python by gopy
// (embedded): token's constants are CPython 3.11's numbers; tokenize is a regular-expression
// scanner of its own (tokenize.py: TokenInfo and the token patterns; scanner.py: the line
// scanner, generate_tokens, tokenize; source.py: detect_encoding, open, untokenize) that
// yields CPython's pure-Python tokenizer's tokens (comments, NL, ENCODING, ERRORTOKEN,
// f-strings as one STRING) and raises its errors. gopy's compiler has its own tokenizer
// (internal/syntax), which drops comments and non-logical newlines that this module must
// report.
package tokenize

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed token.py
	tokenSource string
	//go:embed tokenize.py
	tokenizeSource string
	//go:embed scanner.py
	scannerSource string
	//go:embed source.py
	sourceSource string
)

func init() {
	libsrc.Module("token", "Token constants.", tokenSource)
	libsrc.Module("tokenize", "Tokenization help for Python programs.", tokenizeSource, scannerSource, sourceSource)
}
