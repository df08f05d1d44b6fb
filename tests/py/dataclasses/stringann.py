# `from __future__ import annotations`: fields typed by strings; ClassVar, InitVar and
# KW_ONLY still recognised through the module's names.
from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Config:
    name: str
    retries: int = 3
    registry: ClassVar[dict] = {}
    mod_registry: typing.ClassVar[list] = []
    seed: InitVar[int] = 0
    other: dataclasses.InitVar[str] = ''
    _: KW_ONLY
    verbose: bool = False
    paths: list[str] = field(default_factory=list)

    def __post_init__(self, seed, other):
        self.derived = (seed, other)


c = Config('x', 5, 7, 'o', verbose=True)
print(c, c.derived)
print(Config.__doc__)
print({n: (f.type, f._field_type) for n, f in Config.__dataclass_fields__.items()})
print(Config.__init__.__annotations__)
print(Config.__match_args__)
