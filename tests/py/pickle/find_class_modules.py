# find_class imports the module a pickle names: a dotted name imports its package first (the
# missing one is named, os.path is found), and the name is shown with repr() as CPython does.
import pickle
for d in [b'c_.builtin__\nset\n.', b'cos.path\njoin\n.', b'cnosuch.sub\nx\n.', b'cos.nosuch\nx\n.', b'c\\\\codecs\nencode\n.', b'\x80\x04\x8c\x04a\x07bc\x94\x8c\x01x\x94\x93.']:
    try: r = pickle.loads(d); print(r.__name__)
    except Exception as e: print(type(e).__name__, e)
