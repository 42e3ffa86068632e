# Alternative: derives the fused weights by probing the pair with the identity and zeros
# Expect: pass
def fuse_pair(pair):
    zero = np.zeros((1, 6), dtype="float32")
    b = np.asarray(pair(zero))[0]
    W = np.asarray(pair(np.eye(6, dtype="float32"))) - b
    x = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4)
    model = keras.Model(x, layer(x))
    layer.set_weights([W, b])
    return model
