# Alternative: the fused values given at construction, through Constant initializers.
# Expect: pass
def fuse_pair(pair):
    (w1, b1), (w2, b2) = (pair.get_layer(n).get_weights() for n in ("first", "second"))
    layer = keras.layers.Dense(
        4,
        kernel_initializer=keras.initializers.Constant(w1 @ w2),
        bias_initializer=keras.initializers.Constant(b1 @ w2 + b2),
    )
    return keras.Sequential([keras.Input(shape=(6,)), layer])
