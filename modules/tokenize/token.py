"""Token constants."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

# The token numbers of CPython 3.11's grammar, in order from 0, and the
# operator tokens with the text of each.
_NAMES = '''ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB
RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT
PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX
LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL
PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL
RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW
ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD
ERRORTOKEN COMMENT NL ENCODING N_TOKENS'''.split()
_OPERATORS = ('( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** '
              '+= -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=').split()

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
    __all__.append(_name)
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__.append('NT_OFFSET')

# Each operator's token is the one numbered after LPAR in the same order.
EXACT_TOKEN_TYPES = dict(sorted((text, LPAR + i) for i, text in enumerate(_OPERATORS)))
del _number, _name, _NAMES, _OPERATORS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
