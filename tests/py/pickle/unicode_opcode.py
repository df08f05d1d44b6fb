# Protocol 0 UNICODE (raw-unicode-escape): only an odd run of backslashes escapes, and
# truncated or out-of-range escapes raise UnicodeDecodeError with CPython's positions.
import pickle
for d in [b'V\xe9\\u20a\x95c\n.', b'V\xe9\\u\xe520ac\n.', b'V\xe9\\u20aGc\n.', b'V\\u12\n.', b'V\\U0001F60\n.', b'V\\U0011ffff\n.', b'V\\\\u1234\n.', b'V\\\\\\u0041\n.', b'V\\u\n.', b'\x80\x02X\x03\x00\x00\x00\\u1.']:
    try: print(ascii(pickle.loads(d)))
    except Exception as e: print(type(e).__name__, e)
for d in [b'V\\\\\\u12\n.', b'V\\\\\\\\u12\n.', b'Va\\\\\n.', b'V\\\n.', b'V\\x\\\\U00000041\\\\\\U00000041\n.']:
    try: print(ascii(pickle.loads(d)))
    except Exception as e: print(type(e).__name__, e)
