# Misconception: a fused layer can be stored in half precision, since it computes the same
# product (float16 keeps about 3 digits: the outputs are the original's rounded)
# (explained from the layer's dtype by fusing_layers.check_same_function, no table entry).
# Expect: fail "the fused layer computes in float16 \(its dtype\), not float32"
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4, dtype="float16")
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
