# The is*() predicates.
for t in ['123', '٣', '²', '½', 'abc', 'abc123', ' \t\n', '', 'ab cd', '_x1', '1x', 'héllo', 'a\x00', '三']:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
          t.isidentifier(), t.isprintable(), t.isascii())
