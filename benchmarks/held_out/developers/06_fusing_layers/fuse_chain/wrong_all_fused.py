# Misconception: all three Dense layers fuse into one Dense(3), ignoring the ReLU
# Expect: fail
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    w3, b3 = chain.get_layer("score").get_weights()
    layer = keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), layer])
    layer.set_weights([w1 @ w2 @ w3, (b1 @ w2 + b2) @ w3 + b3])
    return model
