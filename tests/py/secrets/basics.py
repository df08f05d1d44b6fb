# secrets as CPython 3.11's: sizes and alphabets of tokens, bounds and errors (the
# values are random: only their shape is printed).
import secrets
import string

print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))
t = secrets.token_bytes()
print(type(t).__name__, len(t), len(secrets.token_bytes(5)), secrets.token_bytes(0))
h = secrets.token_hex(16)
print(len(h), set(h) <= set(string.hexdigits.lower()), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'), len(secrets.token_urlsafe()))
print(len(secrets.token_urlsafe(1)), len(secrets.token_urlsafe(2)), secrets.token_urlsafe(0))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(4) < 16 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('a') , secrets.choice([7, 7]) , secrets.choice('xyz') in 'xyz')
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'a', b'b'))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3),
            lambda: secrets.choice([]), lambda: secrets.token_bytes(-1),
            lambda: secrets.compare_digest('a', b'a'), lambda: secrets.randbits(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
