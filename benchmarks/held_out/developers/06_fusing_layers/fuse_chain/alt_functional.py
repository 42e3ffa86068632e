# Alternative: functional API, helper that fuses two affine layers, names of its own
# Expect: pass
def compose(a, b):
    (w1, b1), (w2, b2) = a.get_weights(), b.get_weights()
    return w1 @ w2, b1 @ w2 + b2


def fuse_chain(chain):
    kernel, bias = compose(chain.get_layer("expand"), chain.get_layer("project"))
    inputs = keras.Input(shape=(6,), name="readings")
    hidden_layer = keras.layers.Dense(8, activation="relu", name="expand_project")
    out_layer = keras.layers.Dense(3, name="score_copy")
    model = keras.Model(inputs, out_layer(hidden_layer(inputs)))
    hidden_layer.set_weights([kernel, bias])
    out_layer.set_weights(chain.get_layer("score").get_weights())
    return model
