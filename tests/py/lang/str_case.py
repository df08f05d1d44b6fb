# Case conversions and their unicode corners.
s = "hello wORLD, it's 3rd"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print('straße'.upper(), 'Straße'.casefold(), 'ǅ'.lower(), 'ÀÉÎ'.lower())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'ABC'.isupper(), 'abc1'.islower(), '123'.isupper())
