# Alternative: computed in float64 with einsum, layers found by position, built by hand.
# Expect: pass
def fuse_pair(pair):
    first, second = [layer for layer in pair.layers if layer.weights]
    w1, b1 = (np.asarray(v, "float64") for v in first.get_weights())
    w2, b2 = (np.asarray(v, "float64") for v in second.get_weights())
    kernel = np.einsum("ij,jk->ik", w1, w2)
    bias = np.einsum("j,jk->k", b1, w2) + b2
    layer = keras.layers.Dense(4)
    layer.build((None, 6))
    layer.set_weights([kernel.astype("float32"), bias.astype("float32")])
    readings = keras.Input(shape=(6,))
    return keras.Model(readings, layer(readings))
