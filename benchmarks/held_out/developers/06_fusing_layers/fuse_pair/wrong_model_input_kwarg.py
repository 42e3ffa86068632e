# Misconception: Keras 2's Model(input=..., output=...) keyword names still work
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    x = keras.Input(shape=(6,))
    dense = keras.layers.Dense(4)
    y = dense(x)
    dense.set_weights([w1 @ w2, b1 @ w2 + b2])
    return keras.Model(input=x, output=y)
