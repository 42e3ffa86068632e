# Misconception: x @ W1 @ W2 is all there is; the fused layer needs no bias.
# (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\)"
def fuse_pair(pair):
    w1, _ = pair.get_layer("first").get_weights()
    w2, _ = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4, use_bias=False)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2])
    return model
