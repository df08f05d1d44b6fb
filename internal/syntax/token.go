package syntax

// tokKind is the type of a token: Grammar/Tokens' exact types, plus one kind per
// keyword (the parser's keyword tokens, told apart from NAME by the scanner).
type tokKind uint8

const (
	tENDMARKER tokKind = iota
	tNAME
	tNUMBER
	tSTRING
	tNEWLINE
	tINDENT
	tDEDENT
	tLPAR
	tRPAR
	tLSQB
	tRSQB
	tCOLON
	tCOMMA
	tSEMI
	tPLUS
	tMINUS
	tSTAR
	tSLASH
	tVBAR
	tAMPER
	tLESS
	tGREATER
	tEQUAL
	tDOT
	tPERCENT
	tLBRACE
	tRBRACE
	tEQEQUAL
	tNOTEQUAL
	tLESSEQUAL
	tGREATEREQUAL
	tTILDE
	tCIRCUMFLEX
	tLEFTSHIFT
	tRIGHTSHIFT
	tDOUBLESTAR
	tPLUSEQUAL
	tMINEQUAL
	tSTAREQUAL
	tSLASHEQUAL
	tPERCENTEQUAL
	tAMPEREQUAL
	tVBAREQUAL
	tCIRCUMFLEXEQUAL
	tLEFTSHIFTEQUAL
	tRIGHTSHIFTEQUAL
	tDOUBLESTAREQUAL
	tDOUBLESLASH
	tDOUBLESLASHEQUAL
	tAT
	tATEQUAL
	tRARROW
	tELLIPSIS
	tCOLONEQUAL
	tOP // a character that is no token of the grammar ('$', '?', '!')
	tERRORTOKEN

	// keywords
	kFalse
	kNone
	kTrue
	kAnd
	kAs
	kAssert
	kAsync
	kAwait
	kBreak
	kClass
	kContinue
	kDef
	kDel
	kElif
	kElse
	kExcept
	kFinally
	kFor
	kFrom
	kGlobal
	kIf
	kImport
	kIn
	kIs
	kLambda
	kNonlocal
	kNot
	kOr
	kPass
	kRaise
	kReturn
	kTry
	kWhile
	kWith
	kYield
	numKinds
)

var keywords = map[string]tokKind{
	"False": kFalse, "None": kNone, "True": kTrue, "and": kAnd, "as": kAs,
	"assert": kAssert, "async": kAsync, "await": kAwait, "break": kBreak, "class": kClass,
	"continue": kContinue, "def": kDef, "del": kDel, "elif": kElif, "else": kElse,
	"except": kExcept, "finally": kFinally, "for": kFor, "from": kFrom, "global": kGlobal,
	"if": kIf, "import": kImport, "in": kIn, "is": kIs, "lambda": kLambda,
	"nonlocal": kNonlocal, "not": kNot, "or": kOr, "pass": kPass, "raise": kRaise,
	"return": kReturn, "try": kTry, "while": kWhile, "with": kWith, "yield": kYield,
}

// oneChar, twoChars and threeChars are PyToken_OneChar & co: the operator tokens.
func oneChar(c int) tokKind {
	switch c {
	case '%':
		return tPERCENT
	case '&':
		return tAMPER
	case '(':
		return tLPAR
	case ')':
		return tRPAR
	case '*':
		return tSTAR
	case '+':
		return tPLUS
	case ',':
		return tCOMMA
	case '-':
		return tMINUS
	case '.':
		return tDOT
	case '/':
		return tSLASH
	case ':':
		return tCOLON
	case ';':
		return tSEMI
	case '<':
		return tLESS
	case '=':
		return tEQUAL
	case '>':
		return tGREATER
	case '@':
		return tAT
	case '[':
		return tLSQB
	case ']':
		return tRSQB
	case '^':
		return tCIRCUMFLEX
	case '{':
		return tLBRACE
	case '|':
		return tVBAR
	case '}':
		return tRBRACE
	case '~':
		return tTILDE
	}
	return tOP
}

func twoChars(c1, c2 int) tokKind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return tNOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return tPERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return tAMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return tDOUBLESTAR
		case '=':
			return tSTAREQUAL
		}
	case '+':
		if c2 == '=' {
			return tPLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return tMINEQUAL
		case '>':
			return tRARROW
		}
	case '/':
		switch c2 {
		case '/':
			return tDOUBLESLASH
		case '=':
			return tSLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return tCOLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return tLEFTSHIFT
		case '=':
			return tLESSEQUAL
		case '>':
			return tNOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return tEQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return tGREATEREQUAL
		case '>':
			return tRIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return tATEQUAL
		}
	case '^':
		if c2 == '=' {
			return tCIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return tVBAREQUAL
		}
	}
	return tOP
}

func threeChars(c1, c2, c3 int) tokKind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return tELLIPSIS
		}
		return tOP
	}
	switch {
	case c1 == '*' && c2 == '*':
		return tDOUBLESTAREQUAL
	case c1 == '/' && c2 == '/':
		return tDOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return tLEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return tRIGHTSHIFTEQUAL
	}
	return tOP
}

// token is one token with its position: lines from 1, columns in bytes from 0; col and
// endCol are -1 for INDENT, DEDENT, ENDMARKER and ERRORTOKEN, as in CPython.
type token struct {
	kind            tokKind
	start, end      int // byte offsets of the text in the source (start = end = -1 when none)
	line, col       int
	endLine, endCol int
	level           int32 // bracket nesting depth after the token
	memo            *memo
}
