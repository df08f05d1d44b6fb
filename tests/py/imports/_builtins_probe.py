import builtins
kind = type(__builtins__).__name__
is_dict = __builtins__ is builtins.__dict__
