# Alternative: the fused values given through Constant initializers, no set_weights
# Expect: pass
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    return keras.Sequential(
        [
            keras.Input(shape=(6,)),
            keras.layers.Dense(
                4,
                kernel_initializer=keras.initializers.Constant(w1 @ w2),
                bias_initializer=keras.initializers.Constant(b1 @ w2 + b2),
            ),
        ]
    )
