# NormalDist: construction, the distribution's functions (to the bit), arithmetic,
# equality, hashing, reprs, pickling and seeded samples.
import copy
import pickle
from statistics import NormalDist, StatisticsError

n = NormalDist()
iq = NormalDist(100, 15)
print(n, iq, repr(NormalDist(1, 0)), NormalDist(mu=2, sigma=0.5))
print(iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
for x in (-3, -1.5, 0, 0.25, 1, 2.5, 8):
    print(x, n.pdf(x), n.cdf(x), iq.pdf(100 + 10 * x), iq.cdf(100 + 10 * x), n.zscore(x))
for p in (1e-300, 1e-12, 0.001, 0.02425, 0.075, 0.3, 0.5, 0.7, 0.925, 0.999, 1 - 1e-12):
    print(p, n.inv_cdf(p), iq.inv_cdf(p))
print(n.quantiles(), iq.quantiles(10), NormalDist(2, 3).quantiles(n=2))
print(n.overlap(NormalDist(1, 1)), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)),
      iq.overlap(NormalDist(100, 15)), NormalDist(0, 2).overlap(NormalDist(0, 1)))
print(iq + 5, iq - 5, iq * 2, iq / 3, 5 + iq, 5 - iq, 2 * iq, -iq, +iq,
      iq + NormalDist(10, 20), iq - NormalDist(10, 20))
print(iq == NormalDist(100, 15), iq == NormalDist(100, 16), iq == 100, iq != NormalDist(1, 2),
      hash(iq) == hash(NormalDist(100.0, 15.0)), len({iq, NormalDist(100, 15), n}))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples([1, 2, 3]))
print(pickle.loads(pickle.dumps(iq)), copy.copy(iq), copy.deepcopy(n), iq.__getstate__())
print(NormalDist(5, 2).samples(5, seed=42), len(n.samples(3)))
print(NormalDist(0, 1).samples(3, seed='abc'))
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
            lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: NormalDist(1, 0).inv_cdf(0.5),
            lambda: n.overlap(1), lambda: n.overlap(NormalDist(1, 0)), lambda: NormalDist(1, 0).zscore(2),
            lambda: NormalDist.from_samples([1])]:
    try:
        print(bad())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
