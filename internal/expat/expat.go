// Package expat is gopy's XML tokenizer: the events, errors and positions of the expat
// library CPython's pyexpat wraps, written in Go.
//
// Go's encoding/xml is not used: it cannot give expat's observable behaviour (its errors
// have other kinds and positions, it does not report character data split at newlines and
// references as expat does, it knows no internal DTD subset, entity declarations or
// attribute defaults, and it does not say where a start tag's name or a bad character
// is). A Scanner is fed bytes in pieces of any size; each Feed returns the events of the
// tokens completed so far, each with expat's current position (line from 1, column and
// byte index from 0), or the first error with expat's code (see Messages) and position.
package expat

// Kind says what an Event reports.
type Kind uint8

// The kinds of events, each named after the pyexpat handler it feeds.
const (
	StartElement    Kind = iota + 1 // Name, Attrs (name, value pairs flattened)
	EndElement                      // Name
	CharacterData                   // Text
	Comment                         // Text
	ProcessingInstr                 // Name (target), Text (data)
	XMLDecl                         // Name (version), Text (encoding), HasText, Flag (standalone: -1, 0, 1)
	StartDoctype                    // Name, Text (system id), Pub (public id), HasText, HasPub, Flag (internal subset)
	EndDoctype                      //
	StartCdata                      //
	EndCdata                        //
	Default                         // Text: markup no other event reports (white space outside the root)
	StartNamespace                  // Name (prefix), Text (URI), HasName/HasText false for none
	EndNamespace                    // Name (prefix), HasName
	SkippedEntity                   // Name: a reference to an entity declared nowhere the scanner could read
	EntityDecl                      // Name, Text (value), HasText, Sys, Pub, Notation, Flag (parameter entity)
)

// Event is one thing the scanner found, at expat's current position for it.
type Event struct {
	Kind                   Kind
	Line, Col, Byte        int
	Name, Text, Pub, Sys   string
	Notation               string
	Attrs                  []string
	HasName, HasText       bool
	HasPub, HasSys, HasNot bool
	Flag                   int
}

// Error codes, as expat numbers them.
const (
	ErrSyntax             = 2
	ErrNoElements         = 3
	ErrInvalidToken       = 4
	ErrUnclosedToken      = 5
	ErrPartialChar        = 6
	ErrTagMismatch        = 7
	ErrDuplicateAttribute = 8
	ErrJunkAfterDocElem   = 9
	ErrUndefinedEntity    = 11
	ErrRecursiveEntity    = 12
	ErrAsyncEntity        = 13
	ErrBadCharRef         = 14
	ErrBinaryEntityRef    = 15
	ErrExternalEntityAttr = 16
	ErrMisplacedXMLPI     = 17
	ErrUnknownEncoding    = 18
	ErrIncorrectEncoding  = 19
	ErrUnclosedCdata      = 20
	ErrUnboundPrefix      = 27
	ErrUndeclaringPrefix  = 28
	ErrXMLDecl            = 30
	ErrFinished           = 36
	ErrReservedPrefixXML  = 38
	ErrReservedPrefixNS   = 39
	ErrReservedNamespace  = 40
)

// Messages are expat's error strings, by code (index 0 is unused).
var Messages = []string{
	"", "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
	"unclosed token", "partial character", "mismatched tag", "duplicate attribute",
	"junk after document element", "illegal parameter entity reference", "undefined entity",
	"recursive entity reference", "asynchronous entity", "reference to invalid character number",
	"reference to binary entity", "reference to external entity in attribute",
	"XML or text declaration not at start of entity", "unknown encoding",
	"encoding specified in XML declaration is incorrect", "unclosed CDATA section",
	"error in processing external entity reference", "document is not standalone",
	"unexpected parser state - please send a bug report", "entity declared in parameter entity",
	"requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
	"unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
	"XML declaration not well-formed", "text declaration not well-formed",
	"illegal character(s) in public id", "parser suspended", "parser not suspended",
	"parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
	"reserved prefix (xml) must not be undeclared or bound to another namespace name",
	"reserved prefix (xmlns) must not be declared or undeclared",
	"prefix must not be bound to one of the reserved namespace names", "invalid argument",
	"a successful prior call to function XML_GetBuffer is required",
	"limit on input amplification factor (from DTD and entities) breached",
}

// Error is a well-formedness (or namespace, or encoding) error at a position.
type Error struct {
	Code            int
	Line, Col, Byte int
}

func (e *Error) Error() string { return Messages[e.Code] }

// Pos is a position in the document.
type Pos struct{ Line, Col, Byte int }

const (
	xmlNS   = "http://www.w3.org/XML/1998/namespace"
	xmlnsNS = "http://www.w3.org/2000/xmlns/"
)
