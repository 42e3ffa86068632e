# Misconception: half precision makes the fused layer lighter and the outputs are "the same"
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4, dtype="float16")
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([(w1 @ w2).astype("float16"), (b1 @ w2 + b2).astype("float16")])
    return model
