# Misconception: nothing can be fused in a network that has an activation somewhere.
# Expect: fail "the three layers were copied, not fused"
def fuse_chain(chain):
    layers = [
        keras.layers.Dense(16),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(3),
    ]
    model = keras.Sequential([keras.Input(shape=(6,)), *layers])
    for new, name in zip(layers, ("expand", "project", "score"), strict=True):
        new.set_weights(chain.get_layer(name).get_weights())
    return model
