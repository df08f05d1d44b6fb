"""Helpers for SAX applications and readers: escaping, XMLGenerator (events
back to XML text), XMLFilterBase and prepare_input_source."""

import os
import sys
import urllib.parse
import urllib.request

from . import handler
from . import xmlreader


def _replace_all(text, pairs):
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Return data with &, < and > as references, then each key of entities
    replaced by its value."""
    data = _replace_all(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    return _replace_all(data, entities.items()) if entities else data


def unescape(data, entities={}):
    """Return data with &lt;, &gt;, the keys of entities and &amp; replaced
    by what they stand for."""
    data = _replace_all(data, (("&lt;", "<"), ("&gt;", ">")))
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Return data escaped (as escape() does, with line ends and tabs as
    character references) and quoted for an attribute value, choosing the
    quote that needs no escaping when there is one."""
    data = escape(data, {**entities, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the events it receives back as XML."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        if out is None:
            out = sys.stdout
        try:
            out.write("")
            self._write = out.write
        except TypeError:
            self._write = lambda text: out.write(text.encode(encoding, "xmlcharrefreplace"))
        self._out = out
        self._flush = getattr(out, "flush", lambda: None)
        self._prefix_of = {}
        self._saved_contexts = [self._prefix_of]
        self._new_declarations = []
        self._encoding = encoding
        self._short_empty = short_empty_elements
        self._pending_start_element = False

    def _qname(self, name):
        uri, local = name
        if not uri:
            return local
        if uri == 'http://www.w3.org/XML/1998/namespace':
            return 'xml:' + local
        prefix = self._prefix_of[uri]
        return prefix + ":" + local if prefix else local

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._write('>')
            self._pending_start_element = False

    def _open(self, tag, declarations, attrs, name_of):
        self._finish_pending_start_element()
        parts = ['<' + tag]
        for prefix, uri in declarations:
            parts.append(' xmlns:%s="%s"' % (prefix, uri) if prefix else ' xmlns="%s"' % uri)
        for name, value in attrs.items():
            parts.append(' %s=%s' % (name_of(name), quoteattr(value)))
        self._write("".join(parts))
        if self._short_empty:
            self._pending_start_element = True
        else:
            self._write(">")

    def _close(self, tag):
        if self._pending_start_element:
            self._write('/>')
            self._pending_start_element = False
        else:
            self._write('</%s>' % tag)

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        saved = self._prefix_of
        self._saved_contexts.append(saved)
        self._prefix_of = dict(saved)
        self._prefix_of[uri] = prefix
        self._new_declarations.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefix_of = self._saved_contexts.pop()

    def startElement(self, name, attrs):
        self._open(name, (), attrs, str)

    def endElement(self, name):
        self._close(name)

    def startElementNS(self, name, qname, attrs):
        declarations, self._new_declarations = self._new_declarations, []
        self._open(self._qname(name), declarations, attrs, self._qname)

    def endElementNS(self, name, qname):
        self._close(self._qname(name))

    def characters(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write(f'<?{target} {data}?>')


class XMLFilterBase(xmlreader.XMLReader, handler.ContentHandler, handler.ErrorHandler,
                    handler.DTDHandler, handler.EntityResolver):
    """A reader that sits between a parent reader and the application's
    handlers, passing every event on unchanged (subclasses change some)."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    def parse(self, source):
        parent = self._parent
        parent.setContentHandler(self)
        parent.setErrorHandler(self)
        parent.setEntityResolver(self)
        parent.setDTDHandler(self)
        parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def _forwarder(handler_attr, method):
    def forward(self, *args):
        return getattr(getattr(self, handler_attr), method)(*args)
    forward.__name__ = forward.__qualname__ = method
    return forward


for _attr, _methods in (
        ("_err_handler", "error fatalError warning"),
        ("_cont_handler", "setDocumentLocator startDocument endDocument startPrefixMapping "
                          "endPrefixMapping startElement endElement startElementNS endElementNS "
                          "characters ignorableWhitespace processingInstruction skippedEntity"),
        ("_dtd_handler", "notationDecl unparsedEntityDecl"),
        ("_ent_handler", "resolveEntity")):
    for _m in _methods.split():
        setattr(XMLFilterBase, _m, _forwarder(_attr, _m))
del _attr, _methods, _m


def prepare_input_source(source, base=""):
    """Return an InputSource for source (a path, a file object or an
    InputSource) with a stream to read, opening the file or URL its system
    id names (relative to base) when it has none."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if not (source.getCharacterStream() or source.getByteStream()):
        sysid = source.getSystemId()
        here = os.path.dirname(os.path.normpath(base))
        path = os.path.join(here, sysid)
        if os.path.isfile(path):
            source.setSystemId(path)
            source.setByteStream(open(path, "rb"))
        else:
            source.setSystemId(urllib.parse.urljoin(base, sysid))
            source.setByteStream(urllib.request.urlopen(source.getSystemId()))
    return source
