"""A multinomial logistic regression over sparse string features, in pure Python.

Trained by AdaGrad on the log loss, a few passes in a seeded order, with a small L2 pull
applied to the rows a sample touches; small enough for the line-role experiment
(tests/ingest/line_roles.py) to train fifteen times in a few minutes on one core.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field


@dataclass
class Model:
    classes: list[str]
    index: dict[str, int] = field(default_factory=dict)  # feature -> row
    weights: list[list[float]] = field(default_factory=list)

    def scores(self, feats: list[str]) -> list[float]:
        z = [0.0] * len(self.classes)
        for f in feats:
            row = self.index.get(f)
            if row is not None:
                z = [a + b for a, b in zip(z, self.weights[row], strict=True)]
        return z

    def probabilities(self, feats: list[str]) -> list[float]:
        return softmax(self.scores(feats))

    def predict(self, feats: list[str]) -> tuple[str, float]:
        """The likeliest class and its probability."""
        p = self.probabilities(feats)
        best = max(range(len(p)), key=p.__getitem__)
        return self.classes[best], p[best]


def softmax(z: list[float]) -> list[float]:
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def train(
    samples: list[tuple[list[str], str]],
    epochs: int = 6,
    rate: float = 0.3,
    l2: float = 1e-4,
    seed: int = 0,
) -> Model:
    classes = sorted({y for _, y in samples})
    model = Model(classes)
    k = len(classes)
    squares: list[list[float]] = []
    encoded: list[tuple[list[int], int]] = []
    for feats, label in samples:
        rows: list[int] = []
        for f in feats:
            if f not in model.index:
                model.index[f] = len(model.weights)
                model.weights.append([0.0] * k)
                squares.append([1e-8] * k)
            rows.append(model.index[f])
        encoded.append((rows, classes.index(label)))
    order = list(range(len(encoded)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            hot, y = encoded[n]
            z = [0.0] * k
            for r in hot:
                z = [a + b for a, b in zip(z, model.weights[r], strict=True)]
            grad = softmax(z)
            grad[y] -= 1.0
            for r in hot:
                w, g2 = model.weights[r], squares[r]
                step = [g + l2 * wi for g, wi in zip(grad, w, strict=True)]
                g2[:] = [s + d * d for s, d in zip(g2, step, strict=True)]
                w[:] = [wi - rate * d / math.sqrt(s) for wi, d, s in zip(w, step, g2, strict=True)]
    return model
