# Misconception: a new Dense layer can take set_weights before it is built
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return keras.Sequential([keras.Input(shape=(6,)), fused])
