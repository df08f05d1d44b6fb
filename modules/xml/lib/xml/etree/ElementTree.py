"""Lightweight XML support for Python.

A document is a tree of Element objects: each has a tag, a dict of attributes, the
text before its first child, the tail after its end tag and a list of children.
ElementTree wraps a root element for whole-document work (parse, write, find), and
the module's functions parse text into trees and serialize trees into text.
"""
# gopy's ElementTree: the tree, its serializer and its parsers, over pyexpat.

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"

import sys
import re
import io
import collections
import collections.abc
import contextlib
import warnings

from . import ElementPath
_path = ElementPath


class ParseError(SyntaxError):
    """The document is not well-formed XML.

    Besides its message it carries the expat error number (code) and the
    (line, column) where the error was found (position).
    """


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and a list of subelements.

    Element(tag, attrib={}, **extra) makes one whose attributes are attrib
    updated with extra.  Its length is its number of subelements, so an empty
    element is false even when it has text.
    """

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return f"<{type(self).__name__} {self.tag!r} at {id(self):#x}>"

    def makeelement(self, tag, attrib):
        """Create a new element with the same type."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text, twin.tail = self.text, self.tail
        twin[:] = self
        return twin

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children = [deepcopy(c, memo) for c in self._children]
        return elem

    def __getstate__(self):
        return {'tag': self.tag, '_children': list(self._children), 'attrib': self.attrib,
                'text': self.text, 'tail': self.tail}

    def __reduce_ex__(self, protocol):
        if protocol < 2:
            raise TypeError("cannot pickle %r object" % type(self).__name__)
        return object.__reduce_ex__(self, protocol)

    def __setstate__(self, state):
        self.tag = state['tag']
        self.attrib = state.get('attrib') or {}
        self.text = state.get('text')
        self.tail = state.get('tail')
        self._children = list(state.get('_children') or [])

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                self._assert_is_element(e)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        """Add *subelement* to the end of this element."""
        self._assert_is_element(subelement, 'append')
        self._children.append(subelement)

    def extend(self, elements):
        """Append subelements from a sequence."""
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        """Insert *subelement* at position *index*."""
        self._assert_is_element(subelement, 'insert')
        children = self._children
        children.insert(index, subelement)

    def _assert_is_element(self, e, what=None):
        if not isinstance(e, Element):
            if what:
                raise TypeError('%s() argument%s must be xml.etree.ElementTree.Element, not %s'
                                % (what, ' 2' if what == 'insert' else '', type(e).__name__))
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        """Remove matching subelement."""
        for i, c in enumerate(self._children):
            if c is subelement or c == subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        if namespaces is None and _plain_tag(path):
            for c in self._children:
                if c.tag == path:
                    return c
            return None
        return _path.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Find text for first matching element by tag name or path."""
        if namespaces is None and _plain_tag(path):
            for c in self._children:
                if c.tag == path:
                    return c.text or ""
            return default
        return _path.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        if namespaces is None and _plain_tag(path):
            return [c for c in self._children if c.tag == path]
        return _path.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return _path.iterfind(self, path, namespaces)

    def clear(self):
        """Reset element."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        """Get element attribute."""
        return self.attrib.get(key, default)

    def set(self, key, value):
        """Set element attribute."""
        self.attrib[key] = value

    def keys(self):
        """Get list of attribute names."""
        return self.attrib.keys()

    def items(self):
        """Get element attributes as a sequence."""
        return self.attrib.items()

    def iter(self, tag=None):
        """Create tree iterator."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        """Create text iterator."""
        t = self.text
        if t:
            yield t
        for e in self._children:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def _plain_tag(path):
    # A path without XPath syntax outside braces is a tag the children are compared to.
    if not isinstance(path, str):
        return False
    inside = False
    for ch in path:
        if ch == "{":
            inside = True
        elif ch == "}":
            inside = False
        elif not inside and ch in "/*[@.":
            return False
    return True


def SubElement(parent, tag, attrib={}, **extra):
    """Subelement factory which creates an element instance, and appends it
    to an existing parent."""
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """Comment element factory."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """Processing Instruction element factory."""
    pi = Element(ProcessingInstruction)
    pi.text = f"{target} {text}" if text else target
    return pi

PI = ProcessingInstruction


class QName:
    """Qualified name wrapper."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = f"{{{text_or_uri}}}{tag}"
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"<{type(self).__name__} {self.text!r}>"

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """An XML element hierarchy."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """Return root element of this tree."""
        return self._root

    def _setroot(self, element):
        """Replace root element of this tree."""
        self._root = element

    def parse(self, source, parser=None):
        """Load external XML document into element tree."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        """Create and return tree iterator for the root element."""
        return self._root.iter(tag)

    def _abs(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.find(self._abs(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Find first matching element by tag name or path."""
        return self._root.findtext(self._abs(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.findall(self._abs(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Find all matching subelements by tag name or path."""
        return self._root.iterfind(self._abs(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Write element tree to a file as XML."""
        from xml.etree._serialize import write_tree
        write_tree(self, file_or_filename, encoding, xml_declaration,
                   default_namespace, method, short_empty_elements)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Register a namespace prefix."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    stale = [u for u, p in _namespace_map.items() if u == uri or p == prefix]
    for u in stale:
        del _namespace_map[u]
    _namespace_map[uri] = prefix

register_namespace._namespace_map = _namespace_map


def tostring(element, encoding=None, method=None, *,
             xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """Generate string representation of XML element."""
    out = tostringlist(element, encoding, method, xml_declaration=xml_declaration,
                       default_namespace=default_namespace,
                       short_empty_elements=short_empty_elements)
    return ("" if encoding == "unicode" else b"").join(out)


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    from xml.etree._serialize import write_tree
    pieces = []
    write_tree(ElementTree(element), None, encoding, xml_declaration, default_namespace,
               method, short_empty_elements, pieces)
    return pieces


def dump(elem):
    """Write element tree or element structure to sys.stdout."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    sys.stdout.write(tostring(elem.getroot(), "unicode"))
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent an XML document by inserting newlines and indentation space
    after elements."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    levels = ["\n" + level * space]

    def walk(elem, depth):
        inner = depth + 1
        while len(levels) <= inner:
            levels.append(levels[-1] + space)
        if not (elem.text and elem.text.strip()):
            elem.text = levels[inner]
        child = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not (child.tail and child.tail.strip()):
                child.tail = levels[inner]
        if not child.tail.strip():
            child.tail = levels[depth]

    walk(tree, 0)


def parse(source, parser=None):
    """Parse XML document into element tree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def _new_parser():
    return XMLParser(target=TreeBuilder())


def XML(text, parser=None):
    """Parse XML document from string constant."""
    parser = parser or _new_parser()
    parser.feed(text)
    return parser.close()

fromstring = XML


def XMLID(text, parser=None):
    """Parse XML document from string constant for its IDs."""
    parser = parser or _new_parser()
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    """Parse XML document from sequence of string fragments."""
    parser = parser or _new_parser()
    for text in sequence:
        parser.feed(text)
    return parser.close()


from xml.etree._treebuilder import (TreeBuilder, XMLParser, XMLPullParser, iterparse,
                                    canonicalize, C14NWriterTarget)
from xml.etree._serialize import (_escape_cdata, _escape_attrib, _escape_attrib_html,
                                  _serialize_xml, _serialize_html, _serialize_text,
                                  _serialize, _namespaces, HTML_EMPTY)
