# uuid: UUID from every form, its fields and views, ordering, hashing, immutability, the
# generators' versions and variants, the namespaces, CPython's errors; UUIDs cross a
# multiprocessing Queue.
import pickle
import uuid
from multiprocessing import Process, Queue


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


def child(q):
    u = q.get()
    q.put((u, u.version, uuid.uuid5(u, 'child')))


if __name__ == '__main__':
    forms = ["uuid.UUID('12345678123456781234567812345678')", "uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678')",
             "uuid.UUID('{12345678-1234-5678-1234-567812345678}')", "uuid.UUID(bytes=b'\\x12\\x34\\x56\\x78' * 4)",
             "uuid.UUID(bytes_le=b'\\x78\\x56\\x34\\x12\\x34\\x12\\x78\\x56' + b'\\x12\\x34\\x56\\x78' * 2)",
             "uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678))", "uuid.UUID(int=0x12345678123456781234567812345678)",
             "uuid.UUID(int=0, version=4)", "uuid.UUID(int=(1 << 128) - 1, version=1)"]
    for f in forms:
        u = eval(f)
        print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
              u.clock_seq_hi_variant, u.clock_seq_low, u.time, u.clock_seq, u.node, u.urn, u.variant, u.version, u.is_safe)
    for e in ["uuid.UUID()", "uuid.UUID('123')", "uuid.UUID(bytes=b'x')", "uuid.UUID(bytes_le=b'x' * 15)", "uuid.UUID(fields=(1, 2))",
              "uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0))", "uuid.UUID(fields=(0, 1 << 16, 0, 0, 0, 0))", "uuid.UUID(fields=(0, 0, 0, 256, 0, 0))",
              "uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48))", "uuid.UUID(int=-1)", "uuid.UUID(int=1 << 128)", "uuid.UUID(int=5, version=6)",
              "uuid.UUID('g' * 32)", "uuid.UUID(hex='a' * 32, int=5)", "uuid.UUID(int=1) < 5",
              "uuid.UUID(int=1) == 1", "sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)])", "int(uuid.UUID(int=77))",
              "hash(uuid.UUID(int=77)) == hash(77)", "uuid.UUID(int=5) <= uuid.UUID(int=5)", "{uuid.UUID(int=1): 'a'}[uuid.UUID(int=1)]",
              "uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')", "uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')", "uuid.uuid3(uuid.NAMESPACE_URL, 'é')",
              "uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3')", "uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x')", "uuid.uuid4().version", "uuid.uuid4().variant",
              "uuid.uuid1().version", "uuid.uuid1().variant", "uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node",
              "uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).clock_seq", "uuid.uuid1(node=1, clock_seq=1).is_safe", "uuid.uuid1().is_safe",
              "uuid.getnode() == uuid.getnode()", "0 <= uuid.getnode() < 1 << 48", "uuid.SafeUUID.safe.value", "uuid.SafeUUID(-1)",
              "uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE", "str(uuid.NAMESPACE_DNS)", "len({uuid.uuid4() for i in range(100)})"]:
        show(e)
    u = uuid.UUID('12345678123456781234567812345678')
    try:
        u.int = 5
    except TypeError as e:
        print(e)
    for proto in range(6):
        print(proto, pickle.dumps(u, proto))
    print(pickle.loads(pickle.dumps(u)) == u, pickle.loads(pickle.dumps(uuid.uuid1())).is_safe)
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    q.put(uuid.NAMESPACE_DNS)
    p.join()
    print(q.get())
