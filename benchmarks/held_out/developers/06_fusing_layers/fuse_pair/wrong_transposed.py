# Misconception: a Dense kernel is stored (units, inputs) as in PyTorch, so the fused kernel is transposed
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([(w1 @ w2).T, b1 @ w2 + b2])
    return model
