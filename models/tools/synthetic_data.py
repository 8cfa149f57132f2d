#!/usr/bin/env python3
"""Writes the synthetic 1-D data sets of the bundled GP models (standard library only, seeded).

    python3 models/tools/synthetic_data.py      # from the repository root

gp_regression, sparse_gp: x ~ Uniform(0, 10), y = sin(x) + 0.3 cos(3x) + Normal(0, 0.2)
gp_classification:        x ~ Uniform(0, 10), y ~ Bernoulli(logistic(2 sin(x)))
"""
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def regression(n, rng):
    xs = sorted(rng.uniform(0, 10) for _ in range(n))
    ys = [math.sin(x) + 0.3 * math.cos(3 * x) + rng.gauss(0, 0.2) for x in xs]
    return xs, ys


def write(folder, data):
    path = os.path.join(HERE, "..", folder, "data.json")
    with open(path, "w") as f:
        f.write("{\n")
        items = list(data.items())
        for i, (k, v) in enumerate(items):
            f.write('  "%s": %s%s\n' % (k, json.dumps(v), "," if i < len(items) - 1 else ""))
        f.write("}\n")


def main():
    rng = random.Random(20041)
    xs, ys = regression(100, rng)
    write("gp_regression", {"X": [[round(x, 6)] for x in xs], "y": [round(y, 6) for y in ys]})

    xs, ys = regression(2000, rng)
    xu = [[round(10 * (i + 0.5) / 20, 6)] for i in range(20)]
    write("sparse_gp", {"X": [[round(x, 6)] for x in xs], "y": [round(y, 6) for y in ys], "Xu": xu})

    xs = sorted(rng.uniform(0, 10) for _ in range(100))
    ys = [1 if rng.random() < 1 / (1 + math.exp(-2 * math.sin(x))) else 0 for x in xs]
    write("gp_classification", {"X": [[round(x, 6)] for x in xs], "y": ys})


if __name__ == "__main__":
    main()
