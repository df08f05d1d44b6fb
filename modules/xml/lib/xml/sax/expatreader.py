"""The SAX reader over pyexpat: expat's events become ContentHandler,
DTDHandler and LexicalHandler calls."""

version = "0.20"

from xml.sax._exceptions import (SAXParseException, SAXNotRecognizedException,
                                 SAXNotSupportedException)
from xml.sax.handler import (feature_namespaces, feature_validation, feature_namespace_prefixes,
                             feature_external_ges, feature_external_pes, feature_string_interning,
                             property_lexical_handler, property_interning_dict, property_xml_string)
from xml.sax import handler, saxutils, xmlreader
from xml.parsers import expat

from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl


class _ClosedParser:
    pass


class ExpatLocator(xmlreader.Locator):
    """The locator handed to the content handler: the reader's position."""

    def __init__(self, parser):
        self._reader = parser

    def getColumnNumber(self):
        return self._reader.getColumnNumber()

    def getLineNumber(self):
        return self._reader.getLineNumber()

    def getPublicId(self):
        return self._reader.getPublicId()

    def getSystemId(self):
        return self._reader.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for the pyexpat C module."""

    def __init__(self, namespaceHandling=0, bufsize=2**16-20):
        super().__init__(bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._entity_stack = []
        self._external_ges = 0
        self._interning = None

    def parse(self, source):
        "Parse an XML document from a URL or an InputSource."
        self._source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            locator = ExpatLocator(self)
            self._cont_handler.setDocumentLocator(locator)
            super().parse(self._source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def setContentHandler(self, handler):
        super().setContentHandler(handler)
        if self._parsing:
            self._reset_cont_handler()

    _FLAGS = {feature_namespaces: '_namespaces', feature_external_ges: '_external_ges'}

    _UNSUPPORTED = {feature_validation: "expat does not support validation",
                    feature_external_pes: "expat does not read external parameter entities",
                    feature_namespace_prefixes: "gopy's expat reader does not report namespace prefixes"}

    def getFeature(self, name):
        if name in self._FLAGS:
            return getattr(self, self._FLAGS[name])
        if name == feature_string_interning:
            return self._interning is not None
        if name in (feature_validation, feature_external_pes, feature_namespace_prefixes):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name in self._FLAGS:
            setattr(self, self._FLAGS[name], state)
        elif name == feature_string_interning:
            if state:
                if self._interning is None:
                    self._interning = {}
            else:
                self._interning = None
        elif name in self._UNSUPPORTED:
            if state:
                raise SAXNotSupportedException(self._UNSUPPORTED[name])
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == property_lexical_handler:
            return self._lex_handler_prop
        if name == property_interning_dict:
            return self._interning
        if name == property_xml_string:
            if self._parser:
                context = getattr(self._parser, "GetInputContext", None)
                if context is not None:
                    return context()
                raise SAXNotRecognizedException("This version of expat does not support getting the XML string")
            raise SAXNotSupportedException("XML string cannot be returned when not parsing")
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._reset_lex_handler_prop()
        elif name == property_interning_dict:
            self._interning = value
        elif name == property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._err_handler.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def _close_source(self):
        source = self._source
        for stream in (source.getCharacterStream(), source.getByteStream()):
            if stream is not None:
                try:
                    stream.close()
                except Exception:
                    pass
        source.setCharacterStream(None)
        source.setByteStream(None)

    def close(self):
        if self._entity_stack or self._parser is None or isinstance(self._parser, _ClosedParser):
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            if self._parser is not None:
                closed = _ClosedParser()
                closed.ErrorColumnNumber = self._parser.ErrorColumnNumber
                closed.ErrorLineNumber = self._parser.ErrorLineNumber
                self._parser = closed
            self._close_source()

    def _reset_cont_handler(self):
        p, h = self._parser, self._cont_handler
        p.ProcessingInstructionHandler = h.processingInstruction
        p.CharacterDataHandler = h.characters

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        p = self._parser
        for name, method in (("CommentHandler", "comment"), ("StartCdataSectionHandler", "startCDATA"),
                             ("EndCdataSectionHandler", "endCDATA"), ("EndDoctypeDeclHandler", "endDTD")):
            setattr(p, name, None if lex is None else getattr(lex, method))
        p.StartDoctypeDeclHandler = None if lex is None else self.start_doctype_decl

    def reset(self):
        ns = bool(self._namespaces)
        p = self._parser = expat.ParserCreate(self._source.getEncoding(), " " if ns else None,
                                              intern=self._interning)
        if ns:
            p.namespace_prefixes = 1
        p.StartElementHandler = self.start_element_ns if ns else self.start_element
        p.EndElementHandler = self.end_element_ns if ns else self.end_element
        self._reset_cont_handler()
        p.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.StartNamespaceDeclHandler = self.start_namespace_decl
        p.EndNamespaceDeclHandler = self.end_namespace_decl
        self._decl_handler_prop = None
        if self._lex_handler_prop:
            self._reset_lex_handler_prop()
        p.ExternalEntityRefHandler = self.external_entity_ref
        p.SkippedEntityHandler = self.skipped_entity_handler
        self._parsing = False
        self._entity_stack = []

    def getColumnNumber(self):
        if self._parser is None:
            return None
        return self._parser.ErrorColumnNumber

    def getLineNumber(self):
        if self._parser is None:
            return 1
        return self._parser.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    def start_element(self, name, attrs):
        h = self._cont_handler
        h.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    @staticmethod
    def _split(name):
        parts = name.split()
        if len(parts) == 1:
            return (None, name), name
        if len(parts) == 3:
            return (parts[0], parts[1]), "%s:%s" % (parts[2], parts[1])
        return tuple(parts), parts[1]

    def start_element_ns(self, name, attrs):
        pair = self._split(name)[0]
        values, qnames = {}, {}
        for aname, value in attrs.items():
            apair, qname = self._split(aname)
            values[apair] = value
            qnames[apair] = qname
        self._cont_handler.startElementNS(pair, None, AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(self._split(name)[0], None)

    def processing_instruction(self, target, data):
        h = self._cont_handler
        h.processingInstruction(target, data)

    def character_data(self, data):
        self._cont_handler.characters(data)

    def start_namespace_decl(self, prefix, uri):
        h = self._cont_handler
        h.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        h = self._cont_handler
        h.endPrefixMapping(prefix)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        lex = self._lex_handler_prop
        lex.startDTD(name, pubid, sysid)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        h = self._dtd_handler
        h.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def notation_decl(self, name, base, sysid, pubid):
        h = self._dtd_handler
        h.notationDecl(name, pubid, sysid)

    def external_entity_ref(self, context, base, sysid, pubid):
        if not self._external_ges:
            return 1
        resolver = self._ent_handler
        source = resolver.resolveEntity(pubid, sysid)
        source = saxutils.prepare_input_source(source, self._source.getSystemId() or "")
        outer = self._parser
        self._entity_stack.append((outer, self._source))
        self._parser = outer.ExternalEntityParserCreate(context)
        self._source = source
        try:
            xmlreader.IncrementalParser.parse(self, source)
        except:
            return 0
        finally:
            self._parser, self._source = self._entity_stack.pop()
        return 1

    def skipped_entity_handler(self, name, is_pe):
        if is_pe:
            name = '%' + name
        self._cont_handler.skippedEntity(name)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
