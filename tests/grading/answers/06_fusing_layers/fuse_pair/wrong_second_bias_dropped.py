# Misconception: carrying b1 through W2 is the whole bias; the second layer's own bias is left out.
# (explained from the fused weights by fusing_layers.linear_chain, no table entry)
# Expect: fail "last layer's own bias b2 was left out"
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, _ = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2, b1 @ w2])
    return model
