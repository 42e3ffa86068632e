# Misconception: only the fused layer needs values; a new Dense(3) is enough for the score
# Expect: fail
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), fused, keras.layers.Dense(3)])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
