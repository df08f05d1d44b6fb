# Protocol 5 out-of-band buffers and PickleBuffer.
import pickle

buffers = []
data = pickle.dumps([pickle.PickleBuffer(b'abc'), b'x'], 5, buffer_callback=buffers.append)
back = pickle.loads(data, buffers=buffers)
result = [data, len(buffers), bytes(back[0].raw()) if hasattr(back[0], 'raw') else back[0], back[1]]
result.append(pickle.dumps(pickle.PickleBuffer(b'in band'), 5))
result.append(pickle.loads(pickle.dumps(pickle.PickleBuffer(b'in band'), 5)))
try:
    pickle.dumps(pickle.PickleBuffer(b'a'), 4)
except pickle.PicklingError as e:
    result.append(str(e))
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    result.append(str(e))
try:
    pickle.loads(data, buffers=[])
except pickle.UnpicklingError as e:
    result.append(str(e))
