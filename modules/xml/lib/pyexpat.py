# pyexpat for gopy: the xmlparser object over gopy's Go tokenizer (_xmlscan), which
# reports expat's events, errors and positions; this module calls the handlers.
import sys
import _xmlscan

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2
expat_CAPI = None


class ExpatError(Exception):
    pass

ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError

_NAMES = ('NO_MEMORY SYNTAX NO_ELEMENTS INVALID_TOKEN UNCLOSED_TOKEN PARTIAL_CHAR '
          'TAG_MISMATCH DUPLICATE_ATTRIBUTE JUNK_AFTER_DOC_ELEMENT PARAM_ENTITY_REF '
          'UNDEFINED_ENTITY RECURSIVE_ENTITY_REF ASYNC_ENTITY BAD_CHAR_REF BINARY_ENTITY_REF '
          'ATTRIBUTE_EXTERNAL_ENTITY_REF MISPLACED_XML_PI UNKNOWN_ENCODING INCORRECT_ENCODING '
          'UNCLOSED_CDATA_SECTION EXTERNAL_ENTITY_HANDLING NOT_STANDALONE UNEXPECTED_STATE '
          'ENTITY_DECLARED_IN_PE FEATURE_REQUIRES_XML_DTD CANT_CHANGE_FEATURE_ONCE_PARSING '
          'UNBOUND_PREFIX UNDECLARING_PREFIX INCOMPLETE_PE XML_DECL TEXT_DECL PUBLICID '
          'SUSPENDED NOT_SUSPENDED ABORTED FINISHED SUSPEND_PE RESERVED_PREFIX_XML '
          'RESERVED_PREFIX_XMLNS RESERVED_NAMESPACE_URI INVALID_ARGUMENT NO_BUFFER '
          'AMPLIFICATION_LIMIT_BREACH').split()


def _submodule(name, doc, values):
    mod = type(sys)(name, doc)
    for k, v in values:
        setattr(mod, k, v)
    return mod

errors = _submodule('pyexpat.errors', 'Constants used to describe error conditions.',
                    [('XML_ERROR_' + n, _xmlscan.messages[i + 1]) for i, n in enumerate(_NAMES)])
errors.codes = {_xmlscan.messages[i]: i for i in range(1, len(_xmlscan.messages))}
errors.messages = {i: _xmlscan.messages[i] for i in range(1, len(_xmlscan.messages))}
model = _submodule('pyexpat.model', 'Constants used to interpret content model information.',
                   [('XML_CTYPE_EMPTY', 1), ('XML_CTYPE_ANY', 2), ('XML_CTYPE_MIXED', 3),
                    ('XML_CTYPE_NAME', 4), ('XML_CTYPE_CHOICE', 5), ('XML_CTYPE_SEQ', 6),
                    ('XML_CQUANT_NONE', 0), ('XML_CQUANT_OPT', 1), ('XML_CQUANT_REP', 2),
                    ('XML_CQUANT_PLUS', 3)])
sys.modules['pyexpat.errors'] = errors
sys.modules['pyexpat.model'] = model


def ErrorString(code):
    "Returns string error for given number."
    if 0 < code < len(_xmlscan.messages):
        return _xmlscan.messages[code]
    return None


_HANDLERS = ('StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
             'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
             'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
             'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
             'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
             'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
             'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler')


def _charmap(name):
    return bytes(range(256)).decode(name, 'replace')


class xmlparser:
    "XML parser"

    def __init__(self, encoding, separator, intern):
        object.__setattr__(self, '_scan', _xmlscan.new(separator is not None, separator or '', _charmap))
        d = self.__dict__
        for h in _HANDLERS:
            d[h] = None
        d['_encoding'] = encoding
        d['_started'] = False
        d['_ev'] = None
        d['_text'] = []
        d['_used'] = 0
        d['buffer_text'] = False
        d['ordered_attributes'] = False
        d['specified_attributes'] = False
        d['namespace_prefixes'] = False
        d['intern'] = intern
        d['_buffer_size'] = 8192
        d['_error'] = (0, 1, 0, -1)
        d['_base'] = None
        if encoding is not None:
            _xmlscan.set_encoding(self._scan, encoding)

    def __setattr__(self, name, value):
        if name in _HANDLERS or name in ('ordered_attributes', 'specified_attributes', 'namespace_prefixes'):
            if name in _HANDLERS or not isinstance(value, int):
                self.__dict__[name] = value
            else:
                self.__dict__[name] = bool(value)
            if name == 'namespace_prefixes':
                _xmlscan.set_flag(self._scan, 'prefixes', value)
            elif name == 'DefaultHandler':
                _xmlscan.set_flag(self._scan, 'noexpand', value is not None)
        elif name == 'buffer_text':
            value = bool(value)
            if not value:
                self._flush()
            self.__dict__[name] = value
        elif name == 'buffer_size':
            if not isinstance(value, int):
                raise TypeError('buffer_size must be an integer')
            if value <= 0:
                raise ValueError('buffer_size must be greater than zero')
            self._flush()
            self.__dict__['_buffer_size'] = value
        elif name in ('intern',):
            raise AttributeError("attribute 'intern' of 'pyexpat.xmlparser' objects is not writable")
        else:
            raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    buffer_size = property(lambda self: self._buffer_size)
    buffer_used = property(lambda self: self._used)
    CurrentLineNumber = property(lambda self: self._where()[0])
    CurrentColumnNumber = property(lambda self: self._where()[1])
    CurrentByteIndex = property(lambda self: self._where()[2])
    ErrorCode = property(lambda self: self._error[0])
    # expat's error position is its current position (stopped at the error, if any).
    ErrorLineNumber = CurrentLineNumber
    ErrorColumnNumber = CurrentColumnNumber
    ErrorByteIndex = CurrentByteIndex

    def _where(self):
        ev = self._ev
        if ev is not None:
            return ev[1:4]
        if self._error[0]:
            return self._error[1:]
        if not self._started:
            return (1, 0, -1)
        return _xmlscan.position(self._scan)

    def _flush(self):
        text = self.__dict__.get('_text')
        if text:
            data = ''.join(text)
            text.clear()
            self.__dict__['_used'] = 0
            h = self.CharacterDataHandler
            if h is not None:
                h(data)

    def Parse(self, data, isfinal=False):
        "Parse XML data."
        d = self.__dict__
        if isinstance(data, str) and not self._started and self._encoding is None:
            _xmlscan.set_encoding(self._scan, 'utf-8')
        d['_started'] = True
        events, err = _xmlscan.feed(self._scan, data, isfinal)
        try:
            self._dispatch(events)
        finally:
            d['_ev'] = None
        if self.buffer_text:
            self._flush()
        if err is not None:
            d['_error'] = err
            code, line, col, _ = err
            e = ExpatError('%s: line %d, column %d' % (_xmlscan.messages[code], line, col))
            e.code, e.lineno, e.offset = code, line, col
            raise e
        return 1

    def ParseFile(self, file):
        "Parse XML data from file-like object."
        read = file.read
        while True:
            data = read(2048)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError('read() did not return a bytes object (type=%s)' % type(data).__name__)
            self.Parse(data, not data)
            if not data:
                return 1

    def _handler_failed(self):
        code = 21
        line, col, _ = self._where()
        e = ExpatError('%s: line %d, column %d' % (_xmlscan.messages[code], line, col))
        e.code, e.lineno, e.offset = code, line, col
        raise e

    def _default(self, text):
        h = self.DefaultHandler or self.DefaultHandlerExpand
        if h is not None:
            h(text)

    def _dispatch(self, events):
        d = self.__dict__
        for ev in events:
            kind = ev[0]
            d['_ev'] = ev
            if kind == 3:
                if d['buffer_text']:
                    d['_text'].append(ev[4])
                    d['_used'] += len(ev[4])
                    if d['_used'] >= d['_buffer_size']:
                        self._flush()
                    continue
                h = d['CharacterDataHandler']
                if h is not None:
                    h(ev[4])
                elif d['DefaultHandler'] is not None:
                    d['DefaultHandler'](ev[4])
                continue
            if d['_text']:
                self._flush()
            if kind == 1:
                h = d['StartElementHandler']
                if h is not None:
                    flat = ev[5]
                    if d['ordered_attributes']:
                        h(ev[4], flat)
                    else:
                        h(ev[4], {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)})
            elif kind == 2:
                h = d['EndElementHandler']
                if h is not None:
                    h(ev[4])
            elif kind == 4:
                if self.CommentHandler is not None:
                    self.CommentHandler(ev[4])
                else:
                    self._default('<!--%s-->' % ev[4])
            elif kind == 5:
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(ev[4], ev[5])
                else:
                    self._default('<?%s %s?>' % (ev[4], ev[5]) if ev[5] else '<?%s?>' % ev[4])
            elif kind == 6:
                if self.XmlDeclHandler is not None:
                    self.XmlDeclHandler(ev[4], ev[5], ev[6])
            elif kind == 7:
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(ev[4], ev[5], ev[6], ev[7])
            elif kind == 8:
                if len(ev) > 4:
                    d['_internal_subset'] = ev[4]
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif kind == 9:
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
                else:
                    self._default('<![CDATA[')
            elif kind == 10:
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
                else:
                    self._default(']]>')
            elif kind == 11:
                self._default(ev[4])
            elif kind == 12:
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(ev[4], ev[5])
            elif kind == 13:
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(ev[4])
            elif kind == 14:
                if ev[5]:
                    if self.ExternalEntityRefHandler is not None:
                        if not self.ExternalEntityRefHandler(ev[4], self._base, ev[6], ev[7]):
                            self._handler_failed()
                    else:
                        self._default('&%s;' % ev[4])
                elif self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(ev[4], 0)
                else:
                    self._default('&%s;' % ev[4])
            elif kind == 15:
                if self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(ev[4], ev[5], ev[6], self._base, ev[7], ev[8], ev[9])
                elif ev[9] is not None and self.UnparsedEntityDeclHandler is not None:
                    self.UnparsedEntityDeclHandler(ev[4], self._base, ev[7], ev[8], ev[9])

    def SetBase(self, base):
        "Set the base URL for the parser."
        self.__dict__['_base'] = base

    def GetBase(self):
        "Return base URL string for the parser."
        return self._base

    def GetInputContext(self):
        "Return the untranslated text of the input that caused the current event."
        return None

    def SetParamEntityParsing(self, flag):
        "Controls parsing of parameter entities (including the external DTD subset)."
        return 0

    def UseForeignDTD(self, flag=True):
        "Allows the application to provide an artificial external subset if one is not specified."
        if self._started:
            code = 26
            e = ExpatError(_xmlscan.messages[code])
            e.code = code
            raise e

    def ExternalEntityParserCreate(self, context, encoding=None):
        "Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler."
        return ParserCreate(encoding or self._encoding)

    def __repr__(self):
        return '<pyexpat.xmlparser object at %#x>' % id(self)

xmlparser.__module__ = 'pyexpat'
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    "Return a new XML parser object."
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    if intern is None:
        intern = {}
    return xmlparser(encoding, namespace_separator, intern)
