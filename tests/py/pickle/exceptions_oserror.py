# OSError pickles as (type, args) only: errno, strerror and filename are not instance state.
import pickle

for exc in [OSError(2, 'No such file'), OSError(13, 'Permission denied', 'f.txt'), OSError('plain')]:
    for p in (0, 2, 5):
        d = pickle.dumps(exc, p)
        b = pickle.loads(d)
        print(p, d, type(b).__name__, b.args, b.errno, b.filename)
