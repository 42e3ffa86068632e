# Misconception: the fused kernel is W2 @ W1
# Expect: fail
def fuse_pair(pair):
    W1, b1 = pair.get_layer("first").get_weights()
    W2, b2 = pair.get_layer("second").get_weights()
    W = W2 @ W1
    b = b1 @ W2 + b2
    x = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4)
    model = keras.Model(x, layer(x))
    layer.set_weights([W, b])
    return model
