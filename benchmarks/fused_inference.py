"""Inference time of original models and their fused versions, side by side (topic 6).

Three originals, each fused as lesson 6 fuses them (`autograder.fusing_layers`):

- a chain of three linear Dense layers (256 → 512 → 512 → 64), fused into one Dense;
- eight parallel Dense branches on one input, concatenated, fused into one wide Dense;
- three Conv2D (no bias) + BatchNormalization + ReLU blocks, each folded into one
  Conv2D with a bias and a ReLU.

Both models of a pair run on the same batch, through Keras's compiled inference
step (`predict_on_batch`), after a warm-up. Each measurement is the time of
`--calls` calls; `--repeats` measurements alternate between the two models so
that any drift of the machine hits both, and the medians are compared. The
fused model must give the original's outputs (to float32 rounding) and must not
be slower: the ratio fused / original is at most 1.

    python benchmarks/fused_inference.py
    python benchmarks/fused_inference.py --repeats 31 --calls 20 --batch 256

Exit status 1 when a fused model is slower than its original, or differs from it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # TensorFlow's start-up log, before Keras loads

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograder.fusing_layers import concatenated, folded, fused_linear  # noqa: E402
from autograder.quiet import import_keras  # noqa: E402

keras = import_keras()
import numpy as np  # noqa: E402

TOLERANCE = 1e-3  # relative to the outputs' scale: float32 rounding over several layers


def _randomise(model, seed: int):
    """Trained-looking weights: every kernel and bias, and BN's statistics, away from defaults."""
    rng = np.random.default_rng(seed)
    for variable in model.weights:
        fan_in = int(np.prod(variable.shape[:-1])) if len(variable.shape) > 1 else 1
        values = rng.normal(0.0, 1.0 / np.sqrt(fan_in), variable.shape)
        if "moving_variance" in variable.path:
            values = 0.1 + np.abs(rng.normal(1.0, 0.5, variable.shape))
        elif "gamma" in variable.path:
            values = 1.0 + 0.2 * rng.normal(size=variable.shape)
        variable.assign(values.astype("float32"))
    return model


def linear_chain():
    """(original, fused, input shape): Dense 512 → 512 → 64, no activation, on 256 values."""
    inputs = keras.Input(shape=(256,))
    chain = [keras.layers.Dense(n) for n in (512, 512, 64)]
    x = inputs
    for layer in chain:
        x = layer(x)
    original = _randomise(keras.Model(inputs, x), 1)
    layer = keras.layers.Dense(64)
    fused = keras.Sequential([keras.Input(shape=(256,)), layer])
    kernel, bias = fused_linear(chain)
    layer.set_weights([kernel.astype("float32"), bias.astype("float32")])
    return original, fused, (256,)


def parallel_branches():
    """(original, fused, input shape): eight Dense(64, relu) branches, concatenated, on 256."""
    inputs = keras.Input(shape=(256,))
    branches = [keras.layers.Dense(64, activation="relu") for _ in range(8)]
    merged = keras.layers.Concatenate()([b(inputs) for b in branches])
    original = _randomise(keras.Model(inputs, merged), 2)
    layer = keras.layers.Dense(512, activation="relu")
    fused = keras.Sequential([keras.Input(shape=(256,)), layer])
    kernel, bias = concatenated(branches)
    layer.set_weights([kernel.astype("float32"), bias.astype("float32")])
    return original, fused, (256,)


def conv_bn_blocks():
    """(original, fused, input shape): three Conv2D(16, 3) + BN + ReLU blocks on 16×16×8."""
    inputs = keras.Input(shape=(16, 16, 8))
    x, pairs = inputs, []
    for _ in range(3):
        conv = keras.layers.Conv2D(16, 3, padding="same", use_bias=False)
        bn = keras.layers.BatchNormalization()
        x = keras.layers.ReLU()(bn(conv(x)))
        pairs.append((conv, bn))
    original = _randomise(keras.Model(inputs, x), 3)
    folded_layers = [keras.layers.Conv2D(16, 3, padding="same", activation="relu") for _ in pairs]
    fused = keras.Sequential([keras.Input(shape=(16, 16, 8)), *folded_layers])
    for layer, (conv, bn) in zip(folded_layers, pairs, strict=True):
        kernel, bias = folded(conv, bn)
        layer.set_weights([kernel.astype("float32"), bias.astype("float32")])
    return original, fused, (16, 16, 8)


CASES = {
    "3 linear Dense → 1 Dense": linear_chain,
    "8 parallel Dense → 1 wide Dense": parallel_branches,
    "3 × (Conv2D + BN + ReLU) → 3 Conv2D": conv_bn_blocks,
}


def _time(model, batch, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        model.predict_on_batch(batch)
    return (time.perf_counter() - start) / calls


def measure(original, fused, batch, repeats: int, calls: int) -> tuple[float, float, float]:
    """(median seconds per call of the original, of the fused model, largest relative difference)."""
    want = np.asarray(original.predict_on_batch(batch))
    got = np.asarray(fused.predict_on_batch(batch))
    difference = float(np.max(np.abs(got - want)) / max(float(np.max(np.abs(want))), 1e-12))
    for model in (original, fused):  # warm-up: traced, compiled, caches filled
        _time(model, batch, max(3, calls // 4))
    times = {"original": [], "fused": []}
    for i in range(repeats):
        order = (("original", original), ("fused", fused))
        for name, model in order if i % 2 == 0 else order[::-1]:
            times[name].append(_time(model, batch, calls))
    return statistics.median(times["original"]), statistics.median(times["fused"]), difference


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="measurements per model (15)")
    parser.add_argument("--calls", type=int, default=10, help="calls per measurement (10)")
    parser.add_argument("--batch", type=int, default=128, help="batch size (128)")
    args = parser.parse_args(argv)

    rng = np.random.default_rng(0)
    print(
        f"Inference on one batch of {args.batch} (predict_on_batch), median of {args.repeats} "
        f"measurements of {args.calls} calls each"
    )
    header = (
        f"{'original → fused':<38} {'params':>17} {'original':>10} {'fused':>10} "
        f"{'fused/orig':>10} {'max diff':>9}"
    )
    print(header)
    bad = 0
    for name, make in CASES.items():
        original, fused, shape = make()
        batch = rng.normal(size=(args.batch, *shape)).astype("float32")
        slow, fast, difference = measure(original, fused, batch, args.repeats, args.calls)
        ratio = fast / slow
        ok = ratio <= 1.0 and difference <= TOLERANCE
        bad += not ok
        params = f"{original.count_params():,} → {fused.count_params():,}"
        print(
            f"{name:<38} {params:>17} {slow * 1e3:>8.2f}ms {fast * 1e3:>8.2f}ms "
            f"{ratio:>10.2f} {difference:>9.1e}" + ("" if ok else "  ✗")
        )
    print(
        "fused/orig: the fused model's median time over the original's (target ≤ 1); "
        "max diff: largest output difference relative to the largest output."
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
