"""Different kinds of SAX Exceptions"""


class SAXException(Exception):
    """The base of SAX's exceptions: a message and, optionally, the exception
    that caused it."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        "Return a message for this exception."
        return self._msg

    def getException(self):
        "Return the embedded exception, or None if there was none."
        return self._exception

    def __str__(self):
        "Create a string representation of the exception."
        return self._msg

    def __getitem__(self, ix):
        """Avoids weird error messages if someone does exception[ix] by
        mistake, since Exception has __getitem__ defined."""
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A document is not well-formed: the message, the underlying exception and
    where the error is (read from the locator when the exception is made)."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        """The column number of the end of the text where the exception
        occurred."""
        return self._colnum

    def getLineNumber(self):
        "The line number of the end of the text where the exception occurred."
        return self._linenum

    def getPublicId(self):
        "Get the public identifier of the entity where the exception occurred."
        return self._locator.getPublicId()

    def getSystemId(self):
        "Get the system identifier of the entity where the exception occurred."
        return self._systemId

    def __str__(self):
        "Create a string representation of the exception."
        where = [self.getSystemId() or "<unknown>"]
        for n in (self.getLineNumber(), self.getColumnNumber()):
            where.append("?" if n is None else str(n))
        return "%s: %s" % (":".join(where), self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot set (now, or at all)."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No driver for the requested reader can be loaded."""
