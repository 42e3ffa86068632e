# Misconception: all three layers are linear maps, so fuse them into one
# Expect: fail
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    W = W1 @ W2 @ W3
    b = (b1 @ W2 + b2) @ W3 + b3
    x = keras.Input(shape=(6,))
    layer = keras.layers.Dense(3)
    model = keras.Model(x, layer(x))
    layer.set_weights([W, b])
    return model
