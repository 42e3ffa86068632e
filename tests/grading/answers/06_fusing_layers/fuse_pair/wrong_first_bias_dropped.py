# Misconception: the fused bias is the last layer's bias; the first bias is lost on the way.
# (explained from the fused weights by fusing_layers.linear_chain, no table entry)
# Expect: fail "the fused bias is only the last layer's"
def fuse_pair(pair):
    w1, _ = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2, b2])
    return model
