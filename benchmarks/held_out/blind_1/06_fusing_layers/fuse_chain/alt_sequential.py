# Alternative: Sequential with set_weights per layer
# Expect: pass
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    model = keras.Sequential([keras.Input(shape=(6,)),
                              keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(3)])
    model.layers[0].set_weights([W1 @ W2, b1 @ W2 + b2])
    model.layers[1].set_weights([W3.copy(), b3.copy()])
    return model
