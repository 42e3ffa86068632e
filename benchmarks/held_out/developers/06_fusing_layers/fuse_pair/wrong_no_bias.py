# Misconception: the biases cancel out in a product of linear maps, so the fused layer needs none
# Expect: fail
def fuse_pair(pair):
    w1, _ = pair.get_layer("first").get_weights()
    w2, _ = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4, use_bias=False)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2])
    return model
