"""Simple API for XML (SAX) implementation for Python.

SAX readers report a document as calls on handler objects (xml.sax.handler)
instead of building a tree.  parse() and parseString() run the default reader
(xml.sax.expatreader, over pyexpat); saxutils has XMLGenerator and the escaping
helpers, xmlreader the reader interfaces and attribute objects.
"""

from .xmlreader import InputSource
from .handler import ErrorHandler, ContentHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)


def parse(source, handler, errorHandler=ErrorHandler()):
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    reader.parse(source)


def _parsers_from_environment():
    import os
    import sys
    names = None if sys.flags.ignore_environment else os.environ.get("PY_SAX_PARSER")
    return names.split(",") if names else ["xml.sax.expatreader"]


default_parser_list = _parsers_from_environment()


def make_parser(parser_list=()):
    """Return a new SAX reader: the first of the modules named in
    parser_list, then in default_parser_list, that imports and whose
    create_parser() gives one."""
    for name in list(parser_list) + default_parser_list:
        try:
            return _create_parser(name)
        except ImportError:
            import sys
            if name in sys.modules:
                raise
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)


def _create_parser(parser_name):
    module = __import__(parser_name, {}, {}, ['create_parser'])
    return module.create_parser()
