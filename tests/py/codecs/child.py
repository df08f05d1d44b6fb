# codecs in a spawned child: it decodes UTF-16 pieces incrementally and answers in UTF-32.
import codecs
import multiprocessing as mp


def work(q_in, q_out):
    dec = codecs.getincrementaldecoder("utf-16")()
    text = "".join(dec.decode(piece) for piece in q_in.get()) + dec.decode(b"", True)
    q_out.put(codecs.encode(text, "utf-32-be"))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q_in, q_out = ctx.Queue(), ctx.Queue()
    p = ctx.Process(target=work, args=(q_in, q_out))
    p.start()
    data = "spawned €𝄞".encode("utf-16")
    q_in.put([data[i:i + 3] for i in range(0, len(data), 3)])
    out = q_out.get()
    p.join()
    print(out, out.decode("utf-32-be"), p.exitcode)
