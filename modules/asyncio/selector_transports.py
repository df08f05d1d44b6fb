"""Transports over sockets and pipes (to come)."""


class SelectorTransportsMixin:
    pass
