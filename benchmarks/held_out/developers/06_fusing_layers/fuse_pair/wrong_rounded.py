# Misconception: weights rounded to two decimals are close enough to the pair's function
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([np.round(w1 @ w2, 2), np.round(b1 @ w2 + b2, 2)])
    return model
