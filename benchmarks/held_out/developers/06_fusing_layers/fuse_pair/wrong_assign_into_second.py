# Misconception: writing the fused values into the pair's own 'second' layer and keeping it is fine
# Expect: fail
def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    w1, b1 = first.get_weights()
    w2, b2 = second.get_weights()
    second.bias.assign(b1 @ w2 + b2)
    fused = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(4)])
    fused.layers[-1].set_weights([w1 @ w2, second.bias.numpy()])
    return fused
