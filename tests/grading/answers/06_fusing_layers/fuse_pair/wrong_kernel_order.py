# Misconception: layers compose like functions, second(first(x)), so the product is W2 @ W1.
# (explained from numpy's error in the fusing context, no table entry)
# Expect: fail "kernels multiplied in the wrong order"
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w2 @ w1, b2 @ w1 + b1])
    return model
