# Misconception: a kernel maps units to inputs, (units, inputs), as in W x of the textbooks.
# (explained from Keras's set_weights error in the fusing context, no table entry)
# Expect: fail "fused kernel is transposed"
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([(w1 @ w2).T, b1 @ w2 + b2])
    return model
