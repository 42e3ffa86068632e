# Misconception: the new model's set_weights takes the chain's weights list, fused values appended
# Expect: fail
def fuse_chain(chain):
    w1, b1, w2, b2, w3, b3 = chain.get_weights()
    model = keras.Sequential(
        [keras.Input(shape=(6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)]
    )
    model.set_weights(chain.get_weights() + [w1 @ w2, b1 @ w2 + b2])
    return model
