package sre

// The numbers of CPython 3.11's re._constants: opcodes of the compiled program, position
// and category codes, flags. The program gopy compiles is, word for word, the one CPython
// compiles for the same pattern, so re.DEBUG prints the same listing and the matching
// engine behaves the same in every corner.

// Opcodes, in re._constants.OPCODES order.
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
	// only in the parser's output
	opMinRepeat
	opMaxRepeat
)

var opNames = [...]string{
	"FAILURE", "SUCCESS", "ANY", "ANY_ALL", "ASSERT", "ASSERT_NOT", "AT", "BRANCH",
	"CATEGORY", "CHARSET", "BIGCHARSET", "GROUPREF", "GROUPREF_EXISTS", "IN", "INFO", "JUMP",
	"LITERAL", "MARK", "MAX_UNTIL", "MIN_UNTIL", "NOT_LITERAL", "NEGATE", "RANGE", "REPEAT",
	"REPEAT_ONE", "SUBPATTERN", "MIN_REPEAT_ONE", "ATOMIC_GROUP", "POSSESSIVE_REPEAT",
	"POSSESSIVE_REPEAT_ONE", "GROUPREF_IGNORE", "IN_IGNORE", "LITERAL_IGNORE",
	"NOT_LITERAL_IGNORE", "GROUPREF_LOC_IGNORE", "IN_LOC_IGNORE", "LITERAL_LOC_IGNORE",
	"NOT_LITERAL_LOC_IGNORE", "GROUPREF_UNI_IGNORE", "IN_UNI_IGNORE", "LITERAL_UNI_IGNORE",
	"NOT_LITERAL_UNI_IGNORE", "RANGE_UNI_IGNORE", "MIN_REPEAT", "MAX_REPEAT",
}

// Position codes (AT).
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

var atNames = [...]string{
	"AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING", "AT_BOUNDARY",
	"AT_NON_BOUNDARY", "AT_END", "AT_END_LINE", "AT_END_STRING", "AT_LOC_BOUNDARY",
	"AT_LOC_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY",
}

// Category codes (CATEGORY).
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

var catNames = [...]string{
	"CATEGORY_DIGIT", "CATEGORY_NOT_DIGIT", "CATEGORY_SPACE", "CATEGORY_NOT_SPACE",
	"CATEGORY_WORD", "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK", "CATEGORY_NOT_LINEBREAK",
	"CATEGORY_LOC_WORD", "CATEGORY_LOC_NOT_WORD", "CATEGORY_UNI_DIGIT",
	"CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_SPACE",
	"CATEGORY_UNI_WORD", "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK",
	"CATEGORY_UNI_NOT_LINEBREAK",
}

// Flags (re.RegexFlag values).
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256

	typeFlags   = FlagASCII | FlagLocale | FlagUnicode
	globalFlags = FlagDebug | FlagTemplate
)

// Flags of the INFO block.
const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)

const (
	// MaxRepeat is _sre.MAXREPEAT: a repeat bound at or above it is "too large", and as a
	// maximum it means unbounded.
	MaxRepeat = 1<<32 - 1
	// MaxGroups is _sre.MAXGROUPS.
	MaxGroups = 1<<30 - 1
	// maxCode is the largest code word.
	maxCode = 1<<32 - 1
	// maxWidth stands for re._parser.MAXWIDTH (1 << 64), the width of unbounded patterns;
	// widths saturate there.
	maxWidth = ^uint64(0)
	// Magic is _sre.MAGIC of CPython 3.11.
	Magic = 20220615
)
