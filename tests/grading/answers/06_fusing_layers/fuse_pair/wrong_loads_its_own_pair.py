# Misconception: the function may load the pair itself; the argument is the same network anyway.
# (explained by fusing_layers.given_weights on a second pair with other weights, no table entry)
# Expect: fail "do not come from the network given to the function"
def fuse_pair(pair):
    pair = load_pair()
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
