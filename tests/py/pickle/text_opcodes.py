# Protocol 0 text opcodes with odd arguments (INT, LONG, FLOAT, GET, PUT, STRING, UNICODE,
# INST) and READONLY_BUFFER on non-buffers: CPython's results and exceptions.
import pickle
for d in [b'L0x10L\n.', b'L010L\n.', b'L00L\n.', b'g0x0\n.', b'L\x001L\n.', b'I0x10\n.', b'I010\n.', b'I1\x00x\n.', b'F1.5\x00x\n.', b'F.5\n.', b'F1.\n.', b'F1e\n.', b'F-Infinity\n.', b'FNaN\n.',
          b'I\n.', b'L\n.', b'F\n.', b'g\n.', b'p\n.', b'S\n.', b'V\n.', b'P\n.', b'c\n\n.', b'i\n\n.', b'(i\n\n.', b'(ia\n\n.', b'ca\n\n.', b'I', b'I1', b'L1', b'L1L', b'L1\n.', b'L1L\n.', b'L L\n.', b'L1_0L\n.', b'L 1 L\n.', b'I 1 \n.', b'I1_0\n.', b'I01\n.', b'I00\n.', b'I01L\n.', b'F1_0\n.', b'F 1.5 \n.', b'Fnan\n.', b'F-inf\n.', b'F1e500\n.', b'I99999999999999999999\n.', b'I-1\n.', b'I+5\n.', b'L+5L\n.', b'L-0L\n.', b'Lx' + bytes([49] * 300) + b'L\n.',
          b'g-1\n.', b'g1x\n.', b'p-1\n.', b'px\n.', b'S"a\'\n.', b"S'a\n.", b'Sa\n.', b"S'\\x'\n.", b'V\\x41\n.', b'V\\u00e9\\U0001F600\n.',
          b'\x80\x05N\x98.', b'\x80\x05N\x97.', b'\x80\x05C\x01a\x98.', b'\x80\x05]\x98.']:
    try:
        r = pickle.loads(d); print(d, 'OK', ascii(r))
    except Exception as e:
        print(d, type(e).__name__, ascii(str(e)))
