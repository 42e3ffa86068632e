# Misconception: a new Dense(4) learns the right values by itself (explained from the layer's own initializer by fusing_layers._never_set, no table entry)
# Expect: fail "fused layer: its values were never set: the kernel is still the random one its initializer \(GlorotUniform\)"
def fuse_pair(pair):
    W1, b1 = pair.get_layer("first").get_weights()
    W2, b2 = pair.get_layer("second").get_weights()
    x = keras.Input(shape=(6,))
    return keras.Model(x, keras.layers.Dense(4)(x))
