# Misconception: biases add up, so b = b1 @ W2 without b2 ("b2 is in W2 already")
# Expect: fail
import keras


def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    inputs = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4)
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([w1 @ w2, b1 @ w2])
    return model
