# Misconception: a fused Dense layer needs a ReLU, as every hidden layer in a tutorial has one
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
