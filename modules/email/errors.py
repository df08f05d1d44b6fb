"""The email package's exceptions and defect classes."""


class MessageError(Exception):
    """Base class for the errors of the email package."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message cannot be made multipart."""


class CharsetError(MessageError):
    """An unknown character set was named."""


class MessageDefect(ValueError):
    """Something wrong found in a message while parsing it."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header was found before the empty line."""


class HeaderDefect(MessageDefect):
    """Something wrong inside a header."""
