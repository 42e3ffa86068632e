# Alternative: reads the fused map off the pair itself: bias = pair(0), kernel rows = pair(e_i) - bias
# Expect: pass
import keras
import numpy as np


def fuse_pair(pair):
    probes = np.vstack([np.zeros((1, 6)), np.eye(6)]).astype("float64")
    out = np.asarray(pair(probes.astype("float32")), dtype="float64")
    # float32 pass: recompute in float64 from the weights for accuracy
    w1, b1, w2, b2 = [w.astype("float64") for w in pair.get_weights()]
    bias = b1 @ w2 + b2
    kernel = w1 @ w2
    assert np.allclose(out[0], bias, atol=1e-3) and np.allclose(out[1:] - out[0], kernel, atol=1e-3)
    model = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(4)])
    model.layers[-1].set_weights([kernel.astype("float32"), bias.astype("float32")])
    return model
