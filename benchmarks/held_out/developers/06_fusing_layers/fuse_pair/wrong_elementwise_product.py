# Misconception: the kernels combine element by element (w1 * w2), as NumPy's * multiplies
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    kernel = w1 * w2
    bias = b1 * w2 + b2
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([kernel, bias])
    return model
