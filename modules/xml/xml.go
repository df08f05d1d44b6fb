// Package xml provides Python's xml package and pyexpat, written for gopy: the tokenizer
// is Go (internal/expat, reached through the native module _xmlscan), everything above
// it is Python embedded here (lib/): pyexpat's xmlparser with its handlers and errors,
// xml.parsers.expat, xml.etree.ElementTree with ElementPath, xml.dom with minidom,
// xml.sax with saxutils and the expat reader, and plistlib (XML and binary).
package xml

import (
	"embed"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed all:lib
var lib embed.FS

// modules lists the Python modules of lib: name, file, documentation.
var modules = []struct{ name, file, doc string }{
	{"pyexpat", "pyexpat.py", "Python wrapper for Expat parser."},
	{"xml", "xml/__init__.py", "Core XML support for Python."},
	{"xml.parsers", "xml/parsers/__init__.py", "Python interfaces to XML parsers."},
	{"xml.parsers.expat", "xml/parsers/expat.py", "Interface to the Expat non-validating XML parser."},
	{"xml.etree", "xml/etree/__init__.py", ""},
	{"xml.etree.ElementPath", "xml/etree/ElementPath.py", ""},
	{"xml.etree.ElementTree", "xml/etree/ElementTree.py", "Lightweight XML support for Python."},
	{"xml.etree._treebuilder", "xml/etree/_treebuilder.py", ""},
	{"xml.etree._serialize", "xml/etree/_serialize.py", ""},
	{"xml.etree.cElementTree", "xml/etree/cElementTree.py", ""},
	{"xml.dom", "xml/dom/__init__.py", "W3C Document Object Model implementation for Python."},
	{"xml.dom.minicompat", "xml/dom/minicompat.py", "Python version compatibility support for minidom."},
	{"xml.dom.minidom", "xml/dom/minidom.py", "Simple implementation of the Level 1 DOM."},
	{"xml.dom._minidoc", "xml/dom/_minidoc.py", ""},
	{"plistlib", "plistlib.py", ""},
	{"_plistlib_binary", "_plistlib_binary.py", ""},
	{"xml.sax", "xml/sax/__init__.py", "Simple API for XML (SAX) implementation for Python."},
	{"xml.sax._exceptions", "xml/sax/_exceptions.py", "Different kinds of SAX Exceptions"},
	{"xml.sax.handler", "xml/sax/handler.py", ""},
	{"xml.sax.saxutils", "xml/sax/saxutils.py", ""},
	{"xml.sax.xmlreader", "xml/sax/xmlreader.py", ""},
	{"xml.sax.expatreader", "xml/sax/expatreader.py", ""},
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_xmlscan", Doc: "gopy's XML tokenizer (internal/expat) for pyexpat.", FileDesc: "<frozen _xmlscan>"},
		Methods: []*py.Method{
			py.MustNewMethod("new", newScanner, 0, "new(namespaces, separator, charmap) -> scanner"),
			py.MustNewMethod("feed", feed, 0, "feed(scanner, data, final) -> (events, error)"),
			py.MustNewMethod("set_encoding", setEncoding, 0, "set_encoding(scanner, name)"),
			py.MustNewMethod("set_flag", setFlag, 0, "set_flag(scanner, name, on)"),
			py.MustNewMethod("position", position, 0, "position(scanner) -> (line, column, byte index)"),
		},
		Globals: py.StringDict{"messages": errorMessages()},
	})
	for _, m := range modules {
		prefix := ""
		if strings.HasSuffix(m.file, "__init__.py") {
			prefix = "__path__ = []\n"
		}
		libsrc.RegisterFS(&py.ModuleImpl{Info: py.ModuleInfo{Name: m.name, Doc: m.doc, FileDesc: "<frozen " + m.name + ">"}}, lib, "lib/"+m.file, prefix)
	}
}
