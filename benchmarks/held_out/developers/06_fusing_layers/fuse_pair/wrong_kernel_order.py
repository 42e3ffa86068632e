# Misconception: layers compose like functions, second(first(x)), so the fused kernel is W2 @ W1
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    kernel = w2 @ w1
    bias = b1 @ w2 + b2
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([kernel, bias])
    return model
