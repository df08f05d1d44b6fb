from . import helper
from .. import X
Y = helper.Z + X
