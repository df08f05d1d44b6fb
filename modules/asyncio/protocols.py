"""The protocol interfaces transports call into."""

# Written for gopy.

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Connection events every protocol gets."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; transport is its transport."""

    def connection_lost(self, exc):
        """The connection is gone (exc None at a regular end)."""

    def pause_writing(self):
        """The transport's buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained under its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received and eof_received."""

    __slots__ = ()

    def data_received(self, data):
        """Bytes arrived."""

    def eof_received(self):
        """The other end will send no more; a true result keeps our side open."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that reads into its own buffers."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer to read into."""

    def buffer_updated(self, nbytes):
        """nbytes were read into the buffer."""

    def eof_received(self):
        """The other end will send no more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram came from addr."""

    def error_received(self, exc):
        """A send or receive failed."""


class SubprocessProtocol(BaseProtocol):
    """What a subprocess transport reports."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
