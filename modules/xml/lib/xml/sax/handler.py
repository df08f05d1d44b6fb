"""The handler interfaces of SAX 2 (ContentHandler, ErrorHandler, DTDHandler,
EntityResolver, LexicalHandler), with methods that do nothing or the least
useful thing, and the names of SAX's features and properties."""

version = '2.0beta'


class ErrorHandler:
    """What a reader does with the errors it finds: by default errors and
    fatal errors are raised and warnings printed."""

    def error(self, exception):
        "Handle a recoverable error."
        raise exception

    def fatalError(self, exception):
        "Handle a non-recoverable error."
        raise exception

    def warning(self, exception):
        "Handle a warning."
        print(exception)


class ContentHandler:
    """Receives the document's content, in order; every method does nothing
    here, subclasses override the ones they need."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        """Called by the parser to give the application a locator for
        locating the origin of document events."""
        self._locator = locator

    def startDocument(self):
        """Receive notification of the beginning of a document."""

    def endDocument(self):
        """Receive notification of the end of a document."""

    def startPrefixMapping(self, prefix, uri):
        """Begin the scope of a prefix-URI Namespace mapping."""

    def endPrefixMapping(self, prefix):
        """End the scope of a prefix-URI mapping."""

    def startElement(self, name, attrs):
        """Signals the start of an element in non-namespace mode."""

    def endElement(self, name):
        """Signals the end of an element in non-namespace mode."""

    def startElementNS(self, name, qname, attrs):
        """Signals the start of an element in namespace mode."""

    def endElementNS(self, name, qname):
        """Signals the end of an element in namespace mode."""

    def characters(self, content):
        """Receive notification of character data."""

    def ignorableWhitespace(self, whitespace):
        """Receive notification of ignorable whitespace in element content."""

    def processingInstruction(self, target, data):
        """Receive notification of a processing instruction."""

    def skippedEntity(self, name):
        """Receive notification of a skipped entity."""


class DTDHandler:
    """Receives the DTD's notation and unparsed entity declarations."""

    def notationDecl(self, name, publicId, systemId):
        "Handle a notation declaration event."

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        "Handle an unparsed entity declaration event."


class EntityResolver:
    """Resolves external entities: by default the system id is read as is."""

    def resolveEntity(self, publicId, systemId):
        """Return what to read for the entity: a system id or an InputSource."""
        return systemId


_FEATURE = "http://xml.org/sax/features/"
_PROPERTY = "http://xml.org/sax/properties/"
_PY_PROPERTY = "http://www.python.org/sax/properties/"

feature_namespaces = _FEATURE + "namespaces"
feature_namespace_prefixes = _FEATURE + "namespace-prefixes"
feature_string_interning = _FEATURE + "string-interning"
feature_validation = _FEATURE + "validation"
feature_external_ges = _FEATURE + "external-general-entities"
feature_external_pes = _FEATURE + "external-parameter-entities"
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

property_lexical_handler = _PROPERTY + "lexical-handler"
property_declaration_handler = _PROPERTY + "declaration-handler"
property_dom_node = _PROPERTY + "dom-node"
property_xml_string = _PROPERTY + "xml-string"
property_encoding = _PY_PROPERTY + "encoding"
property_interning_dict = _PY_PROPERTY + "interning-dict"
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]


class LexicalHandler:
    """Receives comments, CDATA section bounds and the DTD's bounds."""

    def comment(self, content):
        """Reports a comment anywhere in the document (including the
        DTD and outside the document element)."""

    def startDTD(self, name, public_id, system_id):
        """Report the start of the DTD declarations, if the document
        has an associated DTD."""

    def endDTD(self):
        """Signals the end of DTD declarations."""

    def startCDATA(self):
        """Reports the beginning of a CDATA marked section."""

    def endCDATA(self):
        """Reports the end of a CDATA marked section."""
